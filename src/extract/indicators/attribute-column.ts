/**
 * The attribute column known by what it holds: a column whose cells all say 约束性 or 预期性 (约束性指标,
 * 预期) is the attribute column whatever its header (`指标类型`, `类型`, `性质` are also headers of
 * categories: the cells decide).
 */
import type { ColumnRole } from './table.js';

/** 约束性, 预期性指标, 约束 … → the attribute, else null */
export function attributeWord(cell: string, attributes: Record<string, '预期性' | '约束性'>): '预期性' | '约束性' | null {
  const t = cell.replace(/\s+/g, '').replace(/指标$/, '');
  return attributes[t] ?? null;
}

/** The column of the body rows holding only attribute words (two at least), or -1. */
export function attributeColumnByCells(body: string[][], roles: ColumnRole[], attributes: Record<string, '预期性' | '约束性'>): number {
  if (roles.includes('attribute')) return -1;
  for (let c = 0; c < roles.length; c++) {
    if (roles[c] !== 'category' && roles[c] !== 'other') continue;
    const cells = body.map((r) => (r[c] ?? '').trim()).filter(Boolean);
    if (cells.length >= 2 && cells.every((x) => attributeWord(x, attributes) !== null)) return c;
  }
  return -1;
}
