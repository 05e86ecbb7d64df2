/**
 * planlens indicators <files|dirs…> --format table|csv|tsv|json|md|xlsx [--source table|goals|task] [-o path]
 * One row per indicator: region, name, canonical name, unit, baseline (year), milestones, target (year),
 * comparator, hedge, attribute, source, line. json gives the indicator objects of the parse output.
 */
import { CACHE_LOCATION_OPTION, CACHE_OPTION, cacheFromFlags, type CacheFlags } from './cache-options.js';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { exitCode, readPlans, writeOutput } from './io.js';
import { checkRowFormat, emitRows, type RowCommandOptions } from './rows.js';
import { ROW_FORMATS, stableJson, type ColumnSpec, type Row, type RowFormat } from '../render/index.js';
import type { Indicator, IndicatorSource, NumericValue, PlanDocument, YearValue } from '../schema/plan.js';
import { INDICATOR_SOURCES } from '../schema/version.js';

interface IndicatorOptions extends RowCommandOptions {
  source?: string;
}

export function registerIndicators(program: Command, ctx: CliContext): void {
  program
    .command('indicators')
    .description('every quantitative target of each plan (tables, goals, tasks), one row per indicator')
    .argument('<inputs...>', 'files or directories')
    .option('-f, --format <format>', `output format: ${ROW_FORMATS.join('|')}`, 'table')
    .option('--source <source>', `only indicators from: ${INDICATOR_SOURCES.join('|')}`)
    .option('-o, --output <path>', 'write to a file instead of stdout')
    .option(...CACHE_OPTION)
    .option(...CACHE_LOCATION_OPTION)
    .action(async (inputs: string[], opts: IndicatorOptions, cmd: Command) => {
      const format = checkRowFormat('indicators', opts);
      if (!format) {
        ctx.setExit(2);
        return;
      }
      if (opts.source !== undefined && !(INDICATOR_SOURCES as readonly string[]).includes(opts.source)) {
        process.stderr.write(`planlens: indicators: unknown source "${opts.source}" (use ${INDICATOR_SOURCES.join(', ')})\n`);
        ctx.setExit(2);
        return;
      }
      const { docs, reporter } = await readPlans(inputs, cmd.optsWithGlobals().debug, {}, cacheFromFlags(opts));
      const source = opts.source as IndicatorSource | undefined;
      if (format === 'json') {
        await writeOutput(stableJson(indicatorObjects(docs, source)), opts.output, reporter);
      } else {
        const several = docs.length > 1;
        // xlsx: one sheet per document plus "all", also for a single document
        const sheets = format === 'xlsx' || several ? { sheetBy: (r: Row) => basename(String(r.file)) } : {};
        await emitRows(indicatorColumns(format, several), indicatorRows(docs, source, format), format, opts.output, reporter, sheets);
      }
      ctx.setExit(exitCode(reporter));
    });
}

function selected(doc: PlanDocument, source: IndicatorSource | undefined): Indicator[] {
  return source ? doc.indicators.filter((i) => i.source === source) : doc.indicators;
}

/** Indicator objects as in the parse output, with the file and region added. */
export function indicatorObjects(docs: PlanDocument[], source?: IndicatorSource): unknown[] {
  return docs.flatMap((doc) => selected(doc, source).map((i) => ({ file: doc.source.path, region: doc.meta.region, ...i })));
}

/** A value as people write it: 12, 1.5, 1–2 for a range. */
export function formatValue(v: NumericValue | null): string {
  if (v === null) return '';
  return Array.isArray(v) ? `${v[0]}–${v[1]}` : String(v);
}

function withYear(v: YearValue | { year: number | null; value: NumericValue | null } | null): string {
  if (!v || (v.value === null && v.year === null)) return '';
  const value = v.value === null ? '—' : formatValue(v.value);
  return v.year === null ? value : `${value} (${v.year})`;
}

/** Columns: a terminal or Markdown shows `value (year)`; files (csv, tsv, xlsx) get value and year apart. */
export function indicatorColumns(format: RowFormat, several: boolean): ColumnSpec[] {
  const split = format === 'csv' || format === 'tsv' || format === 'xlsx';
  const file: ColumnSpec[] = several || format === 'xlsx' ? [{ key: 'file', header: 'file', maxWidth: 24 }] : [];
  const values: ColumnSpec[] = split
    ? [
        { key: 'baseline', header: 'baseline', align: 'right' },
        { key: 'baselineYear', header: 'baseline year', align: 'right' },
        { key: 'milestones', header: 'milestones' },
        { key: 'target', header: 'target', align: 'right' },
        { key: 'targetYear', header: 'target year', align: 'right' },
      ]
    : [
        { key: 'baselineWithYear', header: 'baseline (year)', align: 'right' },
        { key: 'milestones', header: 'milestones', maxWidth: 24 },
        { key: 'targetWithYear', header: 'target (year)', align: 'right' },
      ];
  return [
    ...file,
    { key: 'id', header: 'id' },
    { key: 'region', header: 'region' },
    { key: 'name', header: 'name', maxWidth: 36 },
    { key: 'canonicalName', header: 'canonical name', maxWidth: 30 },
    { key: 'unit', header: 'unit' },
    ...values,
    { key: 'comparator', header: 'comparator' },
    { key: 'hedge', header: 'hedge' },
    { key: 'attribute', header: 'attribute' },
    // files for a spreadsheet also carry the row's category (专栏, 类别) and note (备注, 累计, footnotes)
    ...(split ? [{ key: 'category', header: 'category' }, { key: 'note', header: 'note' }] : []),
    { key: 'source', header: 'source' },
    { key: 'line', header: 'line', align: 'right' },
  ];
}

/** One row per indicator. Numbers stay numbers (xlsx cells); a range is written 1–2. A terminal or
 * Markdown table names the file by its base name, files by the path as given. */
export function indicatorRows(docs: PlanDocument[], source?: IndicatorSource, format: RowFormat = 'csv'): Row[] {
  const short = format === 'table' || format === 'md';
  const cell = (v: NumericValue | null | undefined) => (v === null || v === undefined ? null : Array.isArray(v) ? formatValue(v) : v);
  return docs.flatMap((doc) =>
    selected(doc, source).map((i) => ({
      file: short ? basename(doc.source.path) : doc.source.path,
      id: i.id,
      region: doc.meta.region,
      name: i.name,
      canonicalName: i.canonicalName,
      unit: i.unit,
      baseline: cell(i.baseline?.value),
      baselineYear: i.baseline?.year ?? null,
      baselineWithYear: withYear(i.baseline),
      milestones: i.milestones.map(withYear).join('; '),
      target: cell(i.target.value),
      targetYear: i.target.year,
      targetWithYear: withYear(i.target),
      comparator: i.target.comparator,
      hedge: i.target.hedge,
      attribute: i.attribute,
      category: i.category,
      note: i.note,
      source: i.source,
      line: i.line,
    })),
  );
}
