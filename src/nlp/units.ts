/**
 * Units of measure after a number (件, 万人, 亿元, %, 件/万人) read from src/data/indicator-words.json,
 * and the normalized form of a value in its base unit (0.51亿元 → 51000000 元; 1.5万人 → 15000 人).
 */
import words from '../data/indicator-words.json' with { type: 'json' };
import { scale } from './numbers.js';
import { byLengthDesc, escapeRe as escape } from './regex.js';

interface UnitData {
  base: string[];
  standalone: string[];
  perUnits: string[];
  scales: Record<string, number>;
}

const data: UnitData = words.units as UnitData;


const scaleWords = Object.keys(data.scales).sort(byLengthDesc);
/** a scale word as a pattern, a line break allowed inside it (2800万\n亿元) */
const scaleSource = scaleWords.map((w) => [...w].map(escape).join('\\s*')).join('|');
const baseUnits = [...data.base].sort(byLengthDesc);
const standalone = [...data.standalone].sort(byLengthDesc);
const perUnits = [...data.perUnits].sort(byLengthDesc);

/** A rate: a unit per span of time (24万吨/日, 5000元/年, 3立方米/秒), the span written after a slash. */
const PER_TIME = '/(?:日|天|年|月|小时|秒)';
const PER_TIME_END = new RegExp(`${PER_TIME}$`);

/**
 * Regular-expression source for a unit right after a number: a ratio (件/万人), a standalone unit (%),
 * or an optional scale word followed by a base unit (万人, 亿元, 件), or a bare scale word (3万).
 * A unit must not be the first character of a longer word: `分别` (…12000件分别…), `人口` (50万人口规模), `位数`, `台阶`.
 */
export const UNIT_SOURCE =
  `(?:${perUnits.map(escape).join('|')}` +
  `|${standalone.map(escape).join('|')}` +
  `|(?:(?:${scaleSource})\\s*)?(?:${baseUnits.map(escape).join('|')})(?:${PER_TIME})?(?![别口数阶])` +
  `|(?:${scaleSource}))`;

const UNIT_EXACT = new RegExp(`^${UNIT_SOURCE}$`);

/** True when the text is a unit as a whole (`件`, `亿元`, `%`): used for brackets in table names. */
export function isUnit(text: string): boolean {
  return UNIT_EXACT.test(text.trim());
}

/**
 * A ratio of two units (万元/人, 吨标准煤/万元, 千瓦时/万元): a unit as a whole where a table's name
 * bracket writes it, though running text keeps to the ratios it lists (a slash there may join words).
 */
export function isRatioUnit(text: string): boolean {
  const parts = text.trim().split('/');
  // the second part may be a bare count (人/10万: per hundred thousand)
  return parts.length === 2 && isUnit(parts[0]) && (isUnit(parts[1]) || /^\d*[万亿千百]$/.test(parts[1].trim()));
}

export interface UnitParts {
  /** factor of the scale word (1 when there is none) */
  factor: number;
  /** unit after the scale word; null for a bare scale word (3万) */
  base: string | null;
}

/** Split a unit as written into its scale and base unit: 亿元 → 1e8 × 元; %, 件/万人 → kept whole. */
export function splitUnit(unit: string): UnitParts {
  const u = unit.trim();
  if (perUnits.includes(u) || standalone.includes(u)) return { factor: 1, base: u };
  for (const s of scaleWords) {
    if (u.startsWith(s) && u.length >= s.length) {
      const rest = u.slice(s.length);
      // 万吨/日 is 10 000 × 吨/日
      if (rest === '' || baseUnits.includes(rest.replace(PER_TIME_END, ''))) return { factor: data.scales[s], base: rest || null };
    }
  }
  return { factor: 1, base: u || null };
}

/** Value in the base unit (亿元 → 元, 万人 → 人; %, 件 and ratios as they are); undefined without value or unit. */
export function normalizeValue(
  value: number | [number, number] | null,
  unit: string | null,
): { value: number | [number, number]; unit: string | null } | undefined {
  if (value === null || unit === null) return undefined;
  const { factor, base } = splitUnit(unit);
  if (factor === 1) return { value, unit: base };
  const v: number | [number, number] = Array.isArray(value) ? [scale(value[0], factor), scale(value[1], factor)] : scale(value, factor);
  return { value: v, unit: base };
}

/**
 * What makes a number before it a quantity rather than a heading or page number, as first characters:
 * scale words and units of measure (`2.69 万亿元`, `1.5%`, `3米`, `12年`), which never open a title…
 */
export const UNIT_FIRST_CHARS = '万亿千百十%％‰元倍米吨亩年月日天';
/**
 * …and measure words (`3个`, `2 人次`, `5家`, `12批`), which may also open a title word (人才, 项目,
 * 类别), so only a number standing apart from a title (`1　总则`, a page number) is judged by them.
 */
export const MEASURE_WORD_CHARS = '个人次项家所座条台辆件名类级期号届批套股只间户种位处场轮代';
/** Source of a lookahead: no quantity follows (digits going on, or a unit after optional spaces). */
export const NO_UNIT_AFTER = `(?!\\s*[\\d${UNIT_FIRST_CHARS}])`;
/** Source of a class: a unit or measure word right after a number. */
export const QUANTITY_WORD = `[${UNIT_FIRST_CHARS}${MEASURE_WORD_CHARS}]`;
