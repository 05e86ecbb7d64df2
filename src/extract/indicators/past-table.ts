/**
 * A table of the previous plan's results (`“十三五”主要指标完成情况`: 2015年 | 2020年目标 | 2020年实际) stands
 * in the review of a new plan: every year it names lies before the plan's period, so its rows are results
 * and targets of the past, not targets the plan sets.
 */
import type { TableHeader } from './table.js';

/** Whether every year column of the table lies before the first year of the document's period. */
export function isPastTable(header: TableHeader, periodStart: number | null): boolean {
  if (periodStart === null) return false;
  const years = header.valueColumns.map((v) => v.year);
  return years.length > 0 && years.every((y) => y !== null && y < periodStart);
}
