/**
 * Ingest ahead: for a batch parsed in this thread, the first stage of the files in a library-read format
 * (reading the file and turning it into blocks: mammoth for .docx, pdfjs for .pdf …) runs on a thread of
 * its own (ingest-worker.ts), a few files ahead of segment and extract, which run here on what it sends.
 * On a batch of Word and text files the two halves cost about the same, so on two cores they overlap
 * instead of adding up (`npm run bench`, 50 .docx + 50 .txt: 2.1 s → 1.4 s).
 *
 * Results are the same as ingesting here: the thread runs the same ingest on the same bytes, and an
 * error it meets is the one this thread would meet (an InputError stays one). If the thread cannot start
 * or dies, nothing is lost but the overlap: every file it has not sent is read and ingested here.
 */
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { formatOf, ingest } from '../ingest/index.js';
import type { IngestResult } from '../ingest/blocks.js';
import { readPlanFile } from '../ingest/read-file.js';
import { analyzeIngested, type ParseOptions } from '../parse.js';
import type { PlanDocument } from '../schema/plan.js';
import type { IngestReply, IngestThreadData } from './ingest-protocol.js';
import type { OutcomeError } from './protocol.js';
import { workerExecArgv, workerFile } from './worker-files.js';

/** A batch must have this many such files for the thread to pay for its start (about 50 ms and its modules). */
export const MIN_FILES_TO_INGEST_AHEAD = 4;
/**
 * The formats read ahead: those whose reader is a library doing most of the work (mammoth, pdfjs,
 * word-extractor, cheerio). Plain text is read here: its reader is cheap, and the thread is the longer
 * half already on a batch of Word files.
 */
const READ_AHEAD_FORMATS = new Set(['docx', 'pdf', 'doc', 'html']);

/** An IngestAhead for `files`, or null when too few of them are in a format worth reading ahead. */
export function ingestAhead(files: readonly string[]): IngestAhead | null {
  const ahead = files.flatMap((file, index) => (READ_AHEAD_FORMATS.has(formatOrNull(file) ?? '') ? [index] : []));
  return ahead.length >= MIN_FILES_TO_INGEST_AHEAD ? new IngestAhead(files, ahead) : null;
}

/** What inOrder() asks of the thread: whether a file is read here, and whether it is ready. */
export type AheadState = Pick<IngestAhead, 'readHere' | 'ready'>;

function formatOrNull(file: string): string | null {
  try {
    return formatOf(file);
  } catch {
    return null; // an unsupported file: reported when it is parsed here
  }
}
/** Files the thread may have ingested and not yet handed over: enough to never wait, few enough to hold. */
const WINDOW = 4;
/** The thread's heap limit, as the batch pool's workers have (src/batch/pool.ts). */
const INGEST_HEAP_MB = 2048;

export interface IngestedFile {
  bytes: Uint8Array;
  ingested: IngestResult;
}

export class IngestAhead {
  private readonly worker: Worker | null;
  private readonly replies = new Map<number, IngestReply>();
  private readonly waiting = new Map<number, (reply: IngestReply | null) => void>();
  /** position (in the thread's list) of the next file the thread will send; from there on, files are ingested here once it is gone */
  private received = 0;
  private gone = false;

  /** position in the thread's list of each file it reads */
  private readonly position = new Map<number, number>();

  /** `ahead`: the indices of the files the thread reads, in order; the others are read here when taken. */
  constructor(
    private readonly files: readonly string[],
    ahead: readonly number[],
    /** the thread's module (tests give one that fails) */
    workerUrl: URL = new URL(workerFile('ingest-worker')),
  ) {
    ahead.forEach((index, k) => this.position.set(index, k));
    let worker: Worker | null = null;
    try {
      const data: IngestThreadData = { files: ahead.map((index) => ({ index, file: files[index] })) };
      // the heap limit of the pool's workers (pool.ts): a pathological file is reported, not the process killed
      worker = new Worker(workerUrl, { workerData: data, execArgv: workerExecArgv(), resourceLimits: { maxOldGenerationSizeMb: INGEST_HEAP_MB } });
    } catch {
      this.gone = true;
    }
    this.worker = worker;
    if (!worker) return;
    worker.on('message', (reply: IngestReply) => {
      this.received = this.position.get(reply.index)! + 1;
      const waiter = this.waiting.get(reply.index);
      if (waiter) {
        this.waiting.delete(reply.index);
        waiter(reply);
      } else this.replies.set(reply.index, reply);
    });
    // 'error' comes before replies still on their way, and 'exit' after them: only 'exit' settles waiters
    // (their files are then ingested here)
    worker.on('exit', () => {
      this.gone = true;
      for (const waiter of this.waiting.values()) waiter(null);
      this.waiting.clear();
    });
    worker.on('error', () => undefined);
    // a reply that cannot be read is lost: the thread would be waited for in vain, so it is ended
    worker.on('messageerror', () => void worker.terminate());
    worker.postMessage({ upTo: WINDOW });
  }

  /** File `index`'s bytes and blocks, or the error reading or ingesting it raised (as here). Take each once, in order. */
  async take(index: number): Promise<IngestedFile> {
    const k = this.position.get(index);
    if (k === undefined) return this.ingestHere(index);
    this.worker?.postMessage({ upTo: k + 1 + WINDOW });
    let reply = this.replies.get(index) ?? null;
    this.replies.delete(index);
    if (!reply && !this.gone && k >= this.received) reply = await new Promise<IngestReply | null>((resolve) => this.waiting.set(index, resolve));
    if (!reply) return this.ingestHere(index);
    if (reply.error) throw asError(reply.error);
    return { bytes: reply.bytes!, ingested: reply.ingested! };
  }

  /** Whether file `index` is read here (not in a format the thread reads). */
  readHere(index: number): boolean {
    return !this.position.has(index);
  }

  /** Whether take(index) would not wait for the thread. */
  ready(index: number): boolean {
    return this.readHere(index) || this.replies.has(index) || this.gone;
  }

  /** Stop the thread (a batch that ends early: the files it would still read are not needed). */
  async close(): Promise<void> {
    this.gone = true;
    await this.worker?.terminate();
  }

  private async ingestHere(index: number): Promise<IngestedFile> {
    const file = this.files[index];
    const bytes = await readPlanFile(file);
    return { bytes, ingested: await ingest(bytes, file, formatOf(file)) };
  }
}

/** The error as this thread would have raised it: an InputError stays one, so it prints the same. */
function asError(e: OutcomeError): Error {
  if (!e.internal) return new InputError(e.file, e.message);
  const err = new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}

/** Files done ahead of their turn while the one due waits for the thread: enough to cover its start-up. */
const LOOKAHEAD = 16;

/**
 * `work(index)` for every file of the batch, the results yielded in order. While the file due next is
 * still on the ingest thread (above all while the thread starts), files after it that are read here are
 * done meanwhile, up to LOOKAHEAD of them, and their results held until their turn.
 */
export async function* inOrder<T>(count: number, ahead: AheadState, work: (index: number) => Promise<T>): AsyncGenerator<T> {
  const held = new Map<number, T>();
  for (let index = 0; index < count; index++) {
    for (let j = index + 1; j < Math.min(count, index + 1 + LOOKAHEAD) && !ahead.ready(index); j++) {
      if (ahead.readHere(j) && !held.has(j)) held.set(j, await work(j));
    }
    if (held.has(index)) {
      yield held.get(index)!;
      held.delete(index);
    } else yield await work(index);
  }
}

/** One file of a batch parsed with ingest ahead: its plan, or the error parsing it raised. */
export type ParsedAhead = { index: number; doc: PlanDocument; error: null; ms: number } | { index: number; doc: null; error: unknown; ms: number };

/**
 * The plans of a batch, in order, its library-read files ingested ahead on their own thread (see above);
 * null when the batch has too few such files to start one (parse it as usual then).
 */
export function parsedAhead(files: readonly string[], optionsFor: (file: string) => ParseOptions): AsyncGenerator<ParsedAhead> | null {
  const ahead = ingestAhead(files);
  if (!ahead) return null;
  const parseOne = async (index: number): Promise<ParsedAhead> => {
    const started = performance.now();
    try {
      const { bytes, ingested } = await ahead.take(index);
      const doc = analyzeIngested(ingested, bytes, files[index], optionsFor(files[index])).plan;
      return { index, doc, error: null, ms: performance.now() - started };
    } catch (error) {
      return { index, doc: null, error, ms: performance.now() - started };
    }
  };
  return (async function* () {
    try {
      yield* inOrder(files.length, ahead, parseOne);
    } finally {
      await ahead.close();
    }
  })();
}
