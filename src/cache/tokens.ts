/**
 * A memo of jieba's word segmentation for `--cache`: the words each text was cut into in the last run over
 * the same inputs, so that a second compare or diff of unchanged plans neither loads nodejieba (about
 * 0.3 s and 45 MB) nor cuts the text again. Segmentation depends only on the text and the dictionaries,
 * which belong to the build (part of every cache key): a memo entry is never wrong, only incomplete. A
 * text the memo lacks loads nodejieba on first need and is cut as without the cache; the memo is then
 * written back with it.
 */
import { loadTokenizer, tokenizer, type Tokenizer } from '../nlp/tokenizer.js';
import type { ResultCache } from './index.js';

export const TOKENS_ENTRY = 'tokens';

export interface MemoTokenizer extends Tokenizer {
  /** write the memo back when it gained texts (a no-op otherwise) */
  save(): Promise<void>;
}

/**
 * A tokenizer for one run over `inputs` (the files, in order: the entry is per set of inputs, so two
 * projects' runs do not overwrite each other's). Without a cache: nodejieba itself, loaded now.
 */
export async function memoTokenizer(cache: ResultCache | null, command: string, inputs: readonly string[]): Promise<MemoTokenizer> {
  if (!cache) {
    const tok = await loadTokenizer();
    return { cut: (text) => tok.cut(text), save: async () => undefined };
  }
  const key = { command, inputs };
  // the memo's validity does not depend on the inputs' bytes: the entry is checked against none
  const none = new Uint8Array(0);
  // what a message about a damaged memo entry names in place of a file
  const label = `${command} (word segmentation memo)`;
  const hit = await cache.get<Record<string, string[]>>(TOKENS_ENTRY, label, none, key);
  const memo = new Map<string, string[]>(hit.value && typeof hit.value === 'object' ? Object.entries(hit.value) : []);
  const used = new Map<string, string[]>();
  let grew = hit.value === undefined;
  return {
    cut(text) {
      let words = memo.get(text);
      if (!Array.isArray(words)) {
        words = tokenizer().cut(text);
        memo.set(text, words);
        grew = true;
      }
      used.set(text, words);
      // a copy: callers may change what they get, the memo must not change with it
      return [...words];
    },
    async save() {
      // only the texts of this run are kept, so the entry does not grow with every edit of the inputs
      if (grew || used.size !== memo.size) await cache.set(TOKENS_ENTRY, label, none, key, Object.fromEntries(used));
    },
  };
}
