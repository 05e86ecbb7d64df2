/**
 * planlens check on the five samples: it reports what they really have, and nothing of the kind where
 * they do not have it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile, resolveRules, type FileResult } from '../src/check/index.js';

const DAYE = 'fixtures/txt/000_15d9cfafcb8c96c1.txt';
const SHAOYANG = 'fixtures/txt/001_7331ced31a583862.txt';
const SUZHOU = 'fixtures/txt/002_0da019a67ef299a4.txt';
const WUHAN = 'fixtures/txt/003_8f351ce4ef5c39ac.txt';
const TAIAN = 'fixtures/txt/004_5d042cf0ad576120.txt';

const results = new Map<string, FileResult>();
beforeAll(async () => {
  const rules = resolveRules(null);
  for (const f of [DAYE, SHAOYANG, SUZHOU, WUHAN, TAIAN]) results.set(f, (await checkFile(f, rules)).result);
});
const of = (file: string, ruleId: string) => results.get(file)!.messages.filter((m) => m.ruleId === ruleId);

describe('check on the samples', () => {
  it('泰安: the top headings 1、 2、 三、 四、 mix styles; no other sample has a numbering problem', () => {
    const h = of(TAIAN, 'heading-numbering');
    expect(h.map((m) => [m.line, m.actual, m.expected])).toEqual([
      [6, '1、', '一、'],
      [8, '2、', '二、'],
    ]);
    expect(h[0].message).toContain('“三、” (line 17)');
    expect(h.every((m) => m.severity === 'error')).toBe(true);
    // 宿州 numbers its tasks 1–22 straight through the （一）… groups: that runs on, it is no gap
    for (const f of [DAYE, SHAOYANG, SUZHOU, WUHAN]) expect(of(f, 'heading-numbering')).toEqual([]);
  });

  it('邵阳: CDP in 占…比重, and no typo where the samples write GDP', () => {
    const cdp = of(SHAOYANG, 'typos').filter((m) => m.actual === 'CDP');
    expect(cdp.map((m) => [m.line, m.column, m.expected])).toEqual([[83, 18, 'GDP']]);
    for (const f of [DAYE, SUZHOU, WUHAN, TAIAN]) expect(of(f, 'typos')).toEqual([]);
  });

  it('邵阳: half-width punctuation line by line, all of it fixable outside headings', () => {
    const p = of(SHAOYANG, 'punctuation').filter((m) => m.message.startsWith('half-width'));
    expect(p.length).toBeGreaterThanOrEqual(60);
    expect(p.filter((m) => m.message.includes('“,”')).length).toBeGreaterThanOrEqual(55);
    expect(p.find((m) => m.line === 23)).toMatchObject({ column: 33, fix: { kind: 'punctuation' } });
    // the body lines of a heading-less body are all fixable; the 目录 lines are headings and are not
    expect(p.filter((m) => m.line >= 23 && !m.fix)).toEqual([]);
    expect(p.filter((m) => m.line >= 6 && m.line <= 21).every((m) => !m.fix)).toBe(true);
  });

  it('邵阳: every 目录 heading is missing from the body (it was lost in conversion)', () => {
    const t = of(SHAOYANG, 'toc-mismatch');
    expect(t.map((m) => m.line)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
    expect(t[0].message).toBe('目录 entry “一、发展基础和发展形势” has no heading in the body');
    for (const f of [DAYE, SUZHOU, WUHAN, TAIAN]) expect(of(f, 'toc-mismatch')).toEqual([]);
  });

  it('大冶, 宿州 and 泰安: each [bookmark…] marker line, with a fix that removes only the markers', () => {
    const bookmarks = (f: string) => of(f, 'conversion-debris').filter((m) => m.message.includes('bookmark'));
    expect(bookmarks(DAYE).map((m) => m.line)).toEqual([4, 7, 8, 9, 17, 18, 20, 24]);
    expect(bookmarks(SUZHOU).map((m) => m.line)).toEqual([13]);
    expect(bookmarks(TAIAN).map((m) => m.line)).toEqual([3, 7, 40, 42, 44, 45, 47, 48]);
    expect(bookmarks(DAYE)[1]).toMatchObject({
      column: 1,
      actual: '[bookmark: _Toc432976468][bookmark: _Toc435311956]',
      fix: { line: 7, column: 1, endLine: 7, endColumn: 51, text: '', kind: 'debris' },
    });
    expect(bookmarks(SHAOYANG)).toEqual([]);
    expect(bookmarks(WUHAN)).toEqual([]);
  });

  it('武汉: the paragraphs cut by page breaks, each fixable by a join', () => {
    const joins = of(WUHAN, 'conversion-debris').filter((m) => m.message.includes('page break'));
    expect(joins.map((m) => m.line)).toEqual([27, 47, 59, 67, 87, 117, 125]);
    expect(joins.every((m) => m.fix?.kind === 'debris' && m.fix.text === '')).toBe(true);
  });

  it('宿州: 知识产权优势和示范企业数量 is 25 in the table and 超过30 in a task', () => {
    const t = of(SUZHOU, 'text-table-consistency');
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ line: 133, severity: 'error', actual: '超过30家', expected: '25' });
    expect(t[0].message).toBe('“知识产权优势和示范企业数量” for 2025: the task text says “超过30家” but the indicator table says “25家” (line 102)');
    for (const f of [DAYE, SHAOYANG, WUHAN, TAIAN]) expect(of(f, 'text-table-consistency')).toEqual([]);
  });

  it('武汉, a 工作方案, has no 指导思想 or 总体要求; the other plans have every required section', () => {
    expect(of(WUHAN, 'required-sections').map((m) => m.expected)).toEqual(['指导思想|总体要求|总体思路']);
    for (const f of [DAYE, SHAOYANG, SUZHOU, TAIAN]) expect(of(f, 'required-sections')).toEqual([]);
  });

  it('泰安 names a responsible body the known-bodies list lacks; 武汉’s units are all known', () => {
    expect(of(TAIAN, 'task-units').map((m) => m.actual)).toEqual(['市民营经济发展服务中心']);
    expect(of(WUHAN, 'task-units')).toEqual([]);
  });

  it('every message points at a real line and column', () => {
    for (const r of results.values()) {
      for (const m of r.messages) {
        expect(m.line).toBeGreaterThanOrEqual(1);
        expect(m.column).toBeGreaterThanOrEqual(1);
      }
      expect(r.errorCount + r.warningCount + r.infoCount).toBe(r.messages.length);
    }
  });

  it('is deterministic', async () => {
    const again = (await checkFile(SHAOYANG, resolveRules(null))).result;
    expect(JSON.stringify(again)).toBe(JSON.stringify(results.get(SHAOYANG)));
  });
});
