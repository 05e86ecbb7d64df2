/**
 * Units of measure after a number (件, 万人, 亿元, %, 件/万人) read from src/data/indicator-words.json,
 * and the normalized form of a value in its base unit (0.51亿元 → 51000000 元; 1.5万人 → 15000 人).
 */
import words from '../data/indicator-words.json' with { type: 'json' };
import { scale } from './numbers.js';

interface UnitData {
  base: string[];
  standalone: string[];
  perUnits: string[];
  scales: Record<string, number>;
}

const data: UnitData = words.units as UnitData;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLengthDesc = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

const scaleWords = Object.keys(data.scales).sort(byLengthDesc);
/** a scale word as a pattern, a line break allowed inside it (2800万\n亿元) */
const scaleSource = scaleWords.map((w) => [...w].map(escape).join('\\s*')).join('|');
const baseUnits = [...data.base].sort(byLengthDesc);
const standalone = [...data.standalone].sort(byLengthDesc);
const perUnits = [...data.perUnits].sort(byLengthDesc);

/**
 * Regular-expression source for a unit right after a number: a ratio (件/万人), a standalone unit (%),
 * or an optional scale word followed by a base unit (万人, 亿元, 件), or a bare scale word (3万).
 * A unit must not be the first character of a longer word: `分别` (…12000件分别…), `人口` (50万人口规模), `位数`, `台阶`.
 */
export const UNIT_SOURCE =
  `(?:${perUnits.map(escape).join('|')}` +
  `|${standalone.map(escape).join('|')}` +
  `|(?:(?:${scaleSource})\\s*)?(?:${baseUnits.map(escape).join('|')})(?![别口数阶])` +
  `|(?:${scaleSource}))`;

const UNIT_EXACT = new RegExp(`^${UNIT_SOURCE}$`);

/** True when the text is a unit as a whole (`件`, `亿元`, `%`): used for brackets in table names. */
export function isUnit(text: string): boolean {
  return UNIT_EXACT.test(text.trim());
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
      if (rest === '' || baseUnits.includes(rest)) return { factor: data.scales[s], base: rest || null };
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
