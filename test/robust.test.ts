/**
 * Bad and odd input (issue 7, item 1): each case gives correct output or one clear error line (exit 2),
 * in bounded time and memory, and leaves the other files of the batch alone. Every case runs through
 * the library (parsePlan) and through the built CLI in a child process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { Document, Packer, Paragraph } from 'docx';
import { InputError, parsePlan, PlanDocument } from '../src/index.js';
import { ZIP_LIMITS } from '../src/ingest/docx-zip.js';
import { docxParts, ensureBuilt, makeZip, planBodyText, ROOT, runCli, sampleTexts, type CliRun } from './robust-helpers.js';

const SAMPLE = join(ROOT, 'fixtures/txt/000_15d9cfafcb8c96c1.txt');
const SAMPLE_DOCX = join(ROOT, 'fixtures/docx/000_15d9cfafcb8c96c1.docx');
const isRoot = process.getuid?.() === 0;

let dir: string;
const at = (name: string) => join(dir, name);

/** What must not depend on bytes, encoding or line ends: everything but `source`. */
const content = (d: PlanDocument) => JSON.stringify({ ...d, source: null });

/** A deterministic pseudo-random byte string (xorshift), so binary cases are the same every run. */
function noise(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

/** Exactly one error line for `file`, and it is one line of words, not a stack trace. */
function oneErrorLine(run: CliRun, file: string, pattern: RegExp): void {
  const lines = run.errorLines.filter((l) => l.startsWith(`planlens: ${file}: `));
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack frames
}

async function rejectsWith(path: string, pattern: RegExp): Promise<void> {
  const err = await parsePlan(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  expect((err as InputError).message).toMatch(pattern);
  expect((err as InputError).message).not.toContain('\n');
}

const sampleText = sampleTexts()[0];
let sampleDoc: PlanDocument;

// Files with the expected outcome; the CLI batch below runs all of them at once.
const BAD: Array<{ name: string; why: RegExp; make: () => Buffer | Promise<Buffer> }> = [
  { name: 'empty.txt', why: /empty \(0 bytes\)/, make: () => Buffer.alloc(0) },
  { name: 'whitespace.txt', why: /only whitespace/, make: () => Buffer.from(' \n\t\t\n\u3000 \r\n   \n') },
  { name: 'binary.txt', why: /does not look like a text file/, make: () => noise(64 * 1024) },
  { name: 'nul-heavy.txt', why: /does not look like a text file/, make: () => Buffer.concat([Buffer.from('规划\n'), Buffer.alloc(4096)]) },
  { name: 'scan.txt', why: /PDF file/, make: () => Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n', 'latin1'), noise(20_000)]) },
  { name: 'truncated.docx', why: /truncated|damaged/, make: () => readFileSync(SAMPLE_DOCX).subarray(0, 6000) },
  {
    name: 'corrupt.docx',
    why: /damaged|could not be read/,
    make: () => {
      const b = Buffer.from(readFileSync(SAMPLE_DOCX));
      noise(400, 3).copy(b, 1200); // inside the first entries' compressed data
      return b;
    },
  },
  { name: 'not-a-zip.docx', why: /not a zip package/, make: () => Buffer.from('这不是Word文件,只是改了扩展名的文本。\n') },
  {
    // honest headers: a 40 MB document.xml of spaces compresses about 1000:1
    name: 'bomb-ratio.docx',
    why: /zip bomb/,
    make: () => makeZip(docxParts(`<w:p><w:r><w:t xml:space="preserve">${' '.repeat(40 * 1024 * 1024)}</w:t></w:r></w:p>`)),
  },
  {
    // lying headers: document.xml says 20 KB and inflates to 40 MB
    name: 'bomb-lying.docx',
    why: /zip bomb/,
    make: () => {
      const parts = docxParts(`<w:p><w:r><w:t xml:space="preserve">${' '.repeat(40 * 1024 * 1024)}</w:t></w:r></w:p>`);
      parts[2].declaredSize = 20 * 1024;
      return makeZip(parts);
    },
  },
  {
    // headers declare more in total than the limit (the data is tiny: nothing is inflated to find out)
    name: 'bomb-total.docx',
    why: /zip bomb/,
    make: () => {
      const parts = docxParts('<w:p><w:r><w:t>规划</w:t></w:r></w:p>');
      const filler = Array.from({ length: 3 }, (_, i) => ({ name: `word/media/fill${i}.bin`, data: Buffer.alloc(100), declaredSize: ZIP_LIMITS.maxTotalUncompressed / 2, store: false }));
      return makeZip([...parts, ...filler]);
    },
  },
  {
    name: 'no-text.docx',
    why: /no text/,
    make: () => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({}), new Paragraph({ text: '   ' })] }] })),
  },
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'planlens-robust-'));
  for (const b of BAD) writeFileSync(at(b.name), await b.make());
  sampleDoc = await parsePlan(SAMPLE);
}, 120_000);

afterAll(() => {
  try {
    chmodSync(at('tree/locked.txt'), 0o644);
  } catch {
    // not made
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('bad input through the library: one InputError with a one-line message', () => {
  for (const b of BAD) {
    it(b.name, async () => {
      const started = performance.now();
      await rejectsWith(at(b.name), b.why);
      expect(performance.now() - started).toBeLessThan(20_000);
    });
  }

  it('a zip bomb is refused before it is inflated: little time and memory', async () => {
    const before = process.memoryUsage().rss;
    const started = performance.now();
    await rejectsWith(at('bomb-ratio.docx'), /would inflate \d+ times/);
    await rejectsWith(at('bomb-lying.docx'), /inflates beyond its declared/);
    await rejectsWith(at('bomb-total.docx'), /zip bomb/);
    expect(performance.now() - started).toBeLessThan(5_000);
    // 40 MB per bomb inflated would show; the bounded inflate stops at the declared size
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('odd but readable input gives the same plan', () => {
  const variants: Array<{ name: string; encoding: string; bytes: () => Buffer }> = [
    { name: 'gb18030.txt', encoding: 'gb18030', bytes: () => iconv.encode(sampleText, 'gb18030') },
    { name: 'utf16le.txt', encoding: 'utf-16le', bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sampleText, 'utf-16le')]) },
    { name: 'utf16be.txt', encoding: 'utf-16be', bytes: () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sampleText, 'utf-16be')]) },
    { name: 'utf8bom.txt', encoding: 'utf-8-bom', bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sampleText)]) },
    { name: 'crlf.txt', encoding: 'utf-8', bytes: () => Buffer.from(sampleText.replaceAll('\n', '\r\n')) },
    { name: 'cr.txt', encoding: 'utf-8', bytes: () => Buffer.from(sampleText.replaceAll('\n', '\r')) },
    { name: 'mixed-eol.txt', encoding: 'utf-8', bytes: () => Buffer.from(sampleText.split('\n').map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join('')) },
  ];

  for (const v of variants) {
    it(`${v.name}: encoding ${v.encoding}, same sections, tasks, indicators and diagnostics`, async () => {
      writeFileSync(at(v.name), v.bytes());
      const doc = await parsePlan(at(v.name));
      expect(doc.source.encoding).toBe(v.encoding);
      expect(content(doc)).toBe(content(sampleDoc));
    });
  }

  it('NUL bytes are dropped with an info diagnostic; the plan is unchanged', async () => {
    const lines = sampleText.split('\n');
    lines[10] = lines[10].slice(0, 3) + '\0' + lines[10].slice(3) + '\0';
    lines[40] = '\0' + lines[40];
    writeFileSync(at('nul.txt'), lines.join('\n'));
    const doc = await parsePlan(at('nul.txt'));
    const nul = doc.diagnostics.filter((d) => d.code === 'encoding.nul-removed');
    expect(nul).toHaveLength(1);
    expect(nul[0].message).toMatch(/3 NUL bytes on 2 lines \(lines 11, 41\)/);
    const strip = (d: PlanDocument) => content({ ...d, diagnostics: d.diagnostics.filter((x) => x.code !== 'encoding.nul-removed') });
    expect(strip(doc)).toBe(strip(sampleDoc));
  });

  it('a 1 MB line with no punctuation parses, schema-valid, its line accounted for', async () => {
    const line = '知识产权保护运用体系建设'.repeat(Math.ceil(1_000_000 / 12)).slice(0, 1_000_000);
    writeFileSync(at('one-line.txt'), `${line}\n`);
    const started = performance.now();
    const doc = await parsePlan(at('one-line.txt'));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(PlanDocument.safeParse(doc).success).toBe(true);
    expect(doc.source.chars).toBe(1_000_000);
    const placed = [...doc.parts, ...flatSections(doc.sections)].some((r) => r.line <= 1 && 1 <= r.endLine) || doc.diagnostics.some((d) => d.line === 1);
    expect(placed).toBe(true);
  });
});

function flatSections(ss: PlanDocument['sections']): PlanDocument['sections'] {
  return ss.flatMap((s) => [s, ...flatSections(s.children)]);
}

describe('the built CLI', () => {
  beforeAll(async () => {
    await ensureBuilt();
    // a directory with files that cannot be read, next to a good one
    mkdirSync(at('tree'));
    writeFileSync(at('tree/good.txt'), sampleText);
    symlinkSync(at('tree/nowhere.txt'), at('tree/dangling.txt'));
    execFileSync('mkfifo', [at('tree/pipe.txt')]); // reading a FIFO would block forever
    writeFileSync(at('tree/locked.txt'), sampleText);
    chmodSync(at('tree/locked.txt'), 0o000);
  }, 300_000);

  it('a batch of every bad file and a good one: one line per bad file, the good plan printed, exit 2', async () => {
    const args = ['parse', SAMPLE, ...BAD.map((b) => at(b.name)), at('tree'), '--jobs', '2'];
    const run = await runCli(args, { timeoutMs: 120_000 });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(2);
    for (const b of BAD) oneErrorLine(run, at(b.name), b.why);
    oneErrorLine(run, at('tree/dangling.txt'), /broken symbolic link/);
    oneErrorLine(run, at('tree/pipe.txt'), /named pipe \(FIFO\)/);
    const docs = JSON.parse(run.stdout) as PlanDocument[];
    // the sample, tree/good.txt and (as root, where chmod 000 does not stop reading) tree/locked.txt
    expect(docs.map((d) => d.source.path)).toEqual([SAMPLE, at('tree/good.txt'), ...(isRoot ? [at('tree/locked.txt')] : [])]);
    expect(JSON.stringify(docs[0])).toBe(JSON.stringify(sampleDoc));
    expect(content(docs[1])).toBe(content(sampleDoc));
    expect(run.stderr).toMatch(/^planlens: parse: \d+ files, \d parsed, \d+ errors \(\d+\.\d s\)$/m);
    expect(run.maxRssMb).toBeLessThan(1500);
  });

  it.runIf(!isRoot)('a file with mode 000 is one "permission denied" line', async () => {
    const run = await runCli(['parse', at('tree')]);
    oneErrorLine(run, at('tree/locked.txt'), /permission denied/);
  });
  it.runIf(isRoot)('a file with mode 000: not testable as root (root reads it anyway); the FIFO and the dangling link stand in for it', () => {
    expect(isRoot).toBe(true);
  });

  it('zip bombs are refused in little time and memory', async () => {
    const run = await runCli(['parse', at('bomb-ratio.docx'), at('bomb-lying.docx'), at('bomb-total.docx'), '--jobs', '1']);
    expect(run.code).toBe(2);
    for (const f of ['bomb-ratio.docx', 'bomb-lying.docx', 'bomb-total.docx']) oneErrorLine(run, at(f), /zip bomb/);
    expect(run.stdout).toBe('');
    expect(run.ms).toBeLessThan(20_000);
    expect(run.maxRssMb).toBeLessThan(400);
  });

  it('encodings and line ends: the same plan as the UTF-8 LF sample, one ndjson line each', async () => {
    const names = ['gb18030.txt', 'utf16le.txt', 'utf16be.txt', 'utf8bom.txt', 'crlf.txt', 'cr.txt', 'mixed-eol.txt', 'nul.txt', 'one-line.txt'];
    const run = await runCli(['parse', ...names.map(at), '--ndjson', '--jobs', '1']);
    expect(run.code, run.stderr).toBe(0);
    const docs = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as PlanDocument);
    expect(docs.map((d) => d.source.path)).toEqual(names.map(at));
    for (const d of docs.slice(0, 7)) expect(content(d)).toBe(content(sampleDoc));
  });

  it('-o to a path that cannot be written: one line, exit 2, nothing parsed in vain', async () => {
    // a small plan without figures: no indicator names to match, so each run starts fast
    const TINY = at('tiny.txt');
    writeFileSync(TINY, '某市知识产权发展规划\n一、总体要求\n加强知识产权保护,完善工作机制。\n二、保障措施\n加强组织领导。\n');
    const underFile = join(SAMPLE, 'out.json'); // a path under a file
    const inProc = '/proc/planlens-no-such-dir/out.json';
    for (const [out, why] of [
      [underFile, /cannot write output: a part of the path is a file, not a directory \(ENOTDIR\)/],
      [inProc, /cannot write output: no such file or directory \(ENOENT\)/],
      [dir, /cannot write output: it is a directory \(EISDIR\)/],
    ] as const) {
      const run = await runCli(['parse', TINY, '-o', out]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      oneErrorLine(run, out, why);
      expect(run.errorLines).toHaveLength(1);
    }
    // a batch stops at the first failed write instead of parsing the rest
    const run = await runCli(['parse', TINY, TINY, TINY, '-o', underFile, '--jobs', '1']);
    expect(run.code).toBe(2);
    expect(run.errorLines).toEqual([`planlens: ${underFile}: cannot write output: a part of the path is a file, not a directory (ENOTDIR)`]);
    expect(run.stderr).toMatch(/3 files, 1 parsed, 1 error/);
  });
});

describe('a 20 MB text', () => {
  let big: string;
  beforeAll(async () => {
    await ensureBuilt();
    big = at('big.txt');
    writeFileSync(big, planBodyText(20 * 1024 * 1024));
  }, 300_000);

  // Through the CLI only: the child process bounds time and peak memory, and the CLI calls the same
  // library function (parsePlan); doing it twice would double the slowest test of the suite.
  it('parses through the CLI in bounded time and memory, schema-valid, every section found', async () => {
    const bytes = readFileSync(big);
    expect(bytes.length).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    const run = await runCli(['parse', big, '-o', at('big.json')], { timeoutMs: 180_000 });
    expect(run.timedOut).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    expect(run.maxRssMb).toBeLessThan(2000);
    const doc = JSON.parse(readFileSync(at('big.json'), 'utf8')) as PlanDocument;
    expect(PlanDocument.safeParse(doc).success).toBe(true);
    expect(doc.source.chars).toBeGreaterThan(6_000_000);
    // the body was repeated: each copy's top-level sections are there
    const copies = Math.round(bytes.length / Buffer.byteLength(planBodyText(1)));
    expect(doc.sections.filter((s) => s.kind === 'body' && s.title === doc.sections.find((x) => x.kind === 'body')!.title).length).toBeGreaterThanOrEqual(copies);
    console.log(`20 MB: CLI ${(run.ms / 1000).toFixed(1)} s, peak ${run.maxRssMb.toFixed(0)} MB`);
  }, 200_000);
});
