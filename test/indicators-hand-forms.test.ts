/**
 * Targets in forms real plans use that the fixture folders lack, each in a small document of our own
 * wording read end to end: what a careful reader takes from it (name, value, unit, comparator, year,
 * baseline), and what the reader does not take (past figures, norms of procedure).
 */
import { describe, expect, it } from 'vitest';
import { type PlanDocument } from '../src/index.js';
import { parsePlanBytes } from '../src/index.js';
import { withShareSubject, subjectOf } from '../src/extract/indicators/share-subject.js';
import { withElidedObject } from '../src/extract/indicators/elided-object.js';
import { BRACKETED, parseNotes } from '../src/extract/indicators/table.js';
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

describe('an indicator table 序号|类别|指标|基期值|目标值|属性, a category cell spanning rows, units in the names', () => {
  const text = [
    '某某市“十四五”教育事业发展规划',
    '一、发展目标',
    '到2025年，全市学前教育毛入园率达到95%以上，劳动年龄人口平均受教育年限提高到11.5年。',
    '表2 主要指标',
    '序号\t类别\t指标\t基期值\t目标值\t属性',
    '1\t学前教育\t学前教育毛入园率（%）\t91.2\t≥95\t预期性',
    '2\t\t普惠性幼儿园覆盖率（%）\t85\t90\t约束性',
    '3\t义务教育\t义务教育巩固率（%）\t98.6\t≥99\t约束性',
    '4\t终身教育\t劳动年龄人口平均受教育年限（年）\t10.9\t11.5\t预期性',
    '二、主要任务',
    '新建幼儿园60所。',
  ].join('\n');

  it('one indicator per row: the category filled down, 年 in a name bracket is the unit, the base year the one before the period', async () => {
    const plan = await parseText(text);
    const table = plan.indicators.filter((i) => i.source === 'table');
    expect(table.map((i) => [i.name, i.unit, i.category, i.baseline?.year, i.baseline?.value, i.target.value, i.target.comparator, i.target.year, i.attribute])).toEqual([
      ['学前教育毛入园率', '%', '学前教育', 2020, 91.2, 95, '>=', 2025, '预期性'],
      ['普惠性幼儿园覆盖率', '%', '学前教育', 2020, 85, 90, '=', 2025, '约束性'],
      ['义务教育巩固率', '%', '义务教育', 2020, 98.6, 99, '>=', 2025, '约束性'],
      ['劳动年龄人口平均受教育年限', '年', '终身教育', 2020, 10.9, 11.5, '=', 2025, '预期性'],
    ]);
  });

  it('without a period in the title the 基期值 column has no year', async () => {
    const plan = await parseText(text.replace('某某市“十四五”教育事业发展规划', '某某市关于推进教育高质量发展的实施意见'));
    expect(plan.indicators.filter((i) => i.source === 'table').map((i) => i.baseline?.year)).toEqual([null, null, null, null]);
  });
});

describe('a table with 2022年|2023年|2025年 columns and a 备注 column, rows ending in an empty cell', () => {
  const text = [
    '某某市推进制造业高质量发展三年行动计划',
    '某办字〔2024〕3号',
    '一、工作目标',
    '指标|单位|2022年|2023年|2025年|备注',
    '规模以上工业增加值|亿元|1200|1300|1500|年均增长8%',
    '高新技术企业数量|家|860|950|1200|',
    '亩均税收|万元|25|27|30|规上工业企业',
    '二、重点任务',
    '每年实施技术改造项目300项以上，2024年技改投资增长10%。',
    '三、保障措施',
    '企业投资项目备案在3个工作日内办结，对申请材料不齐全的，应当自收到申请之日起5个工作日内一次性告知。',
    '某某市人民政府办公室',
    '二〇二四年三月二十日',
  ].join('\n');

  it('keeps every row: the first year column the baseline, the middle one a milestone, the 备注 cell the note', async () => {
    const plan = await parseText(text);
    const table = plan.indicators.filter((i) => i.source === 'table');
    expect(table.map((i) => [i.name, i.unit, i.baseline?.year, i.baseline?.value, i.milestones.map((m) => [m.year, m.value]), i.target.year, i.target.value, i.note])).toEqual([
      ['规模以上工业增加值', '亿元', 2022, 1200, [[2023, 1300]], 2025, 1500, '年均增长8%'],
      ['高新技术企业数量', '家', 2022, 860, [[2023, 950]], 2025, 1200, null],
      ['亩均税收', '万元', 2022, 25, [[2023, 27]], 2025, 30, '规上工业企业'],
    ]);
  });

  it('a year of the issue year is ahead (the document states no horizon in its text); time limits of procedure are norms', async () => {
    const plan = await parseText(text);
    expect(brief(plan, 'task')).toEqual([
      ['技术改造项目', 300, '项', '>=', null],
      ['技改投资增长', 10, '%', '=', 2024],
    ]);
    const norms = plan.diagnostics.filter((d) => d.code === 'indicators.norm').map((d) => d.message);
    expect(norms.some((m) => m.startsWith('3个工作日内'))).toBe(true);
  });
});

describe('spans of time', () => {
  const goals = (sentence: string) => parseText(['某某市优化营商环境行动方案', '一、工作目标', sentence, '二、重点任务', '深化改革。'].join('\n'));

  it('a time an act must be done within, given by a duty or a date, is a norm of procedure', async () => {
    for (const s of ['行政许可事项应当在10个工作日内作出决定。', '自受理之日起15个工作日内办结。', '各区于本方案印发后3个月内出台实施细则。', '救援队伍应在30分钟内到达现场。']) {
      const plan = await goals(s);
      expect({ s, targets: plan.indicators.length }).toEqual({ s, targets: 0 });
      expect(plan.diagnostics.some((d) => d.code === 'indicators.norm')).toBe(true);
    }
  });

  it('a time cut or held to a span, and a level of service with no duty word, are targets', async () => {
    const plan = await goals('到2025年，企业开办时间压缩至1个工作日以内，工程建设项目审批时间控制在60个工作日以内，进口货物48小时内放行。');
    // (the name of the third is left to the namer: the act, 放行, stands after the value)
    expect(brief(plan).map(([name, ...rest]) => [name.endsWith('时间') ? name : '…', ...rest])).toEqual([
      ['企业开办时间', 1, '个工作日', '<=', 2025],
      ['工程建设项目审批时间', 60, '个工作日', '<=', 2025],
      ['…', 48, '小时', '<=', 2025],
    ]);
  });
});

describe('years as a unit, an object left out', () => {
  it('a number that cannot be a date, brought to a level, counts years', async () => {
    const plan = await parseText(['某某市教育发展规划', '一、发展目标', '到2025年，劳动年龄人口平均受教育年限提高到11.5年，新增劳动力平均受教育年限达到14年以上，3年内建成一批学校。'].join('\n'));
    expect(brief(plan)).toEqual([
      ['劳动年龄人口平均受教育年限', 11.5, '年', '=', 2025],
      ['新增劳动力平均受教育年限', 14, '年', '>=', 2025],
    ]);
  });

  it('a clause that repeats only the verb of the name before it means the same object', async () => {
    const plan = await parseText(['某某市城市更新行动方案（2023—2025年）', '一、重点任务', '2023年改造老旧小区120个，2024年改造150个，2025年新建口袋公园20个。'].join('\n'));
    expect(brief(plan)).toEqual([
      ['改造老旧小区', 120, '个', '=', 2023],
      ['改造老旧小区', 150, '个', '=', 2024],
      ['口袋公园', 20, '个', '=', 2025],
    ]);
  });
});

describe('an HTML table: header over two rows (目标值 over 2023年|2025年), category spanning rows, bracketed cumulative cells', () => {
  const html = `<html><head><meta charset="utf-8"><title>某某市“十四五”生态环境保护规划</title></head><body>
<h1>某某市“十四五”生态环境保护规划</h1>
<p>二、主要目标</p>
<p>表1 主要指标</p>
<table>
<tr><td rowspan="2">类别</td><td rowspan="2">序号</td><td rowspan="2">指标名称</td><td rowspan="2">单位</td><td rowspan="2">2020年</td><td colspan="2">目标值</td><td rowspan="2">属性</td></tr>
<tr><td>2023年</td><td>2025年</td></tr>
<tr><td rowspan="2">环境质量</td><td>1</td><td>细颗粒物（PM2.5）平均浓度</td><td>微克/立方米</td><td>32</td><td>30</td><td>≤28</td><td>约束性</td></tr>
<tr><td>2</td><td>空气质量优良天数比例</td><td>%</td><td>88.5</td><td>89</td><td>≥90</td><td>约束性</td></tr>
<tr><td>减排降碳</td><td>3</td><td>单位地区生产总值二氧化碳排放降低</td><td>%</td><td>—</td><td>—</td><td>[18]</td><td>约束性</td></tr>
<tr><td>生态保护</td><td>4</td><td>森林覆盖率</td><td>%</td><td>41.2</td><td>41.5</td><td>42以上</td><td>预期性</td></tr>
</table>
<p>注：[ ]内为五年累计数。</p>
<p>三、重点任务</p>
<p>加强大气污染防治。</p>
</body></html>`;

  it('reads every row with its category, milestone and bound; the bracket note goes to the bracketed rows', async () => {
    const plan = await parsePlanBytes(new TextEncoder().encode(html), 'hand.html');
    expect(plan.indicators.map((i) => [i.name, i.category, i.unit, i.baseline?.value ?? null, i.milestones.map((m) => [m.year, m.value]), i.target.value, i.target.comparator, i.attribute, i.note])).toEqual([
      ['细颗粒物（PM2.5）平均浓度', '环境质量', '微克/立方米', 32, [[2023, 30]], 28, '<=', '约束性', null],
      ['空气质量优良天数比例', '环境质量', '%', 88.5, [[2023, 89]], 90, '>=', '约束性', null],
      ['单位地区生产总值二氧化碳排放降低', '减排降碳', '%', null, [], 18, '=', '约束性', '[ ]内为五年累计数'],
      ['森林覆盖率', '生态保护', '%', 41.2, [[2023, 41.5]], 42, '>=', '预期性', null],
    ]);
  });

  it('a note on what brackets mean is found among numbered or marked notes', () => {
    expect(parseNotes('注：1. 〔　〕内为五年累计数。2. 带①的指标为新增指标。').get(BRACKETED)).toBe('〔　〕内为五年累计数');
    expect(parseNotes('注：①按2020年不变价计算；②［］内为累计数。').get(BRACKETED)).toBe('［］内为累计数');
    expect(parseNotes('注：①按2020年不变价计算。').has(BRACKETED)).toBe(false);
  });
});

describe('an elided object', () => {
  it('only a bare verb that opens the name before it takes that name', () => {
    expect(withElidedObject('改造', '改造老旧小区')).toBe('改造老旧小区');
    expect(withElidedObject('新建公园', '改造老旧小区')).toBe('新建公园');
    expect(withElidedObject('改造', null)).toBe('改造');
    expect(withElidedObject('森林覆盖率', '森林覆盖率提高')).toBe('森林覆盖率');
  });
});

describe('a change measured from a year after a level', () => {
  it('较2020年提高15个百分点 after a level speaks of the same indicator, its base year the baseline', async () => {
    const plan = await parseText(['某某市“十四五”科技创新规划', '一、发展目标', '到“十四五”末，全市规模以上工业企业研发机构覆盖率达到50%，较2020年提高15个百分点。'].join('\n'));
    expect(brief(plan)).toEqual([
      ['规模以上工业企业研发机构覆盖率', 50, '%', '=', 2025],
      ['规模以上工业企业研发机构覆盖率提高', 15, '个百分点', '=', 2025],
    ]);
    expect(plan.indicators[1].baseline).toMatchObject({ year: 2020, value: null });
  });
});

describe('names across ；, nouns that open with a verb, Chinese decimals', () => {
  it('a value after ； with no name of its own takes the name before it', async () => {
    const plan = await parseText(['某某省数字经济发展规划', '一、发展目标', '到2027年，全省数字经济核心产业增加值占地区生产总值比重达到12%左右；到2035年，达到15%以上。'].join('\n'));
    expect(brief(plan)).toEqual([
      ['数字经济核心产业增加值占地区生产总值比重', 12, '%', '≈', 2027],
      ['数字经济核心产业增加值占地区生产总值比重', 15, '%', '>=', 2035],
    ]);
  });

  it('建成区 and 建设用地 are nouns, not the verbs 建成 and 建设', async () => {
    const plan = await parseText(['某某市城乡建设规划', '一、发展目标', '到2025年，建成区人均公园绿地面积不少于15平方米，建设用地规模控制在1000公顷以内，新建口袋公园20个。'].join('\n'));
    expect(brief(plan).map((b) => b[0])).toEqual(['建成区人均公园绿地面积', '建设用地规模', '口袋公园']);
  });

  it('百分之五点五 is 5.5%', async () => {
    const plan = await parseText(['某某县2024年政府工作报告', '各位代表：', '现在，我代表县人民政府向大会报告工作。', '一、2023年工作回顾', '全县经济稳中有进。', '二、2024年工作安排', '今年主要预期目标是：地区生产总值增长百分之六左右，一般公共预算收入增长百分之五点五。'].join('\n'));
    expect(brief(plan)).toEqual([
      ['地区生产总值增长', 6, '%', '≈', 2024],
      ['一般公共预算收入增长', 5.5, '%', '=', 2024],
    ]);
  });
});

describe('a 办法 of articles: standards, caps and time limits are norms, none is a target', () => {
  it('reads no target and reports each figure as a norm', async () => {
    const plan = await parseText(
      [
        '某某市人才住房补贴管理办法',
        '第一章 总则',
        '第一条 为吸引和留住各类人才，制定本办法。',
        '第二章 补贴标准',
        '第二条 对新引进的博士研究生，给予每人每月3000元住房补贴。',
        '第三条 符合条件的人才购买首套住房的，按房价的10%给予一次性购房补贴，最高不超过50万元。',
        '第四条 对认定的人才企业，最多奖励100万元。',
        '第三章 申请和审核',
        '第五条 区人力资源社会保障部门应当自受理申请之日起15个工作日内完成审核。',
        '第六条 审核通过的，财政部门应在10个工作日内拨付补贴资金。',
      ].join('\n'),
    );
    expect(plan.indicators).toEqual([]);
    const norms = plan.diagnostics.filter((d) => d.code === 'indicators.norm').map((d) => d.message.split(':')[0]);
    expect(norms).toEqual(['3000元', '不超过50万元', '100万元', '15个工作日内', '10个工作日内']);
  });
});

describe('an annual 工作要点 titled with its year', () => {
  const text = [
    '某某区2024年工作要点',
    '2024年是实施“十四五”规划的关键一年。全区上下要坚持稳中求进工作总基调。',
    '一、主要目标',
    '全区地区生产总值增长6.5%以上，固定资产投资增长8%，居民人均可支配收入增长与经济增长同步。',
    '二、重点工作',
    '1.扩大有效投资。全年新开工项目60个以上。',
    '2.改善民生。新增城镇就业8000人。',
  ].join('\n');

  it('dates its goals and its work items in the title year; the opening sentence naming 十四五 is no title', async () => {
    const plan = await parseText(text);
    expect(brief(plan)).toEqual([
      ['地区生产总值增长', 6.5, '%', '>=', 2024],
      ['固定资产投资增长', 8, '%', '=', 2024],
      ['全年新开工项目', 60, '个', '>=', 2024],
      ['新增城镇就业', 8000, '人', '=', 2024],
    ]);
  });

  it('titleYear: one year named, not a span, not a year reached to', async () => {
    const { titleYear } = await import('../src/extract/indicators/title-period.js');
    expect(['某某区2024年工作要点', '某市2022年数字政府建设考评办法', '某市推进制造业发展至2025年行动计划', '某市2023—2025年行动计划', '某市“十四五”规划'].map(titleYear)).toEqual([2024, 2022, null, null, null]);
  });
});

describe('a tab table whose rows under a merged category open with a tab, with 2025年目标 and 2030年目标 columns', () => {
  it('reads every row, the category filled down, the 2025 value a milestone of the 2030 target', async () => {
    const plan = await parseText(
      [
        '某某市“十四五”卫生健康发展规划',
        '二、发展目标',
        '领域\t指标\t单位\t2020年现状\t2025年目标\t2030年目标\t指标性质',
        '健康水平\t人均预期寿命\t岁\t78.5\t79.5\t80\t预期性',
        '\t孕产妇死亡率\t/10万\t8.2\t≤9\t≤8\t预期性',
        '健康保障\t个人卫生支出占卫生总费用的比重\t%\t27.5\t27左右\t25左右\t约束性',
        '三、主要任务',
        '加强公共卫生体系建设。',
      ].join('\n'),
    );
    expect(plan.indicators.map((i) => [i.name, i.category, i.unit, i.baseline?.value, i.milestones.map((m) => [m.year, m.value]), i.target.year, i.target.value, i.target.comparator])).toEqual([
      ['人均预期寿命', '健康水平', '岁', 78.5, [[2025, 79.5]], 2030, 80, '='],
      ['孕产妇死亡率', '健康水平', '/10万', 8.2, [[2025, 9]], 2030, 8, '<='],
      ['个人卫生支出占卫生总费用的比重', '健康保障', '%', 27.5, [[2025, 27]], 2030, 25, '≈'],
    ]);
  });
});

describe('a deadline before the verb', () => {
  it('6月底前 / 年底前 say when, not what: no part of the name; 年末常住人口 keeps its 年末', async () => {
    const { cleanName } = await import('../src/extract/indicators/sentences.js');
    expect(cleanName('6月底前完成年度投资计划')).toBe('年度投资计划');
    expect(cleanName('年底前完成学校改扩建')).toBe('学校改扩建');
    expect(cleanName('年末常住人口')).toBe('年末常住人口');
  });
});

describe('a document with no heading at all', () => {
  it('a short 分工方案 whose text is one paragraph and a task table: the targets in the rows are read and belong to their tasks', async () => {
    const html = `<html><head><meta charset="utf-8"><title>某某县2026年高标准农田建设任务分工方案</title></head><body><div class="content"><h1>某某县2026年高标准农田建设任务分工方案</h1><p>为推进高标准农田建设，现将重点任务分工如下。</p>
<table border="1"><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>新建高标准农田2万亩。</td><td>县农业农村局</td><td>县财政局</td><td>2026年12月底</td></tr>
<tr><td>2</td><td>到2026年底，节水灌溉普及率达到90%。</td><td>县水利局</td><td>县农业农村局</td><td>2026年12月底</td></tr></table></div></body></html>`;
    const doc = await parsePlanBytes(Buffer.from(html), 'fengong.html');
    expect(doc.sections).toEqual([]);
    expect(doc.indicators.map((i) => [i.name, i.target?.value, i.target?.year])).toEqual([
      ['高标准农田', 2, 2026],
      ['节水灌溉普及率', 90, 2026],
    ]);
    expect(doc.tasks.map((t) => t.indicatorIds)).toEqual([['i1'], ['i2']]);
  });

  it('a plain text of a few paragraphs and no heading: its targets are read', async () => {
    const doc = await parseText(['某某街道2026年垃圾分类工作方案', '为深入推进垃圾分类，制定本方案。', '到2026年底，辖区生活垃圾回收利用率达到40%以上，新建分类投放点20个。', '街道城管办牵头，各社区配合。'].join('\n'));
    expect(doc.indicators.map((i) => [i.name, i.target?.value, i.target?.comparator])).toEqual([
      ['辖区生活垃圾回收利用率', 40, '>='],
      ['分类投放点', 20, '='],
    ]);
  });
});
