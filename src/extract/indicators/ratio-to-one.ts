/**
 * `城乡居民收入比缩小到2.2∶1`, `城乡收入比控制在2.5:1以内`: a ratio written X∶1 and brought or held at a level
 * by a verb or bounded by a comparator before it (车桩比不高于2.5∶1) is the value X of a ratio (unitless).
 * Only after such a word: a ratio in a rule (按1∶1比例配套) or a scale (1∶500地形图) sets no level.
 */
import type { ValueMention } from './values.js';
import { SUFFIX_COMPARATORS, alternation } from './words.js';

/** the verbs of a level and the comparator words a ratio may follow */
const RATIO = new RegExp(
  `(?<=(?:缩小到|缩小至|缩小为|控制在|保持在|稳定在|降至|下降到|下降至|降低到|降低至|达到|提高到|提高至|不高于|不超过|不低于|低于|高于|优于)\\s*)(?<n>\\d+(?:\\.\\d+)?)\\s*[:：∶]\\s*1(?![\\d.])(?:\\s*(?<suf>${alternation(Object.keys(SUFFIX_COMPARATORS))}))?`,
  'g',
);

/** Every ratio X∶1 held or brought to a level (2.2∶1 → 2.2). */
export function ratioMentions(folded: string, text: string): ValueMention[] {
  if (!/[:：∶]/.test(folded)) return [];
  const out: ValueMention[] = [];
  for (const m of folded.matchAll(RATIO)) {
    const suf = m.groups!.suf;
    const start = m.index;
    const end = start + m[0].length;
    out.push({ start, end, raw: text.slice(start, end), value: Number(m.groups!.n), unit: null, comparator: suf ? SUFFIX_COMPARATORS[suf] : '=', explicit: Boolean(suf), chinese: false, modifier: false });
  }
  return out;
}
