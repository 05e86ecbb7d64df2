/**
 * Issue 11: a target is recognized by its own form wherever it stands; the section's title is one signal.
 * Each case is a small document of our own wording.
 */
import { describe, expect, it } from 'vitest';
import { type PlanDocument } from '../src/index.js';
import { parseText } from './helpers/parse-text.js';

const brief = (plan: PlanDocument) => plan.indicators.map((i) => [i.source, i.name, i.unit, i.target.value, i.target.comparator, i.target.year]);

const REPORT = [
  '各位代表：',
  '',
  '一、2022年工作回顾',
  '',
  '过去一年，全县新建高标准农田3.6万亩，引进项目45个，新增就业岗位2100个。',
  '',
  '二、2023年工作安排',
  '',
  '今年全县发展的主要预期目标是：地区生产总值增长6.5%左右，规上工业增加值增长8%以上，城乡居民人均可支配收入分别增长6%和8%左右，一、二、三产增加值分别增长4%、9%、6.2%，居民消费价格涨幅控制在3%以内，城乡居民收入与经济增长同步。',
  '',
  '（一）做强特色农业。新建高标准农田2万亩以上，培育投资五千万元以上农业项目12个，打造百亿级食品产业集群。',
  '',
  '（二）优化营商环境。一般事项48小时内办结，一体化平台建设（3分）纳入考核，汽车零部件产业加快集聚。',
].join('\n');

describe('an annual report: goals sentence, past review, tasks', async () => {
  const plan = await parseText(REPORT);
  const rows = brief(plan);

  it('reads the announced goals, each growth target named <subject>增长, dated the report year', () => {
    expect(rows.filter((r) => r[0] === 'goals')).toEqual([
      ['goals', '地区生产总值增长', '%', 6.5, '≈', 2023],
      ['goals', '规上工业增加值增长', '%', 8, '>=', 2023],
      ['goals', '城镇居民人均可支配收入增长', '%', 6, '≈', 2023],
      ['goals', '农村居民人均可支配收入增长', '%', 8, '≈', 2023],
      ['goals', '一产增加值增长', '%', 4, '=', 2023],
      ['goals', '二产增加值增长', '%', 9, '=', 2023],
      ['goals', '三产增加值增长', '%', 6.2, '=', 2023],
      ['goals', '居民消费价格涨幅', '%', 3, '<=', 2023],
    ]);
  });

  it('gives nothing for the review of the past year', () => {
    expect(plan.indicators.some((i) => i.target.value === 3.6 || i.target.value === 45 || i.target.value === 2100)).toBe(false);
  });

  it('reads targets inside tasks; a value qualifying a counted noun is part of its name', () => {
    const tasks = rows.filter((r) => r[0] === 'task');
    expect(tasks).toContainEqual(['task', '高标准农田', '万亩', 2, '>=', 2023]);
    const projects = plan.indicators.find((i) => i.target.value === 12);
    expect(projects?.name).toContain('农业项目');
    expect(projects?.unit).toBe('个');
  });

  it('48小时内 is an upper bound', () => {
    expect(rows).toContainEqual(['task', expect.stringContaining('办结'), '小时', 48, '<=', 2023]);
  });

  it('no target from 百亿级, a score in brackets, 零部件 or a non-numeric aim', () => {
    const values = plan.indicators.map((i) => i.target.value);
    expect(values).not.toContain(100);
    expect(plan.indicators.some((i) => i.unit === '部' || i.unit === '分')).toBe(false);
    expect(plan.indicators.some((i) => i.name.includes('同步'))).toBe(false);
  });

  it('every indicator keeps an exact quote on its line', () => {
    const lines = REPORT.split('\n');
    for (const i of plan.indicators) {
      expect(REPORT).toContain(i.quote);
      expect(lines[i.line - 1]).toContain(i.target.raw);
    }
  });
});

describe('targets outside any titled goals or tasks part', () => {
  it('a plan whose sections have plain titles still gives its targets, and its background none', async () => {
    const text = [
      '某市数字经济发展三年行动方案（2024—2026年）',
      '',
      '一、发展基础',
      '',
      '全市数字经济核心产业增加值达到320亿元，建成5G基站4800个。',
      '',
      '二、做大数字产业',
      '',
      '到2026年，数字经济核心产业增加值突破500亿元，新建5G基站3000个，培育省级工业互联网平台不少于10个。',
    ].join('\n');
    const plan = await parseText(text);
    expect(brief(plan)).toEqual([
      ['task', '数字经济核心产业增加值', '亿元', 500, '>', 2026],
      ['task', '5G基站', '个', 3000, '=', 2026],
      ['task', '省级工业互联网平台', '个', 10, '>=', 2026],
    ]);
  });
});

describe('Chinese numerals inside target sentences', () => {
  it('come out with their values', async () => {
    const text = [
      '某县知识产权工作要点',
      '',
      '一、工作目标',
      '',
      '1．全县发明专利申请量达到一百五十二件。',
      '2．新增注册商标两千四百五件。',
      '3．技术合同成交额达到七十八万五佰零六元。',
      '4．培训企业人员5万4千6百人次。',
    ].join('\n');
    const plan = await parseText(text);
    expect(plan.indicators.map((i) => [i.name, i.target.value, i.unit])).toEqual([
      ['发明专利申请量', 152, '件'],
      ['新增注册商标', 2450, '件'],
      ['技术合同成交额', 780506, '元'],
      ['培训企业人员', 54600, '人次'],
    ]);
    expect(plan.indicators.every((i) => i.source === 'goals')).toBe(true);
  });
});

describe('counts in work arrangements, and what only describes', () => {
  it('a count of things to do needs no target word; a description, a policy term, a named set or a formula gives none', async () => {
    const text = [
      '某区2024年政府工作报告',
      '',
      '一、2023年工作回顾',
      '',
      '过去一年，我们建成口袋公园12个。',
      '',
      '二、2024年重点工作',
      '',
      '（一）补齐城市短板。抓好8个老旧小区改造项目，更新路灯3000盏，推进600亩标准地和50万平方米标准厂房建设，新发展科技型企业、高新技术企业各30家。',
      '',
      '（二）落实惠企政策。对新认定的企业给予一次性奖补50万元，围绕6条产业链招商，深入落实八项规定精神。处置率=（已处置数/总数）×100%。',
    ].join('\n');
    const plan = await parseText(text);
    expect(plan.indicators.map((i) => [i.name, i.target.value, i.unit])).toEqual([
      ['老旧小区改造项目', 8, '个'],
      ['更新路灯', 3000, '盏'],
      ['标准地', 600, '亩'],
      ['标准厂房建设', 50, '万平方米'],
      ['新发展科技型企业', 30, '家'],
      ['高新技术企业', 30, '家'],
    ]);
  });
});

describe('the past by its own marks', () => {
  it('an undated sentence after one dated before the plan period goes on with the past', async () => {
    const text = [
      '某市“十四五”商务发展规划',
      '',
      '一、发展环境',
      '',
      '社会消费品零售总额从2015年的900亿元增长到2020年的1300亿元。',
      '外贸进出口总额超过800亿元，实际利用外资达到6亿美元。',
      '',
      '二、重点任务',
      '',
      '到2025年，社会消费品零售总额突破1800亿元，外贸进出口总额超过1100亿元。',
    ].join('\n');
    const plan = await parseText(text);
    expect(plan.indicators.map((i) => [i.name, i.target.value, i.target.comparator, i.target.year])).toEqual([
      ['社会消费品零售总额', 1800, '>', 2025],
      ['外贸进出口总额', 1100, '>', 2025],
    ]);
  });
});

describe('a sentence wrapped over lines (PDF text)', () => {
  it('is read whole: a unit or a bound on the next line still belongs to its value, the baseline kept', async () => {
    const text = [
      '某市生态保护规划（2021—2035年）',
      '',
      '三、主要任务',
      '',
      '到2035年，全市天然林面积从现状 436 万亩提高到 500 万',
      '亩以上，污染地块安全利用率达到 92%以',
      '上，森林覆盖率达到 48%。',
    ].join('\n');
    const plan = await parseText(text);
    expect(plan.indicators.map((i) => [i.name, i.unit, i.baseline?.value ?? null, i.target.value, i.target.comparator, i.target.year, i.line])).toEqual([
      ['天然林面积', '万亩', 436, 500, '>=', 2035, 5],
      ['污染地块安全利用率', '%', null, 92, '>=', 2035, 5],
      ['森林覆盖率', '%', null, 48, '=', 2035, 5],
    ]);
    for (const i of plan.indicators) expect(text).toContain(i.quote);
  });
});
