/**
 * planlens compare <files|dirs…> [--by indicators|sections|themes|tasks|units|all]
 *                  [--format table|md|csv|tsv|json|xlsx|html] [--only-shared] [--indicator NAME]…
 *                  [--base N|FILE] [--top N] [--threshold X] [--depth N] [--width N] [-o path]
 * Several plans side by side: one column per plan. jieba is loaded only for the views that segment text
 * (sections, tasks).
 */
import { CACHE_LOCATION_OPTION, CACHE_OPTION, cacheFromFlags, type CacheFlags } from './cache-options.js';
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import type { CliContext } from './context.js';
import { exitCode, expandInputs, parseFiles, readAllFiles, stderrReporter, writeOutput } from './io.js';
import { defaultColor, renderRows, stableJson, ROW_FORMATS, type RowFormat } from '../render/index.js';
import { renderHtmlReport, type HtmlBlock } from '../render/html/index.js';
import type { PlanDocument } from '../schema/plan.js';
import { loadTokenizer, type Tokenizer } from '../nlp/tokenizer.js';
import { ResultCache } from '../cache/index.js';
import { memoTokenizer } from '../cache/tokens.js';
import { inputsDigest, storeResult, storedResult } from '../cache/results.js';
import { compareIndicators, type IndicatorComparison } from '../compare/indicators.js';
import { compareSections } from '../compare/sections.js';
import { compareThemes } from '../compare/themes.js';
import { compareTasks } from '../compare/tasks.js';
import { compareUnits } from '../compare/units.js';
import { documentRefs } from '../compare/documents.js';
import { textsToSegment } from '../compare/segmented-texts.js';
import { TokenizerThread } from '../batch/tokenizer-thread.js';
import {
  documentsView,
  htmlCharts,
  htmlTable,
  indicatorCharts,
  indicatorsView,
  plainColumns,
  sectionsView,
  tasksView,
  themesView,
  unitsView,
  type OutputFormat,
  type TableView,
} from '../compare/views.js';

export const COMPARE_VIEWS = ['indicators', 'sections', 'themes', 'tasks', 'units', 'all'] as const;
export type CompareView = (typeof COMPARE_VIEWS)[number];
export const COMPARE_FORMATS = [...ROW_FORMATS, 'html'] as const;

interface CompareOptions extends CacheFlags {
  by: string;
  format: string;
  output?: string;
  onlyShared?: boolean;
  indicator?: string[];
  base?: string;
  top?: string;
  threshold?: string;
  depth?: string;
  width?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerCompare(program: Command, ctx: CliContext): void {
  program
    .command('compare')
    .description('several plans side by side: indicators (default), sections, themes, tasks or units')
    .argument('<inputs...>', 'files or directories')
    .option('--by <view>', `what to compare: ${COMPARE_VIEWS.join('|')}`, 'indicators')
    .option('-f, --format <format>', `output format: ${COMPARE_FORMATS.join('|')}`, 'table')
    .option('--only-shared', 'indicators: only those set by two or more plans')
    .option('--indicator <name>', 'indicators: only those whose name contains NAME (repeatable)', collect)
    .option('--base <plan>', 'tasks: the plan whose tasks are matched, by position (1 = first) or file path', '1')
    .option('--top <n>', 'tasks: matches shown per plan', '1')
    .option('--threshold <score>', 'tasks, sections: least similarity shown / aligned (0–1)')
    .option('--depth <n>', 'sections: deepest outline level compared', '2')
    .option('--width <n>', 'table: fit into this many columns (default: the terminal width)')
    .option('-o, --output <path>', 'write to a file instead of stdout')
    .option(...CACHE_OPTION)
    .option(...CACHE_LOCATION_OPTION)
    .action(async (inputs: string[], opts: CompareOptions, cmd: Command) => {
      const usage = checkOptions(opts);
      if (usage) {
        process.stderr.write(`planlens: compare: ${usage}\n`);
        ctx.setExit(2);
        return;
      }
      const view = opts.by as CompareView;
      const format = opts.format as OutputFormat;
      const cacheSettings = cacheFromFlags(opts);
      const reporter = stderrReporter();
      const files = await expandInputs(inputs, reporter);
      const renderOptions = {
        onlyShared: opts.onlyShared,
        indicator: opts.indicator,
        top: Number(opts.top ?? 1),
        threshold: opts.threshold === undefined ? undefined : Number(opts.threshold),
        depth: Number(opts.depth ?? 2),
        width: tableWidth(opts),
        color: opts.output ? false : defaultColor(),
      };
      // --cache: the whole output of the same comparison over unchanged files (src/cache/results.ts)
      const cache = cacheSettings && reporter.failures === 0 ? new ResultCache(cacheSettings) : null;
      const contents = cache ? await readAllFiles(files) : null;
      const digest = contents ? inputsDigest(contents) : null;
      const resultKey = { view, format, base: opts.base ?? '1', ...renderOptions };
      if (cache && digest) {
        const stored = await storedResult(cache, 'compare', files, digest, resultKey);
        if (stored !== undefined) {
          await writeOutput(stored, opts.output, reporter);
          ctx.setExit(exitCode(reporter));
          return;
        }
      }
      // Without a cache, jieba loads on a thread of its own while the files are parsed, and cuts each
      // plan's texts as soon as it is parsed (src/batch/tokenizer-thread.ts)
      const cutter = !cacheSettings && needsTokenizer(view) && files.length > 1 ? new TokenizerThread() : null;
      try {
        const segmented = { sections: view === 'sections' || view === 'all', tasks: view === 'tasks' || view === 'all' };
        const onParsed = cutter ? (doc: PlanDocument) => cutter.send(textsToSegment(doc, segmented)) : undefined;
        // the views that never read targets do not have them read (tasks, sections, units)
        const parseOptions = readsIndicators(view) ? {} : { indicators: false };
        const docs = await parseFiles(files, reporter, cmd.optsWithGlobals().debug, parseOptions, cacheSettings, contents, onParsed);
        if (docs.length === 0) {
          ctx.setExit(2);
          return;
        }
        const base = resolveBase(opts.base ?? '1', docs);
        if (base === null) {
          process.stderr.write(`planlens: compare: --base ${opts.base}: no such plan among the inputs (use 1…${docs.length} or one of the file paths)\n`);
          ctx.setExit(2);
          return;
        }
        // with --cache, what jieba cut last time over the same plans is remembered (src/cache/tokens.ts)
        const memo = cacheSettings && needsTokenizer(view) ? await memoTokenizer(new ResultCache(cacheSettings), `compare --by ${view}`, docs.map((d) => d.source.path)) : undefined;
        const tok = cutter ? await cutter.tokenizer() : memo;
        const content = await renderComparison(docs, view, format, { ...renderOptions, base, tokenizer: tok });
        await memo?.save();
        if (cache && digest && reporter.failures === 0) await storeResult(cache, 'compare', files, digest, resultKey, content);
        await writeOutput(content, opts.output, reporter);
        ctx.setExit(exitCode(reporter));
      } finally {
        await cutter?.close();
      }
    });
}

function checkOptions(opts: CompareOptions): string | null {
  if (!(COMPARE_VIEWS as readonly string[]).includes(opts.by)) return `unknown view "${opts.by}" (use ${COMPARE_VIEWS.join(', ')})`;
  if (!(COMPARE_FORMATS as readonly string[]).includes(opts.format)) return `unknown format "${opts.format}" (use ${COMPARE_FORMATS.join(', ')})`;
  if (opts.by === 'all' && (opts.format === 'csv' || opts.format === 'tsv' || opts.format === 'xlsx')) {
    return `--by all gives several tables; ${opts.format} holds one: choose a view with --by, or use html, md, json or table`;
  }
  if (opts.format === 'xlsx' && !opts.output && process.stdout.isTTY) return 'xlsx is binary; write it with -o <file>.xlsx or redirect stdout';
  const positive = (s: string | undefined) => s === undefined || (/^\d+$/.test(s) && Number(s) > 0);
  if (!positive(opts.top)) return `--top ${opts.top}: give a whole number of 1 or more`;
  if (!positive(opts.depth)) return `--depth ${opts.depth}: give a whole number of 1 or more`;
  if (!positive(opts.width)) return `--width ${opts.width}: give a whole number of columns`;
  if (opts.threshold !== undefined && !(Number(opts.threshold) >= 0 && Number(opts.threshold) <= 1)) return `--threshold ${opts.threshold}: give a number from 0 to 1`;
  return null;
}

/** --base: a 1-based position among the parsed plans, or a path given on the command line. */
function resolveBase(base: string, docs: PlanDocument[]): number | null {
  if (/^\d+$/.test(base)) {
    const i = Number(base) - 1;
    return i >= 0 && i < docs.length ? i : null;
  }
  const i = docs.findIndex((d) => resolve(d.source.path) === resolve(base));
  return i >= 0 ? i : null;
}

/** --width, else the terminal's width when writing to one, else COLUMNS; none when writing elsewhere. */
function tableWidth(opts: CompareOptions): number | undefined {
  if (opts.width) return Number(opts.width);
  if (opts.output) return undefined;
  if (process.stdout.isTTY && process.stdout.columns) return process.stdout.columns;
  const env = Number(process.env.COLUMNS);
  return env > 0 ? env : undefined;
}

export interface ComparisonRenderOptions {
  onlyShared?: boolean;
  indicator?: string[];
  base?: number;
  top?: number;
  threshold?: number;
  depth?: number;
  width?: number;
  color?: boolean;
  /** segmentation for the views that need it (default: nodejieba, loaded only then) */
  tokenizer?: Tokenizer;
}

/** The views that read the plans' targets (indicators, themes: how many indicators each theme has). */
function readsIndicators(view: CompareView): boolean {
  return view === 'indicators' || view === 'themes' || view === 'all';
}

/** The views that segment text (and so need jieba). */
function needsTokenizer(view: CompareView): boolean {
  return view === 'sections' || view === 'tasks' || view === 'all';
}

/** The comparison in one format; the library entry for tests and scripts. */
export async function renderComparison(docs: PlanDocument[], view: CompareView, format: OutputFormat, o: ComparisonRenderOptions = {}): Promise<string | Uint8Array> {
  const views = view === 'all' ? (['indicators', 'themes', 'sections', 'tasks', 'units'] as const) : [view];
  const needsJieba = views.some((v) => needsTokenizer(v));
  const tok = needsJieba ? (o.tokenizer ?? (await loadTokenizer())) : null;
  const indicators = views.includes('indicators') ? compareIndicators(docs, { onlyShared: o.onlyShared, indicator: o.indicator }) : null;
  const results = {
    indicators,
    themes: views.includes('themes') ? compareThemes(docs) : null,
    sections: views.includes('sections') ? compareSections(docs, tok!, { depth: o.depth, threshold: o.threshold }) : null,
    tasks: views.includes('tasks') ? compareTasks(docs, tok!, { base: o.base, top: o.top, threshold: o.threshold }) : null,
    units: views.includes('units') ? compareUnits(docs) : null,
  };

  if (format === 'json') {
    if (view !== 'all') return stableJson(results[view]);
    const { documents } = { documents: documentRefs(docs) };
    const strip = <T extends { documents: unknown }>(r: T | null) => {
      if (!r) return null;
      const { documents: _d, ...rest } = r;
      return rest;
    };
    return stableJson({
      documents,
      indicators: strip(results.indicators),
      themes: strip(results.themes),
      sections: strip(results.sections),
      tasks: strip(results.tasks),
      units: strip(results.units),
    });
  }

  const tables: TableView[] = [];
  for (const v of views) {
    if (v === 'indicators') tables.push(indicatorsView(results.indicators!, format));
    if (v === 'themes') tables.push(themesView(results.themes!, format));
    if (v === 'sections') tables.push(sectionsView(results.sections!, format));
    if (v === 'tasks') tables.push(tasksView(results.tasks!, format));
    if (v === 'units') tables.push(unitsView(results.units!, format));
  }

  if (format === 'html') return htmlReport(docs, tables, results.indicators);
  if (format === 'csv' || format === 'tsv' || format === 'xlsx') {
    const t = tables[0];
    return renderRows(plainColumns(t.columns), t.rows, format, { allSheetName: t.id });
  }
  return textReport(tables, format, o, views.length > 1);
}

/** Below this many terminal columns, optional columns are left out. */
const NARROW_TABLE = 110;

async function textReport(tables: TableView[], format: 'table' | 'md' | 'json' | RowFormat, o: ComparisonRenderOptions, headings: boolean): Promise<string> {
  const chalk = new Chalk({ level: o.color ? 1 : 0 });
  const parts: string[] = [];
  for (const t of tables) {
    // a narrow terminal keeps the plans' columns and drops what the row order already tells
    const narrow = format === 'table' && o.width !== undefined && o.width < NARROW_TABLE;
    const columns = narrow ? t.columns.filter((c) => !t.optional?.includes(c.key)) : t.columns;
    const body = (await renderRows(plainColumns(columns), t.rows, format as RowFormat, { color: o.color, width: o.width, wrapByWidth: true })) as string;
    if (format === 'md') {
      parts.push(`${headings ? `## ${t.heading}\n\n` : ''}${body}${t.notes.length ? `\n${t.notes.map((n) => `_${n}_`).join('  \n')}\n` : ''}`);
    } else {
      const notes = t.notes.map((n) => chalk.dim(`  ${n}`)).join('\n');
      parts.push(`${headings ? `${chalk.bold(t.heading)}\n` : ''}${body}${notes ? `${notes}\n` : ''}`);
    }
  }
  return parts.join('\n');
}

function htmlReport(docs: PlanDocument[], tables: TableView[], indicators: IndicatorComparison | null): string {
  const documents = documentRefs(docs);
  const blocks: HtmlBlock[] = [htmlTable(documentsView(documents, docs.map((d) => d.meta.title)))];
  for (const t of tables) {
    blocks.push(htmlTable(t));
    if (t.id === 'indicators' && indicators) blocks.push(htmlCharts(indicatorCharts(indicators)));
  }
  return renderHtmlReport({
    title: `planlens: ${docs.length} plan${docs.length === 1 ? '' : 's'} compared`,
    subtitle: documents.map((d) => d.label).join(' · '),
    blocks,
  });
}

