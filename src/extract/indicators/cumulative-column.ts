/**
 * A column over the whole period beside the year columns: five-year sums or changes (`累计变化`,
 * `五年累计`, `“十四五”累计`) or yearly rates (`年均增长（%）`, `年均[累计]`). It gives a row's target where
 * the target year's cell is empty (`—`), as plans write a reduction, a sum or a growth they set only over
 * the period (单位GDP二氧化碳排放降低 — — 〔18〕; 城镇新增就业 — — [5]). Where the target year's cell
 * holds the target, the period cell is kept as the row's note.
 */
import type { CellValue } from './values.js';

/** a header cell naming a column over the period, no year of its own in it */
const PERIOD_HEADER = /^[^\d]{0,8}(?:累计|年均)[^\d]{0,8}$/;
/** a rate column (年均增长, 年均增速) that is not also a column of sums (`年均[累计]`) */
const RATE_ONLY = /^(?!.*累计).*年均/;
const UNIT_BRACKET = /[（(]([^（）()]*)[）)]/;

/** Whether a header cell names a column of sums, changes or yearly rates over the period. */
export function isPeriodHeader(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return t.length <= 14 && PERIOD_HEADER.test(t);
}

export interface PeriodTarget {
  cell: CellValue;
  /** the words a name takes when the cell is a yearly rate, not a sum (`年均增长`), else null */
  rateWord: string | null;
  /** the unit the header gives a rate (`年均增长（%）`), else null */
  rateUnit: string | null;
}

/**
 * The target a row states only in its period cell: the cell's value when the target cell has none. A
 * rate (a plain value under a 年均 header) names a growth of the row's indicator; a value in square
 * brackets is a sum over the period whatever the header (the table's note says so).
 */
export function periodTarget(header: string, target: CellValue | null, cell: CellValue | null): PeriodTarget | null {
  if (!cell || cell.unparsed || cell.value === null) return null;
  if (target && (target.value !== null || (target.unparsed && target.raw))) return null;
  const h = header.replace(/\s+/g, '');
  const bracketed = /^[［\[【〔]/.test(cell.raw.trim());
  if (bracketed || !RATE_ONLY.test(h)) return { cell, rateWord: null, rateUnit: null };
  const unit = UNIT_BRACKET.exec(h)?.[1]?.trim() || null;
  const word = h.replace(UNIT_BRACKET, '').replace(/率$/, '') || null;
  return { cell, rateWord: word, rateUnit: unit };
}
