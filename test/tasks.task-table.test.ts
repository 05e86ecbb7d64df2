import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan, type PlanDocument } from '../src/index.js';

/**
 * fixtures/task-table: one 工作方案 (our own wording, built by scripts/make-fixtures.ts) whose 重点任务分工表
 * has 牵头单位 cells merged over several rows and goes on over a page break as a second table without
 * a header row. The .docx (a real Word table), the .html (rowspan) and the .txt (tab-separated rows, a
 * merged cell left empty, a page number between the parts) must give the same tasks and units.
 */
const FORMATS = ['txt', 'docx', 'html'] as const;
const docs: Partial<Record<(typeof FORMATS)[number], PlanDocument>> = {};
beforeAll(async () => {
  for (const f of FORMATS) docs[f] = await parsePlan(`fixtures/task-table/renwu-fengong.${f}`);
});

const EXPECTED: [number: string, title: string, lead: string[], support: string[], deadline: string][] = [
  ['1', '摸清设施底数', ['市民政局'], ['市统计局'], '2024年6月底'],
  ['2', '盘活闲置用房', ['市民政局'], ['市住房城乡建设局', '市机关事务管理局'], '2024年9月底'],
  ['3', '统一建设标准', ['市民政局'], ['市市场监管局'], '2024年12月底'],
  ['4', '保障建设资金', ['市财政局'], ['市民政局'], '长期'],
  ['5', '落实税费优惠', ['市财政局'], ['市税务局'], '长期'],
  ['6', '培育运营主体', ['市民政局'], ['各区、县级市人民政府'], '2025年6月底'],
  ['7', '推进医养结合', ['市卫生健康委'], ['市医保局'], '2025年12月底'],
  ['8', '强化人才支撑', ['市卫生健康委'], ['市人力资源社会保障局'], '2025年12月底'],
];

describe('a 任务分工 table in three formats', () => {
  it.each(FORMATS)('%s: one task per row, the merged lead cell given to every row it covers, the continued part read', (f) => {
    const doc = docs[f]!;
    expect(doc.tasks.map((t) => [t.number, t.title, t.units.lead, t.units.support, t.deadline])).toEqual(EXPECTED);
  });

  it('the three formats give the same units, with aliases merged and counted alike', () => {
    const summary = (d: PlanDocument) => d.units.map((u) => [u.name, u.aliases, u.lead.length, u.support.length]);
    expect(summary(docs.docx!)).toEqual(summary(docs.txt!));
    expect(summary(docs.html!)).toEqual(summary(docs.txt!));
    const civil = docs.txt!.units.find((u) => u.name === '市民政局')!;
    expect([civil.lead.length, civil.support.length]).toEqual([4, 1]);
    expect(docs.txt!.units.find((u) => u.aliases.includes('市市场监管局'))?.name).toBe('市市场监督管理局');
  });

  it('the 保障措施 items, which neither continue the numbering nor name units, are not tasks', () => {
    for (const f of FORMATS) expect(docs[f]!.tasks.map((t) => t.title)).not.toContain('加强统筹协调');
  });
});
