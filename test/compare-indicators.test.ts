import { beforeAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { parsePlan, type Indicator, type PlanDocument } from '../src/index.js';
import { compareIndicators, foldName, type IndicatorComparison } from '../src/compare/indicators.js';
import { indicatorCharts, indicatorsView } from '../src/compare/views.js';
import { renderComparison } from '../src/cli/compare.js';
import { samplePaths, planWith, indicator } from './compare-helpers.js';

let docs: PlanDocument[];
let c: IndicatorComparison;
const id = (file: string) => c.documents.find((d) => d.path.includes(file))!.id;
const row = (name: string) => c.rows.find((r) => r.canonicalName === name)!;

beforeAll(async () => {
  docs = await Promise.all(samplePaths.map((p) => parsePlan(p)));
  c = compareIndicators(docs);
});

describe('compare --by indicators on the five samples', () => {
  it('puts 每万人口高价值发明专利拥有量 of 宿州 (2 件, 2025) and 泰安 (3.6 件, 2025) on one row', () => {
    const r = row('每万人口高价值发明专利拥有量');
    expect(r.unit).toBe('件');
    expect(r.displayUnit).toBe('件');
    const suzhou = r.cells[id('002_')];
    const taian = r.cells[id('004_')];
    expect(suzhou.map((i) => [i.target.value, i.target.year])).toContainEqual([2, 2025]);
    expect(taian.map((i) => [i.target.value, i.target.year])).toEqual([[3.6, 2025]]);
    expect([...suzhou, ...taian].every((i) => i.unit === '件')).toBe(true);
    // no other row holds this indicator
    const elsewhere = c.rows.filter((x) => x !== r).flatMap((x) => Object.values(x.cells).flat()).filter((i) => i.canonicalName === '每万人口高价值发明专利拥有量');
    expect(elsewhere).toEqual([]);
  });

  it('puts the 知识产权质押融资 targets of 邵阳, 宿州 and 武汉 on one row in one unit', () => {
    const r = row('知识产权质押融资金额');
    expect(r.plans).toBe(3);
    expect(r.unit).toBe('元');
    expect(r.displayUnit).toBe('亿元');
    for (const f of ['001_', '002_', '003_']) expect(r.cells[id(f)].length).toBeGreaterThan(0);
    for (const f of ['000_', '004_']) expect(r.cells[id(f)]).toEqual([]);
    // every figure on the row is in one base unit, and the cells read in 亿元
    expect(Object.values(r.cells).flat().every((i) => i.target.normalized?.unit === '元')).toBe(true);
    const v = indicatorsView(c, 'table').rows.find((x) => x.indicator === '知识产权质押融资金额')!;
    expect(v.unit).toBe('亿元');
    expect(String(v[id('001_')])).toMatch(/^1\.5 \(2025\)\n基线 0\.35 \(2020\)$/);
    expect(String(v[id('002_')])).toContain('10 (2025)');
    expect(String(v[id('003_')])).toContain('20 (2020)');
  });

  it('keeps different indicators apart', () => {
    const all = row('每万人口发明专利拥有量');
    const highValue = row('每万人口高价值发明专利拥有量');
    expect(all).not.toBe(highValue);
    // 大冶 writes 万人发明专利拥有量: all invention patents, not the high-value ones
    expect(all.cells[id('000_')].map((i) => i.name)).toEqual(['万人发明专利拥有量']);
    expect(highValue.cells[id('000_')]).toEqual([]);
    // a row never mixes canonical names, and never mixes unit families (件 with %)
    for (const r of c.rows) {
      const inds = Object.values(r.cells).flat();
      expect(new Set(inds.map((i) => i.canonicalName ?? foldName(i.name))).size).toBe(1);
      const families = new Set(inds.map((i) => i.target.normalized?.unit?.split('/')[0]).filter(Boolean));
      expect(families.size).toBeLessThanOrEqual(1);
    }
    // 高质量 is not 高价值: 邵阳's 每万人口高质量发明专利拥有量 has a row of its own
    expect(highValue.cells[id('001_')]).toEqual([]);
  });

  it('has the whole table in shape: every indicator once, one column per plan, rows by plans then category', () => {
    expect(c.documents.map((d) => d.id)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    expect(c.documents.map((d) => d.label)).toEqual(['大冶市 2021–2025', '邵阳市 2021–2025', '宿州市 2021–2025', '武汉市 2017–2020', '泰安市 2025/2035']);
    const seen = new Map<string, number>();
    for (const r of c.rows) {
      expect(Object.keys(r.cells)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
      expect(r.plans).toBe(Object.values(r.cells).filter((x) => x.length > 0).length);
      for (const [docId, inds] of Object.entries(r.cells)) for (const i of inds) seen.set(`${docId}/${i.id}`, (seen.get(`${docId}/${i.id}`) ?? 0) + 1);
    }
    const total = docs.reduce((n, d) => n + d.indicators.length, 0);
    expect(seen.size).toBe(total);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    for (let k = 1; k < c.rows.length; k++) expect(c.rows[k - 1].plans).toBeGreaterThanOrEqual(c.rows[k].plans);
    // the shared rows, in order
    const shared = c.rows.filter((r) => r.plans >= 2);
    expect(shared.length).toBeGreaterThanOrEqual(10);
    expect(shared[0].canonicalName).toBe('每万人口发明专利拥有量');
    expect(shared[0].plans).toBeGreaterThanOrEqual(4);
    expect(shared.filter((r) => r.plans >= 3).map((r) => r.canonicalName)).toEqual(expect.arrayContaining(['PCT国际专利申请量', '发明专利授权量', '知识产权质押融资金额']));
    // within one count, rows follow the theme order (创造 before 运用 before 保护 …)
    const order = ['创造', '运用', '保护', '管理', '服务', '人才'];
    for (const n of new Set(c.rows.map((r) => r.plans))) {
      const ranks = c.rows.filter((r) => r.plans === n && order.includes(r.category ?? '')).map((r) => order.indexOf(r.category!));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('--only-shared and --indicator filter the rows', () => {
    const shared = compareIndicators(docs, { onlyShared: true });
    expect(shared.rows.every((r) => r.plans >= 2)).toBe(true);
    expect(shared.rows.length).toBe(c.rows.filter((r) => r.plans >= 2).length);
    const pledge = compareIndicators(docs, { indicator: ['质押融资'] });
    expect(pledge.rows.map((r) => r.canonicalName)).toContain('知识产权质押融资金额');
    expect(pledge.rows.every((r) => [r.canonicalName, ...Object.values(r.cells).flat().map((i) => i.name)].some((n) => n.includes('质押融资')))).toBe(true);
    // a synonym as written finds the canonical row
    expect(compareIndicators(docs, { indicator: ['每万人高价值发明专利拥有量'] }).rows.map((r) => r.canonicalName)).toEqual(['每万人口高价值发明专利拥有量']);
  });

  it('draws a chart for each indicator that two or more plans give a number for', () => {
    const charts = indicatorCharts(c);
    const shared = c.rows.filter((r) => Object.values(r.cells).filter((x) => x.some((i) => i.target.value !== null)).length >= 2);
    expect(charts.map((ch) => ch.title)).toEqual(shared.map((r) => r.canonicalName));
    const pledge = charts.find((ch) => ch.title === '知识产权质押融资金额')!;
    expect(pledge.unit).toBe('亿元');
    expect(pledge.bars.map((b) => [b.label, b.value, b.baseline])).toEqual([
      ['邵阳市 2021–2025', 1.5, 0.35],
      ['宿州市 2021–2025', 10, 6.3],
      ['武汉市 2017–2020', 20, null],
    ]);
  });

  it('json follows the contract: documents, and rows of canonicalName, unit, category and cells of indicators', async () => {
    const json = JSON.parse((await renderComparison(docs, 'indicators', 'json')) as string);
    expect(Object.keys(json)).toEqual(['documents', 'rows']);
    expect(json.documents[0]).toMatchObject({ id: 'd1', path: samplePaths[0], region: '大冶市', period: { start: 2021, end: 2025 } });
    const r = json.rows.find((x: { canonicalName: string }) => x.canonicalName === '每万人口高价值发明专利拥有量');
    expect(r).toMatchObject({ unit: '件', category: '创造' });
    expect(Object.keys(r.cells)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    expect(r.cells.d5[0]).toMatchObject({ canonicalName: '每万人口高价值发明专利拥有量', target: { value: 3.6, year: 2025 } });
    // deterministic
    expect(await renderComparison(docs, 'indicators', 'json')).toBe(await renderComparison(docs, 'indicators', 'json'));
  });

  it('the terminal table is CJK-aligned and fits the width it is given', async () => {
    for (const width of [100, 140]) {
      const out = (await renderComparison(docs, 'indicators', 'table', { width, color: false })) as string;
      const lines = out.split('\n').filter((l) => /^[┌│├└]/.test(l));
      const widths = new Set(lines.map((l) => stringWidth(l)));
      expect(widths.size).toBe(1);
      expect([...widths][0]).toBeLessThanOrEqual(width);
      // wrapped, not cut: every character of a long name is still there
      expect(out.replace(/[│\s]/g, '')).toContain('知识产权');
      expect(out).not.toContain('…');
    }
  });
});

describe('compare --by indicators, rule by rule', () => {
  it('lines up 万元 and 亿元 in the unit most plans wrote, noting the figure as written', () => {
    const a = planWith('a.txt', '甲市', [indicator({ name: '质押融资额', canonicalName: '质押融资额', unit: '亿元', value: 2 })]);
    const b = planWith('b.txt', '乙市', [indicator({ name: '质押融资规模', canonicalName: '质押融资额', unit: '万元', value: 5000 })]);
    const d = planWith('c.txt', '丙市', [indicator({ name: '质押融资额', canonicalName: '质押融资额', unit: '亿元', value: 1 })]);
    const cmp = compareIndicators([a, b, d]);
    expect(cmp.rows).toHaveLength(1);
    expect(cmp.rows[0].displayUnit).toBe('亿元');
    const v = indicatorsView(cmp, 'md').rows[0];
    expect(v.d2).toBe('0.5 [5000万元]');
    expect(v.d1).toBe('2');
  });

  it('on a tie of units written, takes the larger scale', () => {
    const a = planWith('a.txt', '甲市', [indicator({ name: 'X', canonicalName: 'X', unit: '万元', value: 5000 })]);
    const b = planWith('b.txt', '乙市', [indicator({ name: 'X', canonicalName: 'X', unit: '亿元', value: 1 })]);
    expect(compareIndicators([a, b]).rows[0].displayUnit).toBe('亿元');
  });

  it('splits one name used for a count and a percentage into two rows', () => {
    const a = planWith('a.txt', '甲市', [indicator({ name: '专利转化', canonicalName: '专利转化', unit: '件', value: 10 })]);
    const b = planWith('b.txt', '乙市', [indicator({ name: '专利转化', canonicalName: '专利转化', unit: '%', value: 30 })]);
    const cmp = compareIndicators([a, b]);
    expect(cmp.rows.map((r) => [r.unit, r.plans])).toEqual([
      ['件', 1],
      ['%', 1],
    ]);
  });

  it('puts 件/万人 with 件 (the name already says per 10 000 people), and names without a canonical name by their folded name', () => {
    const a = planWith('a.txt', '甲市', [indicator({ name: '每万人有效发明专利', canonicalName: 'P', unit: '件/万人', value: 3 })]);
    const b = planWith('b.txt', '乙市', [indicator({ name: '每万人口发明专利拥有量', canonicalName: 'P', unit: '件', value: 5 })]);
    const x = planWith('x.txt', '丙市', [indicator({ name: '服务 机构', canonicalName: null, unit: '家', value: 3 })]);
    const y = planWith('y.txt', '丁市', [indicator({ name: '服务机构', canonicalName: null, unit: '家', value: 4 })]);
    const cmp = compareIndicators([a, b, x, y]);
    expect(cmp.rows.map((r) => [r.canonicalName, r.plans])).toEqual([
      ['P', 2],
      ['服务 机构', 2],
    ]);
  });

  it('shows a repeated figure once, comparator, hedge and range as written', () => {
    const inds: Indicator[] = [
      indicator({ name: 'A', canonicalName: 'A', unit: '件', value: 40, comparator: '>=', year: 2025, source: 'table' }),
      indicator({ name: 'A', canonicalName: 'A', unit: '件', value: 40, comparator: '>=', year: null, source: 'task' }),
      indicator({ name: 'A', canonicalName: 'A', unit: '件', value: [6, 8], comparator: 'range', year: 2025, hedge: '力争', source: 'goals' }),
    ];
    const cmp = compareIndicators([planWith('a.txt', '甲市', inds)]);
    expect(indicatorsView(cmp, 'md').rows[0].d1).toBe('≥40 (2025)\n力争6–8 (2025)');
  });
});
