/**
 * planlens tasks <files|dirs…> --format table|csv|tsv|json|md|xlsx
 * Every task of each plan with its responsible units; json gives the task objects of the parse output.
 */
import { CACHE_LOCATION_OPTION, CACHE_OPTION, cacheFromFlags, type CacheFlags } from './cache-options.js';
import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { exitCode, readPlans, writeOutput } from './io.js';
import { checkRowFormat, emitRows, type RowCommandOptions } from './rows.js';
import { ROW_FORMATS, stableJson, type ColumnSpec, type Row, type RowFormat } from '../render/index.js';
import type { PlanDocument, Section } from '../schema/plan.js';

/** `（一）实施…工程` for a section id, from the document's tree. */
export function sectionLabels(doc: PlanDocument): Map<string, string> {
  const labels = new Map<string, string>();
  const walk = (sections: Section[]) => {
    for (const s of sections) {
      labels.set(s.id, [s.number, s.title].filter(Boolean).join(' '));
      walk(s.children);
    }
  };
  walk(doc.sections);
  return labels;
}

export function registerTasks(program: Command, ctx: CliContext): void {
  program
    .command('tasks')
    .description('tasks of each plan with their responsible units (lead / support)')
    .argument('<inputs...>', 'files or directories')
    .option('-f, --format <format>', `output format: ${ROW_FORMATS.join('|')}`, 'table')
    .option('-o, --output <path>', 'write to a file instead of stdout')
    .option(...CACHE_OPTION)
    .option(...CACHE_LOCATION_OPTION)
    .action(async (inputs: string[], opts: RowCommandOptions, cmd: Command) => {
      const format = checkRowFormat('tasks', opts);
      if (!format) {
        ctx.setExit(2);
        return;
      }
      // tasks and units never show canonical indicator names: no need to load jieba
      const { docs, reporter } = await readPlans(inputs, cmd.optsWithGlobals().debug, { canonicalNames: 'exact' }, cacheFromFlags(opts));
      if (format === 'json') {
        await writeOutput(stableJson(taskObjects(docs)), opts.output, reporter);
      } else {
        const several = docs.length > 1;
        await emitRows(taskColumns(format, several), taskRows(docs), format, opts.output, reporter, several ? { sheetBy: 'file' } : {});
      }
      ctx.setExit(exitCode(reporter));
    });
}

/** Task objects as in the parse output, with the file and the section's label added. */
export function taskObjects(docs: PlanDocument[]): unknown[] {
  return docs.flatMap((doc) => {
    const labels = sectionLabels(doc);
    return doc.tasks.map((t) => ({
      file: doc.source.path,
      id: t.id,
      sectionId: t.sectionId,
      section: labels.get(t.sectionId) ?? null,
      number: t.number,
      title: t.title,
      text: t.text,
      line: t.line,
      deadline: t.deadline ?? null,
      indicatorIds: t.indicatorIds ?? [],
      units: t.units,
    }));
  });
}

export function taskColumns(format: RowFormat, several: boolean): ColumnSpec[] {
  // the full text is for files (csv, tsv, xlsx); a terminal or Markdown table shows the title
  const withText = format === 'csv' || format === 'tsv' || format === 'xlsx';
  return [
    ...(several ? [{ key: 'file', header: 'file', maxWidth: 24 }] : []),
    { key: 'id', header: 'id' },
    { key: 'number', header: 'no.', align: 'right' as const },
    { key: 'section', header: 'section', maxWidth: 24 },
    { key: 'title', header: 'title', maxWidth: 40 },
    { key: 'lead', header: 'lead', maxWidth: 30 },
    { key: 'support', header: 'support', maxWidth: 30 },
    { key: 'deadline', header: 'deadline', maxWidth: 16 },
    { key: 'indicators', header: 'indicators' },
    { key: 'line', header: 'line', align: 'right' as const },
    ...(withText ? [{ key: 'text', header: 'text' }] : []),
  ];
}

export function taskRows(docs: PlanDocument[]): Row[] {
  return docs.flatMap((doc) => {
    const labels = sectionLabels(doc);
    return doc.tasks.map((t) => ({
      file: doc.source.path,
      id: t.id,
      number: t.number,
      section: labels.get(t.sectionId) ?? '',
      title: t.title,
      lead: t.units.lead.join('、'),
      support: t.units.support.join('、'),
      deadline: t.deadline ?? '',
      indicators: (t.indicatorIds ?? []).join(' '),
      line: t.line,
      text: t.text,
    }));
  });
}
