/**
 * The end of an indicator's name: modal adverbs (原则上, 总体, 必须, 不得, 一般) and verbs of adjusting
 * (调至, 调整为 …) stand between the name and its value; they are not part of the name. Hand-written, in
 * the form of a subsidy 实施方案 (a real one showed the need: 补贴额测算比例调至30%).
 */
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers/parse-text.js';

const names = async (text: string) => (await parseText(text)).indicators.map((i) => [i.name, i.target.value, i.unit]);

describe('the end of an indicator name', () => {
  it('drops a modal adverb or a verb of adjusting before the value', async () => {
    const text = `某省农机购置补贴实施方案（2024—2026年）

一、实施重点
到2026年，全省主要农作物耕种收综合机械化率总体达到75%，农机总动力调整至620万千瓦，补贴机具种类原则上保持在150个以上，农业社会化服务组织必须达到300家，丘陵山区机械化率一般不低于50%。
`;
    expect(await names(text)).toEqual([
      ['主要农作物耕种收综合机械化率', 75, '%'],
      ['农机总动力', 620, '万千瓦'],
      ['补贴机具种类', 150, '个'],
      ['农业社会化服务组织', 300, '家'],
      ['丘陵山区机械化率', 50, '%'],
    ]);
  });

  it('keeps a name that only ends like one (许可, 供应 are no adverbs)', async () => {
    const text = `某市知识产权运营方案（2024—2026年）

一、工作目标
到2026年，全市专利许可达到500件，天然气年供应达到12亿立方米。
`;
    expect((await names(text)).map(([n]) => n)).toEqual(['专利许可', '天然气年供应']);
  });
});

describe('a table cell with no value', () => {
  it('states no baseline: a dash under the base year gives neither a value nor a year', async () => {
    const plan = await parseText(`某市“十四五”节能规划

一、主要指标
指标\t2020年\t2025年\t属性
单位地区生产总值能耗降低（%）\t—\t[13.5]\t约束性
森林覆盖率（%）\t40.1\t42\t约束性
`);
    expect(plan.indicators.map((i) => [i.name, i.baseline, i.target.value])).toEqual([
      ['单位地区生产总值能耗降低', null, 13.5],
      ['森林覆盖率', { year: 2020, value: 40.1, raw: '40.1', normalized: { value: 40.1, unit: '%' } }, 42],
    ]);
  });
});

describe('累计 between a name and its value', () => {
  it('is left out of the name and kept as the note (a sum over the period, not a level)', async () => {
    const plan = await parseText(`某市知识产权“十四五”规划

一、发展目标
到2025年，知识产权质押融资金额累计达到50亿元，五年累计新增高新技术企业500家，PCT国际专利申请量达到300件。
`);
    expect(plan.indicators.map((i) => [i.name, i.target.value, i.note])).toEqual([
      ['知识产权质押融资金额', 50, '累计'],
      ['五年累计新增高新技术企业', 500, null],
      ['PCT国际专利申请量', 300, null],
    ]);
  });
});
