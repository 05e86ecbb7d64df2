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
  load(options: { dict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  cut(text: string, strict?: boolean): string[];
}

let instance: Tokenizer | null = null;
let loading: Promise<Tokenizer> | null = null;

/** A dictionary file of src/data, found from the sources, from dist/ and from the bundle's chunks (dist/bundle/chunks). */
function dataFile(name: string): string {
  const candidates = [`../data/${name}`, `../../src/data/${name}`, `../../../src/data/${name}`].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`jieba dictionary ${name} not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** The user dictionary of domain terms. */
export function userDictPath(): string {
  return dataFile('jieba-user.dict.utf8');
}

/**
 * What nodejieba is loaded with: the 60,000 most frequent words of its own dictionary
 * (scripts/make-jieba-dict.ts; the full one costs 1.2 s and 260 MB, this one 0.2 s and 45 MB), the domain
 * user dictionary, and one-line idf and stop-word files, since planlens never extracts keywords with them.
 */
export function jiebaLoadOptions(): { dict: string; userDict: string; idfDict: string; stopWordDict: string } {
  return {
    dict: dataFile('jieba-core.dict.utf8'),
    userDict: userDictPath(),
    idfDict: dataFile('jieba-idf.utf8'),
    stopWordDict: dataFile('jieba-stop.utf8'),
  };
}

function init(jieba: Jieba): Tokenizer {
  if (instance) return instance;
  jieba.load(jiebaLoadOptions());
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
