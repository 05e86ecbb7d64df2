/**
 * `npm run bench`: how fast planlens is, as ratios against floors measured in the same run on the same
 * machine, so the figures mean the same on a laptop and in CI.
 *
 *   (a) parse of 100 documents (the samples × N, half .txt, half .docx)  vs  reading the files and
 *       running mammoth on the .docx ones (what no parser can avoid)
 *   (b) compare --by tasks of the same 100  vs  loading nodejieba and cutting the same text
 *   (b-warm) the same compare with --cache, run again over unchanged files  vs  its cold run (empty cache)
 *   (c) a cold `check` of one sample  vs  `node -e 0`
 *   (d) parse time as one document grows 1×, 4×, 16× (the samples concatenated): must stay linear
 *   and the peak memory of each (VmHWM of the child process, worker threads included).
 *   (e) planlens's PDF reader (bytes → blocks: layout, tables, furniture, paragraphs) on the 5 sample
 *       PDFs (fixtures/pdf)  vs  pdfjs alone opening them and extracting their text (getTextContent of
 *       every page); one warm process (modules loaded, JIT warmed on one pass) alternating the passes,
 *       best of RUNS×3 each. For information: the whole parse of the same PDFs (reader + segment +
 *       extract) against the same floor, and the cold CLI `parse`.
 *
 * Every measurement runs in a fresh child process and is the best of RUNS runs (peak memory: of that
 * run). Commands that do not exist yet are reported as "n/a". The table goes to stdout and everything
 * to .bench/results.json. Environment: BENCH_COPIES (default 10: 5 samples × 10 × 2 formats = 100
 * documents), BENCH_RUNS (default 3).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, '.bench');
const CORPUS = join(BENCH, 'corpus');
const BIN = join(ROOT, 'bin/planlens.js');
const COPIES = Number(process.env.BENCH_COPIES ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGETS = { parse: 1.3, compareTasks: 1.2, warmCompare: 0.25, coldCheck: 2.5, linearity: 0.2, parsePeakMb: 300, pdf: 1.5 };

interface Measure {
  ms: number;
  peakMb: number;
  code: number | null;
  stderr: string;
}

// ---------------------------------------------------------------------------------------------------
// child processes with their peak memory

const PEAK_HOOK = join(BENCH, 'peak-hook.mjs');
const PEAK_FILE = join(BENCH, 'peak.txt');

function writeHelpers(): void {
  mkdirSync(BENCH, { recursive: true });
  // VmHWM, not getrusage's maxRSS: Linux keeps maxRSS across exec, so a child would report its parent's size
  writeFileSync(
    PEAK_HOOK,
    `import { readFileSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const out = process.env.BENCH_PEAK_FILE;
function peakKb() {
  try { const m = /^VmHWM:\\s*(\\d+)\\s*kB/m.exec(readFileSync('/proc/self/status', 'utf8')); if (m) return Number(m[1]); } catch {}
  return process.resourceUsage().maxRSS;
}
if (out && isMainThread) process.on('exit', () => writeFileSync(out, String(peakKb())));
`,
  );
  // floor (a): read every file; mammoth on the .docx ones
  writeFileSync(
    join(BENCH, 'floor-read.mjs'),
    `import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
let chars = 0;
for (const f of readFileSync(process.argv[2], 'utf8').split('\\n').filter(Boolean)) {
  const bytes = readFileSync(f);
  if (f.endsWith('.docx')) chars += (await mammoth.convertToHtml({ buffer: bytes })).value.length;
  else chars += bytes.length;
}
console.log(chars);
`,
  );
  // floor (b): the same reading, then nodejieba loaded with the dictionaries planlens uses and the text cut
  writeFileSync(
    join(BENCH, 'floor-jieba.mjs'),
    `import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import jieba from 'nodejieba';
const texts = [];
for (const f of readFileSync(process.argv[2], 'utf8').split('\\n').filter(Boolean)) {
  const bytes = readFileSync(f);
  texts.push(f.endsWith('.docx') ? (await mammoth.extractRawText({ buffer: bytes })).value : bytes.toString('utf8'));
}
import { jiebaLoadOptions } from ${JSON.stringify(join(ROOT, 'dist/nlp/tokenizer.js'))};
jieba.load(jiebaLoadOptions());
let words = 0;
for (const t of texts) for (const line of t.split('\\n')) words += jieba.cut(line, true).length;
console.log(words);
`,
  );
  // (e): the PDF reader's own floor and planlens on the same PDFs, in one warm process, passes
  // alternating (floor, reader, whole parse) so that a change of machine load hits all three alike
  writeFileSync(
    join(BENCH, 'pdf-passes.mjs'),
    `import { readFileSync } from 'node:fs';
const [runs, ...files] = process.argv.slice(2);
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const { ingest } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/ingest/index.js')).href)});
const { parsePlan } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/index.js')).href)});
const passes = {
  async floor() {
    for (const f of files) {
      const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(f)), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
      for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
      await doc.destroy();
    }
  },
  async reader() {
    for (const f of files) await ingest(new Uint8Array(readFileSync(f)), f);
  },
  async parse() {
    for (const f of files) await parsePlan(f);
  },
};
const best = {};
for (const [k, pass] of Object.entries(passes)) { await pass(); best[k] = Infinity; }
for (let i = 0; i < Number(runs); i++) {
  for (const [k, pass] of Object.entries(passes)) {
    const t = performance.now();
    await pass();
    best[k] = Math.min(best[k], performance.now() - t);
  }
}
console.log(JSON.stringify(best));
`,
  );
  // (d): parse one file in a warmed-up process (modules, jieba, JIT), best of RUNS, parse time only
  writeFileSync(
    join(BENCH, 'growth.mjs'),
    `import { parsePlan } from ${JSON.stringify(join(ROOT, 'dist/index.js'))};
const [warm, file, runs] = process.argv.slice(2);
await parsePlan(warm);
await parsePlan(warm);
let best = Infinity;
for (let i = 0; i < Number(runs); i++) {
  const t = performance.now();
  await parsePlan(file);
  best = Math.min(best, performance.now() - t);
}
console.log(best);
`,
  );
}

function runOnce(args: string[]): Measure & { stdout: string } {
  rmSync(PEAK_FILE, { force: true });
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', PEAK_HOOK, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, BENCH_PEAK_FILE: PEAK_FILE, NO_COLOR: '1' },
  });
  const ms = performance.now() - started;
  const peakMb = existsSync(PEAK_FILE) ? Number(readFileSync(PEAK_FILE, 'utf8')) / 1024 : NaN;
  return { ms, peakMb, code: r.status, stderr: r.stderr ?? '', stdout: r.stdout ?? '' };
}

/** Best (fastest) of RUNS runs; peak memory is that of the same run. */
function best(args: string[], runs = RUNS): Measure & { stdout: string } {
  let out: (Measure & { stdout: string }) | null = null;
  for (let i = 0; i < runs; i++) {
    const m = runOnce(args);
    if (!out || m.ms < out.ms) out = m;
  }
  return out!;
}

// ---------------------------------------------------------------------------------------------------
// corpus

function samples(format: 'txt' | 'docx'): string[] {
  const dir = join(ROOT, 'fixtures', format);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(`.${format}`))
    .sort()
    .map((f) => join(dir, f));
}

/** The samples × COPIES as .txt and as .docx, and one growing document: 1×, 4×, 16×. */
function buildCorpus(): { docs: string[]; growth: Record<string, string>; txtSamples: string[] } {
  rmSync(CORPUS, { recursive: true, force: true });
  const docsDir = join(CORPUS, 'docs');
  mkdirSync(docsDir, { recursive: true });
  const txt = samples('txt');
  const docx = samples('docx');
  if (txt.length === 0) throw new Error('no samples in fixtures/txt');
  if (docx.length === 0) console.warn('bench: no fixtures/docx: the corpus is .txt only (run scripts/make-fixtures.ts)');
  const docs: string[] = [];
  for (let c = 0; c < COPIES; c++) {
    for (const src of [...txt, ...docx]) {
      const name = `c${String(c).padStart(2, '0')}_${src.split('/').pop()}`;
      copyFileSync(src, join(docsDir, name));
      docs.push(join(docsDir, name));
    }
  }
  docs.sort();
  writeFileSync(join(CORPUS, 'docs.list'), docs.join('\n') + '\n');

  // One document that grows: the samples concatenated, their 附件 and 抄送/印发 lines left out (patterns
  // from src/data/document-parts.json) so that all of it stays plan body and every stage works on it.
  const parts = JSON.parse(readFileSync(join(ROOT, 'src/data/document-parts.json'), 'utf8')) as Record<string, string[]>;
  const cut = [...parts.appendixStart, ...parts.footerStart, ...parts.footerLine].map((s) => new RegExp(s));
  const body =
    txt
      .map((f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, ''))
      .join('\n')
      .split(/\r\n|\r|\n/)
      .filter((l) => !cut.some((r) => r.test(l.trim())))
      .join('\n') + '\n';
  const growth: Record<string, string> = {};
  for (const k of [1, 4, 16]) {
    growth[`${k}x`] = join(CORPUS, `growth-${k}x.txt`);
    writeFileSync(growth[`${k}x`], body.repeat(k));
  }
  return { docs, growth, txtSamples: txt };
}

// ---------------------------------------------------------------------------------------------------

function commandExists(args: string[], notBuilt: RegExp): boolean {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return !notBuilt.test((r.stdout ?? '') + (r.stderr ?? ''));
}

interface Row {
  id: string;
  what: string;
  ms: number | null;
  floorMs: number | null;
  ratio: number | null;
  target: string;
  peakMb: number | null;
  ok: boolean | null;
  note?: string;
}

function fmtMs(ms: number | null): string {
  if (ms === null) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run npm run build first (npm run bench does)');
  writeHelpers();
  const { docs, growth, txtSamples } = buildCorpus();
  const list = join(CORPUS, 'docs.list');
  const outDir = join(BENCH, 'out');
  mkdirSync(outDir, { recursive: true });
  const rows: Row[] = [];
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

  // (a) parse of the corpus vs reading it (+ mammoth); the default --jobs is the built package's rule
  const { defaultJobs: defaultJobsFor } = (await import(pathToFileURL(join(ROOT, 'dist/batch/index.js')).href)) as { defaultJobs: (files: number) => number };
  // (a) parse of the corpus vs reading it (+ mammoth)
  log(`(a) parse of ${docs.length} documents, ${RUNS} runs each`);
  const floorA = best([join(BENCH, 'floor-read.mjs'), list]);
  const parseA = best([BIN, 'parse', join(CORPUS, 'docs'), '--ndjson', '-o', join(outDir, 'parse.ndjson')]);
  const parseA1 = best([BIN, 'parse', join(CORPUS, 'docs'), '--ndjson', '--jobs', '1', '-o', join(outDir, 'parse-1.ndjson')]);
  const failedA = parseA.code !== 0 ? ` (exit ${parseA.code}: ${parseA.stderr.split('\n')[0]})` : '';
  rows.push({
    id: 'a',
    what: `parse ${docs.length} docs, --jobs ${defaultJobsFor(docs.length)} (default)${failedA}`,
    ms: parseA.ms,
    floorMs: floorA.ms,
    ratio: parseA.ms / floorA.ms,
    target: `≤ ${TARGETS.parse}, peak ≤ ${TARGETS.parsePeakMb} MB`,
    peakMb: parseA.peakMb,
    ok: parseA.code === 0 && parseA.ms / floorA.ms <= TARGETS.parse && parseA.peakMb <= TARGETS.parsePeakMb,
  });
  rows.push({
    id: 'a1',
    what: `parse ${docs.length} docs, --jobs 1`,
    ms: parseA1.ms,
    floorMs: floorA.ms,
    ratio: parseA1.ms / floorA.ms,
    target: '(for information)',
    peakMb: parseA1.peakMb,
    ok: null,
  });
  rows.push({ id: 'a-floor', what: 'floor: read files + mammoth on .docx', ms: floorA.ms, floorMs: null, ratio: null, target: '', peakMb: floorA.peakMb, ok: null });

  // (b) compare --by tasks vs jieba cutting the same text
  if (commandExists(['compare', '--help'], /not built yet/) && /\btasks\b/.test(spawnSync(process.execPath, [BIN, 'compare', '--help'], { encoding: 'utf8' }).stdout)) {
    log('(b) compare --by tasks');
    const floorB = best([join(BENCH, 'floor-jieba.mjs'), list]);
    const cmpB = best([BIN, 'compare', '--by', 'tasks', join(CORPUS, 'docs'), '-o', join(outDir, 'compare-tasks.txt')]);
    const failed = cmpB.code !== 0 ? ` (exit ${cmpB.code}: ${cmpB.stderr.split('\n')[0]})` : '';
    rows.push({
      id: 'b',
      what: `compare --by tasks, ${docs.length} docs${failed}`,
      ms: cmpB.ms,
      floorMs: floorB.ms,
      ratio: cmpB.ms / floorB.ms,
      target: `≤ ${TARGETS.compareTasks}`,
      peakMb: cmpB.peakMb,
      ok: cmpB.code === 0 && cmpB.ms / floorB.ms <= TARGETS.compareTasks,
    });
    rows.push({ id: 'b-floor', what: 'floor: read + load nodejieba + cut the text', ms: floorB.ms, floorMs: null, ratio: null, target: '', peakMb: floorB.peakMb, ok: null });

    // (b-warm) --cache: a cold run fills an empty cache (best of RUNS, emptied before each), then runs over
    // the unchanged files read it; both write the same bytes as (b)
    log('(b-warm) compare --by tasks --cache, cold then warm');
    const cacheDir = join(BENCH, 'cache');
    const cached = [BIN, 'compare', '--by', 'tasks', join(CORPUS, 'docs'), '--cache', '--cache-location', cacheDir];
    let coldW: (Measure & { stdout: string }) | null = null;
    for (let i = 0; i < RUNS; i++) {
      rmSync(cacheDir, { recursive: true, force: true });
      const m = runOnce([...cached, '-o', join(outDir, 'compare-tasks-cold.txt')]);
      if (!coldW || m.ms < coldW.ms) coldW = m;
    }
    const warmW = best([...cached, '-o', join(outDir, 'compare-tasks-warm.txt')]);
    const same = readFileSync(join(outDir, 'compare-tasks-warm.txt')).equals(readFileSync(join(outDir, 'compare-tasks.txt')));
    const failedW = warmW.code !== 0 ? ` (exit ${warmW.code}: ${warmW.stderr.split('\n')[0]})` : same ? '' : ' (output differs from the run without cache!)';
    rows.push({
      id: 'b-warm',
      what: `compare --by tasks --cache, nothing changed${failedW}`,
      ms: warmW.ms,
      floorMs: coldW!.ms,
      ratio: warmW.ms / coldW!.ms,
      target: `≤ ${TARGETS.warmCompare} of cold`,
      peakMb: warmW.peakMb,
      ok: warmW.code === 0 && same && warmW.ms / coldW!.ms <= TARGETS.warmCompare,
    });
    rows.push({ id: 'b-cold', what: 'compare --by tasks --cache, empty cache', ms: coldW!.ms, floorMs: null, ratio: null, target: '', peakMb: coldW!.peakMb, ok: null });
  } else {
    rows.push({ id: 'b', what: 'compare --by tasks', ms: null, floorMs: null, ratio: null, target: `≤ ${TARGETS.compareTasks}`, peakMb: null, ok: null, note: 'n/a (compare --by tasks not available)' });
  }

  // (c) cold check of one sample vs node -e 0
  if (commandExists(['check', '--help'], /not built yet/) && !/not built yet/.test(runOnce([BIN, 'check', txtSamples[0]]).stderr)) {
    log('(c) cold check');
    const floorC = best(['-e', '0'], Math.max(RUNS, 5));
    const checkC = best([BIN, 'check', txtSamples[0]], Math.max(RUNS, 5));
    const failed = checkC.code !== null && checkC.code > 1 ? ` (exit ${checkC.code}: ${checkC.stderr.split('\n')[0]})` : '';
    rows.push({
      id: 'c',
      what: `cold check of one sample${failed}`,
      ms: checkC.ms,
      floorMs: floorC.ms,
      ratio: checkC.ms / floorC.ms,
      target: `≤ ${TARGETS.coldCheck}`,
      peakMb: checkC.peakMb,
      ok: (checkC.code ?? 2) <= 1 && checkC.ms / floorC.ms <= TARGETS.coldCheck,
    });
    rows.push({ id: 'c-floor', what: 'floor: node -e 0', ms: floorC.ms, floorMs: null, ratio: null, target: '', peakMb: floorC.peakMb, ok: null });
  } else {
    rows.push({ id: 'c', what: 'cold check', ms: null, floorMs: null, ratio: null, target: `≤ ${TARGETS.coldCheck}`, peakMb: null, ok: null, note: 'n/a (check not available)' });
  }

  // (d) growth: parse time only (warm process), best of RUNS
  log('(d) growth 1×, 4×, 16×');
  // warm up on the 1× document itself, so its time is that of a warm parse like the others
  const warm = growth['1x'];
  const g: Record<string, Measure & { parseMs: number }> = {};
  for (const [k, file] of Object.entries(growth)) {
    const m = runOnce([join(BENCH, 'growth.mjs'), warm, file, String(RUNS * 3)]);
    g[k] = { ...m, parseMs: Number(m.stdout.trim()) };
  }
  const t1 = g['1x'].parseMs; // linear: k× takes k times as long
  for (const k of ['1x', '4x', '16x']) {
    const factor = Number(k.replace('x', ''));
    const dev = g[k].parseMs / (t1 * factor) - 1;
    rows.push({
      id: `d${k}`,
      what: `parse one document ${k} (${(readFileSync(growth[k]).length / 1024 / 1024).toFixed(1)} MB), warm`,
      ms: g[k].parseMs,
      floorMs: factor === 1 ? null : t1 * factor,
      ratio: factor === 1 ? null : g[k].parseMs / (t1 * factor),
      target: factor === 1 ? 'base' : `≤ ${1 + TARGETS.linearity} (linear: 1)`,
      peakMb: g[k].peakMb,
      // below 1 is faster per byte than the 1× document (fixed costs spread): not a loss of linearity
      ok: factor === 1 ? null : dev <= TARGETS.linearity,
    });
  }

  // (e) PDF: parse vs pdfjs's own text extraction, warm; and the cold CLI for information
  const pdfs = existsSync(join(ROOT, 'fixtures/pdf'))
    ? readdirSync(join(ROOT, 'fixtures/pdf')).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(ROOT, 'fixtures/pdf', f))
    : [];
  if (pdfs.length) {
    log(`(e) parse of ${pdfs.length} sample PDFs`);
    const m = runOnce([join(BENCH, 'pdf-passes.mjs'), String(RUNS * 3), ...pdfs]);
    const failed = m.code !== 0 ? ` (exit ${m.code}: ${m.stderr.split('\n')[0]})` : '';
    const { floor: floorMs, reader: ingestMs, parse: parseMs } = (m.code === 0 ? JSON.parse(m.stdout.trim()) : { floor: NaN, reader: NaN, parse: NaN }) as Record<string, number>;
    rows.push({
      id: 'e',
      what: `PDF reader on ${pdfs.length} sample PDFs, warm${failed}`,
      ms: ingestMs,
      floorMs,
      ratio: ingestMs / floorMs,
      target: `≤ ${TARGETS.pdf}`,
      peakMb: m.peakMb,
      ok: m.code === 0 && ingestMs / floorMs <= TARGETS.pdf,
    });
    rows.push({
      id: 'e-parse',
      what: `whole parse of the ${pdfs.length} PDFs, warm`,
      ms: parseMs,
      floorMs,
      ratio: parseMs / floorMs,
      target: '(for information)',
      peakMb: null,
      ok: null,
    });
    rows.push({ id: 'e-floor', what: 'floor: pdfjs opens them + getTextContent, warm', ms: floorMs, floorMs: null, ratio: null, target: '', peakMb: null, ok: null });
    const coldE = best([BIN, 'parse', '--jobs', '1', ...pdfs, '-o', join(outDir, 'parse-pdf.json')]);
    rows.push({ id: 'e-cold', what: `cold CLI parse of the ${pdfs.length} PDFs (node, modules, jieba included)`, ms: coldE.ms, floorMs: null, ratio: null, target: '(for information)', peakMb: coldE.peakMb, ok: null });
  } else {
    rows.push({ id: 'e', what: 'parse of the sample PDFs', ms: null, floorMs: null, ratio: null, target: `≤ ${TARGETS.pdf}`, peakMb: null, ok: null, note: 'n/a (no fixtures/pdf)' });
  }

  // table
  const header = ['', 'measure', 'time', 'floor', 'ratio', 'target', 'peak MB', ''];
  const body = rows.map((r) => [
    r.id,
    r.what,
    r.note ?? fmtMs(r.ms),
    fmtMs(r.floorMs),
    r.ratio === null ? '' : r.ratio.toFixed(2),
    r.target,
    r.peakMb === null || Number.isNaN(r.peakMb) ? '' : r.peakMb.toFixed(0),
    r.ok === null ? '' : r.ok ? 'ok' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max([...h].length, ...body.map((b) => [...b[i]].length)));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ').trimEnd();
  const machine = `${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, node ${process.version}, load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`;
  console.log(`planlens bench: ${docs.length} documents (${COPIES} × the samples as .txt and .docx), best of ${RUNS}; ${machine}`);
  console.log(line(header));
  for (const b of body) console.log(line(b));

  const results = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? null, cores: availableParallelism(), memGb: Math.round(totalmem() / 1024 ** 3), node: process.version, loadavg: loadavg() },
    corpus: { documents: docs.length, copies: COPIES, runs: RUNS },
    targets: TARGETS,
    rows,
  };
  writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwritten: .bench/results.json`);
}

await main();
