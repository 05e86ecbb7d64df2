/**
 * Ingest ahead (src/batch/ingest-ahead.ts): in a batch parsed in this thread, the .docx/.pdf/.doc/.html
 * files are read and ingested on a thread of their own. The results must be those of parsing each file
 * alone, errors included, in input order, whether the thread works, cannot start or dies mid-batch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parsePlan } from '../src/index.js';
import { parseFilesParallel, type FileOutcome } from '../src/batch/index.js';
import { IngestAhead, inOrder, ingestAhead, MIN_FILES_TO_INGEST_AHEAD, type AheadState } from '../src/batch/ingest-ahead.js';
import { parseFiles, type Reporter } from '../src/cli/io.js';
import { InputError } from '../src/errors.js';
import { stableJson } from '../src/render/json.js';
import { ROOT } from './robust-helpers.js';

const DOCX = readdirSync(join(ROOT, 'fixtures/docx'))
  .sort()
  .map((f) => join(ROOT, 'fixtures/docx', f));
const TXT = readdirSync(join(ROOT, 'fixtures/txt'))
  .sort()
  .map((f) => join(ROOT, 'fixtures/txt', f));

let dir: string;
const at = (name: string) => join(dir, name);
/** docx and txt interleaved, with a damaged .docx, a missing .docx and an empty .txt among them */
let batch: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'planlens-ahead-'));
  writeFileSync(at('broken.docx'), 'not a zip at all');
  writeFileSync(at('empty.txt'), '');
  // a thread module that fails as it loads, and one that dies on its first message
  writeFileSync(at('fails.mjs'), "throw new Error('cannot load');\n");
  writeFileSync(at('dies.mjs'), "import { parentPort } from 'node:worker_threads';\nparentPort.once('message', () => process.exit(3));\n");
  batch = [DOCX[0], TXT[0], at('broken.docx'), DOCX[1], TXT[1], at('missing.docx'), DOCX[2], at('empty.txt'), DOCX[3], TXT[2], DOCX[4]];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What parsing each file alone gives: its JSON, or the error message it raises. */
async function alone(file: string): Promise<string> {
  try {
    return stableJson(await parsePlan(file));
  } catch (err) {
    return `error: ${(err as Error).message} (${err instanceof InputError ? 'input' : 'internal'})`;
  }
}

async function takeAll(ahead: IngestAhead, files: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  try {
    for (let i = 0; i < files.length; i++) {
      try {
        const { ingested } = await ahead.take(i);
        out.push(`${ingested.format} ${ingested.lineCount} lines, ${ingested.blocks.length} blocks`);
      } catch (err) {
        out.push(`error: ${(err as Error).message} (${err instanceof InputError ? 'input' : 'internal'})`);
      }
    }
  } finally {
    await ahead.close();
  }
  return out;
}

describe('ingest ahead', () => {
  it('is used for a batch with enough library-read files, not for a text-only batch nor a short one', async () => {
    const a = ingestAhead(batch);
    expect(a).not.toBeNull();
    await a!.close();
    expect(ingestAhead(TXT)).toBeNull();
    expect(ingestAhead(DOCX.slice(0, MIN_FILES_TO_INGEST_AHEAD - 1))).toBeNull();
  });

  it('a batch parses to exactly what each file gives alone, errors included, in input order', async () => {
    const outcomes: FileOutcome[] = [];
    for await (const o of parseFilesParallel(batch, { jobs: 1 })) outcomes.push(o);
    expect(outcomes.map((o) => o.index)).toEqual(batch.map((_, i) => i));
    const got = outcomes.map((o) => (o.error ? `error: ${o.error.message} (${o.error.internal ? 'internal' : 'input'})` : stableJson(o.doc)));
    const expected = await Promise.all(batch.map(alone));
    expect(got).toEqual(expected);
    // the damaged and the missing .docx were read on the thread: their errors are input errors, worded as here
    expect(got[2]).toMatch(/^error: .*\(input\)$/);
    expect(got[5]).toBe('error: no such file (input)');
  });

  it('the commands that parse a list (compare, indicators …) report each bad file once, in order, and keep the others', async () => {
    const lines: string[] = [];
    const reporter: Reporter = {
      error: (file, message) => void lines.push(`${file}: ${message}`),
      get failures() {
        return lines.length;
      },
    };
    const docs = await parseFiles(batch, reporter);
    expect(docs.map((d) => d.source.path)).toEqual(batch.filter((f) => !/broken|missing|empty/.test(f)));
    expect(lines.map((l) => l.split(':')[0])).toEqual([at('broken.docx'), at('missing.docx'), at('empty.txt')]);
  });

  it('a thread that cannot start costs nothing but the overlap: every file is ingested here instead', async () => {
    const ahead = [0, 2, 3, 5, 6, 8, 10];
    const withThread = await takeAll(new IngestAhead(batch, ahead), batch);
    const failing = await takeAll(new IngestAhead(batch, ahead, pathToFileURL(at('fails.mjs'))), batch);
    const dying = await takeAll(new IngestAhead(batch, ahead, pathToFileURL(at('dies.mjs'))), batch);
    expect(failing).toEqual(withThread);
    expect(dying).toEqual(withThread);
    expect(withThread[0]).toMatch(/^docx \d+ lines/);
    expect(withThread[2]).toMatch(/^error: .*\(input\)$/);
  });
});

describe('inOrder', () => {
  it('yields in input order; while the file due waits for the thread, files read here are done first', async () => {
    // files 0 and 3 are on the thread; file 0 becomes ready only after two local files were done
    let localDone = 0;
    const state: AheadState = {
      readHere: (i) => i !== 0 && i !== 3,
      ready: (i) => (i === 0 ? localDone >= 2 : true),
    };
    const calls: number[] = [];
    const work = async (i: number) => {
      calls.push(i);
      if (state.readHere(i)) localDone++;
      return `r${i}`;
    };
    const got: string[] = [];
    for await (const r of inOrder(6, state, work)) got.push(r);
    expect(got).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
    expect(calls).toEqual([1, 2, 0, 3, 4, 5]);
  });

  it('never does the same file twice, and holds at most its look-ahead of files', async () => {
    const state: AheadState = { readHere: (i) => i % 2 === 1, ready: () => false };
    const calls: number[] = [];
    let heldMax = 0;
    const got: number[] = [];
    for await (const r of inOrder(100, state, async (i) => (calls.push(i), i))) {
      got.push(r);
      heldMax = Math.max(heldMax, calls.length - got.length);
    }
    expect(got).toEqual([...Array(100).keys()]);
    expect([...calls].sort((a, b) => a - b)).toEqual([...Array(100).keys()]);
    expect(heldMax).toBeLessThanOrEqual(16);
  });
});
