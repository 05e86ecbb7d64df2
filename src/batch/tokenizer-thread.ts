/**
 * Word segmentation on a thread of its own, for a command that parses a batch and then compares texts
 * word by word (compare --by tasks, sections, all). Loading nodejieba costs about 0.3 s and cutting the
 * texts of a hundred plans 0.1 s, all on the main thread, after the parse. Started before the parse, the
 * thread loads jieba meanwhile, and cuts each plan's texts as soon as it is parsed; the comparison then
 * reads the words from what it sent back.
 *
 * The words are those of the main thread's tokenizer: the thread loads the same module with the same
 * dictionaries. A text it was not sent, or every text if it could not start or died, is cut here as before.
 */
import { Worker } from 'node:worker_threads';
import { tokenizer, type Tokenizer } from '../nlp/tokenizer.js';
import { workerExecArgv, workerFile } from './worker-files.js';

export class TokenizerThread {
  private readonly worker: Worker | null;
  private readonly words = new Map<string, string[]>();
  private readonly sent = new Set<string>();
  /** requests sent and not answered, each with what settles its waiter */
  private readonly requests = new Map<number, { texts: string[]; done: () => void }>();
  private nextId = 0;
  /** the thread has ended (or never started): nothing more is sent, nothing more awaited */
  private gone = false;

  constructor(workerUrl: URL = new URL(workerFile('tokenizer-worker'))) {
    let worker: Worker | null = null;
    try {
      worker = new Worker(workerUrl, { execArgv: workerExecArgv() });
    } catch {
      this.gone = true;
    }
    this.worker = worker;
    if (!worker) return;
    worker.on('message', ({ id, words }: { id: number; words: string[][] }) => {
      const req = this.requests.get(id);
      if (!req) return;
      this.requests.delete(id);
      req.texts.forEach((t, i) => this.words.set(t, words[i]));
      req.done();
    });
    // 'error' comes before answers still on their way: only 'exit' (which follows it) settles the waiters
    worker.on('exit', () => {
      this.gone = true;
      for (const req of this.requests.values()) req.done();
      this.requests.clear();
    });
    worker.on('error', () => undefined);
    // an answer that cannot be read is lost: the thread would be waited for in vain
    worker.on('messageerror', () => void worker.terminate());
  }

  /** Have these texts cut (each once, however often it is sent). */
  send(texts: Iterable<string>): void {
    if (this.gone || !this.worker) return;
    const fresh = [...texts].filter((t) => !this.sent.has(t) && (this.sent.add(t), true));
    if (fresh.length === 0) return;
    const id = this.nextId++;
    this.requests.set(id, { texts: fresh, done: () => undefined });
    this.worker.postMessage({ id, texts: fresh });
  }

  /**
   * A tokenizer answering from the thread's words, once all it was sent came back (the thread is then
   * ended); a text it was not sent is cut here, nodejieba loaded here for it.
   */
  async tokenizer(): Promise<Tokenizer> {
    if (!this.gone) await Promise.all([...this.requests.values()].map((req) => new Promise<void>((resolve) => (req.done = resolve))));
    await this.close();
    const words = this.words;
    return {
      // a copy: callers may change what they get
      cut: (text) => [...(words.get(text) ?? tokenizer().cut(text))],
    };
  }

  /** End the thread (also when the command stops early: a live thread would keep the process running). */
  async close(): Promise<void> {
    this.gone = true;
    await this.worker?.terminate();
  }
}
