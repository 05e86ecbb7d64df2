/**
 * Targets in forms real plans use that the fixture folders lack, each in a small document of our own
 * wording read end to end: what a careful reader takes from it (name, value, unit, comparator, year,
 * baseline), and what the reader does not take (past figures, norms of procedure).
 */
import { describe, expect, it } from 'vitest';
import { type PlanDocument } from '../src/index.js';
import { withShareSubject, subjectOf } from '../src/extract/indicators/share-subject.js';
import { parseText } from './helpers/parse-text.js';

type Brief = [name: string, value: unknown, unit: string | null, comparator: string, year: number | null];
const brief = (plan: PlanDocument, source?: string): Brief[] =>
  plan.indicators.filter((i) => !source || i.source === source).map((i) => [i.name, i.target.value, i.unit, i.target.comparator, i.target.year]);
const named = (plan: PlanDocument, name: string) => plan.indicators.find((i) => i.name === name);

describe('a goals paragraph of a three-year 实施方案 (period 2023–2025)', () => {
  const text = [
    '某某市数字经济高质量发展实施方案（2023—2025年）',
    '为加快推进数字经济发展，制定本方案。',
    '一、总体要求',
    '（一）发展目标',
    '到2025年，全市数字经济核心产业增加值达到800亿元以上，占地区生产总值比重由2020年的6.5%提高到10%，年均增长12%左右。5G基站累计新增1.2万个，规模以上工业企业数字化改造覆盖率不低于85%，单位工业增加值能耗较2020年下降15%，数据中心电能利用效率控制在1.3以内，软件业务收入力争突破300亿元。',
    '二、重点任务',
    '（一）推进产业数字化',
    '推动企业上云用数赋智，全市工业互联网平台服务能力达到全省平均水平以上。',
  ].join('\n');

  it('reads every target of both sentences; a year compared with (较2020年) does not date the second in the past', async () => {
    const plan = await parseText(text);
    expect(brief(plan)).toEqual([
      ['数字经济核心产业增加值', 800, '亿元', '>=', 2025],
      ['数字经济核心产业增加值占地区生产总值比重', 10, '%', '=', 2025],
      ['数字经济核心产业增加值年均增长', 12, '%', '≈', 2025],
      ['5G基站累计新增', 1.2, '万个', '=', 2025],
      ['规模以上工业企业数字化改造覆盖率', 85, '%', '>=', 2025],
      ['单位工业增加值能耗下降', 15, '%', '=', 2025],
      ['数据中心电能利用效率', 1.3, null, '<=', 2025],
      ['软件业务收入', 300, '亿元', '>', 2025],
    ]);
    expect(named(plan, '数字经济核心产业增加值占地区生产总值比重')?.baseline).toMatchObject({ year: 2020, value: 6.5 });
    expect(named(plan, '单位工业增加值能耗下降')?.baseline).toMatchObject({ year: 2020, value: null });
    expect(named(plan, '软件业务收入')?.target.hedge).toBe('力争');
    // 达到全省平均水平以上 states no quantity: nothing is read from it
    expect(plan.indicators.some((i) => i.name.includes('平台服务能力'))).toBe(false);
  });

  it('a sentence dated only before the period is still the past', async () => {
    const plan = await parseText(text.replace('推动企业上云用数赋智，全市工业互联网平台服务能力达到全省平均水平以上。', '2020年全市软件业务收入为120亿元。'));
    expect(plan.indicators.some((i) => i.target.value === 120)).toBe(false);
  });
});

describe('a bare number held at a level', () => {
  it('控制在…以内 / 保持在…以下 give a unitless ratio; a number without bound or verb is not read', async () => {
    const plan = await parseText(['某某市绿色建筑发展规划', '一、发展目标', '到2025年，数据中心电能利用效率控制在1.25以内，中心城区住宅容积率保持在2.5以下。', '二、重点任务', '落实12345热线诉求办理机制。'].join('\n'));
    expect(brief(plan)).toEqual([
      ['数据中心电能利用效率', 1.25, null, '<=', 2025],
      ['中心城区住宅容积率', 2.5, null, '<=', 2025],
    ]);
  });
});

describe('the subject of a share', () => {
  it('a 占…比重 name takes the subject of the name before it; a change after a share speaks of its subject', () => {
    expect(withShareSubject('占地区生产总值比重', '数字经济核心产业增加值')).toBe('数字经济核心产业增加值占地区生产总值比重');
    expect(withShareSubject('占比', '服务业增加值')).toBe('服务业增加值占比');
    expect(withShareSubject('森林覆盖率', '服务业增加值')).toBe('森林覆盖率');
    expect(withShareSubject('占地区生产总值比重', null)).toBe('占地区生产总值比重');
    expect(subjectOf('数字经济核心产业增加值占地区生产总值比重')).toBe('数字经济核心产业增加值');
    expect(subjectOf('森林覆盖率')).toBe('森林覆盖率');
  });
});
