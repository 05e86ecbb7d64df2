/** Indicator tables in the layouts issue 11 names, each a small document of our own wording, read end to end. */
import { describe, expect, it } from 'vitest';
import { type PlanDocument } from '../src/index.js';
import { findCellParagraphTables, spread } from '../src/ingest/cell-paragraph-tables.js';
import { tieredValues } from '../src/extract/indicators/table.js';
import { parseText } from './helpers/parse-text.js';

const rows = (plan: PlanDocument) =>
  plan.indicators
    .filter((i) => i.source === 'table')
    .map((i) => [i.name, i.unit, i.baseline?.value ?? null, i.target.value, i.target.comparator, i.target.year, i.attribute]);

/** cells one per paragraph, blank lines between; `''` is a merged cell (an empty paragraph) */
const cellPerParagraph = (cells: string[]) => cells.map((c) => (c === '' ? '\n' : c)).join('\n\n');

describe('a Word table exported one cell per paragraph', () => {
  const table = cellPerParagraph([
    '序号', '类别', '主要指标', '2020年现状', '2025年目标', '指标', '属性',
    '1', '水', '环境', '城市污水处理率（%）', '——', '98', '约束性',
    '2', '', '农村生活污水治理率（%）', '52', '80', '预期性',
    '3', '固废', '生活垃圾分类覆盖率（%）', '——', '中心城区≥95', '其他城区≥85', '预期性',
  ]);
  const text = ['某市生态环境保护“十四五”规划', '', '二、主要目标', '', '表1  主要指标', '', table, '', '三、重点任务', '', '加强污水管网建设。'].join('\n');

  it('rebuilds the rows: split header and category cells joined, a merged cell filled from above', () => {
    const scan = findCellParagraphTables(text.split('\n'), text.split('\n'), new Set());
    expect(scan.blocks).toHaveLength(1);
    expect(scan.blocks[0].rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '类别', '指标', '2020年现状', '2025年目标', '属性'],
      ['1', '水环境', '城市污水处理率（%）', '——', '98', '约束性'],
      ['2', '水环境', '农村生活污水治理率（%）', '52', '80', '预期性'],
      ['3', '固废', '生活垃圾分类覆盖率（%）', '——', '中心城区≥95；其他城区≥85', '预期性'],
    ]);
  });

  it('gives one indicator per row, and one per tier of a tiered target', async () => {
    expect(rows(await parseText(text))).toEqual([
      ['城市污水处理率', '%', null, 98, '=', 2025, '约束性'],
      ['农村生活污水治理率', '%', 52, 80, '=', 2025, '预期性'],
      ['生活垃圾分类覆盖率（中心城区）', '%', null, 95, '>=', 2025, '预期性'],
      ['生活垃圾分类覆盖率（其他城区）', '%', null, 85, '>=', 2025, '预期性'],
    ]);
  });

  it('a table with a unit column and a 其中 column: the plan total is the target, the 其中 year a milestone', async () => {
    const t = cellPerParagraph([
      '序号', '主要指标', '单位', '计划任务', '其中：2022年任务', '指标属性',
      '1', '新建污水管网', '公里', '600', '150', '约束性',
      '2', '改造雨水泵站', '座', '12', '4', '预期性',
    ]);
    const plan = await parseText(['某市排水设施建设“十四五”规划', '', '一、建设任务', '', t].join('\n'));
    const got = plan.indicators.filter((i) => i.source === 'table');
    expect(got.map((i) => [i.name, i.unit, i.target.value, i.target.year, i.milestones.map((m) => [m.year, m.value]), i.baseline])).toEqual([
      ['新建污水管网', '公里', 600, 2025, [[2022, 150]], null],
      ['改造雨水泵站', '座', 12, 2025, [[2022, 4]], null],
    ]);
  });
});

describe('a PDF-flattened table, one row per line', () => {
  it('reads rows whose name and unit were split around them, footnote digits, [cumulative] cells', async () => {
    const text = [
      '某市国民经济和社会发展第十四个五年规划纲要',
      '',
      '二、主要目标',
      '',
      '某市“十四五”主要指标',
      '序 “十四五”目标',
      '指 标 单位 属性',
      '号',
      '2025年 年均[累计]',
      '1 地区生产总值年均增长 % 预期性 - 6左右',
      '元/',
      '2 人均可支配收入 预期性 6万左右 -',
      '人',
      '每万人口高价值发明专利',
      '3 件 预期性 12 -',
      '拥有量1',
      '4 新增城镇就业 万人 预期性 - [累计达到30]',
      '5 城镇调查失业率 % 预期性 - <5.5',
      '老旧小区改造 万平 [中心城区：五年累计约80',
      '6 约束性 -',
      '面积 方米 郊区：五年累计约30]',
      '1 指有效期内的发明专利。',
    ].join('\n');
    expect(rows(await parseText(text))).toEqual([
      ['地区生产总值年均增长', '%', null, 6, '≈', 2025, '预期性'],
      ['人均可支配收入', '元/人', null, 6, '≈', 2025, '预期性'],
      ['每万人口高价值发明专利拥有量', '件', null, 12, '=', 2025, '预期性'],
      ['新增城镇就业', '万人', null, 30, '=', 2025, '预期性'],
      ['城镇调查失业率', '%', null, 5.5, '<', 2025, '预期性'],
      ['老旧小区改造面积（中心城区）', '万平方米', null, 80, '≈', 2025, '约束性'],
      ['老旧小区改造面积（郊区）', '万平方米', null, 30, '≈', 2025, '约束性'],
    ]);
  });
});

describe('tiers and spreading of split value cells', () => {
  it('reads tiers only when every part is one', () => {
    expect(tieredValues('重点城市≥30；一般城市≥15')).toEqual([
      { qualifier: '重点城市', text: '≥30' },
      { qualifier: '一般城市', text: '≥15' },
    ]);
    expect(tieredValues('[成片：五年累计约110；零星：五年累计约20]')).toEqual([
      { qualifier: '成片', text: '五年累计约110' },
      { qualifier: '零星', text: '五年累计约20' },
    ]);
    expect(tieredValues('≥30')).toEqual([]);
    expect(tieredValues('持续提升')).toEqual([]);
  });
  it('gives tiers of one cell to one column', () => {
    expect(spread(['——', '甲区≥30', '乙区≥15'], 2)).toEqual(['——', '甲区≥30；乙区≥15']);
    expect(spread(['甲区≥25', '乙区≥20', '甲区≥55', '乙区≥25'], 2)).toEqual(['甲区≥25；乙区≥20', '甲区≥55；乙区≥25']);
    expect(spread(['46', '100'], 2)).toEqual(['46', '100']);
  });
});
