/**
 * Numbers as plans write them: Arabic (`1.5`, `32,000`, full-width `１２`), Chinese (`十二`, `两`,
 * `一千二百`, `三万五千`), years digit by digit (`二0三五`, `二〇二五`). Scale words 万/亿 after a number are
 * NOT folded in here: the value model keeps them in the unit as written (`1.5万人` → 1.5 and 万人).
 */

const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that may form a Chinese numeral (scale words excluded: they belong to the unit). */
export const CN_DIGITS = '〇零一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟';
/** A run of Chinese numeral characters; `万`/`亿` only inside a numeral that goes on (`三万五千`). */
export const CN_NUMBER_SOURCE = `[${CN_DIGITS}]+(?:[万亿][${CN_DIGITS}]+)*`;
/** Arabic digits between Chinese units, two units at least (`5万4千6百`). */
export const MIXED_NUMBER_SOURCE = String.raw`\d+[万亿千百十](?:\d+[万亿千百十]?)+`;
/** Arabic number: digits with optional thousands groups and decimals. */
export const ARABIC_NUMBER_SOURCE = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;

/** Full-width digits, letters and the punctuation that matters for numbers become half-width. */
export function toHalfWidth(s: string): string {
  // one pass (the pattern's loop runs natively: faster than a loop in JS while the code is still cold)
  return s.replace(FULL_WIDTH, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;

/**
 * Chinese integer as written in full (the cases of the Chinese NumberModel of Microsoft Recognizers-Text):
 * `十二` 12, `两` 2, `一百五十二`, `一千零一`, `两千四百五` 2450 (a last digit right after a unit counts in
 * the next lower unit), `五亿零六` 500000006, `七十八万五佰零六`, `拾万零五十六`, `5万4千6百` (Arabic digits
 * between the units), `二0三五` 2035 (digit by digit, as years). Null if malformed.
 */
export function parseChineseInteger(input: string): number | null {
  const s = toHalfWidth(input.trim());
  if (!s) return null;
  const chars = [...s];
  const isDigit = (ch: string) => ch in DIGIT || /[0-9]/.test(ch);
  const digitOf = (ch: string) => (ch in DIGIT ? DIGIT[ch] : Number(ch));
  // digit by digit, as years are written (二〇三五, 二0三五)
  if (chars.length > 1 && chars.every(isDigit)) {
    if (chars.every((ch) => /[0-9]/.test(ch))) return Number(s);
    return Number(chars.map(digitOf).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = Infinity; // units must descend inside a section: 一千二百, not 二百一千
  let lastBig = Infinity;
  let unitBefore: number | null = null; // the unit right before the pending digit, if no 零 came between
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (/[0-9]/.test(ch)) {
      // a run of Arabic digits between units (5万4千6百)
      if (digit !== null && digit !== 0) return null;
      let j = i;
      while (j < chars.length && /[0-9]/.test(chars[j])) j++;
      digit = Number(chars.slice(i, j).join(''));
      i = j - 1;
    } else if (ch in DIGIT) {
      if (digit !== null && digit !== 0) return null; // 十三五: two digits in a row is not one number
      digit = DIGIT[ch];
      if (digit === 0) unitBefore = null;
    } else if (ch in SMALL_UNIT) {
      const u = SMALL_UNIT[ch];
      if (u >= lastUnit) return null;
      section += (digit ?? 1) * u;
      digit = null;
      lastUnit = u;
      unitBefore = u;
    } else if (ch in BIG_UNIT) {
      if (section === 0 && digit === null) return null; // 万 with nothing before it counts nothing
      const b = BIG_UNIT[ch];
      if (b >= lastBig) return null;
      total += (section + (digit ?? 0)) * b;
      section = 0;
      digit = null;
      lastUnit = Infinity;
      lastBig = b;
      unitBefore = b;
    } else {
      return null;
    }
  }
  // 两千四百五 = 2450, 一万二 = 12000: the unit after the last digit is left out
  if (digit !== null && digit !== 0 && unitBefore !== null && unitBefore > 10 && /[^0-9]/.test(chars[chars.length - 1])) digit *= unitBefore / 10;
  return total + section + (digit ?? 0);
}

/** A number as written, Arabic or Chinese, without a scale word: `1.5`, `32,000`, `十二`, `两`. */
export function parseNumber(input: string): number | null {
  const s = toHalfWidth(input.trim()).replace(/\s+/g, '');
  if (!s) return null;
  if (new RegExp(`^${ARABIC_NUMBER_SOURCE}$`).test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d*\.\d+$/.test(s)) return Number(s);
  return parseChineseInteger(s);
}

/** A four-digit year as written (`2025`, `二0三五`, `二〇二五`); null unless it is a plausible year. */
export function parseYear(input: string): number | null {
  const s = toHalfWidth(input.trim());
  if (!/^[0-9〇零一二三四五六七八九]{4}$/.test(s)) return null;
  const n = parseChineseInteger(s);
  return n !== null && n >= 1900 && n <= 2200 ? n : null;
}

/** Source of a year as written: four Arabic digits or four Chinese digits (with 0/〇/零 mixed in). */
export const YEAR_SOURCE = '(?:(?:19|20|21)\\d{2}|[一二][〇零0一二三四五六七八九]{3})';

/** Multiply by a power of ten without binary noise (0.51 × 1e8 = 51000000, not 50999999.99). */
export function scale(value: number, factor: number): number {
  const r = value * factor;
  const rounded = Number(r.toPrecision(12));
  return Object.is(rounded, -0) ? 0 : rounded;
}
