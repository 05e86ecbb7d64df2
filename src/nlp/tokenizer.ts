/**
 * Chinese word segmentation behind one interface. nodejieba (a native addon) is loaded on first use
 * only, once per process, with the domain user dictionary src/data/jieba-user.dict.utf8 (IP and
 * indicator terms such as 高价值, 拥有量, 质押融资), so commands that never segment text never load it.
 *
 * loadTokenizer() loads it with a dynamic import; tokenizer() gives the same instance synchronously for
 * the extract stage, which is a plain synchronous function of the segmented document (it loads through
 * require when nothing has loaded it yet). Either way nodejieba is initialised exactly once.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface Tokenizer {
  /** words of the text, in order (precise mode, HMM for unknown words) */
  cut(text: string): string[];
}

interface Jieba {
  load(options: { userDict?: string }): void;
  cut(text: string, strict?: boolean): string[];
}

let instance: Tokenizer | null = null;
let loading: Promise<Tokenizer> | null = null;

/** The user dictionary: next to the sources (src/data), also when running from dist/. */
export function userDictPath(): string {
  const candidates = ['../data/jieba-user.dict.utf8', '../../src/data/jieba-user.dict.utf8'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`jieba user dictionary not found (looked in ${candidates.join(', ')})`);
  return found;
}

function init(jieba: Jieba): Tokenizer {
  if (instance) return instance;
  jieba.load({ userDict: userDictPath() });
  instance = { cut: (text: string) => jieba.cut(text, true).filter((w) => w.trim() !== '') };
  return instance;
}

/** Load nodejieba (once) with a dynamic import. */
export function loadTokenizer(): Promise<Tokenizer> {
  if (instance) return Promise.resolve(instance);
  loading ??= import('nodejieba').then((m) => init(((m as { default?: Jieba }).default ?? m) as Jieba));
  return loading;
}

/** The tokenizer, loading nodejieba synchronously on first use if loadTokenizer() has not run. */
export function tokenizer(): Tokenizer {
  if (instance) return instance;
  const require = createRequire(import.meta.url);
  return init(require('nodejieba') as Jieba);
}

/** True once nodejieba has been loaded in this process (for tests of the lazy loading). */
export function tokenizerLoaded(): boolean {
  return instance !== null;
}
