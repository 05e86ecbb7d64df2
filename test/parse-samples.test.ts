import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzePlan, parsePlan, PlanDocument, type Section } from '../src/index.js';
import { SAMPLES } from './expected/samples.js';
import { accountedLines } from './helpers/accounting.js';

const FORMATS = [
  { dir: 'txt', ext: 'txt' },
  { dir: 'docx', ext: 'docx' },
  { dir: 'html', ext: 'html' },
] as const;

const squash = (s: string) => s.replace(/\s+/g, '');
const outlineOf = (sections: Section[]) =>
  sections.filter((s) => s.kind === 'body').map((s) => [squash(s.title), s.children.filter((c) => c.kind === 'body').map((c) => squash(c.title))]);

for (const { dir, ext } of FORMATS) {
  describe(`parse ${dir} samples`, () => {
    for (const sample of SAMPLES) {
      const path = `fixtures/${dir}/${sample.file}.${ext}`;
      describe(sample.file, () => {
        let doc: PlanDocument;
        it('parses to schema-valid JSON', async () => {
          doc = await parsePlan(path);
          const check = PlanDocument.safeParse(doc);
          expect(check.success, check.error?.message).toBe(true);
        });

        it('has the right metadata', () => {
          const { horizon, ...meta } = doc.meta;
          const { horizon: expectedHorizon, ...expectedMeta } = sample.meta;
          expect(meta).toEqual(expectedMeta);
          if (expectedHorizon) expect(horizon).toEqual(expectedHorizon);
        });

        it('has the right top two levels of the outline', () => {
          expect(outlineOf(doc.sections)).toEqual(sample.outline);
        });

        it('keeps the 目录, appendices and other parts apart from the body', () => {
          const toc = doc.sections.filter((s) => s.kind === 'toc');
          if (sample.toc) {
            expect(toc).toHaveLength(1);
            expect(toc[0].children.map((s) => [squash(s.title), s.children.map((c) => squash(c.title))])).toEqual(sample.toc);
          } else {
            expect(toc).toHaveLength(0);
          }
          const appendices = doc.sections.filter((s) => s.kind === 'appendix').map((s) => squash(s.title));
          expect(appendices).toEqual(sample.appendices ?? []);
          expect(doc.parts.map((p) => p.kind)).toEqual(sample.parts);
        });
      });
    }
  });
}

describe('every non-blank line of every sample is accounted for', () => {
  for (const { dir, ext } of FORMATS) {
    for (const sample of SAMPLES) {
      it(`${dir}/${sample.file}`, async () => {
        const path = `fixtures/${dir}/${sample.file}.${ext}`;
        const { plan: doc, segmented } = await analyzePlan(path);
        // .txt: the file's own lines; .docx/.html: one normalized line per paragraph position
        const lines = ext === 'txt' ? readFileSync(path, 'utf8').split(/\r\n|\r|\n/) : segmented.ingest.lines;
        expect(lines.length).toBeGreaterThan(20);
        const covered = accountedLines(doc);
        const missing = lines.map((l, i) => ({ l, n: i + 1 })).filter(({ l, n }) => l.trim() && !covered.has(n));
        expect(missing.map(({ n, l }) => `${n}: ${l.slice(0, 30)}`)).toEqual([]);
      });
    }
  }
});

describe('determinism', () => {
  it('two runs on the same input give byte-identical JSON', async () => {
    for (const sample of SAMPLES) {
      const path = `fixtures/txt/${sample.file}.txt`;
      const a = JSON.stringify(await parsePlan(path));
      const b = JSON.stringify(await parsePlan(path));
      expect(a).toBe(b);
    }
  });
});

describe('目录 recovery places body text under the 目录 entries', () => {
  it('the 邵阳 layout: body lost its 一、/（一） headings', async () => {
    const path = 'fixtures/txt/001_7331ced31a583862.txt';
    const doc = await parsePlan(path);
    const lines = readFileSync(path, 'utf8').split(/\r\n|\r|\n/);
    const lineOf = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;
    const pathAt = (line: number): string[] => {
      const out: string[] = [];
      let level: Section[] = doc.sections.filter((s) => s.kind === 'body');
      for (;;) {
        // an entry that got no text sits, empty, at the line where the next one starts: take the last
        const s = level.filter((x) => x.line <= line && line <= x.endLine).pop();
        if (!s) return out;
        out.push(s.title);
        level = s.children;
      }
    };
    expect(pathAt(lineOf('“十三五”期间,在市委')).slice(0, 2)).toEqual(['发展基础和发展形势', '发展基础']);
    expect(pathAt(lineOf('放眼全球')).slice(0, 2)).toEqual(['发展基础和发展形势', '发展形势']);
    expect(pathAt(lineOf('“十四五”期间,要以习近平')).slice(0, 2)).toEqual(['总体要求', '指导思想']);
    expect(pathAt(lineOf('到2025年,将邵阳')).slice(0, 2)).toEqual(['总体要求', '主要目标']);
    expect(pathAt(lineOf('1.积极推进知识产权综合执法'))).toEqual(['主要任务', '全面加强知识产权保护', '积极推进知识产权综合执法']);
    expect(pathAt(lineOf('强化知识产权转化运用的政策引导')).slice(0, 2)).toEqual(['主要任务', '促进知识产权运用转化']);
    expect(pathAt(lineOf('各级各部门要增加知识产权投入')).slice(0, 2)).toEqual(['保障措施', '加大财政投入']);
    expect(doc.diagnostics.some((d) => d.code === 'outline.from-toc')).toBe(true);
  });
});
