/**
 * `三成以上`, `占七成左右`, `五成半`: 成 counts tenths of a whole, a share in per cent (三成 = 30%; 一半,
 * 半数 = 50%). Only a numeral standing before 成 with nothing after it but a bound, 的 or a stop
 * (一成不变, 八成新 and 建成, 形成 are no shares).
 */
import type { ValueMention } from './values.js';
import { SUFFIX_COMPARATORS, alternation } from './words.js';

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const TENTHS = new RegExp(
  `(?<![\\d.〇零一二两三四五六七八九十百千万亿第])(?:(?<n>[一二两三四五六七八九])\\s*成(?<half>半)?|(?<whole>一半|半数))(?:\\s*(?<suf>${alternation(Object.keys(SUFFIX_COMPARATORS))})|(?=$|的|[^\\u3400-\\u9fff]))`,
  'g',
);

/** Every share written in tenths (三成以上 → 30 % >=). */
export function tenthsMentions(folded: string, text: string): ValueMention[] {
  if (!folded.includes('成') && !folded.includes('半')) return [];
  const out: ValueMention[] = [];
  for (const m of folded.matchAll(TENTHS)) {
    const value = m.groups!.whole ? 50 : DIGITS[m.groups!.n] * 10 + (m.groups!.half ? 5 : 0);
    const suf = m.groups!.suf;
    const start = m.index;
    const end = start + m[0].length;
    out.push({ start, end, raw: text.slice(start, end), value, unit: '%', comparator: suf ? SUFFIX_COMPARATORS[suf] : '=', explicit: Boolean(suf), chinese: true, modifier: false });
  }
  return out;
}
