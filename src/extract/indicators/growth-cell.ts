/**
 * A level's row whose target cell states a growth (`地区生产总值（亿元） | 3000 | 年均增长6%左右`): the table
 * sets the level's growth, not the level; the target is named by the row and the growth words
 * (地区生产总值年均增长), in the cell's unit (%), and the base level, in the row's unit, is no baseline of
 * a rate (it is kept in the note).
 */

/** the words of a growth written before the value in a cell */
const GROWTH_WORDS = /^(?:五年)?(?:年均|平均|累计)?(?:增长|增速|提高|提升|下降|降低|减少)/;
/** units of a rate */
const RATE_UNIT = /^(?:%|个百分点|百分点|‰)$/;
const CHANGE_IN_NAME = /增长|增速|增幅|提高|提升|下降|降低|减少/;

/** The growth words a target cell opens with, when the cell states a rate of a row that names a level. */
export function growthOfLevel(rowName: string, rowUnit: string | null, cellRaw: string, cellUnit: string | null): string | null {
  const m = GROWTH_WORDS.exec(cellRaw.replace(/\s+/g, ''));
  if (!m || CHANGE_IN_NAME.test(rowName)) return null;
  if (!RATE_UNIT.test(cellUnit ?? '') || (rowUnit !== null && RATE_UNIT.test(rowUnit))) return null;
  return m[0];
}
