/**
 * planlens check <files|dirs…>: lint draft plans.
 *
 *   --format stylish|json|sarif|github   output (default stylish)
 *   --config <file>                      use this configuration (else .planlensrc.json found upwards)
 *   --rule <id=level>                    override a rule's level (repeatable): off|info|warning|error
 *   --max-warnings <n>                   exit 1 when there are more warnings than n
 *   --fix --write | --fix -o <file>      apply safe fixes (.txt only) in place, or write the fixed text to <file>
 *   --no-inline-config                   ignore planlens-disable… directives
 *   --list-rules                         print the rules and exit
 *
 * Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings; 2 usage error, bad
 * configuration, or a file that could not be read (the other files are still checked and reported).
 */
import { CACHE_LOCATION_OPTION, CACHE_OPTION, cacheFromFlags, type CacheFlags } from './cache-options.js';
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { expandInputs, stderrReporter, writeOutput } from './io.js';
import { InputError } from '../errors.js';
import { formatOf } from '../ingest/index.js';
import {
  RULES,
  ConfigError,
  checkBytes,
  fixBytes,
  findConfigFile,
  loadConfigFile,
  parseRuleFlags,
  resolveRules,
  type FileResult,
  type ResolvedRules,
} from '../check/index.js';
import { REPORTERS, REPORTER_NAMES, type FileFailure } from '../check/reporters/index.js';
import { ResultCache } from '../cache/index.js';
import { checkFileCached } from '../cache/checks.js';
import type { ConfigFile } from '../check/config.js';
import type { RuleLevel } from '../check/types.js';

interface CheckOptions extends CacheFlags {
  format: string;
  output?: string;
  config?: string;
  rule?: string[];
  maxWarnings?: string;
  fix?: boolean;
  write?: boolean;
  inlineConfig: boolean;
  listRules?: boolean;
}

function usage(ctx: CliContext, message: string): void {
  process.stderr.write(`planlens: check: ${message}\n`);
  ctx.setExit(2);
}

export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description('lint draft plans: heading numbering, required sections, indicators, tasks, debris, punctuation, typos, 目录')
    .argument('[inputs...]', 'files or directories')
    .option('-f, --format <format>', `output format: ${REPORTER_NAMES.join('|')}`, 'stylish')
    .option('-o, --output <path>', 'write the report to a file (with --fix: the fixed text of the one input)')
    .option(...CACHE_OPTION)
    .option(...CACHE_LOCATION_OPTION)
    .option('-c, --config <path>', 'configuration file (default: nearest .planlensrc.json above each file)')
    .option('--rule <id=level>', 'set a rule to off|info|warning|error (repeatable)', (v: string, acc: string[] | undefined) => [...(acc ?? []), v])
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--fix', 'apply safe fixes (debris, punctuation width) to .txt files')
    .option('--write', 'with --fix: write the fixed files in place')
    .option('--no-inline-config', 'ignore planlens-disable… directives in the documents')
    .option('--list-rules', 'print the rules with their default levels and exit')
    .action(async (inputs: string[], opts: CheckOptions, cmd: Command) => {
      const debug = Boolean(cmd.optsWithGlobals().debug);
      if (opts.listRules) {
        for (const r of RULES) process.stdout.write(`${r.meta.id.padEnd(24)} ${r.meta.defaultSeverity.padEnd(8)} ${r.meta.fixable ? 'fix ' : '    '} ${r.meta.description}\n`);
        return;
      }
      const reporterFn = REPORTERS[opts.format];
      if (!reporterFn) return usage(ctx, `unknown format "${opts.format}" (use ${REPORTER_NAMES.join(', ')})`);
      if (inputs.length === 0) return usage(ctx, 'no input files (planlens check <files|dirs…>)');
      let maxWarnings = -1;
      if (opts.maxWarnings !== undefined) {
        if (!/^\d+$/.test(opts.maxWarnings)) return usage(ctx, `--max-warnings takes a whole number ≥ 0, not "${opts.maxWarnings}"`);
        maxWarnings = Number(opts.maxWarnings);
      }
      if (opts.write && !opts.fix) return usage(ctx, '--write goes with --fix (planlens check --fix --write <files>)');
      if (opts.fix && !opts.write && !opts.output) return usage(ctx, '--fix needs --write (fix the files in place) or -o <file> (write the fixed text there)');
      if (opts.fix && opts.write && opts.output) return usage(ctx, '--fix takes either --write or -o <file>, not both');

      let flags: Map<string, RuleLevel>;
      let explicit: ConfigFile | null = null;
      try {
        flags = parseRuleFlags(opts.rule ?? []);
        if (opts.config) explicit = await loadConfigFile(opts.config);
      } catch (err) {
        if (err instanceof ConfigError) return usage(ctx, `${err.file}: ${err.message}`);
        throw err;
      }

      const reporter = stderrReporter();
      const failures: FileFailure[] = [];
      const fail = (file: string, message: string) => {
        reporter.error(file, message);
        failures.push({ file, message });
      };
      const files = await expandInputs(inputs, { error: fail, get failures() { return failures.length; } });
      if (opts.fix && opts.output && files.length > 1) return usage(ctx, '--fix -o <file> takes one input file; use --fix --write for several');

      // rules per configuration file, so that each is read and validated once
      const byConfig = new Map<string, ResolvedRules | ConfigError>();
      const rulesFor = async (file: string): Promise<ResolvedRules> => {
        if (explicit) {
          const key = `explicit:${opts.config}`;
          if (!byConfig.has(key)) byConfig.set(key, resolveRules(explicit, flags, opts.config));
          return byConfig.get(key) as ResolvedRules;
        }
        const found = await findConfigFile(file);
        const key = found ?? '(defaults)';
        if (!byConfig.has(key)) {
          try {
            byConfig.set(key, resolveRules(found ? await loadConfigFile(found) : null, flags, found ?? undefined));
          } catch (err) {
            if (!(err instanceof ConfigError)) throw err;
            byConfig.set(key, err);
          }
        }
        const r = byConfig.get(key)!;
        if (r instanceof ConfigError) throw r;
        return r;
      };

      const results: FileResult[] = [];
      // --fix rewrites the files it checks: it never reads or writes the cache
      const settings = opts.fix ? null : cacheFromFlags(opts);
      const cache = settings ? new ResultCache(settings) : null;
      for (const file of files) {
        try {
          const rules = await rulesFor(file);
          const inline = { inlineConfig: opts.inlineConfig };
          if (!opts.fix) {
            results.push(await checkFileCached(file, rules, inline, cache));
            continue;
          }
          results.push(await fixFile(file, rules, inline, opts, fail));
        } catch (err) {
          if (err instanceof InputError) fail(err.file, err.message);
          else if (err instanceof ConfigError) {
            if (!failures.some((f) => f.file === err.file)) fail(err.file, err.message);
            else failures.push({ file, message: `not checked: configuration ${err.file} is invalid` });
          } else fail(file, `internal error: ${debug ? (err as Error).stack : (err as Error).message}`);
        }
      }

      const color = opts.format === 'stylish' && !(opts.output && !opts.fix) && useColor();
      const text = reporterFn({ results, failures, rules: RULES, color, cwd: process.cwd() });
      if (opts.fix && opts.output) process.stdout.write(text);
      else await writeOutput(text, opts.output, { error: fail, get failures() { return failures.length; } });

      const errors = results.reduce((n, r) => n + r.errorCount, 0);
      const warnings = results.reduce((n, r) => n + r.warningCount, 0);
      if (maxWarnings >= 0 && warnings > maxWarnings) {
        process.stderr.write(`planlens: check: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
      }
      if (failures.length > 0) ctx.setExit(2);
      else if (errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings)) ctx.setExit(1);
    });
}

/** Colour only on a terminal, unless NO_COLOR (or --no-color, which sets it) says no; FORCE_COLOR forces it. */
function useColor(): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(process.stdout.isTTY);
}

/** Fix one file (several passes), write it, and return the check of the fixed text. */
async function fixFile(
  file: string,
  rules: ResolvedRules,
  inline: { inlineConfig: boolean },
  opts: CheckOptions,
  fail: (file: string, message: string) => void,
): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'no such file' : `cannot read (${code})`);
  }
  const format = formatOf(file);
  if (format !== 'txt') {
    const checked = await checkBytes(bytes, file, rules, inline);
    process.stderr.write(`planlens: ${file}: --fix works on .txt files only; this ${checked.result.format} file was checked, not changed\n`);
    return checked.result;
  }
  let fixed;
  try {
    fixed = await fixBytes(bytes, file, rules, inline);
  } catch (err) {
    if (err instanceof InputError) throw err;
    fail(file, (err as Error).message);
    return (await checkBytes(bytes, file, rules, inline)).result;
  }
  const { applied } = fixed;
  bytes = fixed.bytes;
  const target = opts.output ?? file;
  if (opts.output || applied > 0) {
    try {
      await writeFile(target, bytes);
    } catch (err) {
      fail(target, `cannot write fixed text (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  }
  return fixed.result;
}
