/**
 * `过夜游客人数是2020年的两倍`, `…达到2020年的1.5倍以上`: a quantity set as a multiple of its level in a
 * year is a target by itself (as 翻一番 is), that year its baseline; the year dates the baseline, not the
 * sentence.
 */
import { ARABIC_NUMBER_SOURCE, CN_NUMBER_SOURCE, YEAR_SOURCE, parseNumber, parseYear } from '../../nlp/numbers.js';
import type { YearMention } from './years.js';
import type { ValueMention } from './values.js';
import { SUFFIX_COMPARATORS, alternation } from './words.js';

/** a year the caller masked (sentences.ts masks the years it has read: □□□□□) */
const MASKED_YEAR = '\u25A1{4,}';
const MULTIPLE = new RegExp(
  `(?:是|为|相当于|达到|达)\\s*(?:(?<year>${YEAR_SOURCE})\\s*年(?:底|末)?|${MASKED_YEAR})(?:水平)?的\\s*(?<n>${ARABIC_NUMBER_SOURCE}|${CN_NUMBER_SOURCE})\\s*倍(?:\\s*(?<suf>${alternation(Object.keys(SUFFIX_COMPARATORS))}))?`,
  'g',
);

export interface MultipleMention extends ValueMention {
  /** the year whose level the multiple is of (null where the caller masked it: it knows the year) */
  baseYear: number | null;
}

/** Every `是YEAR年的N倍` of the text: the mention runs from the verb (the name stands before it). */
export function multipleMentions(folded: string, text: string): MultipleMention[] {
  if (!folded.includes('倍')) return [];
  const out: MultipleMention[] = [];
  for (const m of folded.matchAll(MULTIPLE)) {
    const n = parseNumber(m.groups!.n);
    const year = m.groups!.year ? parseYear(m.groups!.year) : null;
    if (n === null || n <= 1) continue;
    const start = m.index;
    const end = start + m[0].length;
    const suf = m.groups!.suf;
    out.push({ start, end, raw: text.slice(start, end), value: n, unit: '倍', comparator: suf ? SUFFIX_COMPARATORS[suf] : '=', explicit: true, chinese: !/\d/.test(m.groups!.n), modifier: false, doubling: true, baseYear: year });
  }
  return out;
}

/** Whether a year is the base of a multiple (是2020年的两倍): it dates a baseline only. */
export function isMultipleBase(text: string, y: YearMention): boolean {
  return /(?:是|为|相当于|达到|达)\s*$/.test(text.slice(Math.max(0, y.start - 4), y.start)) && /^\s*(?:底|末)?(?:水平)?的\s*\S{1,6}?倍/.test(text.slice(y.end, y.end + 12));
}
