/**
 * text-table-consistency: one indicator, one target. The same indicator (same canonical name, else the
 * same name) stated with targets that cannot both hold — 25 in the table and 超过30 in a task, or two
 * different figures in two places of the text — is reported where the second statement is. Two task
 * sentences are compared only when both name the same canonical indicator.
 */
import type { z } from 'zod';
import qualifierData from '../../data/indicator-qualifiers.json' with { type: 'json' };
import type { Indicator, NumericValue, Comparator } from '../../schema/plan.js';
import type { CheckDocument, RuleContext, RuleModule, Zod } from '../types.js';
import { locate } from '../text.js';
import { indicatorKey } from '../../extract/indicators/canonical.js';

/** the options' zod schema, built only when options are configured (see ../config.ts) */
const Options = (z: Zod) => {
  return z
    .object({
      /** relative tolerance when one side is approximate (左右, ≈) */
      approximateTolerance: z.number().min(0).max(1).default(0.1),
    })
    .strict();
};
type Options = z.infer<ReturnType<typeof Options>>;

export const meta = {
  id: 'text-table-consistency',
  name: 'TextTableConsistency',
  description: 'an indicator has one target: the table and the text (or two places of the text) agree',
  defaultSeverity: 'error' as const,
  docs:
    'The same indicator stated twice must not disagree: a table saying 25 and a task saying 超过30 for the ' +
    'same year leave readers not knowing the target. Mentions are the same indicator when their canonical ' +
    'names agree (else their names as written) and they carry the same qualifiers (年/年均, 累计/总额, 新增, ' +
    '增长: src/data/indicator-qualifiers.json). Targets are compared as ranges (以上 = at least, 以下 = at ' +
    'most, 1—2 = a range, 左右 = within the approximateTolerance option, default 10%) in the same unit and ' +
    'for the same year (a figure without a year stands for the plan’s end year; a table’s middle-year column ' +
    'is compared with text naming that year). The message is put on the later mention, or on the text when ' +
    'the other is the table. Two figures that both stand in task text are compared only when both name the same ' +
    'canonical indicator (src/data/indicators.json): task sentences reuse generic subjects (项目, 村) for different counts.',
  fixable: false,
  options: Options,
  defaults: {"approximateTolerance": 0.1} as Options,
};

const QUALIFIERS = Object.entries(qualifierData.qualifiers).map(([k, src]) => [k, new RegExp(src)] as const);

function qualifiersOf(name: string): string {
  return QUALIFIERS.filter(([, re]) => re.test(name))
    .map(([k]) => k)
    .join('+');
}

function groupKey(ind: Indicator): string {
  return `${indicatorKey(ind)}#${qualifiersOf(ind.name)}`;
}

interface Stated {
  year: number | null;
  value: NumericValue;
  comparator: Comparator;
  unit: string | null;
  raw: string;
}

/** What an indicator states for a year: its target, or for a table row a middle-year column. */
function statedFor(ind: Indicator, year: number | null): Stated | null {
  const t = ind.target;
  const unit = t.normalized?.unit ?? ind.unit;
  const value = t.normalized?.value ?? t.value;
  if (year === null || t.year === year) {
    return value === null ? null : { year: t.year, value, comparator: t.comparator, unit, raw: t.raw };
  }
  for (const m of ind.milestones) {
    if (m.year !== year) continue;
    const v = m.normalized?.value ?? m.value;
    if (v === null) return null;
    return { year: m.year, value: v, comparator: '=', unit: m.normalized?.unit ?? ind.unit, raw: m.raw ?? String(m.value) };
  }
  return null;
}

function interval(s: Stated, tolerance: number): [number, number] {
  const v = s.value;
  if (Array.isArray(v)) return [Math.min(v[0], v[1]), Math.max(v[0], v[1])];
  switch (s.comparator) {
    case '>=':
    case '>': // 超过30 and 30 are not read as a conflict: the difference is wording, not a target
      return [v, Infinity];
    case '<=':
    case '<':
      return [-Infinity, v];
    case '≈':
      return [v * (1 - tolerance), v * (1 + tolerance)];
    default:
      return [v, v];
  }
}

function disagree(a: Stated, b: Stated, tolerance: number): boolean {
  const [a0, a1] = interval(a, tolerance);
  const [b0, b1] = interval(b, tolerance);
  const eps = 1e-9 * Math.max(1, Math.abs(a0), Math.abs(b0));
  return a1 + eps < b0 || b1 + eps < a0;
}

const SOURCE_WORD: Record<Indicator['source'], string> = { table: 'the indicator table', goals: 'the goals', task: 'a task' };

export function check(doc: CheckDocument, ctx: RuleContext<Options>): void {
  const inds = doc.plan.indicators;
  const tableYears = inds.filter((i) => i.source === 'table' && i.target.year !== null).map((i) => i.target.year!);
  // a figure without a year is read as the plan's end (the period, else the table's target year)
  const endYear = doc.plan.meta.period?.end ?? (tableYears.length ? Math.max(...tableYears) : null);

  const groups = new Map<string, Indicator[]>();
  for (const ind of inds) {
    const k = groupKey(ind);
    const g = groups.get(k);
    if (g) g.push(ind);
    else groups.set(k, [ind]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort((a, b) => a.line - b.line);
    const reference = ordered.find((i) => i.source === 'table') ?? ordered[0];
    for (const other of ordered) {
      if (other === reference) continue;
      // two task sentences naming a generic subject (项目, 村) often count different things; they are one
      // indicator only when both resolve to the same canonical indicator
      if (reference.source === 'task' && other.source === 'task' && !(other.canonicalName && other.canonicalName === reference.canonicalName)) continue;
      const year = other.target.year ?? endYear;
      if (year === null) continue;
      const mine = statedFor(other, other.target.year === null ? null : year);
      const theirs = statedFor(reference, reference.target.year === null && reference.source !== 'table' ? null : year);
      if (!mine || !theirs) continue;
      if (theirs.year !== null && theirs.year !== year) continue;
      if ((mine.unit ?? theirs.unit) !== (theirs.unit ?? mine.unit)) continue; // not comparable
      if (!disagree(mine, theirs, ctx.options.approximateTolerance)) continue;
      const where = other.source === 'table' ? 'the indicator table' : other.source === 'goals' ? 'the goals text' : 'the task text';
      ctx.report({
        message:
          `“${other.name}” for ${year}: ${where} says “${mine.raw}${unitSuffix(mine.raw, other.unit)}” but ` +
          `${SOURCE_WORD[reference.source]} says “${theirs.raw}${unitSuffix(theirs.raw, reference.unit)}” (line ${reference.line})`,
        ...locate(doc, other.target.raw || other.name, other.line, other.line + 3),
        actual: other.target.raw,
        expected: theirs.raw,
      });
    }
  }
}

/** A table cell holds the bare number; add the unit from the row name for the message. */
function unitSuffix(raw: string, unit: string | null): string {
  return unit && !raw.includes(unit) && /\d$/.test(raw) ? unit : '';
}

const rule: RuleModule<Options> = { meta, check };
export default rule;
