/**
 * indicator-completeness: each target can be read on its own. Reports a target without a year (in the
 * table and the goals part; a task's figure is taken for the plan's horizon), without a numeric value
 * or without a unit; table rows without 属性 (预期性/约束性); target years outside the plan period; and
 * baselines dated at or after their target.
 */
import type { z } from 'zod';
import type { Indicator } from '../../schema/plan.js';
import type { CheckDocument, RuleContext, RuleModule, Zod } from '../types.js';
import { locate } from '../text.js';

/** the options' zod schema, built only when options are configured (see ../config.ts) */
const Options = (z: Zod) => {
  const Source = z.enum(['table', 'goals', 'task']);

  return z
    .object({
      /** sources whose targets must carry a year; a task's figure usually means "by the end of the plan" */
      requireYearIn: z.array(Source).default(['table', 'goals']),
      requireUnitIn: z.array(Source).default(['table', 'goals', 'task']),
      /** report table rows without 属性 */
      requireAttribute: z.boolean().default(true),
      /** years a target may name outside the plan period (long-range 远景 goals) */
      allowedYears: z.array(z.number().int()).default([2035]),
    })
    .strict();
};
type Options = z.infer<ReturnType<typeof Options>>;

export const meta = {
  id: 'indicator-completeness',
  name: 'IndicatorCompleteness',
  description: 'each target has a year, a value and a unit; table rows have 属性; years fit the plan period',
  defaultSeverity: 'warning' as const,
  docs:
    'An indicator target must say by when (year), how much (value) and in what (unit), or readers and ' +
    'later comparisons cannot use it. Reports: a target without a year in the table or the goals part ' +
    '(option requireYearIn, default table and goals: a figure inside a task is read as the plan’s end); a ' +
    'target whose value is not a number; a target without a unit (option requireUnitIn); a table row ' +
    'without 属性 (预期性/约束性), or a table without a 属性 column at all (option requireAttribute); a target ' +
    'year outside the plan period (years in option allowedYears, default 2035, are accepted); a baseline ' +
    'year that is not before the target year.',
  fixable: false,
  options: Options,
  defaults: {"requireYearIn": ["table", "goals"], "requireUnitIn": ["table", "goals", "task"], "requireAttribute": true, "allowedYears": [2035]} as Options,
};

export function check(doc: CheckDocument, ctx: RuleContext<Options>): void {
  const o = ctx.options;
  const period = doc.plan.meta.period;
  const at = (ind: Indicator, needle?: string) => locate(doc, needle ?? ind.name, ind.line, ind.line + 3);
  const tableRows = doc.plan.indicators.filter((i) => i.source === 'table');
  const tableHasAttribute = tableRows.some((i) => i.attribute !== null);

  for (const ind of doc.plan.indicators) {
    const t = ind.target;
    const label = `“${ind.name}”`;
    if (t.value === null) {
      ctx.report({ message: `indicator ${label} has no numeric target${t.raw ? ` (found “${t.raw}”)` : ''}`, ...at(ind, t.raw || undefined), actual: t.raw });
    }
    if (t.year === null && o.requireYearIn.includes(ind.source)) {
      ctx.report({ message: `indicator ${label} has no target year`, ...at(ind) });
    }
    if (ind.unit === null && t.value !== null && o.requireUnitIn.includes(ind.source)) {
      ctx.report({ message: `indicator ${label} has no unit`, ...at(ind), actual: t.raw });
    }
    if (ind.source === 'table' && o.requireAttribute && tableHasAttribute && ind.attribute === null) {
      ctx.report({ message: `table row ${label} has no 属性 (预期性 or 约束性)`, ...at(ind), expected: '预期性|约束性' });
    }
    if (period && t.year !== null && ((period.start !== null && t.year < period.start) || t.year > period.end) && !o.allowedYears.includes(t.year)) {
      ctx.report({
        message: `indicator ${label} aims at ${t.year}, outside the plan period ${period.start ?? ''}–${period.end}`,
        ...at(ind, String(t.year)),
        actual: String(t.year),
        expected: `${period.start ?? ''}–${period.end}`,
      });
    }
    const b = ind.baseline;
    if (b && b.year !== null && t.year !== null && b.year >= t.year) {
      ctx.report({
        message: `indicator ${label}: baseline year ${b.year} is not before target year ${t.year}`,
        ...at(ind),
        actual: String(b.year),
        expected: `< ${t.year}`,
      });
    }
  }
  if (o.requireAttribute && tableRows.length > 0 && !tableHasAttribute) {
    const first = tableRows.reduce((a, b) => (b.line < a.line ? b : a));
    ctx.report({ message: `the indicator table has no 属性 column (预期性 or 约束性 for each row)`, ...at(first), expected: '预期性|约束性' });
  }
}

const rule: RuleModule<Options> = { meta, check };
export default rule;
