import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlan, type PlanDocument } from '../src/index.js';
import { loadTokenizer, type Tokenizer } from '../src/nlp/tokenizer.js';
import { diffPlans } from '../src/compare/diff.js';
import { renderDiff } from '../src/cli/diff.js';
import { indicator, planWith, section, spaceTokenizer, task } from './compare-helpers.js';

const WUHAN = 'fixtures/txt/003_8f351ce4ef5c39ac.txt';

let dir: string;
let tok: Tokenizer;
let original: PlanDocument;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'planlens-diff-'));
  tok = await loadTokenizer();
  original = await parsePlan(WUHAN);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A copy of the sample with each edit applied once (each must hit exactly one line). */
async function edited(edits: ((line: string) => string | null)[]): Promise<PlanDocument> {
  const lines = (await readFile(WUHAN, 'utf8')).split('\n');
  const out: string[] = [];
  const hits = edits.map(() => 0);
  for (const line of lines) {
    let l: string | null = line;
    edits.forEach((e, k) => {
      if (l === null) return;
      const next = e(l);
      if (next !== l) hits[k]++;
      l = next;
    });
    if (l !== null) out.push(l);
  }
  expect(hits).toEqual(edits.map(() => 1));
  const path = join(dir, `edited-${Math.random().toString(36).slice(2)}.txt`);
  await writeFile(path, out.join('\n'));
  return parsePlan(path);
}

describe('diff of the 武汉 sample against an edited copy', () => {
  it('reports exactly a changed target, a removed task, a renamed section and a changed 牵头单位', async () => {
    const changedTarget = (l: string) => l.replace('分别达到32000件', '分别达到35000件');
    const removedTask = (l: string) => (l.startsWith('8.完善知识产权交易市场体系。') ? null : l);
    const renamedSection = (l: string) => l.replace(/^\(五\)实施知识产权环境优化工程$/, '(五)实施知识产权文化环境建设工程');
    const changedLead = (l: string) => l.replace('(牵头单位:市外办;', '(牵头单位:市商务局;');
    const next = await edited([changedTarget, removedTask, renamedSection, changedLead]);
    const d = diffPlans(original, next, tok);
    expect(d.changes.map((c) => [c.kind, c.change, c.subject])).toEqual([
      ['indicator', 'changed', '发明专利申请量'],
      ['unit', 'changed', '5. 大力推进知识产权国际合作'],
      ['task', 'removed', '8. 完善知识产权交易市场体系'],
      ['section', 'renamed', '实施知识产权文化环境建设工程'],
    ]);
    const [target, unit, , renamed] = d.changes;
    expect(target).toMatchObject({ old: '力争32000件 (2020)', new: '力争35000件 (2020)', difference: 3000 });
    expect(target.detail).toContain('+3000件');
    expect(unit).toMatchObject({ old: '市外办', new: '市商务局' });
    expect(unit.detail).toContain('− 市外事办公室');
    expect(unit.detail).toContain('+ 市商务局');
    expect(renamed.old).toBe('二、重点任务 › (五)实施知识产权环境优化工程');
    expect(d.summary).toEqual({ indicator: { changed: 1 }, task: { removed: 1 }, section: { renamed: 1 }, unit: { changed: 1 } });
  });

  it('reports a reworded task, and nothing for a plan against itself', async () => {
    expect(diffPlans(original, original, tok).changes).toEqual([]);
    const reworded = (l: string) => l.replace('定期组织召开驻汉领事机构知识产权形势通报会', '每年组织召开驻汉领事机构知识产权形势通报会');
    const d = diffPlans(original, await edited([reworded]), tok);
    expect(d.changes.map((c) => [c.kind, c.change, c.subject])).toEqual([['task', 'reworded', '大力推进知识产权国际合作']]);
    expect(d.changes[0].score).toBeGreaterThan(0.9);
  });

  it('renders table, md and json', async () => {
    const d = diffPlans(original, await edited([(l) => l.replace('分别达到32000件', '分别达到35000件')]), tok);
    const table = await renderDiff(d, 'table', { color: false, width: 120 });
    expect(table).toContain('indicators: 1 changed');
    expect(table).toContain('发明专利申请量');
    const md = await renderDiff(d, 'md');
    expect(md).toMatch(/^# Changes/);
    expect(md).toContain('| indicator | changed |');
    expect(JSON.parse(await renderDiff(d, 'json'))).toMatchObject({ old: { path: WUHAN }, summary: { indicator: { changed: 1 } } });
    expect(await renderDiff(diffPlans(original, original, tok), 'table', { color: false })).toContain('no changes');
  });
});

describe('diff, rule by rule (hand-written plans)', () => {
  const outline = (titles: [string, string[]][]) =>
    titles.map(([top, kids], i) => section(`s${i + 1}`, top, kids.map((k, j) => section(`s${i + 1}.${j + 1}`, k))));

  it('sees a section moved to another parent and one out of order, but not renumbering', () => {
    const a = planWith('a.txt', null, [], { sections: outline([['甲 部分', ['子 一', '子 二', '子 三']], ['乙 部分', ['子 四']]]) });
    const b = planWith('b.txt', null, [], { sections: outline([['甲 部分', ['子 三', '子 一']], ['乙 部分', ['子 四', '子 二']]]) });
    const d = diffPlans(a, b, spaceTokenizer);
    expect(d.changes.map((c) => [c.change, c.subject])).toEqual([
      ['moved', '子 一'],
      ['moved', '子 二'],
    ]);
    const c = planWith('c.txt', null, [], { sections: outline([['甲 部分', ['子 二', '子 三']], ['乙 部分', ['子 四']]]) });
    expect(diffPlans(a, c, spaceTokenizer).changes.map((x) => [x.change, x.subject])).toEqual([['removed', '子 一']]);
  });

  it('pairs a renamed section by what it holds when its slot is ambiguous', () => {
    const tasksA = [task('t1', 's1.1', '任务 一', '内容 甲 乙'), task('t2', 's1.1', '任务 二', '内容 丙 丁')];
    const a = planWith('a.txt', null, [], { sections: outline([['总 部分', ['保护 工作', '运用 工作']]]), tasks: tasksA });
    const tasksB = [task('t1', 's1.2', '任务 一', '内容 甲 乙'), task('t2', 's1.2', '任务 二', '内容 丙 丁')];
    const b = planWith('b.txt', null, [], { sections: outline([['总 部分', ['新增 部分', '严格 保护', '运用 工作']]]), tasks: tasksB });
    const d = diffPlans(a, b, spaceTokenizer);
    expect(d.changes.map((c) => [c.kind, c.change, c.old, c.new])).toEqual([
      ['section', 'renamed', '总 部分 › 保护 工作', '总 部分 › 严格 保护'],
      ['section', 'added', null, '总 部分 › 新增 部分'],
    ]);
  });

  it('compares units by canonical name and indicators by normalized value', () => {
    const unitsA = [{ name: '市科学技术局', aliases: ['市科技局'], lead: ['t1'], support: [] }];
    const unitsB = [{ name: '市科学技术局', aliases: ['市科学技术局'], lead: ['t1'], support: [] }];
    const a = planWith('a.txt', null, [indicator({ name: '融资额', canonicalName: '融资额', unit: '亿元', value: 0.4, year: 2025 })], {
      tasks: [task('t1', 's1', '某 任务', '某 任务 内容', ['市科技局'])],
      units: unitsA,
    });
    const b = planWith('b.txt', null, [indicator({ name: '融资额', canonicalName: '融资额', unit: '万元', value: 4000, year: 2025 })], {
      tasks: [task('t1', 's1', '某 任务', '某 任务 内容', ['市科学技术局'])],
      units: unitsB,
    });
    expect(diffPlans(a, b, spaceTokenizer).changes).toEqual([]);
    const c = planWith('c.txt', null, [indicator({ name: '融资额', canonicalName: '融资额', unit: '万元', value: 5000, year: 2025 })]);
    const d = diffPlans(a, c, spaceTokenizer).changes.filter((x) => x.kind === 'indicator');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ change: 'changed', difference: 0.1 });
  });

  it('reports added and removed indicators, and comparator or hedge changes', () => {
    const a = planWith('a.txt', null, [
      indicator({ name: 'A', canonicalName: 'A', unit: '件', value: 5, comparator: '>=' }),
      indicator({ name: 'B', canonicalName: 'B', unit: '件', value: 1 }),
    ]);
    const b = planWith('b.txt', null, [
      indicator({ name: 'A', canonicalName: 'A', unit: '件', value: 5, comparator: '>', hedge: '力争' }),
      indicator({ name: 'C', canonicalName: 'C', unit: '%', value: 3 }),
    ]);
    const d = diffPlans(a, b, spaceTokenizer);
    expect(d.changes.map((c) => [c.change, c.subject, c.detail])).toEqual([
      ['changed', 'A', 'comparator, hedge'],
      ['removed', 'B', 'table'],
      ['added', 'C', 'table'],
    ]);
  });

  it('a share moves by percentage points: 12% → 13% is +1个百分点, 8.3% of itself', () => {
    const a = planWith('a.txt', null, [indicator({ name: '数字经济核心产业增加值占GDP比重', canonicalName: null, unit: '%', value: 12, year: 2026 })]);
    const b = planWith('b.txt', null, [indicator({ name: '数字经济核心产业增加值占GDP比重', canonicalName: null, unit: '%', value: 13, year: 2026 })]);
    const [change] = diffPlans(a, b, spaceTokenizer).changes;
    expect(change.detail).toBe('target; +1个百分点 (+8.3%)');
    const c = planWith('c.txt', null, [indicator({ name: '5G基站', canonicalName: null, unit: '个', value: 9000, year: 2026 })]);
    const d = planWith('d.txt', null, [indicator({ name: '5G基站数', canonicalName: null, unit: '个', value: 8000, year: 2026 })]);
    expect(diffPlans(c, d, spaceTokenizer).changes.map((x) => [x.change, x.detail])).toEqual([['changed', 'target; -1000个 (-11.1%)']]);
  });

  it('writes a task\'s number as the plan does: 5. before a title, （二） and 第三条 as they are', async () => {
    const { numberedTitle } = await import('../src/compare/sections.js');
    expect(numberedTitle('5', '大力推进', '. ')).toBe('5. 大力推进');
    expect(numberedTitle('（二）', '培育数字产业集群', '. ')).toBe('（二）培育数字产业集群');
    expect(numberedTitle('三', '保障措施')).toBe('三、保障措施');
    expect(numberedTitle('第三条', '资金支持')).toBe('第三条 资金支持');
    expect(numberedTitle('', '总体要求')).toBe('总体要求');
  });
});

