/**
 * A sentence that announces targets (主要预期目标是：…) states targets, however it compares them (同比增长,
 * 比上年增长) or dates them (2025年…预期目标是). Hand-written city work report; the real ones in the
 * corpus open their goals sentence otherwise, which is why the rule was missing.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers/parse-text.js';

const REPORT = `2025年某某市人民政府工作报告

一、2024年工作回顾
过去一年，全市地区生产总值同比增长5.2%，粮食产量达到310万吨。2024年主要预期目标为：地区生产总值增长6%，实际完成5.2%。

二、2025年主要目标任务
2025年全市经济社会发展的主要预期目标是：地区生产总值同比增长6%左右，规模以上工业增加值、社会消费品零售总额、固定资产投资均增长7%以上，城镇新增就业4.5万人以上，居民消费价格涨幅控制在2%左右。
一季度，全市地区生产总值同比增长5.8%，开局良好。
（一）扩大有效投资。引进10亿元以上重大项目30个以上。
`;

describe('a sentence announcing targets', () => {
  it('gives its targets though it says 同比 and opens with the year', async () => {
    const plan = await parseText(REPORT);
    expect(plan.indicators.filter((i) => i.line === 7).map((i) => [i.name, i.target.value, i.unit, i.target.comparator, i.target.year])).toEqual([
      ['地区生产总值增长', 6, '%', '≈', 2025],
      ['规模以上工业增加值增长', 7, '%', '>=', 2025],
      ['社会消费品零售总额增长', 7, '%', '>=', 2025],
      ['固定资产投资增长', 7, '%', '>=', 2025],
      ['城镇新增就业', 4.5, '万人', '>=', 2025],
      ['居民消费价格涨幅', 2, '%', '≈', 2025],
    ]);
  });

  it('leaves a result stated with 同比 a result, and an announcement inside a review part the past', async () => {
    const plan = await parseText(REPORT);
    // line 8 (一季度…同比增长5.8%) and the review part (lines 3–4) give none
    expect(plan.indicators.filter((i) => i.line <= 4 || i.line === 8)).toEqual([]);
    expect(plan.diagnostics.filter((d) => d.code === 'indicators.past-figure').map((d) => d.line)).toEqual(expect.arrayContaining([4, 8]));
  });

  it('reads a proposed announcement (目标建议为：, 目标如下：) as one', async () => {
    const plan = await parseText(`2025年某县人民政府工作报告

二、2025年工作安排
今年全县经济社会发展的主要预期目标建议为：地区生产总值同比增长6.5%左右，一般公共预算收入增长5%。
`);
    expect(plan.indicators.map((i) => [i.name, i.target.value, i.source])).toEqual([
      ['地区生产总值增长', 6.5, 'goals'],
      ['一般公共预算收入增长', 5, 'goals'],
    ]);
  });
});

