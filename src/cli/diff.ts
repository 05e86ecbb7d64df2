/**
 * planlens diff <old> <new> [--format table|md|json] [-o path]
 * What changed between two versions of one plan: indicators, tasks, sections and responsible units.
 * Exit 0 whether or not anything changed (the contract keeps 1 for check); 2 when a file cannot be read.
 */
import { CACHE_LOCATION_OPTION, CACHE_OPTION, cacheFromFlags, type CacheFlags } from './cache-options.js';
import type { Command } from 'commander';
import { Chalk } from 'chalk';
import type { CliContext } from './context.js';
import { exitCode, parseFiles, stderrReporter, writeOutput } from './io.js';
import { defaultColor, renderRows, stableJson } from '../render/index.js';
import { ResultCache } from '../cache/index.js';
import { memoTokenizer } from '../cache/tokens.js';
import { diffPlans, type PlanDiff } from '../compare/diff.js';
import { diffView, plainColumns } from '../compare/views.js';

export const DIFF_FORMATS = ['table', 'md', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

interface DiffOptions extends CacheFlags {
  format: string;
  output?: string;
  width?: string;
}

export function registerDiff(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description('what changed between two versions of one plan (draft and issued)')
    .argument('<old>', 'the earlier version')
    .argument('<new>', 'the later version')
    .option('-f, --format <format>', `output format: ${DIFF_FORMATS.join('|')}`, 'table')
    .option('--width <n>', 'table: fit into this many columns (default: the terminal width)')
    .option('-o, --output <path>', 'write to a file instead of stdout')
    .option(...CACHE_OPTION)
    .option(...CACHE_LOCATION_OPTION)
    .action(async (oldPath: string, newPath: string, opts: DiffOptions, cmd: Command) => {
      if (!(DIFF_FORMATS as readonly string[]).includes(opts.format)) {
        process.stderr.write(`planlens: diff: unknown format "${opts.format}" (use ${DIFF_FORMATS.join(', ')})\n`);
        ctx.setExit(2);
        return;
      }
      if (opts.width !== undefined && !(/^\d+$/.test(opts.width) && Number(opts.width) > 0)) {
        process.stderr.write(`planlens: diff: --width ${opts.width}: give a whole number of columns\n`);
        ctx.setExit(2);
        return;
      }
      const reporter = stderrReporter();
      const cacheSettings = cacheFromFlags(opts);
      const docs = await parseFiles([oldPath, newPath], reporter, cmd.optsWithGlobals().debug, {}, cacheSettings);
      if (docs.length < 2) {
        ctx.setExit(2);
        return;
      }
      // without --cache: nodejieba itself; with it, what jieba cut last time (src/cache/tokens.ts)
      const tok = await memoTokenizer(cacheSettings && new ResultCache(cacheSettings), 'diff', [oldPath, newPath]);
      const diff = diffPlans(docs[0], docs[1], tok);
      await tok.save();
      const width = opts.width ? Number(opts.width) : !opts.output && process.stdout.isTTY ? process.stdout.columns : undefined;
      const content = await renderDiff(diff, opts.format as DiffFormat, { color: opts.output ? false : defaultColor(), width });
      await writeOutput(content, opts.output, reporter);
      ctx.setExit(exitCode(reporter));
    });
}

function summaryLine(d: PlanDiff): string {
  const parts = (['indicator', 'task', 'section', 'unit'] as const).flatMap((k) => {
    const entries = Object.entries(d.summary[k]);
    if (entries.length === 0) return [];
    const label = k === 'unit' ? 'units of tasks' : `${k}s`;
    return [`${label}: ${entries.map(([c, n]) => `${n} ${c}`).join(', ')}`];
  });
  return parts.length ? parts.join(' · ') : 'no changes';
}

export async function renderDiff(d: PlanDiff, format: DiffFormat, o: { color?: boolean; width?: number } = {}): Promise<string> {
  if (format === 'json') return stableJson(d);
  const side = (s: PlanDiff['old']) => `${s.path}${s.title ? ` (${s.title}${s.status === 'draft' ? ', draft' : ''})` : ''}`;
  const v = diffView(d);
  if (format === 'md') {
    const head = `# Changes\n\n- old: ${side(d.old)}\n- new: ${side(d.new)}\n- ${summaryLine(d)}\n`;
    return d.changes.length ? `${head}\n${await renderRows(plainColumns(v.columns), v.rows, 'md')}` : head;
  }
  const chalk = new Chalk({ level: o.color ? 1 : 0 });
  const head = `${chalk.bold('old')} ${side(d.old)}\n${chalk.bold('new')} ${side(d.new)}\n${summaryLine(d)}\n`;
  return d.changes.length ? `${head}${await renderRows(plainColumns(v.columns), v.rows, 'table', { color: o.color, width: o.width, wrapByWidth: true })}` : head;
}
