/**
 * The .docx and .html fixtures (scripts/make-fixtures.ts) must say what their .txt sample says: same
 * text in the same order, once Word's numbers are recovered and the .txt export's debris is repaired.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestTxt } from '../src/ingest/txt.js';
import { ingestDocx } from '../src/ingest/docx.js';
import { ingestHtml } from '../src/ingest/html.js';
import type { Block } from '../src/ingest/blocks.js';

const NAMES = readdirSync('fixtures/txt')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => basename(f, '.txt'))
  .sort();

/** All text of the blocks in order, without whitespace; list bullets (`- `) are list markup, not text. */
function flatText(blocks: Block[]): string {
  return blocks
    .map((b) => (b.type === 'table' ? b.rows.map((r) => r.map((c) => c.text).join('')).join('') : b.text.replace(/^-\s+/, '')))
    .join('')
    .replace(/[\s\u00a0\u3000]+/g, '');
}

describe('fixtures in three formats', () => {
  it('has a .docx and an .html for every .txt sample', () => {
    expect(NAMES).toHaveLength(5);
    for (const n of NAMES) {
      expect(existsSync(`fixtures/docx/${n}.docx`)).toBe(true);
      expect(existsSync(`fixtures/html/${n}.html`)).toBe(true);
    }
  });

  it.each(NAMES)('%s: the .docx and the .html hold the text of the .txt', async (n) => {
    const txt = flatText(ingestTxt(readFileSync(`fixtures/txt/${n}.txt`), `${n}.txt`).blocks);
    const docx = flatText((await ingestDocx(readFileSync(`fixtures/docx/${n}.docx`), `${n}.docx`)).blocks);
    const html = flatText((await ingestHtml(readFileSync(`fixtures/html/${n}.html`), `${n}.html`)).blocks);
    expect(txt.length).toBeGreaterThan(3000);
    expect(docx).toBe(txt);
    expect(html).toBe(txt);
  });

  it('uses Word automatic numbering in at least two .docx fixtures', async () => {
    let numbered = 0;
    for (const n of NAMES) {
      const xml = readFileSync(`fixtures/docx/${n}.docx`);
      const r = await ingestDocx(xml, `${n}.docx`);
      const recovered = r.diagnostics.find((d) => d.code === 'docx.numbering-recovered');
      if (recovered) numbered++;
    }
    expect(numbered).toBeGreaterThanOrEqual(2);
  });
});
