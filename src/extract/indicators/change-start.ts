/**
 * `由2020年的2.1%提高到3%`, `从2020年底的85%提升至95%`: a year followed by 的 and the value a change starts
 * from dates that starting value (the target's baseline), not the sentence; the sentence is as much about
 * the future as its other years say (`…提高到2020年的3%` is dated by the year of its end).
 */
import type { YearMention } from './years.js';

/** the year's own match opens with 由/从 and is followed by 的 and a number */
const STARTS_FROM = /^(?:由|从)/;
const VALUE_AFTER = /^\s*(?:底|末)?\s*的\s*(?:[\d.]|[一二两三四五六七八九十百千万〇零])/;

/** Whether the year is the start of a change (由/从YEAR年的VALUE…): it dates a baseline only. */
export function isChangeStart(text: string, y: YearMention): boolean {
  return y.reference && STARTS_FROM.test(text.slice(y.start, y.end)) && VALUE_AFTER.test(text.slice(y.end, y.end + 8));
}
