/**
 * Issue 13: every bad PDF through the CLI ends with one line naming the file and the problem, exit 2,
 * and the other files of the batch are still parsed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
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
