/**
 * Issue 13: each sample as PDF (LibreOffice's print of the .docx) and as Word 97–2003 .doc gives the same
 * metadata, top two outline levels, indicators (values, units, years) and tasks with their units as the
 * .docx it was made from; a Chromium print of the HTML samples gives the HTML's outline, indicators and
 * tasks. The real files in fixtures/pdf/real (see PROVENANCE.md there): the text-layer 实施方案 parses
 * into its outline, the scan ends with the no-text error.
 */
import { describe, expect, it } from 'vitest';
import { analyzePlan, parsePlan, type PlanDocument, type Section } from '../src/index.js';
import { SAMPLES } from './expected/samples.js';
import { accountedLines } from './helpers/accounting.js';

const squash = (s: string) => s.replace(/\s+/g, '');
const outlineOf = (sections: Section[]) =>
  sections.filter((s) => s.kind === 'body').map((s) => [squash(s.title), s.children.filter((c) => c.kind === 'body').map((c) => squash(c.title))]);

/** Indicators with what they say; the quoted source text (`raw`) without spaces, since a PDF reader
 * drops the space a .docx author typed between a number and its unit (`40 亿元` → `40亿元`). */
function indicatorsOf(doc: PlanDocument) {
  const view = doc.indicators.map((i) => ({ name: i.name, unit: i.unit, baseline: i.baseline ?? null, target: i.target ?? null }));
  return JSON.parse(JSON.stringify(view, (k, v) => (k === 'raw' && typeof v === 'string' ? squash(v) : v)));
}

function tasksOf(doc: PlanDocument) {
  const titles = new Map<string, string>();
  const walk = (ss: Section[]) => ss.forEach((s) => (titles.set(s.id, squash(s.title)), walk(s.children)));
  walk(doc.sections);
  return doc.tasks.map((t) => ({ number: t.number, title: t.title, section: titles.get(t.sectionId), lead: t.units.lead, support: t.units.support, deadline: t.deadline ?? null }));
}

const cache = new Map<string, Promise<PlanDocument>>();
const parsed = (path: string) => {
  if (!cache.has(path)) cache.set(path, parsePlan(path));
  return cache.get(path)!;
};

describe.each([
  ['pdf', 'fixtures/pdf'],
  ['doc', 'fixtures/doc'],
])('samples as .%s give what their .docx gives', (ext, dir) => {
  for (const sample of SAMPLES) {
    const path = `${dir}/${sample.file}.${ext}`;
    const docxPath = `fixtures/docx/${sample.file}.docx`;
    describe(sample.file, () => {
      it('metadata', async () => {
        const doc = await parsed(path);
        expect(doc.source.format).toBe(ext);
        expect(doc.meta).toEqual((await parsed(docxPath)).meta);
        const { horizon: _h, ...meta } = doc.meta;
        const { horizon: _e, ...expected } = sample.meta;
        expect(meta).toEqual(expected);
      });
      it('top two levels of the outline, with the numbers Word shows (automatic numbering recovered)', async () => {
        const doc = await parsed(path);
        expect(outlineOf(doc.sections)).toEqual(sample.outline);
        const numbers = (d: PlanDocument) => d.sections.filter((s) => s.kind === 'body').map((s) => [s.number, s.children.map((c) => c.number)]);
        expect(numbers(doc)).toEqual(numbers(await parsed(docxPath)));
      });
      it('indicators: names, values, units, years', async () => {
        const docx = indicatorsOf(await parsed(docxPath));
        expect(docx.length).toBeGreaterThan(0);
        expect(indicatorsOf(await parsed(path))).toEqual(docx);
      });
      it('every paragraph position is accounted for (nothing dropped silently)', async () => {
        const { plan, segmented } = await analyzePlan(path);
        const covered = accountedLines(plan);
        const missing = segmented.ingest.lines.map((l, i) => ({ l, n: i + 1 })).filter(({ l, n }) => l.trim() && !covered.has(n));
        expect(missing.map(({ n, l }) => `${n}: ${l.slice(0, 30)}`)).toEqual([]);
        if (ext === 'pdf') {
          expect(segmented.ingest.blocks.every((b) => (b.page ?? 0) >= 1)).toBe(true);
          // the reader rebuilds every wrapped paragraph itself: the text repairs have nothing left to join
          expect(segmented.ingest.diagnostics.filter((d) => /join/.test(d.code)).map((d) => d.actual)).toEqual([]);
        }
      });
      it('tasks with their units', async () => {
        const doc = await parsed(path);
        const docx = await parsed(docxPath);
        expect(tasksOf(doc)).toEqual(tasksOf(docx));
        expect(doc.units).toEqual(docx.units);
      });
    });
  }
});

describe('a PDF typeset by another program (Chromium printing the HTML sample, running header and page numbers)', () => {
  for (const stem of ['001_7331ced31a583862', '002_0da019a67ef299a4']) {
    it(`${stem}: the HTML's outline, indicators and tasks; header and page numbers removed as info`, async () => {
      const pdf = await parsed(`fixtures/pdf/chromium/${stem}.pdf`);
      const html = await parsed(`fixtures/html/${stem}.html`);
      expect(pdf.meta.title).toBe(html.meta.title);
      expect(pdf.meta.period).toEqual(html.meta.period);
      expect(outlineOf(pdf.sections)).toEqual(outlineOf(html.sections));
      expect(indicatorsOf(pdf)).toEqual(indicatorsOf(html));
      expect(tasksOf(pdf)).toEqual(tasksOf(html));
      const removed = pdf.diagnostics.filter((d) => d.code === 'debris.page-number' || d.code === 'pdf.running-header');
      expect(removed.every((d) => d.severity === 'info')).toBe(true);
      expect(removed.filter((d) => d.code === 'debris.page-number').map((d) => d.actual)).toEqual(
        Array.from({ length: removed.length / 2 }, (_, i) => `${i + 1}/${removed.length / 2}`),
      );
      // nothing of the furniture is left in the text
      expect(pdf.sections.flatMap((s) => s.title)).not.toContain('人民政府门户网站');
    });
  }
});

describe('real PDFs', () => {
  it('the text-layer 实施方案 (hard line wraps, stray spaces) parses into its outline', async () => {
    const doc = await parsed('fixtures/pdf/real/fangan_hainan_nongjibutie.pdf');
    const top = doc.sections.filter((s) => s.kind === 'body');
    expect(top.map((s) => s.number)).toEqual(['一', '二', '三', '四', '五', '六', '七']);
    expect(top.map((s) => squash(s.title))).toEqual(['总体要求', '实施重点', '补贴范围和补贴机具', '补贴对象和补贴标准', '资金分配和使用', '操作实施流程', '实施要求']);
    expect(top[1].children.map((c) => c.number)).toEqual(['（一）', '（二）', '（三）']);
    expect(top[6].children.map((c) => squash(c.title))).toEqual(['加强领导，明确分工', '创新鉴定，强化支撑', '优化服务，提升效能', '公开信息，接受监督', '加强监管，严惩违规']);
    // wrapped lines are one paragraph, without the stray spaces around digits
    const { segmented } = await analyzePlan('fixtures/pdf/real/fangan_hainan_nongjibutie.pdf');
    expect(segmented.ingest.lines.join('\n')).toContain('各市县农业农村、财政部门要于每年12月20日前');
    expect(doc.meta.issueDate).toBe('2024-07-01');
    expect(doc.meta.province).toBe('海南省');
  });
});
