/**
 * task-units: who carries out each task. Where most tasks of a plan name their responsible units, a task
 * without any is a gap; and a unit that is not a known body (src/data/units.json, known-bodies.json, or
 * the configuration) may be a misspelling or an informal name.
 */
import type { z } from 'zod';
import type { Task } from '../../schema/plan.js';
import type { CheckDocument, RuleContext, RuleModule, Zod } from '../types.js';
import { KnownBodies } from '../known-bodies.js';
import { locate } from '../text.js';

/** the options' zod schema, built only when options are configured (see ../config.ts) */
const Options = (z: Zod) => {
  return z
    .object({
      /** share of tasks with units from which a task without units is reported */
      minShare: z.number().min(0).max(1).default(0.5),
      /** report units that are not known bodies */
      checkKnown: z.boolean().default(true),
      /** more body names to accept (as written, with or without 市/省 …) */
      knownBodies: z.array(z.string().min(1)).default([]),
    })
    .strict();
};
type Options = z.infer<ReturnType<typeof Options>>;

export const meta = {
  id: 'task-units',
  name: 'TaskResponsibleUnits',
  description: 'tasks name responsible units where the plan does so, and the units are known bodies',
  defaultSeverity: 'warning' as const,
  docs:
    'Where most tasks of a plan (option minShare, default half) name who leads and who supports them, a ' +
    'task without responsible units is reported. Each unit is also looked up among known bodies ' +
    '(src/data/units.json and src/data/known-bodies.json, compared without the level prefix 市/省/区 or the ' +
    'plan’s own region, width and a trailing bracketed note ignored); an unknown name is reported once, at ' +
    'its first task, as it may be a misspelling or an informal name. Add real bodies with option ' +
    'knownBodies, or switch the lookup off with checkKnown: false.',
  fixable: false,
  options: Options,
  defaults: {"minShare": 0.5, "checkKnown": true, "knownBodies": []} as Options,
};

export function check(doc: CheckDocument, ctx: RuleContext<Options>): void {
  const tasks = doc.plan.tasks;
  if (tasks.length === 0) return;
  const hasUnits = (t: Task) => t.units.lead.length + t.units.support.length > 0;
  const withUnits = tasks.filter(hasUnits).length;

  if (withUnits > 0 && withUnits < tasks.length && withUnits / tasks.length >= ctx.options.minShare) {
    for (const t of tasks) {
      if (hasUnits(t)) continue;
      ctx.report({
        message: `task “${t.title}” names no responsible unit (${withUnits} of ${tasks.length} tasks do)`,
        ...locate(doc, t.title, t.line),
      });
    }
  }

  if (!ctx.options.checkKnown) return;
  const known = new KnownBodies(ctx.options.knownBodies);
  const seen = new Map<string, { task: Task; count: number }>();
  for (const t of tasks) {
    for (const name of [...t.units.lead, ...t.units.support]) {
      if (known.has(name, doc.plan.meta.region)) continue;
      const s = seen.get(name);
      if (s) s.count++;
      else seen.set(name, { task: t, count: 1 });
    }
  }
  for (const [name, { task, count }] of seen) {
    const end = blockEnd(doc, task.line);
    ctx.report({
      message: `responsible unit “${name}” is not a known body${count > 1 ? ` (named in ${count} tasks)` : ''}; check the name or add it to knownBodies`,
      ...locate(doc, name, task.line, end),
      actual: name,
    });
  }
}

/** Last source line of the block that starts at `line` (a task may run over several lines). */
function blockEnd(doc: CheckDocument, line: number): number {
  for (const p of doc.segmented.placed) if (p.block.line === line) return p.block.endLine;
  return line;
}

const rule: RuleModule<Options> = { meta, check };
export default rule;
