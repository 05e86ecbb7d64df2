/**
 * planlens units <files|dirs…> --format table|csv|tsv|json|md|xlsx [--matrix]
 * Each responsible unit with the tasks it leads and supports; --matrix: units × tasks marked L / S.
 */
import { CACHE_LOCATION_OPTION, CACHE_OPTION, cacheFromFlags, type CacheFlags } from './cache-options.js';
import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { exitCode, readPlans, writeOutput } from './io.js';
import { ROW_FORMATS, stableJson, type ColumnSpec, type Row } from '../render/index.js';
import type { PlanDocument } from '../schema/plan.js';
import { checkRowFormat, emitRows, type RowCommandOptions } from './rows.js';
import { unitType } from '../compare/units.js';

export function registerUnits(program: Command, ctx: CliContext): void {
  program
    .command('units')
    .description('responsible units of each plan and the tasks each leads (L) and supports (S)')
    .argument('<inputs...>', 'files or directories')
    .option('-f, --format <format>', `output format: ${ROW_FORMATS.join('|')}`, 'table')
    .option('--matrix', 'units × tasks, marked L (leads) or S (supports)')
    .option('-o, --output <path>', 'write to a file instead of stdout')
    .option(...CACHE_OPTION)
    .option(...CACHE_LOCATION_OPTION)
    .action(async (inputs: string[], opts: RowCommandOptions & { matrix?: boolean }, cmd: Command) => {
      const format = checkRowFormat('units', opts);
      if (!format) {
        ctx.setExit(2);
        return;
      }
      // tasks and units never show canonical indicator names: no need to load jieba
      const { docs, reporter } = await readPlans(inputs, cmd.optsWithGlobals().debug, { canonicalNames: 'exact' }, cacheFromFlags(opts));
      const several = docs.length > 1;
      const sheets = several ? { sheetBy: 'file' } : {};
      if (opts.matrix) {
        const m = unitMatrix(docs);
        await emitRows(m.columns, m.rows, format, opts.output, reporter, sheets);
      } else if (format === 'json') {
        await writeOutput(stableJson(unitObjects(docs)), opts.output, reporter);
      } else {
        await emitRows(unitColumns(several), unitRows(docs), format, opts.output, reporter, sheets);
      }
      ctx.setExit(exitCode(reporter));
    });
}

export function unitObjects(docs: PlanDocument[]): unknown[] {
  return docs.flatMap((doc) =>
    doc.units.map((u) => ({
      file: doc.source.path,
      name: u.name,
      type: unitType(u),
      aliases: u.aliases,
      lead: u.lead,
      support: u.support,
      leadCount: u.lead.length,
      supportCount: u.support.length,
    })),
  );
}

export function unitColumns(several: boolean): ColumnSpec[] {
  return [
    ...(several ? [{ key: 'file', header: 'file', maxWidth: 24 }] : []),
    { key: 'unit', header: 'unit', maxWidth: 30 },
    { key: 'type', header: 'type', maxWidth: 12 },
    { key: 'aliases', header: 'as written', maxWidth: 30 },
    { key: 'leadCount', header: 'leads', align: 'right' as const },
    { key: 'supportCount', header: 'supports', align: 'right' as const },
    { key: 'total', header: 'total', align: 'right' as const },
    { key: 'lead', header: 'lead tasks', maxWidth: 30 },
    { key: 'support', header: 'support tasks', maxWidth: 30 },
  ];
}

export function unitRows(docs: PlanDocument[]): Row[] {
  return docs.flatMap((doc) =>
    doc.units.map((u) => ({
      file: doc.source.path,
      unit: u.name,
      type: unitType(u),
      aliases: u.aliases.join('、'),
      leadCount: u.lead.length,
      supportCount: u.support.length,
      total: u.lead.length + u.support.length,
      lead: u.lead.join(' '),
      support: u.support.join(' '),
    })),
  );
}

/** Units × tasks: one column per task id (the union over the files), L for lead, S for support. */
export function unitMatrix(docs: PlanDocument[]): { columns: ColumnSpec[]; rows: Row[] } {
  const several = docs.length > 1;
  const ids: string[] = [];
  for (const doc of docs) for (const t of doc.tasks) if (!ids.includes(t.id)) ids.push(t.id);
  ids.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)) || (a < b ? -1 : a > b ? 1 : 0));
  const columns: ColumnSpec[] = [
    ...(several ? [{ key: 'file', header: 'file', maxWidth: 24 }] : []),
    { key: 'unit', header: 'unit', maxWidth: 30 },
    ...ids.map((id) => ({ key: id, header: id })),
    { key: 'leadCount', header: 'L', align: 'right' as const },
    { key: 'supportCount', header: 'S', align: 'right' as const },
  ];
  const rows = docs.flatMap((doc) =>
    doc.units.map((u) => {
      const row: Row = { file: doc.source.path, unit: u.name };
      for (const id of ids) row[id] = u.lead.includes(id) ? 'L' : u.support.includes(id) ? 'S' : '';
      row.leadCount = u.lead.length;
      row.supportCount = u.support.length;
      return row;
    }),
  );
  return { columns, rows };
}
