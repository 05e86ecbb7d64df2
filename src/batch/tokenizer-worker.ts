/**
 * The tokenizer thread (see tokenizer-thread.ts): loads nodejieba as planlens always does
 * (src/nlp/tokenizer.ts, the same dictionaries), as soon as it starts, then cuts the texts it is sent.
 * Messages in: `{ id, texts }`; out: `{ id, words }`, one word list per text, in order.
 */
import { parentPort } from 'node:worker_threads';
import { tokenizer } from '../nlp/tokenizer.js';

const tok = tokenizer();
parentPort!.on('message', ({ id, texts }: { id: number; texts: string[] }) => {
  parentPort!.postMessage({ id, words: texts.map((t) => tok.cut(t)) });
});
