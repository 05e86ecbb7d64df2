/**
 * The one-file CLI: esbuild bundles src/cli/main.ts and everything it imports (package dependencies
 * included) into dist/bundle/planlens.js, so a cold start reads one module instead of about a hundred
 * (bin/planlens.js loads it). Run by `npm run build` after tsc, which still builds dist/ for the library.
 *
 *   - dist/bundle/worker.js: the batch worker's entry (src/batch/pool.ts starts ./worker.js beside itself);
 *   - external, loaded from node_modules when needed as before: nodejieba (a native addon), piscina (it
 *     starts its own worker script from its package; loaded only for --jobs > 1), exceljs (only
 *     for xlsx output), and the readers of .pdf and .doc (pdfjs-dist, word-extractor), imported lazily;
 *   - data: the JSON word lists are bundled; the jieba dictionaries are read from src/data at run time
 *     (src/nlp/tokenizer.ts finds them from dist/bundle as from dist/nlp);
 *   - __PLANLENS_BUILD__: a hash of the sources and package.json, part of every --cache key, so a rebuilt
 *     CLI never reuses results of another build.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
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

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { planlens: join(ROOT, 'src/cli/main.ts'), worker: join(ROOT, 'src/batch/worker.ts') },
  outdir: OUT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  define: { __PLANLENS_BUILD__: JSON.stringify(sourceHash()) },
  // CommonJS dependencies (mammoth, commander…) call require() for Node's own modules
  banner: { js: "import { createRequire as __planlensRequire } from 'node:module'; const require = __planlensRequire(import.meta.url);" },
  plugins: [noNetwork],
  // smaller to read and compile at every start; names kept for --debug stack traces
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
});
