/**
 * parseFilesParallel(): parse many files on a pool of worker threads and yield each file's outcome.
 *
 * The threads are a piscina pool (one task per worker at a time, a heap limit per worker through
 * resourceLimits, a crashed or stopped worker replaced by the pool). What piscina does not do is kept
 * here, on top of it: outcomes yielded in input order with a bounded window of files in flight (memory
 * stays flat over thousands of files), and a per-file time limit that starts when the worker begins the
 * file (the worker says so on a port), so start-up never counts against a file; the time limit aborts
 * the task, which ends its worker.
 *
 * A bad file (unreadable, unsupported, corrupt, a crash, a time-out, out of memory) becomes an outcome
 * with `error` set; the other files of the batch are not affected.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { readPlanFile } from '../parse.js';
import { ResultCache, type CacheSettings } from '../cache/index.js';
import { parsePlanCached } from '../cache/plans.js';
import { serialize, toOutcomeError, type FileOutcome, type OutcomeFormat, type OutcomeError, type WorkerReply, type WorkerRequest } from './protocol.js';
import type { WorkerTask } from './worker.js';
import { workerExecArgv, workerFile } from './worker-files.js';
import { parsedAhead } from './ingest-ahead.js';
import type { PlanDocument } from '../schema/plan.js';

export type { FileOutcome, OutcomeError, OutcomeFormat } from './protocol.js';

export interface ParallelOptions {
  /**
   * worker threads; default: defaultJobs(files.length). 1 parses in this thread, one file after the other.
   */
  jobs?: number;
  /** yield in input order (default) or as files finish (`false`) */
  ordered?: boolean;
  /** per-file limit in milliseconds (workers only); the worker is ended and the file reported. 0 = none */
  timeoutMs?: number;
  /** heap limit of each worker in MB; a file that needs more is reported, not the whole process killed */
  maxHeapMb?: number;
  /** the document as an object (default), or its JSON made on the worker: compact or indented by 2 */
  format?: OutcomeFormat;
  /** source.path to record for a file (defaults to the path as given) */
  displayPath?: (file: string) => string;
  /** --cache: unchanged files are taken from this cache, parsed ones stored in it */
  cache?: CacheSettings | null;
}

const DEFAULT_MAX_HEAP_MB = 2048;
const MAX_STARTUP_FAILURES = 3;

/**
 * Files a worker must have to pay for itself. A worker starts by loading the modules and, for real
 * plans, nodejieba (about 0.5 s of CPU and 130 MB each), while a sample-sized plan parses in about
 * 35 ms; so it takes a few dozen files before a worker's share of the batch outweighs its start-up.
 */
export const MIN_FILES_PER_WORKER = 30;
/** batches smaller than this parse in this thread unless `jobs` is given (two workers are the fewest worth having) */
export const MIN_FILES_FOR_WORKERS = 2 * MIN_FILES_PER_WORKER;

/**
 * Default number of jobs for a batch of `fileCount` files (without it: the most this machine gets).
 * One core is left to the main thread, which reads, orders and writes every result (on 2 cores that
 * means no workers at all), and each worker gets at least MIN_FILES_PER_WORKER files; fewer than 2
 * jobs means this thread. Measured with `npm run bench` on 2 cores (100 documents, best of 3):
 * --jobs 2 took 7.3 s and peaked at 306 MB, --jobs 1 took 4.2 s and 174 MB; the workers' start-up and
 * the second copy of nodejieba cost more than the second core gives.
 */
export function defaultJobs(fileCount = Number.POSITIVE_INFINITY): number {
  const byCores = availableParallelism() - 1;
  const byFiles = Math.floor(fileCount / MIN_FILES_PER_WORKER);
  const jobs = Math.min(byCores, byFiles);
  return jobs >= 2 ? jobs : 1;
}

/**
 * Parse `files`, yielding one outcome per file. With `ordered` (the default) outcomes come in input
 * order, and at most a few files per job run ahead of the first one not yet yielded, so memory stays
 * bounded however long the list is. Stopping the iteration (break) ends the workers.
 */
export async function* parseFilesParallel(files: readonly string[], options: ParallelOptions = {}): AsyncGenerator<FileOutcome> {
  // Without an explicit --jobs, see defaultJobs: workers only when there are spare cores and files enough.
  const wanted = options.jobs ?? defaultJobs(files.length);
  const jobs = Math.max(1, Math.min(Math.floor(wanted), files.length));
  if (files.length === 0) return;
  if (jobs === 1) {
    yield* parseInThisThread(files, options);
    return;
  }
  yield* parseOnWorkers(files, jobs, options);
}

async function* parseInThisThread(files: readonly string[], options: ParallelOptions): AsyncGenerator<FileOutcome> {
  const cache = options.cache ? new ResultCache(options.cache) : null;
  const parseOptions = (file: string): { displayPath?: string } => {
    const displayPath = options.displayPath?.(file);
    return displayPath === undefined ? {} : { displayPath };
  };
  const outcome = async (index: number, parse: () => Promise<PlanDocument>): Promise<FileOutcome> => {
    const file = files[index];
    const started = performance.now();
    try {
      const doc = await parse();
      return { index, file, ...serialize(doc, options.format ?? 'object'), error: null, ms: performance.now() - started };
    } catch (err) {
      return { index, file, doc: null, text: null, error: toOutcomeError(file, err), ms: performance.now() - started };
    }
  };

  // Without a cache, the files in a library-read format (.docx, .pdf …) are read and ingested on a
  // thread of their own, ahead of the stages after ingest (see ingest-ahead.ts); with one, most files
  // are taken from it and ingesting them ahead would be wasted.
  const parsed = cache ? null : parsedAhead(files, parseOptions);
  if (parsed) {
    for await (const p of parsed) {
      const file = files[p.index];
      if (p.doc === null) yield { index: p.index, file, doc: null, text: null, error: toOutcomeError(file, p.error), ms: p.ms };
      else yield { index: p.index, file, ...serialize(p.doc, options.format ?? 'object'), error: null, ms: p.ms };
    }
    return;
  }

  // The next file is read while this one parses: the read runs on libuv's thread pool, and waiting for
  // it file after file left the main thread idle about 3 ms per file (7% of a 100-file batch).
  const read = (file: string): Promise<{ bytes: Uint8Array } | { error: unknown }> =>
    readPlanFile(file).then(
      (bytes) => ({ bytes }),
      (error: unknown) => ({ error }),
    );
  let next = files.length > 0 ? read(files[0]) : null;
  for (let index = 0; index < files.length; index++) {
    const current = await next!;
    next = index + 1 < files.length ? read(files[index + 1]) : null;
    yield await outcome(index, async () => {
      if ('error' in current) throw current.error;
      return parsePlanCached(current.bytes, files[index], parseOptions(files[index]), cache);
    });
  }
}

/** How a worker's death reads for the file it was parsing. */
function deathMessage(err: Error & { code?: string }, maxHeapMb: number): string {
  if (err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory limit|out of memory/i.test(err.message)) {
    return `ran out of memory while parsing (heap limit ${maxHeapMb} MB per worker); the file is too large or pathological`;
  }
  return `the worker parsing this file crashed: ${err.message}`;
}

async function* parseOnWorkers(files: readonly string[], jobs: number, options: ParallelOptions): AsyncGenerator<FileOutcome> {
  const ordered = options.ordered ?? true;
  const timeoutMs = options.timeoutMs ?? 0;
  const maxHeapMb = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  // how far dispatch may run ahead of the first outcome not yet yielded
  const window = Math.max(16, jobs * 4);
  const { Piscina } = await import('piscina');
  const pool = new Piscina<WorkerTask, WorkerReply>({
    filename: workerFile('worker'),
    minThreads: jobs,
    maxThreads: jobs,
    concurrentTasksPerWorker: 1,
    idleTimeout: Number.POSITIVE_INFINITY,
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    execArgv: workerExecArgv(),
  });
  // a worker that died with no task of ours: piscina starts another, and a task queued behind workers
  // that cannot start would wait for ever; so these count as start-up failures too (see giveUp)
  pool.on('error', (err: Error & { code?: string }) => {
    if (++startupFailures >= MAX_STARTUP_FAILURES) giveUp(err);
  });

  const finished = new Map<number, FileOutcome>();
  const ready: FileOutcome[] = [];
  let nextToDispatch = 0;
  let nextToYield = 0;
  let yielded = 0;
  let wake: (() => void) | null = null;
  let startupFailures = 0;
  let gaveUp: { message: string; stack?: string } | null = null;
  const running = new Set<AbortController>();

  const deliver = (outcome: FileOutcome): void => {
    if (ordered) {
      finished.set(outcome.index, outcome);
      while (finished.has(nextToYield)) {
        ready.push(finished.get(nextToYield)!);
        finished.delete(nextToYield);
        nextToYield++;
      }
    } else {
      ready.push(outcome);
    }
    const w = wake;
    wake = null;
    w?.();
  };

  const fail = (index: number, error: OutcomeError, ms = 0): void => deliver({ index, file: files[index], doc: null, text: null, error, ms });

  /** Workers keep dying before they take a file: every file not done gets this error, once. */
  const giveUp = (err: Error & { code?: string }): void => {
    if (gaveUp) return;
    gaveUp = { message: `could not start a worker thread: ${deathMessage(err, maxHeapMb)}`, stack: err.stack };
    for (const a of running) a.abort();
  };

  const run = (index: number): void => {
    const file = files[index];
    const req: WorkerRequest = { id: index, file, format: options.format ?? 'object' };
    const displayPath = options.displayPath?.(file);
    if (displayPath !== undefined) req.displayPath = displayPath;
    if (options.cache) req.cache = options.cache;
    const abort = new AbortController();
    running.add(abort);
    const channel = new MessageChannel();
    let began: number | null = null;
    let timer: NodeJS.Timeout | null = null;
    let timedOut = false;
    channel.port1.once('message', () => {
      began = performance.now();
      if (timeoutMs > 0) {
        timer = setTimeout(() => {
          timedOut = true;
          abort.abort();
        }, timeoutMs);
      }
    });
    pool.run({ req, started: channel.port2 }, { transferList: [channel.port2], signal: abort.signal }).then(
      (reply) => {
        deliver({ index, file, doc: reply.doc, text: reply.text, error: reply.error, ms: reply.ms });
      },
      (err: Error & { code?: string }) => {
        const ms = began === null ? 0 : performance.now() - began;
        if (gaveUp) fail(index, { file, message: gaveUp.message, internal: true, stack: gaveUp.stack });
        else if (timedOut) {
          const seconds = (timeoutMs / 1000).toFixed(timeoutMs % 1000 === 0 ? 0 : 1);
          fail(index, { file, message: `parsing took longer than ${seconds} s and was stopped; the file may be pathological (please report it), or raise --timeout`, internal: false }, ms);
        } else if (began === null && ++startupFailures >= MAX_STARTUP_FAILURES) {
          // a worker that cannot even load its modules will not do better the next time: after a few, give up
          giveUp(err);
          fail(index, { file, message: gaveUp!.message, internal: true, stack: err.stack });
        } else {
          const why = deathMessage(err, maxHeapMb);
          fail(index, { file, message: began === null ? `could not start a worker thread: ${why}` : why, internal: true, stack: err.stack }, ms);
        }
      },
    ).finally(() => {
      if (timer) clearTimeout(timer);
      running.delete(abort);
      channel.port1.close();
    });
  };

  const dispatch = (): void => {
    while (nextToDispatch < files.length && nextToDispatch < yielded + window) {
      const index = nextToDispatch++;
      if (gaveUp) fail(index, { file: files[index], message: gaveUp.message, internal: true, stack: gaveUp.stack });
      else run(index);
    }
  };

  try {
    dispatch();
    while (yielded < files.length) {
      if (ready.length === 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      const outcome = ready.shift()!;
      yielded++;
      yield outcome;
      dispatch(); // the window moved
    }
  } finally {
    for (const a of running) a.abort();
    await pool.destroy();
  }
}
