/**
 * Batches (issue 7, item 3): the worker pool behind `parse --jobs`, globs and directories, streamed
 * output with flat memory, the progress bar and the summary line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parsePlan, type PlanDocument } from '../src/index.js';
import { createProgress, parseFilesParallel, PROGRESS_MIN_FILES, type FileOutcome } from '../src/batch/index.js';
import { expandInputs, type Reporter } from '../src/cli/io.js';
import { arrayElement } from '../src/cli/parse.js';
import { stableJson } from '../src/render/json.js';
import { ensureBuilt, planBodyText, ROOT, runCli } from './robust-helpers.js';

const FIXTURES = ['txt', 'docx', 'html'].flatMap((d) =>
  readdirSync(join(ROOT, 'fixtures', d))
    .sort()
    .map((f) => join('fixtures', d, f)),
);
const SMALL = join(ROOT, 'fixtures/txt/004_5d042cf0ad576120.txt');

let dir: string;
const at = (name: string) => join(dir, name);

function collectingReporter(): Reporter & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    error(file, message) {
      lines.push(`${file}: ${message}`);
    },
    get failures() {
      return lines.length;
    },
  };
}

async function all(gen: AsyncGenerator<FileOutcome>): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for await (const o of gen) out.push(o);
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'planlens-batch-'));
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('tiny.txt'), '某市知识产权发展规划\n一、总体要求\n加强知识产权保护。\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseFilesParallel (library)', () => {
  it('on 2 workers: every outcome in input order, identical to parsePlan, bad files reported, the rest unaffected', async () => {
    const files = [FIXTURES[0], at('empty.txt'), ...FIXTURES.slice(1), at('missing.txt')];
    const outcomes = await all(parseFilesParallel(files, { jobs: 2 }));
    expect(outcomes.map((o) => o.index)).toEqual(files.map((_, i) => i));
    expect(outcomes.map((o) => o.file)).toEqual(files);
    expect(outcomes[1].error).toMatchObject({ file: at('empty.txt'), internal: false });
    expect(outcomes[1].error!.message).toMatch(/empty/);
    expect(outcomes.at(-1)!.error).toMatchObject({ message: 'no such file', internal: false });
    for (const o of outcomes.filter((x) => x.doc)) {
      expect(JSON.stringify(o.doc)).toBe(JSON.stringify(await parsePlan(o.file)));
    }
    expect(outcomes.filter((o) => o.doc)).toHaveLength(FIXTURES.length);
  }, 120_000);

  it('ordered: false yields every file once, as each finishes', async () => {
    const files = [at('tiny.txt'), SMALL, at('empty.txt'), at('tiny.txt')];
    const outcomes = await all(parseFilesParallel(files, { jobs: 2, ordered: false }));
    expect(outcomes.map((o) => o.index).sort()).toEqual([0, 1, 2, 3]);
  }, 120_000);

  it('a file past the time limit is stopped and reported; its worker is replaced and the batch goes on', async () => {
    writeFileSync(at('slow.txt'), planBodyText(3 * 1024 * 1024));
    const files = [at('slow.txt'), at('tiny.txt'), at('tiny.txt')];
    const outcomes = await all(parseFilesParallel(files, { jobs: 2, timeoutMs: 300 }));
    expect(outcomes[0].error?.message).toMatch(/took longer than 0\.3 s/);
    expect(outcomes.slice(1).map((o) => o.error)).toEqual([null, null]);
  }, 120_000);

  it('a file that needs more than the heap limit kills only its worker', async () => {
    writeFileSync(at('heavy.txt'), planBodyText(3 * 1024 * 1024));
    const outcomes = await all(parseFilesParallel([at('heavy.txt'), at('tiny.txt')], { jobs: 2, maxHeapMb: 12 }));
    // tsx compiles the sources inside each test worker; 12 MB may not even start one: both are errors then
    if (outcomes[1].error) expect(outcomes[1].error.message).toMatch(/could not start a worker thread|ran out of memory/);
    expect(outcomes[0].error?.message).toMatch(/ran out of memory|could not start a worker thread/);
  }, 120_000);

  it('workers that cannot start: every file gets the error once, nothing hangs', async () => {
    const outcomes = await all(parseFilesParallel([at('tiny.txt'), at('tiny.txt'), at('tiny.txt')], { jobs: 2, maxHeapMb: 1 }));
    expect(outcomes).toHaveLength(3);
    for (const o of outcomes) expect(o.error?.message).toMatch(/could not start a worker thread|ran out of memory/);
  }, 120_000);

  it('one job parses in this thread', async () => {
    const outcomes = await all(parseFilesParallel([at('tiny.txt'), at('empty.txt')], { jobs: 1 }));
    expect(outcomes.map((o) => Boolean(o.doc))).toEqual([true, false]);
  });
});

describe('inputs: directories and globs', () => {
  beforeAll(() => {
    mkdirSync(at('plans/2021'), { recursive: true });
    mkdirSync(at('plans/2022'), { recursive: true });
    copyFileSync(SMALL, at('plans/2021/a.txt'));
    copyFileSync(SMALL, at('plans/2022/b.txt'));
    copyFileSync(SMALL, at('plans/2022/[draft] c.txt'));
    writeFileSync(at('plans/2022/notes.md'), '# not a plan');
  });

  it('a pattern matches files in sorted order, only supported types; a literal name with brackets is a file', async () => {
    const r = collectingReporter();
    expect(await expandInputs([at('plans/*/*.txt')], r)).toEqual([at('plans/2021/a.txt'), at('plans/2022/[draft] c.txt'), at('plans/2022/b.txt')]);
    expect(await expandInputs([at('plans/2022/[draft] c.txt')], r)).toEqual([at('plans/2022/[draft] c.txt')]);
    expect(await expandInputs([at('plans/**/b.*')], r)).toEqual([at('plans/2022/b.txt')]);
    expect(r.lines).toEqual([]);
  });

  it('a pattern that matches directories lists them like directory arguments; relative patterns stay relative', async () => {
    const r = collectingReporter();
    const rel = relative(process.cwd(), at('plans'));
    expect(await expandInputs([`${rel}/202[12]`], r)).toEqual([join(rel, '2021/a.txt'), join(rel, '2022/[draft] c.txt'), join(rel, '2022/b.txt')]);
  });

  it('a pattern with no match is one error line', async () => {
    const r = collectingReporter();
    expect(await expandInputs([at('plans/*.docx')], r)).toEqual([]);
    expect(r.lines).toEqual([`${at('plans/*.docx')}: no .txt, .docx or .html files match this pattern`]);
  });
});

describe('output of a batch', () => {
  it('the streamed array is byte-identical to stableJson of the whole array', async () => {
    const docs: PlanDocument[] = [await parsePlan(at('tiny.txt')), await parsePlan(SMALL)];
    const streamed = '[\n' + docs.map(arrayElement).join(',\n') + '\n]\n';
    expect(streamed).toBe(stableJson(docs));
  });
});

describe('progress bar', () => {
  const tty = () => {
    let written = '';
    return {
      stream: { isTTY: true, columns: 80, write: (s: string) => ((written += s), true) },
      get written() {
        return written;
      },
    };
  };

  it('is drawn on a TTY for a long batch once it has run a while, and cleared at the end', () => {
    const t = tty();
    let now = 0;
    const p = createProgress(40, 'files', t.stream, () => now);
    p.tick();
    expect(t.written).toBe(''); // not before 500 ms
    now = 600;
    p.tick();
    expect(t.written).toMatch(/\r\[#+-+\] 2\/40 files 1 s/);
    p.interrupt(() => t.stream.write('planlens: x.txt: error\n'));
    expect(t.written).toMatch(/\r\x1b\[Kplanlens: x\.txt: error\n\r\[/); // cleared, printed, redrawn
    p.done();
    expect(t.written.endsWith('\r\x1b[K')).toBe(true);
  });

  it('is never drawn when stderr is not a TTY, nor for a short batch', () => {
    const t = tty();
    let now = 0;
    const short = createProgress(PROGRESS_MIN_FILES - 1, 'files', t.stream, () => now);
    now = 5000;
    short.tick();
    const pipe = { isTTY: false, write: (s: string) => ((t.stream.write(s), true)) };
    const piped = createProgress(100, 'files', pipe, () => now);
    piped.tick();
    piped.done();
    expect(t.written).toBe('');
  });
});

describe('the built CLI on batches', () => {
  let copies: string;
  let heavy: string;
  beforeAll(async () => {
    await ensureBuilt();
    copies = at('copies');
    mkdirSync(copies);
    for (let i = 0; i < 5; i++) copyFileSync(SMALL, join(copies, `s${String(i).padStart(4, '0')}.txt`));
    // plans that are cheap to parse but give large documents: 1,500 page-number lines, each a diagnostic
    heavy = at('heavy');
    mkdirSync(heavy);
    const lines = ['某市知识产权发展规划', '一、总体要求'];
    for (let i = 1; i <= 1500; i++) lines.push(`—${i}—`, `加强知识产权保护第${i}项工作。`);
    for (let i = 0; i < 150; i++) writeFileSync(join(heavy, `h${String(i).padStart(4, '0')}.txt`), lines.join('\n'));
    mkdirSync(at('thousand'));
    for (let i = 0; i < 1000; i++) writeFileSync(join(at('thousand'), `t${String(i).padStart(4, '0')}.txt`), `第${i}号规划\n一、总体要求\n加强知识产权保护。\n`);
  }, 300_000);

  it('1,000 files with --ndjson: one line each, in input order, a summary line, no progress bar when stderr is not a TTY', async () => {
    const run = await runCli(['parse', at('thousand'), '--ndjson', '--jobs', '2'], { timeoutMs: 120_000 });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1000);
    expect(lines.map((l) => (JSON.parse(l) as PlanDocument).source.path)).toEqual(Array.from({ length: 1000 }, (_, i) => join(at('thousand'), `t${String(i).padStart(4, '0')}.txt`)));
    expect(run.stderr).toMatch(/^planlens: parse: 1000 files, 1000 parsed, 0 errors \(\d+\.\d s\)\n$/);
    expect(run.stderr).not.toContain('\r');
  });

  it('memory stays flat: 40 MB of JSON (80 MB as JS strings) from a main thread limited to a 96 MB heap', async () => {
    // Holding every document and then the whole array text (as a non-streaming writer would) needs
    // more than 96 MB here and dies; streaming holds a few documents at a time.
    const out = at('many.json');
    const run = await runCli(['parse', heavy, '--jobs', '2', '-o', out], { nodeArgs: ['--max-old-space-size=96'], timeoutMs: 120_000 });
    expect(run.code, run.stderr.slice(0, 500)).toBe(0);
    const size = statSync(out).size;
    expect(size).toBeGreaterThan(35 * 1024 * 1024);
    const docs = JSON.parse(readFileSync(out, 'utf8')) as PlanDocument[];
    expect(docs).toHaveLength(150);
    console.log(`150 files, ${(size / 1024 / 1024).toFixed(0)} MB of JSON, peak memory ${run.maxRssMb.toFixed(0)} MB (workers included)`);
  });

  it('--jobs 1 and --jobs 2 print the same bytes; a single file prints an object and no summary', async () => {
    const args = ['parse', ...FIXTURES.slice(0, 4)];
    const one = await runCli([...args, '--jobs', '1']);
    const two = await runCli([...args, '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout)).toHaveLength(4);
    const single = await runCli(['parse', at('tiny.txt')]);
    expect(JSON.parse(single.stdout).schemaVersion).toBe('1');
    expect(single.stderr).toBe('');
  });

  it('--jobs must be a whole number of at least 1 (usage error, exit 2)', async () => {
    for (const bad of ['0', 'two', '1.5']) {
      const run = await runCli(['parse', at('tiny.txt'), '--jobs', bad]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--jobs takes a whole number of at least 1/);
    }
  });

  it('a quoted glob is expanded by planlens itself', async () => {
    const run = await runCli(['parse', join(copies, 's000[0-2].txt'), '--ndjson']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(3);
  });
});
