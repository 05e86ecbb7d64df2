/**
 * More forms of targets real plans use that the fixture folders lack, each in a small document of our own
 * wording: what a careful reader takes from it, and what not (past figures, subsidies, procedure).
 */
import { describe, expect, it } from 'vitest';
import { type PlanDocument } from '../src/index.js';
import { signAttributes, attributeBySigns, withoutSigns, UNMARKED } from '../src/extract/indicators/attribute-marks.js';
import { isPeriodHeader } from '../src/extract/indicators/cumulative-column.js';
import { parseText } from './helpers/parse-text.js';

type Row = [name: string, unit: string | null, baseline: unknown, target: unknown, comparator: string, year: number | null, attribute: string | null];
const rows = (plan: PlanDocument, source?: string): Row[] =>
  plan.indicators.filter((i) => !source || i.source === source).map((i) => [i.name, i.unit, i.baseline?.value ?? null, i.target.value, i.target.comparator, i.target.year, i.attribute]);
const brief = (plan: PlanDocument) => plan.indicators.map((i) => [i.name, i.target.value, i.unit, i.target.comparator, i.target.year]);

describe('a goals sentence of the form 由2020年的X提高到Y with no target year of its own', () => {
  const text = [
    '某某市科技创新“十四五”规划',
    '一、发展基础',
    '“十三五”期间，全市研发经费投入强度达到2.1%。全市高新技术企业数量从2015年的300家增加到1000家。',
    '二、发展目标',
    '到2025年，全市创新能力显著增强。全社会研发经费投入强度由2020年的2.1%提高到3%，每万人口高价值发明专利拥有量达到8件。',
    '三、重点任务',
    '加快建设创新平台。',
  ].join('\n');

  it('reads the change as a target whose start is the baseline: the year it starts from dates no past', async () => {
    const plan = await parseText(text);
    expect(rows(plan)).toEqual([
      ['全社会研发经费投入强度', '%', 2.1, 3, '=', 2025, null],
      ['每万人口高价值发明专利拥有量', '件', null, 8, '=', 2025, null],
    ]);
    expect(plan.indicators[0].baseline?.year).toBe(2020);
  });

  it('a change ending in a past year is still the past; so is an undated change after a sentence about the past', async () => {
    const plan = await parseText(text.replace('全社会研发经费投入强度由2020年的2.1%提高到3%，每万人口高价值发明专利拥有量达到8件。', '每万人口高价值发明专利拥有量达到8件。全社会研发经费投入强度从2015年的1.5%提高到2020年的2.1%。'));
    expect(plan.indicators.map((i) => i.name)).toEqual(['每万人口高价值发明专利拥有量']);
    // the background's 从2015年的300家增加到1000家 follows a sentence dated in the past: no target
    expect(plan.indicators.some((i) => i.target.value === 1000)).toBe(false);
  });

  it('outside a review part too, a change from a year after a sentence about the past goes on with the past', async () => {
    const plan = await parseText(['某某市科技创新“十四五”规划', '一、创新发展', '“十三五”期间，全市研发经费投入强度达到2.1%，高新技术企业数量从2015年的300家增加到1000家。全市技术合同成交额从2015年的20亿元增加到60亿元。到2025年，技术合同成交额达到100亿元。'].join('\n'));
    expect(brief(plan)).toEqual([['技术合同成交额', 100, '亿元', '=', 2025]]);
  });
});

describe('a table with a column of five-year sums (累计变化) beside 2020年|2025年', () => {
  const text = [
    '某某省“十四五”生态环境保护规划',
    '二、主要目标',
    '专栏1 “十四五”生态环境保护主要指标',
    '类别\t序号\t指标\t单位\t2020年\t2025年\t累计变化\t指标属性',
    '环境治理\t1\t细颗粒物（PM2.5）浓度下降\t%\t—\t—\t〔10〕\t约束性',
    '\t2\t地表水达到或好于Ⅲ类水体比例\t%\t82.5\t85\t〔2.5〕\t约束性',
    '应对气候变化\t3\t单位地区生产总值二氧化碳排放降低\t%\t—\t—\t〔18〕\t约束性',
    '生态保护\t4\t森林覆盖率\t%\t32.1\t33\t〔0.9〕\t约束性',
    '注：〔 〕内为五年累计数。',
    '三、重点任务',
    '深入打好污染防治攻坚战。',
  ].join('\n');

  it('a row whose 2025 cell is empty takes its target from the sum, with the note on brackets; a filled row keeps the sum as its note', async () => {
    const plan = await parseText(text);
    expect(plan.indicators.map((i) => [i.name, i.category, i.target.value, i.target.year, i.note])).toEqual([
      ['细颗粒物（PM2.5）浓度下降', '环境治理', 10, 2025, '〔 〕内为五年累计数'],
      ['地表水达到或好于Ⅲ类水体比例', '环境治理', 85, 2025, '累计变化：〔2.5〕'],
      ['单位地区生产总值二氧化碳排放降低', '应对气候变化', 18, 2025, '〔 〕内为五年累计数'],
      ['森林覆盖率', '生态保护', 33, 2025, '累计变化：〔0.9〕'],
    ]);
    expect(plan.diagnostics.some((d) => d.code === 'indicators.note-unused')).toBe(false);
  });

  it('headers over the period, not of a year', () => {
    expect(['累计变化', '五年累计', '“十四五”累计', '年均增长（%）', '年均[累计]', '累计增减'].map(isPeriodHeader)).toEqual([true, true, true, true, true, true]);
    expect(['2025年', '指标', '累计完成投资额占总投资比例（%）', '目标值'].map(isPeriodHeader)).toEqual([false, false, false, false]);
  });
});

describe('a 纲要 table with a 年均增长（%） column', () => {
  const text = [
    '某某区“十四五”经济社会发展规划纲要',
    '第二章 发展目标',
    '表1 “十四五”时期经济社会发展主要指标',
    '类别\t指标\t2020年\t2025年\t年均增长（%）\t属性',
    '经济发展\t地区生产总值（亿元）\t850\t1200\t7左右\t预期性',
    '\t全员劳动生产率（万元/人）\t12\t—\t6以上\t预期性',
    '民生福祉\t城镇新增就业人数（万人）\t—\t—\t[5]\t预期性',
    '注：[ ]内为五年累计数。',
    '第三章 主要任务',
    '推动高质量发展。',
  ].join('\n');

  it('a rate stands for an empty 2025 cell as the growth of the row; a bracketed sum as the row itself; beside a target the rate is a note', async () => {
    const plan = await parseText(text);
    expect(rows(plan)).toEqual([
      ['地区生产总值', '亿元', 850, 1200, '=', 2025, '预期性'],
      ['全员劳动生产率年均增长', '%', 12, 6, '>=', 2025, '预期性'],
      ['城镇新增就业人数', '万人', null, 5, '=', 2025, '预期性'],
    ]);
    expect(plan.indicators[0].note).toBe('年均增长（%）：7左右');
    expect(plan.indicators[2].note).toBe('[ ]内为五年累计数');
  });
});

describe('attributes written as signs', () => {
  it('a sign column explained by a 注 after the table', async () => {
    const plan = await parseText(
      [
        '某某市“十四五”民政事业发展规划',
        '二、发展目标',
        '指标名称\t单位\t2020年基数\t2025年目标\t属性',
        '养老机构护理型床位占比\t%\t40\t≥55\t★',
        '每千名老年人拥有养老床位数\t张\t32\t35\t▲',
        '社会组织数量\t个\t1200\t1500\t▲',
        '注：标★的为约束性指标，标▲的为预期性指标。',
        '三、主要任务',
        '完善养老服务体系。',
      ].join('\n'),
    );
    expect(plan.indicators.map((i) => [i.name, i.attribute])).toEqual([
      ['养老机构护理型床位占比', '约束性'],
      ['每千名老年人拥有养老床位数', '预期性'],
      ['社会组织数量', '预期性'],
    ]);
    expect(plan.diagnostics.some((d) => d.code.startsWith('indicators.note'))).toBe(false);
  });

  it('a sign after the name explained by the caption, the rest by 其余; a dash in the unit column is no unit', async () => {
    const plan = await parseText(
      [
        '某某市“十四五”水务发展规划',
        '二、规划目标',
        '表2 主要指标（带*的为约束性指标，其余为预期性指标）',
        '序号\t指标\t单位\t2020年\t2025年',
        '1\t用水总量*\t亿立方米\t9.8\t≤10.5',
        '2\t城市公共供水管网漏损率（%）\t\t10.2\t9',
        '3\t农田灌溉水有效利用系数\t—\t0.55\t0.58',
        '三、主要任务',
        '节约用水。',
      ].join('\n'),
    );
    expect(rows(plan)).toEqual([
      ['用水总量', '亿立方米', 9.8, 10.5, '<=', 2025, '约束性'],
      ['城市公共供水管网漏损率', '%', 10.2, 9, '=', 2025, '预期性'],
      ['农田灌溉水有效利用系数', null, 0.55, 0.58, '=', 2025, '预期性'],
    ]);
  });

  it('the meanings of signs: 标★的为, ★表示, 约束性指标用▲标注, 其余/未标注的', () => {
    expect([...signAttributes('注：标★的为约束性指标，标▲的为预期性指标。')]).toEqual([['★', '约束性'], ['▲', '预期性']]);
    expect([...signAttributes('带＊号的指标为约束性指标，其余为预期性指标')]).toEqual([['*', '约束性'], [UNMARKED, '预期性']]);
    expect([...signAttributes('约束性指标用▲标注，未标注的为预期性指标')]).toEqual([['▲', '约束性'], [UNMARKED, '预期性']]);
    expect([...signAttributes('★表示约束性指标')]).toEqual([['★', '约束性']]);
    // a caption naming binding indicators with no sign means nothing of signs
    expect(signAttributes('主要约束性指标').size).toBe(0);
    expect(attributeBySigns([], new Map([['★', '约束性']]))).toBeNull();
    expect(withoutSigns('★森林覆盖率（%）*')).toBe('森林覆盖率（%）');
  });
});

describe('shares in tenths, multiples of a year, verbs of change up to a level', () => {
  const text = [
    '某某市“十四五”文化和旅游发展规划',
    '一、发展目标',
    '到2025年，旅游总收入突破1000亿元，乡村旅游收入占旅游总收入的三成以上，过夜游客人数是2020年的两倍，A级旅游景区数量增加至80家，其中5A级景区不少于3家。',
    '二、主要任务',
    '坚持一成不变的保护标准，鼓励景区回收八成新旧设备再利用。',
    '三、保障措施',
    '对新评定的国家5A级景区一次性奖励500万元。',
  ].join('\n');

  it('三成以上 is a share of 30% or more; 是2020年的两倍 a multiple of 2, its year the baseline; 增加至 is no part of the name', async () => {
    const plan = await parseText(text);
    expect(brief(plan)).toEqual([
      ['旅游总收入', 1000, '亿元', '>', 2025],
      ['乡村旅游收入占旅游总收入', 30, '%', '>=', 2025],
      ['过夜游客人数', 2, '倍', '=', 2025],
      ['A级旅游景区数量', 80, '家', '=', 2025],
      ['5A级景区', 3, '家', '>=', 2025],
    ]);
    expect(plan.indicators[2].baseline).toMatchObject({ year: 2020, value: null });
  });

  it('a multiple of a year standing alone does not date its sentence in the past', async () => {
    const plan = await parseText(['某某市“十四五”文化和旅游发展规划', '一、发展目标', '全市过夜游客人数达到2020年的1.5倍以上。'].join('\n'));
    expect(brief(plan)).toEqual([['全市过夜游客人数', 1.5, '倍', '>=', 2025]].map(([n, ...r]) => [(n as string).replace(/^全市/, ''), ...r]));
  });

  it('一半以上 and 半数 are half: 50%', async () => {
    const plan = await parseText(['某某县“十四五”教育发展规划', '二、发展目标', '到二〇二五年，全县学前三年毛入园率达到百分之九十五以上，农村学校寄宿生营养餐覆盖面达到一半以上。'].join('\n'));
    expect(brief(plan)).toEqual([
      ['学前三年毛入园率', 95, '%', '>=', 2025],
      ['农村学校寄宿生营养餐覆盖面', 50, '%', '>=', 2025],
    ]);
  });

  it('成 after a numeral is a share only when nothing but a bound, 的 or a stop follows (一成不变, 八成新 are no shares)', async () => {
    const plan = await parseText(text);
    // 一成不变 is an idiom, 八成新 a grade of wear; the reward is a norm
    expect(plan.indicators.filter((i) => i.source !== 'goals')).toEqual([]);
  });
});

describe('the targets of a 工作要点 announced before its first heading', () => {
  const text = [
    '某某省工业和信息化厅2024年工作要点',
    '2024年全省工业和信息化工作的主要目标是：规模以上工业增加值增长7%左右，制造业投资增长10%以上，新建5G基站2万个，工业企业技术改造投资占工业投资比重达到40%。',
    '一、推动工业经济稳定增长',
    '（一）实施重点项目攻坚。全年滚动实施亿元以上工业项目1000个。',
    '二、加快数字化转型',
    '推动2000家企业实施数字化改造。',
  ].join('\n');

  it('reads the announced targets as goals of the title year; the tasks after the heading as tasks', async () => {
    const plan = await parseText(text);
    expect(plan.indicators.map((i) => [i.source, i.name, i.target.value, i.unit, i.target.comparator, i.target.year])).toEqual([
      ['goals', '规模以上工业增加值增长', 7, '%', '≈', 2024],
      ['goals', '制造业投资增长', 10, '%', '>=', 2024],
      ['goals', '5G基站', 2, '万个', '=', 2024],
      ['goals', '工业企业技术改造投资占工业投资比重', 40, '%', '=', 2024],
      ['task', '全年滚动实施亿元以上工业项目', 1000, '个', '=', 2024],
      ['task', '企业实施数字化改造', 2000, '家', '=', 2024],
    ]);
  });

  it('a preamble that states purpose and figures without announcing targets is not read', async () => {
    const plan = await parseText(text.replace('的主要目标是：', '要坚持稳中求进，去年'));
    expect(plan.indicators.every((i) => i.source === 'task')).toBe(true);
  });
});

describe('an annual 国民经济和社会发展计划: the review of last year’s plan, the year’s targets in dashed lines', () => {
  const text = [
    '某某县2023年国民经济和社会发展计划',
    '一、2022年计划执行情况',
    '全县地区生产总值完成320亿元，增长4.5%；一般公共预算收入完成18亿元，增长6.2%。',
    '二、2023年经济社会发展的主要目标',
    '综合考虑各方面因素，建议2023年全县经济社会发展主要预期目标为：',
    '——地区生产总值增长6.5%左右；',
    '——固定资产投资增长10%以上；',
    '——城镇新增就业3500人以上，城镇登记失业率控制在4%以内；',
    '——万元地区生产总值能耗完成市下达目标任务。',
    '三、2023年主要任务',
    '（一）狠抓项目建设。全年计划实施重点项目150个。',
  ].join('\n');

  it('the targets are of the title year; the review of last year gives none, though its sentences name no year', async () => {
    const plan = await parseText(text);
    expect(plan.indicators.map((i) => [i.source, i.name, i.target.value, i.target.comparator, i.target.year])).toEqual([
      ['goals', '地区生产总值增长', 6.5, '≈', 2023],
      ['goals', '固定资产投资增长', 10, '>=', 2023],
      ['goals', '城镇新增就业', 3500, '>=', 2023],
      ['goals', '城镇登记失业率', 4, '<=', 2023],
      ['task', '全年计划实施重点项目', 150, '=', 2023],
    ]);
  });

  it('a numbered heading after the title is no line of the title: the title year stands alone', async () => {
    // without a review part the year comes from the title only
    const plan = await parseText(text.replace('一、2022年计划执行情况', '一、总体要求').replace('全县地区生产总值完成320亿元，增长4.5%；一般公共预算收入完成18亿元，增长6.2%。', '坚持稳中求进工作总基调。'));
    expect(plan.indicators.map((i) => i.target.year)).toEqual([2023, 2023, 2023, 2023, 2023]);
  });
});

describe('a goals part in numbered items, a later horizon, a time word before a share, units of computing and power', () => {
  const text = [
    '某某市“十四五”数字经济发展规划',
    '第一章 发展基础',
    '全市数字经济规模达到2800亿元，占地区生产总值比重为38%。全市常住人口为560万人。',
    '第二章 发展目标',
    '第一节 到2025年目标',
    '1.产业规模持续壮大。数字经济核心产业增加值年均增长12%左右，到期末占地区生产总值比重提高3个百分点。',
    '2.基础设施全面升级。每万人拥有5G基站数不少于25个，算力规模达到5EFLOPS，光伏装机容量达到300MW。',
    '第二节 到2035年远景目标',
    '数字经济核心产业增加值占地区生产总值比重达到20%。',
    '第三章 重点任务',
    '重点抓好年产20吉瓦光伏组件等6个装备制造项目。2025年6月底前，制定出台数字经济促进条例实施细则。',
  ].join('\n');

  it('reads each target with its year; 到期末 is no part of a name, the share takes the subject of the growth before it', async () => {
    const plan = await parseText(text);
    expect(brief(plan)).toEqual([
      ['数字经济核心产业增加值年均增长', 12, '%', '≈', 2025],
      ['数字经济核心产业增加值占地区生产总值比重提高', 3, '个百分点', '=', 2025],
      ['每万人拥有5G基站数', 25, '个', '>=', 2025],
      ['算力规模', 5, 'EFLOPS', '=', 2025],
      ['光伏装机容量', 300, 'MW', '=', 2025],
      ['数字经济核心产业增加值占地区生产总值比重', 20, '%', '=', 2035],
      ['装备制造项目', 6, '个', '=', null],
    ]);
  });
});

describe('the subject of a change', () => {
  it('a name closing on a change (年均增长, 增速) speaks of what changes', async () => {
    const { subjectOf } = await import('../src/extract/indicators/share-subject.js');
    expect(subjectOf('数字经济核心产业增加值年均增长')).toBe('数字经济核心产业增加值');
    expect(subjectOf('服务业增加值占地区生产总值比重')).toBe('服务业增加值');
    expect(subjectOf('增长')).toBe('增长');
  });
});

describe('lists sharing a head, changes 分别比2020年, ratios X∶1, an attribute column under another header', () => {
  const text = [
    '某某市“十四五”卫生健康和民生发展规划',
    '二、发展目标',
    '到2025年，城乡居民收入比缩小到2.2∶1，城镇居民和农村居民人均可支配收入分别比2020年增长40%和50%。',
    '市级财政按1∶1比例安排配套资金。',
    '表1 主要指标',
    '指标\t单位\t2020年\t2025年\t指标类型',
    '孕产妇死亡率\t1/10万\t12\t≤10\t约束性指标',
    '婴儿死亡率\t‰\t5.1\t≤5\t约束性指标',
    '居民健康素养水平\t%\t20\t≥28\t预期性指标',
    '三、主要任务',
    '加强基层医疗卫生服务。',
  ].join('\n');

  it('reads the ratio as its first term, the shared head and the verb after the comparison for each name; a ratio of a rule is none', async () => {
    const plan = await parseText(text);
    expect(brief(plan).filter((_, k) => plan.indicators[k].source === 'goals')).toEqual([
      ['城乡居民收入比', 2.2, null, '=', 2025],
      ['城镇居民人均可支配收入增长', 40, '%', '=', 2025],
      ['农村居民人均可支配收入增长', 50, '%', '=', 2025],
    ]);
  });

  it('a 指标类型 column of 约束性指标/预期性指标 cells gives the attribute, not a category', async () => {
    const plan = await parseText(text);
    expect(plan.indicators.filter((i) => i.source === 'table').map((i) => [i.name, i.category, i.attribute])).toEqual([
      ['孕产妇死亡率', null, '约束性'],
      ['婴儿死亡率', null, '约束性'],
      ['居民健康素养水平', null, '预期性'],
    ]);
  });

  it('names of a list share the head only where their subjects are parallel', async () => {
    const { listNames } = await import('../src/extract/indicators/list-names.js');
    const id = (s: string) => s;
    expect(listNames('城镇居民和农村居民人均可支配收入', 2, '增长', id)).toEqual(['城镇居民人均可支配收入增长', '农村居民人均可支配收入增长']);
    expect(listNames('森林覆盖率和湿地保护率', 2, '', id)).toEqual(['森林覆盖率', '湿地保护率']);
    expect(listNames('城镇居民和农村居民人均可支配收入', 2, '□□□□□□增长', id)).toEqual(['城镇居民人均可支配收入增长', '农村居民人均可支配收入增长']);
  });
});

describe('a review table of the previous plan, and a header over two rows in plain text', () => {
  const text = [
    '某某市“十四五”生态环境保护规划',
    '第一章 发展基础',
    '表1 “十三五”生态环境保护主要指标完成情况',
    '序号\t指标\t单位\t2015年\t2020年目标\t2020年实际\t完成情况',
    '1\t空气质量优良天数比例\t%\t75\t80\t86.3\t完成',
    '2\t森林覆盖率\t%\t38\t40\t41.2\t完成',
    '注：优良天数比例按新标准计算。',
    '第二章 主要目标',
    '表2 “十四五”生态环境保护主要指标',
    '序号\t指标\t单位\t基期值\t目标值\t\t属性',
    '\t\t\t2020年\t2023年\t2025年\t',
    '1\t空气质量优良天数比例\t%\t86.3\t87\t≥88\t约束性',
    '2\t森林覆盖率\t%\t41.2\t41.5\t42\t约束性',
    '第三章 主要任务',
    '加强大气污染防治。',
  ].join('\n');

  it('the 十三五 table (every year before the period) gives no target, only a diagnostic', async () => {
    const plan = await parseText(text);
    expect(plan.indicators.every((i) => i.target.year === 2025)).toBe(true);
    expect(plan.diagnostics.some((d) => d.code === 'indicators.past-table')).toBe(true);
  });

  it('the blank cell right of 目标值 in the upper header row spans it: 2023 is a milestone, 2025 the target', async () => {
    const plan = await parseText(text);
    expect(plan.indicators.map((i) => [i.name, i.baseline?.year, i.baseline?.value, i.milestones.map((m) => [m.year, m.value]), i.target.year, i.target.value, i.target.comparator, i.attribute])).toEqual([
      ['空气质量优良天数比例', 2020, 86.3, [[2023, 87]], 2025, 88, '>=', '约束性'],
      ['森林覆盖率', 2020, 41.2, [[2023, 41.5]], 2025, 42, '=', '约束性'],
    ]);
  });
});

describe('a change from one dated level to another, a total after a count', () => {
  const text = [
    '某某市“十四五”自然资源和科技创新规划',
    '一、规划背景',
    '“十三五”以来，全市累计完成造林面积30万亩，2020年森林覆盖率为38%。2023年全市地区生产总值增长5.2%。',
    '二、规划目标',
    '到2025年，万人发明专利拥有量由2020年的10.5件提高到2025年的20件。“十四五”期间，新增高标准农田20万亩，总面积达到80万亩。',
    '三、重点任务',
    '全年计划实施重点项目150个，总投资800亿元。',
    '四、附则',
    '本规划自2021年1月1日起施行。联系电话：0551-12345678。',
  ].join('\n');

  it('由2020年的10.5件提高到2025年的20件: the first level is the baseline, not a qualifier; 总面积/总投资 speak of the object counted before', async () => {
    const plan = await parseText(text);
    expect(brief(plan)).toEqual([
      ['万人发明专利拥有量', 20, '件', '=', 2025],
      ['新增高标准农田', 20, '万亩', '=', 2025],
      ['高标准农田总面积', 80, '万亩', '=', 2025],
      ['全年计划实施重点项目', 150, '个', '=', null],
      ['重点项目总投资', 800, '亿元', '=', null],
    ]);
    expect(plan.indicators[0].baseline).toMatchObject({ year: 2020, value: 10.5 });
  });
});

describe('a 纲要 table whose target cell states a growth of the level the row names', () => {
  it('the target is the growth (name + 年均增长, in %), the base level goes to the note; a rate row and a level row stay as they are', async () => {
    const plan = await parseText(
      [
        '某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
        '第二章 主要目标',
        '指标\t2020年\t2025年\t属性',
        '地区生产总值（亿元）\t3000\t年均增长6%左右\t预期性',
        '全员劳动生产率（万元/人）\t12.5\t年均增长6.5%\t预期性',
        '居民人均可支配收入增长（%）\t5.8\t6左右\t预期性',
        '森林覆盖率\t40%\t≥42%\t约束性',
        '第三章 主要任务',
        '推动高质量发展。',
      ].join('\n'),
    );
    expect(rows(plan)).toEqual([
      ['地区生产总值年均增长', '%', null, 6, '≈', 2025, '预期性'],
      ['全员劳动生产率年均增长', '%', null, 6.5, '=', 2025, '预期性'],
      ['居民人均可支配收入增长', '%', 5.8, 6, '≈', 2025, '预期性'],
      ['森林覆盖率', '%', 40, 42, '>=', 2025, '约束性'],
    ]);
    expect(plan.indicators[0].note).toBe('2020年：3000亿元');
  });
});

describe('a three-year 行动方案 with two dated stages', () => {
  it('each stage’s targets take its year; a ratio under a bound (不高于2.5∶1) is a ceiling, the longest comparator word deciding', async () => {
    const plan = await parseText(
      [
        '某某市新能源汽车推广应用三年行动方案（2024—2026年）',
        '一、工作目标',
        '到2024年底，全市新能源汽车保有量突破5万辆，建成公共充电桩3000个；到2026年底，新能源汽车保有量达到10万辆，车桩比不高于2.5∶1。',
        '二、保障措施',
        '对新建公共充电桩按设备投资的30%给予补助。',
      ].join('\n'),
    );
    expect(brief(plan)).toEqual([
      ['新能源汽车保有量', 5, '万辆', '>', 2024],
      ['公共充电桩', 3000, '个', '=', 2024],
      ['新能源汽车保有量', 10, '万辆', '=', 2026],
      ['车桩比', 2.5, null, '<=', 2026],
    ]);
  });
});

describe('what is no target (regression guards beside the rules above)', () => {
  it('a document number, what exists now, a definition, a reward, a date to report by and a term of validity give nothing', async () => {
    const plan = await parseText(
      [
        '某某市促进中小企业发展实施方案',
        '一、总体要求',
        '按照《国务院关于进一步支持中小企业发展的意见》（国发〔2021〕33号）要求，制定本方案。全市现有中小企业3.2万家，占企业总数的99%。',
        '二、工作目标',
        '到2025年，全市中小企业数量达到4万家，专精特新中小企业达到300家。',
        '三、支持政策',
        '本方案所称规模以上企业，是指年主营业务收入2000万元以上的工业企业。对首次升规的企业，给予一次性奖励10万元。企业申请材料应于每年3月31日前报送。',
        '四、附则',
        '本方案自2024年1月1日起施行，有效期3年。',
      ].join('\n'),
    );
    expect(brief(plan)).toEqual([
      ['中小企业数量', 4, '万家', '=', 2025],
      ['专精特新中小企业', 300, '家', '=', 2025],
    ]);
  });

  it('a project table (项目名称, 建设内容, 总投资) is no indicator table: the counts in its cells are tasks, its investment column no target column', async () => {
    const plan = await parseText(
      [
        '某某市“十四五”综合交通规划',
        '三、重点任务',
        '专栏3 重大交通项目',
        '序号\t项目名称\t建设内容\t总投资（亿元）\t建设年限',
        '1\t某某大道快速化改造\t改造道路12公里，新建互通立交2座\t20\t2022—2024年',
        '2\t某某港区二期\t新建5万吨级泊位4个\t35\t2023—2025年',
        '四、保障措施',
        '加强要素保障。',
      ].join('\n'),
    );
    expect(plan.indicators.map((i) => [i.source, i.name, i.target.value, i.unit])).toEqual([
      ['task', '改造道路', 12, '公里'],
      ['task', '互通立交', 2, '座'],
      ['task', '5万吨级泊位', 4, '个'],
    ]);
  });
});

describe('targets announced after 具体目标：', () => {
  it('比上年减少20% among announced targets is a target, not a result of last year', async () => {
    const plan = await parseText(
      [
        '某某区2025年优化营商环境工作方案',
        '一、工作目标',
        '2025年，全区营商环境便利度持续提升。具体目标：企业开办时间压减至1个工作日内；政务服务事项“一网通办”率达到100%；涉企检查次数比上年减少20%。',
        '二、重点任务',
        '推行“高效办成一件事”。',
      ].join('\n'),
    );
    expect(brief(plan)).toEqual([
      ['企业开办时间', 1, '个工作日', '<=', 2025],
      ['政务服务事项“一网通办”率', 100, '%', '=', 2025],
      ['涉企检查次数减少', 20, '%', '=', 2025],
    ]);
  });
});
