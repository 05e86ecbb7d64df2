import { CACHE_LOCATION_OPTION, CACHE_OPTION, cacheFromFlags, type CacheFlags } from './cache-options.js';
import { InvalidArgumentError, type Command } from 'commander';
import { expandInputs, exitCode, openOutput, stderrReporter, type Reporter } from './io.js';
import { createProgress, defaultJobs, MIN_FILES_PER_WORKER, parseFilesParallel, type Progress } from '../batch/index.js';
import type { CliContext } from './context.js';

interface ParseOptions extends CacheFlags {
  ndjson?: boolean;
  output?: string;
  jobs?: number;
  timeout?: number;
}

export function registerParse(program: Command, ctx: CliContext): void {
  program
    .command('parse')
    .description('normalized JSON of each plan (one file: an object; several: an array)')
    .argument('<inputs...>', 'files, directories or quoted glob patterns')
    .option('--ndjson', 'one JSON object per line, each written as soon as it is ready')
    .option('-o, --output <path>', 'write to a file instead of stdout')
    .option(...CACHE_OPTION)
    .option(...CACHE_LOCATION_OPTION)
    .option('-j, --jobs <n>', `parse files in n worker threads (default: one fewer than the cores, here ${defaultJobs()}, at most one per ${MIN_FILES_PER_WORKER} files; 1: no workers)`, positiveInteger('--jobs'))
    .option('--timeout <seconds>', 'stop a file whose parse takes longer than this, when parsing on workers', positiveInteger('--timeout'), 300)
    .action(async (inputs: string[], opts: ParseOptions, cmd: Command) => {
      ctx.setExit(await runParse(inputs, opts, Boolean(cmd.optsWithGlobals().debug)));
    });
}

function positiveInteger(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} takes a whole number of at least 1`);
    return n;
  };
}

/**
 * One file given as a file: one JSON object. Otherwise a JSON array (pretty, as stableJson prints it)
 * or ndjson. Either way each document is written as soon as it and all before it are done, so memory
 * stays flat over thousands of files and the output is the same whatever the number of jobs.
 */
async function runParse(inputs: string[], opts: ParseOptions, debug: boolean): Promise<number> {
  const started = performance.now();
  const base = stderrReporter();
  let progress: Progress | null = null;
  // error lines must not tear the progress bar
  const reporter: Reporter = {
    error(file, message) {
      if (progress) progress.interrupt(() => base.error(file, message));
      else base.error(file, message);
    },
    get failures() {
      return base.failures;
    },
  };

  const files = await expandInputs(inputs, reporter);
  const singleObject = !opts.ndjson && files.length === 1 && inputs.length === 1 && files[0] === inputs[0];
  const sink = openOutput(opts.output, reporter);
  progress = createProgress(files.length, 'files');
  let parsed = 0;
  try {
    const format = opts.ndjson ? 'json' : 'json-pretty';
    const outcomes = parseFilesParallel(files, { jobs: opts.jobs, timeoutMs: (opts.timeout ?? 300) * 1000, format, cache: cacheFromFlags(opts) });
    for await (const outcome of outcomes) {
      progress.tick();
      if (outcome.error) {
        const e = outcome.error;
        reporter.error(e.file, e.internal ? `internal error: ${debug && e.stack ? e.stack : e.message}` : e.message);
        continue;
      }
      const json = outcome.text as string; // made on the worker (stableJson's layout, without its newline)
      if (opts.ndjson || singleObject) await sink.write(json + '\n');
      else await sink.write((parsed === 0 ? '[\n' : ',\n') + indentElement(json));
      parsed++;
      if (sink.failed) break; // the output cannot be written: parsing the rest would be wasted
    }
    // an array is closed; nothing parsed and something failed: no empty array, the error lines say it all
    if (!opts.ndjson && !singleObject && !sink.failed) {
      if (parsed > 0) await sink.write('\n]\n');
      else if (base.failures === 0) await sink.write('[]\n');
    }
  } finally {
    await sink.close();
    progress.done();
  }
  if (files.length > 1 || inputs.length > 1) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const errors = base.failures;
    const parts = [`${files.length} file${files.length === 1 ? '' : 's'}`, `${parsed} parsed`, `${errors} error${errors === 1 ? '' : 's'}`];
    process.stderr.write(`planlens: parse: ${parts.join(', ')} (${seconds} s)\n`);
  }
  return exitCode(reporter);
}

/** One element of a pretty-printed array, exactly as JSON.stringify(array, null, 2) lays it out. */
export function arrayElement(value: unknown): string {
  return indentElement(JSON.stringify(value, null, 2));
}

/** JSON.stringify(value, null, 2) of one element → its lines inside an array printed the same way. */
function indentElement(json: string): string {
  // JSON.stringify escapes newlines inside strings, so every \n here is a layout line break
  return '  ' + json.replaceAll('\n', '\n  ');
}
