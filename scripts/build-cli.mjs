/**
 * The bundled CLI: esbuild bundles src/cli/main.ts and everything it imports (package dependencies
 * included) into dist/bundle/planlens.js and the parse pipeline's chunk it shares with the batch worker,
 * so a cold start reads a few modules instead of about a hundred (bin/planlens.js loads it); the .docx
 * and .html readers and their libraries (mammoth, cheerio, parse5…, two thirds of the bytes) are chunks
 * of their own, read only for such a file. Run by `npm run build` after tsc, which still builds dist/
 * for the library.
 *
 *   - dist/bundle/worker.js: the batch worker's entry, in the same build so that it shares the pipeline's
 *     chunk and loads a reader only for a file that needs it (src/batch/pool.ts finds it beside planlens.js);
 *   - external, loaded from node_modules when needed as before: iconv-lite, chardet and htmlparser2 for
 *     check (src/lazy-package.ts, only for a file that is not UTF-8 or an .html page), nodejieba (a native addon), piscina (it
 *     starts its own worker script from its package; loaded only for --jobs > 1), exceljs (only
 *     for xlsx output), and the readers of .pdf and .doc (pdfjs-dist, word-extractor), imported lazily;
 *   - data: the JSON word lists are bundled; the jieba dictionaries are read from src/data at run time
 *     (src/nlp/tokenizer.ts finds them from dist/bundle and its chunks as from dist/nlp);
 *   - __PLANLENS_BUILD__: a hash of the sources and package.json, part of every --cache key, so a rebuilt
 *     CLI never reuses results of another build.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist/bundle');

/** Packages loaded from node_modules at run time (native, large and lazily loaded, or optional). */
export const EXTERNAL = ['nodejieba', 'exceljs', 'piscina', 'pdfjs-dist', 'pdfjs-dist/*', 'word-extractor'];

function sourceHash() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        hash.update(p.slice(ROOT.length));
        hash.update(readFileSync(p));
      }
    }
  };
  walk(join(ROOT, 'src'));
  hash.update(readFileSync(join(ROOT, 'package.json')));
  hash.update(readFileSync(join(ROOT, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * cheerio imports undici (1.2 MB) for cheerio.fromURL only; planlens never fetches anything (no network
 * at run time), so the bundle gets an empty module in its place.
 */
const noNetwork = {
  name: 'no-network',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, () => ({ path: 'undici', namespace: 'no-network' }));
    b.onLoad({ filter: /.*/, namespace: 'no-network' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * One file for the common path, chunks for the rest: esbuild splits the bundle at every dynamic import.
 * The imports of `parse` and `check` (src/cli/main.ts) and of the .txt reader (src/ingest/index.ts) are
 * made static here: a cold `check` in CI or an editor starts from them. The other commands (compare, diff,
 * indicators, tasks, units, schema: half of planlens.js with their renderers) and the .docx and .html
 * readers (mammoth, cheerio, parse5…: most of the bytes) stay split points and load only when used: V8
 * compiling 150 kB less saves a cold `check` about 25 ms (10%), more than an extra module costs the others.
 */
const INLINE = [
  { file: /src[\\/]cli[\\/]main\.ts$/, modules: /^\.\/(parse|check)\.js$/ },
  { file: /src[\\/]ingest[\\/]index\.ts$/, modules: /^\.\/txt\.js$/ },
];
const inlineImports = {
  name: 'inline-imports',
  setup(b) {
    for (const { file, modules } of INLINE) {
      b.onLoad({ filter: file }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const hoisted = [];
        const contents = source.replace(/\bimport\((['"])([^'"]+)\1\)/g, (whole, _q, spec) => {
          if (!modules.test(spec)) return whole;
          const name = `__inlined_${hoisted.length}`;
          hoisted.push(`import * as ${name} from ${JSON.stringify(spec)};`);
          return `Promise.resolve(${name})`;
        });
        return { contents: `${hoisted.join('\n')}\n${contents}`, loader: 'ts' };
      });
    }
  },
};

// built beside the old bundle and swapped in at the end: a CLI started during a rebuild still finds a whole one
const NEXT = `${OUT}.next-${process.pid}`;
const OLD = `${OUT}.old-${process.pid}`;
/**
 * zod exports the messages of every language it knows (`z.locales`, 260 kB of the start-up module);
 * planlens uses its default, English, only, so the bundle's `z.locales` holds that one.
 */
const englishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), '../locales/en.js'), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * ansi-regex (through strip-ansi and string-width, for cli-table3's cell widths) builds its pattern and a
 * new RegExp on every call, thousands of times per table: 0.15 s of a warm `compare`. The bundle keeps
 * one per option set; strip-ansi only passes it to String#replace, which starts a global pattern at 0.
 */
const memoAnsiRegex = {
  name: 'memo-ansi-regex',
  setup(b) {
    b.onResolve({ filter: /^ansi-regex$/ }, (args) =>
      args.namespace === 'memo-ansi-regex' ? undefined : { path: args.importer, namespace: 'memo-ansi-regex' },
    );
    b.onLoad({ filter: /.*/, namespace: 'memo-ansi-regex' }, (args) => ({
      contents: `const make = require('ansi-regex');
const made = new Map();
module.exports = (options) => {
  const key = options && options.onlyFirst ? 'first' : 'all';
  let re = made.get(key);
  if (!re) made.set(key, (re = make(options)));
  re.lastIndex = 0;
  return re;
};`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * string-width (cli-table3's measure of every cell line) replaces the emoji pattern in the string and
 * walks it, and cli-table3's strlen() asks twice for every line, again when it pads and truncates: a
 * third of a warm `compare`. The bundle remembers the widths of the strings it has measured (it is a
 * pure function of the string), up to a bound so memory stays flat however large the table.
 */
const memoStringWidth = {
  name: 'memo-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      args.namespace === 'memo-string-width' ? undefined : { path: args.importer, namespace: 'memo-string-width', pluginData: args.resolveDir },
    );
    b.onLoad({ filter: /.*/, namespace: 'memo-string-width' }, (args) => ({
      contents: `const measure = require('string-width');
const widths = new Map();
const stringWidth = (s) => {
  if (typeof s !== 'string') return measure(s);
  let w = widths.get(s);
  if (w === undefined) {
    if (widths.size >= 100000) widths.clear();
    widths.set(s, (w = measure(s)));
  }
  return w;
};
module.exports = stringWidth;
module.exports.default = stringWidth;`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

rmSync(NEXT, { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  define: { __PLANLENS_BUILD__: JSON.stringify(sourceHash()) },
  // CommonJS dependencies (mammoth, commander…) call require() for Node's own modules
  banner: { js: "import { createRequire as __planlensRequire } from 'node:module'; const require = __planlensRequire(import.meta.url);" },
  // smaller to read and compile at every start; identifiers are not minified, so --debug stack traces
  // keep the functions' names (keepNames would only add a call per function at start-up)
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
};
// the CLI: split only where the .docx and .html readers are imported (see INLINE)
const result = await build({
  ...common,
  // PLANLENS_METAFILE=path: esbuild's account of what went into each file (for size work)
  metafile: Boolean(process.env.PLANLENS_METAFILE),
  entryPoints: { planlens: join(ROOT, 'src/cli/main.ts'), worker: join(ROOT, 'src/batch/worker.ts'), 'ingest-worker': join(ROOT, 'src/batch/ingest-worker.ts'), 'tokenizer-worker': join(ROOT, 'src/batch/tokenizer-worker.ts') },
  outdir: NEXT,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [noNetwork, inlineImports, englishOnly, memoAnsiRegex, memoStringWidth],
});
if (process.env.PLANLENS_METAFILE) writeFileSync(process.env.PLANLENS_METAFILE, JSON.stringify(result.metafile));
if (existsSync(OUT)) renameSync(OUT, OLD);
renameSync(NEXT, OUT);
rmSync(OLD, { recursive: true, force: true });
