/**
 * A time limit opening a sentence of a task (2024年底前实现…, 2025年6月底前出台…) is its deadline; the year
 * of a target (到2025年，X达到Y) is none. Hand-written 若干措施 in the form of a city's measures.
 */
import { describe, expect, it } from 'vitest';
import { openingDeadlines } from '../src/extract/bracket-deadline.js';
import { parseText } from './helpers/parse-text.js';

describe('a time limit opening a sentence of a task', () => {
  it('is the task\'s deadline when no clause or bracket gives one', async () => {
    const plan = await parseText(`某某市促进民营经济发展若干措施

一、优化营商环境
1.深化“放管服”改革。2024年底前实现企业开办1个工作日内办结。（责任单位：市市场监管局）
2.加强要素保障。每年安排民营经济发展专项资金不少于1亿元。（责任单位：市财政局）
3.完善政策体系。2025年6月底前出台民营企业参与重大项目建设办法；2025年底前建立常态化沟通机制。（责任单位：市发展改革委）
二、加大金融支持
4.扩大信贷投放。力争到2025年民营企业贷款余额达到2000亿元。（责任单位：市金融办，完成时限：2025年12月）
`);
    expect(plan.tasks.map((t) => [t.number, t.deadline])).toEqual([
      ['1', '2024年底前'],
      ['2', null],
      ['3', '2025年6月底前；2025年底前'],
      ['4', '2025年12月'],
    ]);
  });

  it('needs a year or month before 前 and the start of a sentence', () => {
    expect(openingDeadlines('前期已完成选址。加快推进。')).toEqual([]);
    expect(openingDeadlines('加快建设，2025年底前建成投用。')).toEqual([]);
    expect(openingDeadlines('推进改革。三月底前印发方案。')).toEqual(['三月底前']);
  });
});
