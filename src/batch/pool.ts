/**
 * parseFilesParallel(): parse many files on a pool of worker threads and yield each file's outcome.
 *
 * Why node:worker_threads and not a pool library: the pool needs only one kind of task, but it needs
 * per-file control a generic pool does not give — a per-file time limit that terminates the worker,
 * a heap limit so one pathological file kills only its worker, a respawn after either, and a bounded
 * window of files in flight so that yielding in input order keeps memory flat over thousands of files.
 * That is about as much code as the configuration of a library, with no dependency.
 *
 * A bad file (unreadable, unsupported, corrupt, a crash, a time-out, out of memory) becomes an outcome
 * with `error` set; the other files of the batch are not affected.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readPlanFile } from '../parse.js';
import { ResultCache, type CacheSettings } from '../cache/index.js';
import { parsePlanCached } from '../cache/plans.js';
import { serialize, toOutcomeError, type FileOutcome, type OutcomeFormat, type OutcomeError, type WorkerReady, type WorkerReply, type WorkerRequest } from './protocol.js';

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
  // The next file is read while this one parses: the read runs on libuv's thread pool, and waiting for
  // it file after file left the main thread idle about 3 ms per file (7% of a 100-file batch).
  const read = (file: string): Promise<{ bytes: Uint8Array } | { error: unknown }> =>
    readPlanFile(file).then(
      (bytes) => ({ bytes }),
      (error: unknown) => ({ error }),
    );
  let next = files.length > 0 ? read(files[0]) : null;
  const cache = options.cache ? new ResultCache(options.cache) : null;
  for (let index = 0; index < files.length; index++) {
    const file = files[index];
    const started = performance.now();
    const current = await next!;
    next = index + 1 < files.length ? read(files[index + 1]) : null;
    try {
      if ('error' in current) throw current.error;
      const displayPath = options.displayPath?.(file);
      const doc = await parsePlanCached(current.bytes, file, displayPath === undefined ? {} : { displayPath }, cache);
      yield { index, file, ...serialize(doc, options.format ?? 'object'), error: null, ms: performance.now() - started };
    } catch (err) {
      yield { index, file, doc: null, text: null, error: toOutcomeError(file, err), ms: performance.now() - started };
    }
  }
}

interface Slot {
  worker: Worker;
  task: number | null;
  timer: NodeJS.Timeout | null;
  /** set once the slot's worker is being replaced, so its late events are ignored */
  dead: boolean;
  /** the worker has loaded its modules (start-up does not count against the per-file time limit) */
  ready: boolean;
}

/**
 * The parent's node flags minus those a worker refuses or that only make sense for a main script:
 * `--input-type`, `-e`, and heap sizes (a worker's heap is set by resourceLimits).
 */
function workerExecArgv(): string[] {
  const out: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--input-type') || /^--max-(old|semi)-space-size/.test(a)) continue;
    if (['-e', '--eval', '-p', '--print'].includes(a)) {
      i++; // and its script
      continue;
    }
    out.push(a);
  }
  return out;
}

function spawnWorker(maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
  const execArgv = workerExecArgv();
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // Running from the TypeScript sources (vitest, tsx): load the worker through tsx, a devDependency.
    // The built package (dist/) never takes this path.
    const api = import.meta.resolve('tsx/esm/api');
    const target = new URL('./worker.ts', here).href;
    const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
    return new Worker(code, { eval: true, resourceLimits, execArgv });
  }
  return new Worker(new URL('./worker.js', here), { resourceLimits, execArgv });
}

async function* parseOnWorkers(files: readonly string[], jobs: number, options: ParallelOptions): AsyncGenerator<FileOutcome> {
  const ordered = options.ordered ?? true;
  const timeoutMs = options.timeoutMs ?? 0;
  const maxHeapMb = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  // how far dispatch may run ahead of the first outcome not yet yielded (ordered mode)
  const window = Math.max(16, jobs * 4);

  const slots: Slot[] = [];
  const finished = new Map<number, FileOutcome>(); // ordered mode: outcomes waiting for earlier ones
  const ready: FileOutcome[] = [];
  let nextToDispatch = 0;
  let nextToYield = 0; // ordered: index of the next outcome to move to `ready`
  let yielded = 0;
  let wake: (() => void) | null = null;
  let closed = false;
  let startupFailures = 0;

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

  const fail = (index: number, error: OutcomeError, ms = 0): void => {
    deliver({ index, file: files[index], doc: null, text: null, error, ms });
  };

  const canDispatch = (): boolean => nextToDispatch < files.length && (!ordered || nextToDispatch < yielded + window);

  const dispatch = (slot: Slot): void => {
    if (closed || slot.dead || !slot.ready || slot.task !== null || !canDispatch()) return;
    const index = nextToDispatch++;
    slot.task = index;
    const started = performance.now();
    const file = files[index];
    const req: WorkerRequest = { id: index, file, format: options.format ?? 'object' };
    const displayPath = options.displayPath?.(file);
    if (displayPath !== undefined) req.displayPath = displayPath;
    if (options.cache) req.cache = options.cache;
    slot.worker.postMessage(req);
    if (timeoutMs > 0) {
      slot.timer = setTimeout(() => {
        if (slot.task !== index || slot.dead) return;
        const seconds = (timeoutMs / 1000).toFixed(timeoutMs % 1000 === 0 ? 0 : 1);
        replace(slot);
        fail(index, { file, message: `parsing took longer than ${seconds} s and was stopped; the file may be pathological (please report it), or raise --timeout`, internal: false }, performance.now() - started);
      }, timeoutMs);
    }
  };

  const dispatchAll = (): void => {
    for (const slot of slots) dispatch(slot);
  };

  /** End a slot's worker (after a crash or a time-out) and put a fresh one in its place. */
  const replace = (slot: Slot): void => {
    slot.dead = true;
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
    const i = slots.indexOf(slot);
    if (closed || i < 0) return;
    const fresh = makeSlot();
    slots[i] = fresh;
    // it takes a file once it reports ready
  };

  /** Report every file not yet done with the same error and stop. */
  const giveUp = (message: string, stack?: string): void => {
    closed = true;
    for (const s of slots) {
      s.dead = true;
      if (s.timer) clearTimeout(s.timer);
      void s.worker.terminate();
      if (s.task !== null) fail(s.task, { file: files[s.task], message, internal: true, stack });
      s.task = null;
    }
    while (nextToDispatch < files.length) {
      const index = nextToDispatch++;
      fail(index, { file: files[index], message, internal: true, stack });
    }
  };

  const makeSlot = (): Slot => {
    const slot: Slot = { worker: spawnWorker(maxHeapMb), task: null, timer: null, dead: false, ready: false };
    slot.worker.on('message', (msg: WorkerReply | WorkerReady) => {
      if (slot.dead) return;
      if ('ready' in msg) {
        slot.ready = true;
        dispatch(slot);
        return;
      }
      const reply = msg;
      if (reply.id !== slot.task) return;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.task = null;
      deliver({ index: reply.id, file: files[reply.id], doc: reply.doc, text: reply.text, error: reply.error, ms: reply.ms });
      dispatch(slot);
    });
    const onDeath = (why: string, stack?: string): void => {
      if (slot.dead) return;
      // a worker that cannot even load its modules will not do better the next time: after a few, give up
      if (!slot.ready && ++startupFailures >= MAX_STARTUP_FAILURES) {
        giveUp(`could not start a worker thread: ${why}`, stack);
        return;
      }
      const task = slot.task;
      replace(slot);
      if (task !== null) fail(task, { file: files[task], message: why, internal: true, stack });
    };
    slot.worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        onDeath(`ran out of memory while parsing (heap limit ${maxHeapMb} MB per worker); the file is too large or pathological`);
      } else {
        onDeath(`the worker parsing this file crashed: ${err.message}`, err.stack);
      }
    });
    slot.worker.on('exit', (code) => onDeath(`the worker parsing this file exited unexpectedly (code ${code})`));
    return slot;
  };

  try {
    for (let i = 0; i < jobs; i++) slots.push(makeSlot());
    dispatchAll();
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
      dispatchAll(); // the ordered window moved
    }
  } finally {
    closed = true;
    await Promise.all(
      slots.map((s) => {
        s.dead = true;
        if (s.timer) clearTimeout(s.timer);
        return s.worker.terminate();
      }),
    );
  }
}
