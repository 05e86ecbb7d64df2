/**
 * What a cell of an indicator table holds, for the readers that rebuild flattened tables: the same word
 * lists (src/data/indicator-words.json) the indicator extractor reads tables with.
 */
import words from '../data/indicator-words.json' with { type: 'json' };

const ATTRIBUTES = new Set(Object.keys(words.table.attributes));
const EMPTY_CELLS = new Set(words.table.emptyCells);

/** An attribute cell: 预期性, 约束性 (or 预期, 约束). */
export function isAttributeCell(text: string): boolean {
  return ATTRIBUTES.has(text);
}

/** A cell that says "no value": `-`, `—`, `/`, `无` … */
export function isEmptyCell(text: string): boolean {
  return EMPTY_CELLS.has(text);
}
