/**
 * Issue 13: every bad PDF (and a bad .doc) through the CLI ends with one line naming the file and the
 * problem, exit 2, and the other files of the batch are still parsed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, runCli } from './robust-helpers.js';

const GOOD = ['fixtures/pdf/004_5d042cf0ad576120.pdf', 'fixtures/doc/004_5d042cf0ad576120.doc'];

const BAD: Array<[string, RegExp]> = [
  ['fixtures/pdf/real/yijian_guojia_nongjibutie_scan.pdf', /no text in this PDF \(scanned\?\); run OCR first$/],
  ['fixtures/pdf/bad/encrypted.pdf', /encrypted with a password/],
  ['fixtures/pdf/bad/truncated.pdf', /damaged or truncated/],
  ['fixtures/pdf/bad/not-a-pdf.pdf', /not a PDF/],
  ['fixtures/pdf/bad/bomb-pages.pdf', /5000 pages.*bomb/],
  ['fixtures/pdf/bad/bomb-stream.pdf', /inflates to more than .*bomb/],
];

beforeAll(ensureBuilt, 120_000);

describe('bad PDFs in a batch', () => {
  it('each: one line naming the file and its problem, exit 2; the good files are parsed', async () => {
    const files = [GOOD[0], ...BAD.map(([f]) => f), GOOD[1]];
    const run = await runCli(['parse', ...files], { timeoutMs: 120_000 });
    expect(run.code).toBe(2);
    const errLines = run.stderr.split('\n').filter((l) => l.trim());
    for (const [file, why] of BAD) {
      const mine = errLines.filter((l) => l.includes(file));
      expect(mine, file).toHaveLength(1);
      expect(mine[0]).toMatch(why);
    }
    // no stack trace, nothing but one line per bad file (and at most a summary line)
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(errLines.length).toBeLessThanOrEqual(BAD.length + 1);
    const docs = JSON.parse(run.stdout) as Array<{ source: { path: string; format: string }; sections: unknown[] }>;
    expect(docs.map((d) => d.source.path)).toEqual(GOOD);
    expect(docs.map((d) => d.source.format)).toEqual(['pdf', 'doc']);
    expect(docs.every((d) => d.sections.length > 0)).toBe(true);
  }, 120_000);

  it('a PDF alone: exit 2 and the one line', async () => {
    const run = await runCli(['parse', 'fixtures/pdf/bad/encrypted.pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('fixtures/pdf/bad/encrypted.pdf');
  });
});

describe('bad .doc files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'planlens-doc-'));
    const doc = readFileSync('fixtures/doc/004_5d042cf0ad576120.doc');
    // the FIB starts the WordDocument stream, at a 512-byte sector of the container: set fEncrypted
    const encrypted = Buffer.from(doc);
    let fib = -1;
    for (let o = 512; o < encrypted.length; o += 512) if (encrypted.readUInt16LE(o) === 0xa5ec) (fib = o), (o = encrypted.length);
    expect(fib).toBeGreaterThan(0);
    encrypted.writeUInt16LE(encrypted.readUInt16LE(fib + 0xa) | 0x0100, fib + 0xa);
    writeFileSync(join(dir, 'encrypted.doc'), encrypted);
    writeFileSync(join(dir, 'truncated.doc'), doc.subarray(0, 4096));
    writeFileSync(join(dir, 'page.doc'), '<html><head><meta charset="utf-8"></head><body><p>某市知识产权发展规划</p><p>一、总体要求</p><p>加强知识产权保护。</p></body></html>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('encrypted and truncated: one line each, exit 2; a Word HTML page named .doc is read as HTML', async () => {
    const run = await runCli(['parse', join(dir, 'encrypted.doc'), join(dir, 'truncated.doc'), join(dir, 'page.doc')]);
    expect(run.code).toBe(2);
    const errLines = run.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('planlens: parse:'));
    expect(errLines).toHaveLength(2);
    expect(errLines[0]).toMatch(/encrypted\.doc: the \.doc is encrypted with a password/);
    expect(errLines[1]).toMatch(/truncated\.doc: the \.doc is damaged/);
    const docs = JSON.parse(run.stdout) as Array<{ source: { format: string }; diagnostics: Array<{ code: string }> }>;
    expect(docs.map((d) => d.source.format)).toEqual(['html']);
    expect(docs[0].diagnostics.map((d) => d.code)).toContain('doc.not-binary');
  });
});
