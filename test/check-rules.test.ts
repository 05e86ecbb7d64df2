/**
 * Each check rule on small hand-written documents: ones that must pass clean (no false alarms) and ones
 * that must fail, with the line and the words of the message.
 */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { analyzePlanBytes } from '../src/index.js';
import { resolveRules, runCheck } from '../src/check/index.js';
import { brief, lint } from './check-helpers.js';

const ids = (r: { messages: { ruleId: string }[] }) => r.messages.map((m) => m.ruleId);

describe('heading-numbering', () => {
  const clean = `某市知识产权“十四五”规划
一、发展基础
“十三五”期间，全市知识产权工作取得明显成效。
二、总体要求
（一）指导思想
坚持以习近平新时代中国特色社会主义思想为指导。
（二）主要目标
1.创造方面。专利数量稳步增长。
2.保护方面。保护水平明显提高。
三、主要任务
（一）加强知识产权创造
1.培育高价值专利。加强专利布局。
（1）重点产业。聚焦主导产业。
（2）重点企业。聚焦龙头企业。
2.推进商标品牌建设。培育区域品牌。
（二）加强知识产权保护
3.强化行政执法。加大查处力度。
4.加强司法保护。完善衔接机制。
四、保障措施
（一）加强组织领导。建立协调机制。
（二）加大资金投入。保障经费。
`;

  it('passes a document numbered as GB/T 9704 asks, numbering running on across sections', async () => {
    const r = await lint(clean, { only: 'heading-numbering' });
    expect(brief(r.messages)).toEqual([]);
  });

  it('accepts a second list starting again at 1 inside one section', async () => {
    const doc = `某市方案
一、发展形势
面临的需求主要有：
1.更高战略支撑需求。正文。
2.更完整体系需求。正文。
存在的问题主要有：
1.创造质量有待提高。正文。
2.保护力度有待加强。正文。
二、保障措施
正文。
`;
    expect(brief((await lint(doc, { only: 'heading-numbering' })).messages)).toEqual([]);
  });

  it('reports a gap (一、二、四) and a repeat (二、二、)', async () => {
    const gap = clean.replace('三、主要任务', '五、主要任务').replace('四、保障措施', '六、保障措施');
    expect(brief((await lint(gap, { only: 'heading-numbering' })).messages)).toEqual([
      '10:heading-numbering heading number “五、” skips 2 numbers: expected “三、”',
    ]);
    const repeat = clean.replace('（二）加强知识产权保护', '（一）加强知识产权保护');
    const r = await lint(repeat, { only: 'heading-numbering' });
    expect(brief(r.messages)).toEqual(['16:heading-numbering heading number “（一）” repeats the number of the heading before it (line 11)']);
    expect(r.messages[0]).toMatchObject({ column: 1, actual: '（一）', expected: '（二）' });
  });

  it('reports mixed styles at one level (1、 2、 三、 四、) on the minority, expecting 一、', async () => {
    const doc = `某市纲要
1、 编制背景
正文。
2、 总体要求
（一）指导思想
正文。
三、工作措施
（一）提高创造质量
正文。
四、有关要求
正文。
`;
    const r = await lint(doc, { only: 'heading-numbering' });
    expect(brief(r.messages)).toEqual([
      '2:heading-numbering heading number “1、” mixes numbering styles at one level: the other headings here are numbered like “三、” (line 7)',
      '4:heading-numbering heading number “2、” mixes numbering styles at one level: the other headings here are numbered like “三、” (line 7)',
    ]);
    expect(r.messages[0].expected).toBe('一、');
  });

  it('reports a family placed under one GB/T puts lower (（一） under 1.)', async () => {
    const doc = `某市方案
一、总体要求
1.指导思想
（一）坚持创新
正文内容。
（二）坚持协调
正文内容。
2.工作目标
正文。
二、保障措施
正文。
`;
    expect(brief((await lint(doc, { only: 'heading-numbering' })).messages)).toEqual([
      '4:heading-numbering heading number “（一）” is under “1.” (line 3); GB/T 9704 orders the levels 一、→（一）→1.→（1）',
    ]);
  });

  it('reports 1、 where GB/T writes 1., and 一， for 一、; the option turns that off', async () => {
    const doc = `某市方案
一、总体要求
（一）主要目标
1、创造方面。专利数量增长。
2、保护方面。保护水平提高。
二，保障措施
正文。
`;
    expect(brief((await lint(doc, { only: 'heading-numbering' })).messages)).toEqual([
      '4:heading-numbering heading number “1、” should be written “1.” (GB/T 9704)',
      '5:heading-numbering heading number “2、” should be written “2.” (GB/T 9704)',
      '6:heading-numbering heading number “二，” should be written “二、” (GB/T 9704)',
    ]);
    const off = await lint(doc, { only: 'heading-numbering', rules: { 'heading-numbering': ['error', { checkSeparators: false }] } });
    expect(off.messages).toEqual([]);
  });
});

describe('required-sections', () => {
  const full = `某市知识产权“十四五”规划
一、总体要求
（一）指导思想
正文。
（二）发展目标
正文。
二、重点任务
正文。
三、保障措施
正文。
`;
  it('passes a plan with 指导思想, 目标, 任务 and 保障措施 (at any level)', async () => {
    expect((await lint(full, { only: 'required-sections' })).messages).toEqual([]);
    // 总体要求 alone meets the first requirement; 组织实施 the last
    const other = full.replace('（一）指导思想', '（一）基本原则').replace('三、保障措施', '三、组织实施');
    expect((await lint(other, { only: 'required-sections' })).messages).toEqual([]);
  });

  it('reports each missing section at the first heading', async () => {
    const missing = full.replace('三、保障措施', '三、其他事项').replace('（二）发展目标', '（二）基本原则');
    expect(brief((await lint(missing, { only: 'required-sections' })).messages)).toEqual([
      '2:required-sections no section on 保障措施: no heading contains “保障措施”, “保障机制”, “组织实施”, “实施保障”, “有关要求”, “工作要求”',
      '2:required-sections no section on 目标: no heading contains “目标”',
    ]);
  });

  it('takes its list from the configuration', async () => {
    const r = await lint(full, { only: 'required-sections', rules: { 'required-sections': ['error', { sections: [{ name: '监督考核', anyOf: ['考核', '评估'] }] }] } });
    expect(brief(r.messages)).toEqual(['2:required-sections no section on 监督考核: no heading contains “考核”, “评估”']);
    expect(r.errorCount).toBe(1);
  });
});

const TABLE_PLAN = `某市知识产权“十四五”规划
一、总体要求
（一）发展目标
到2025年，每万人口高价值发明专利拥有量达到3件，知识产权质押融资金额达到12亿元。
专栏1 主要指标
序号\t指标名称\t2020年\t2025年\t属性
1\t每万人口高价值发明专利拥有量（件）\t1\t3\t预期性
2\t知识产权质押融资金额（亿元）\t5\t12\t约束性
二、主要任务
（一）加强创造
1.培育高价值专利。到2025年，每万人口高价值发明专利拥有量达到3件以上。
`;

describe('indicator-completeness', () => {
  it('passes targets with year, value, unit and 属性 inside the plan period', async () => {
    expect(brief((await lint(TABLE_PLAN, { only: 'indicator-completeness' })).messages)).toEqual([]);
  });

  it('reports a target year outside the plan period, and accepts the configured 远景 year', async () => {
    const doc = TABLE_PLAN.replace('到2025年，每万人口', '到2028年，每万人口');
    const r = await lint(doc, { only: 'indicator-completeness' });
    // the year carries over to the next figure of the sentence
    expect(brief(r.messages)).toEqual([
      '4:indicator-completeness indicator “每万人口高价值发明专利拥有量” aims at 2028, outside the plan period 2021–2025',
      '4:indicator-completeness indicator “知识产权质押融资金额” aims at 2028, outside the plan period 2021–2025',
    ]);
    expect(r.messages[0]).toMatchObject({ column: 2, actual: '2028' });
    const allowed = await lint(doc, { only: 'indicator-completeness', rules: { 'indicator-completeness': ['warning', { allowedYears: [2028] }] } });
    expect(allowed.messages).toEqual([]);
  });

  it('reports a table row without 属性', async () => {
    const doc = TABLE_PLAN.replace('\t12\t约束性', '\t12\t—');
    expect(brief((await lint(doc, { only: 'indicator-completeness' })).messages)).toEqual([
      '8:indicator-completeness table row “知识产权质押融资金额” has no 属性 (预期性 or 约束性)',
    ]);
  });

  it('reports a baseline dated at or after the target, and a target without year, value or unit', async () => {
    const analyzed = await analyzePlanBytes(Buffer.from(TABLE_PLAN), 'draft.txt');
    const row = analyzed.plan.indicators.find((i) => i.source === 'table')!;
    row.baseline = { year: 2025, value: 1 };
    const goal = analyzed.plan.indicators.find((i) => i.source === 'goals')!;
    goal.target = { ...goal.target, year: null, value: null, raw: '明显提高' };
    goal.unit = null;
    const only = Object.fromEntries(['heading-numbering', 'required-sections', 'text-table-consistency', 'task-units', 'conversion-debris', 'punctuation', 'typos', 'toc-mismatch'].map((id) => [id, 'off' as const]));
    const r = runCheck(analyzed, resolveRules({ rules: only }));
    expect(brief(r.messages)).toEqual([
      '4:indicator-completeness indicator “每万人口高价值发明专利拥有量” has no numeric target (found “明显提高”)',
      '4:indicator-completeness indicator “每万人口高价值发明专利拥有量” has no target year',
      '7:indicator-completeness indicator “每万人口高价值发明专利拥有量”: baseline year 2025 is not before target year 2025',
    ]);
  });
});

describe('text-table-consistency', () => {
  it('passes when the table, the goals and a task agree (以上 is not a conflict)', async () => {
    expect((await lint(TABLE_PLAN, { only: 'text-table-consistency' })).messages).toEqual([]);
  });

  it('reports the text that contradicts the table, on the text line', async () => {
    const doc = TABLE_PLAN.replace('拥有量达到3件以上', '拥有量超过4件').replace('金额达到12亿元', '金额达到10亿元');
    const r = await lint(doc, { only: 'text-table-consistency' });
    expect(brief(r.messages)).toEqual([
      '4:text-table-consistency “知识产权质押融资金额” for 2025: the goals text says “10亿元” but the indicator table says “12亿元” (line 8)',
      '11:text-table-consistency “每万人口高价值发明专利拥有量” for 2025: the task text says “超过4件” but the indicator table says “3件” (line 7)',
    ]);
    expect(r.messages[1]).toMatchObject({ actual: '超过4件', expected: '3' });
  });

  it('reports two places of the text that disagree, and not figures of a different kind (年均, 新增)', async () => {
    const doc = `某市知识产权“十四五”规划
一、总体要求
（一）发展目标
到2025年，地理标志商标达到20件，年均发明专利授权量达到300件。
二、主要任务
（一）加强创造
1.培育品牌。到2025年，地理标志商标达到25件，新增发明专利授权量2000件。
`;
    expect(brief((await lint(doc, { only: 'text-table-consistency' })).messages)).toEqual([
      '7:text-table-consistency “地理标志商标” for 2025: the task text says “25件” but the goals says “20件” (line 4)',
    ]);
  });

  it('does not pit two task sentences with a generic subject against each other, unless both name one canonical indicator', async () => {
    const doc = `某县2025年重点工作方案
一、重点任务
（一）扩大投资
1.抓好工业投资。围绕主导产业，实施项目120个。
2.推进城市更新。围绕老旧小区，实施项目35个。
（二）加强创造
3.培育专利。到2025年，每万人口高价值发明专利拥有量达到3件。
4.强化运用。到2025年，每万人口高价值发明专利拥有量达到5件。
`;
    expect(brief((await lint(doc, { only: 'text-table-consistency' })).messages)).toEqual([
      '8:text-table-consistency “每万人口高价值发明专利拥有量” for 2025: the task text says “5件” but a task says “3件” (line 7)',
    ]);
  });
});

describe('text-table-consistency: names written two ways', () => {
  it('meets the text and the table when they name an indicator without a canonical name in two spellings (地区生产总值/GDP, a closing 数)', async () => {
    const doc = `某市数字经济发展三年行动方案（2024—2026年）
一、总体目标
到2026年，全市数字经济核心产业增加值占地区生产总值比重达到12%，建成5G基站8000个。
二、重点任务
（一）夯实数字基础设施。加快网络建设，到2026年建成5G基站9000个。（责任单位：市工信局）
附件：主要指标表
指标\t2023年\t2026年\t属性
数字经济核心产业增加值占GDP比重（%）\t9\t13\t预期性
5G基站数（个）\t4000\t8000\t预期性
`;
    expect(brief((await lint(doc, { only: 'text-table-consistency' })).messages)).toEqual([
      '3:text-table-consistency “数字经济核心产业增加值占地区生产总值比重” for 2026: the goals text says “12%” but the indicator table says “13%” (line 8)',
      '5:text-table-consistency “5G基站” for 2026: the task text says “9000个” but the indicator table says “8000个” (line 9)',
    ]);
  });
});

describe('task-units', () => {
  const tasks = (third: string) => `某市方案
一、重点任务
（一）加强保护
1.强化执法。加大查处力度。（牵头单位：市市场监管局；配合单位：市公安局）
2.完善机制。建立协作机制。（牵头单位：市科技局、市司法局）
3.加强宣传。开展宣传活动。${third}
4.培养人才。建设人才队伍。（责任单位：市人力资源社会保障局、市教育局）
`;
  it('passes tasks that all name known bodies', async () => {
    expect(brief((await lint(tasks('（牵头单位：市委宣传部）'), { only: 'task-units' })).messages)).toEqual([]);
  });

  it('reports a task without units where most tasks have them', async () => {
    expect(brief((await lint(tasks(''), { only: 'task-units' })).messages)).toEqual([
      '6:task-units task “加强宣传” names no responsible unit (3 of 4 tasks do)',
    ]);
  });

  it('reports a unit that is not a known body once, and accepts it once configured', async () => {
    const doc = tasks('（牵头单位：市宣传推广中心）');
    const r = await lint(doc, { only: 'task-units' });
    expect(brief(r.messages)).toEqual(['6:task-units responsible unit “市宣传推广中心” is not a known body; check the name or add it to knownBodies']);
    expect(r.messages[0].column).toBe(doc.split('\n')[5].indexOf('市宣传推广中心') + 1);
    const configured = await lint(doc, { only: 'task-units', rules: { 'task-units': ['warning', { knownBodies: ['宣传推广中心'] }] } });
    expect(configured.messages).toEqual([]);
  });

  it('says nothing about a plan whose tasks name no units at all', async () => {
    const doc = tasks('').replace(/（[^）]*单位：[^）]*）/g, '');
    expect((await lint(doc, { only: 'task-units' })).messages).toEqual([]);
  });
});

describe('conversion-debris', () => {
  it('passes clean text, a real question and a tab-separated table', async () => {
    const doc = `某市方案
一、总体要求
如何提升知识产权质量？这是本方案要回答的问题。
序号\t指标名称\t2025年
1\t专利授权量（件）\t100
`;
    expect((await lint(doc, { only: 'conversion-debris' })).messages).toEqual([]);
  });

  it('reports bookmarks, page numbers, a paragraph cut by a page break and a stray ?, with fixes for .txt', async () => {
    const doc = `某市方案
[bookmark: _Toc123][bookmark: _Toc456]一、总体要求
全市知识产权工作坚持新发展理念，积极推动高质量发展，在经济社会保持健康发展的良好局面下，激励创新和精

品版权建设，取得了较为显著的成绩。
— 2 —
二、保障措施
加强知识产权?保护。
`;
    const r = await lint(doc, { only: 'conversion-debris' });
    expect(brief(r.messages)).toEqual([
      '2:conversion-debris 2 Word bookmark markers left by the conversion',
      '5:conversion-debris a paragraph cut in two by a page break',
      '6:conversion-debris a page number (“— 2 —”) left in the text by the conversion',
      '8:conversion-debris stray “?”: probably a character lost in conversion',
    ]);
    expect(r.messages[0].fix).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 39, text: '', kind: 'debris' });
    expect(r.messages[1].fix).toMatchObject({ line: 3, endLine: 5, endColumn: 1, text: '', kind: 'debris' });
    expect(r.messages[2].fix).toEqual({ line: 6, column: 1, endLine: 7, endColumn: 1, text: '', kind: 'debris' });
    expect(r.messages[3].fix).toBeUndefined();
  });
});

describe('punctuation', () => {
  it('passes full-width Chinese text with numbers, Latin text and web addresses', async () => {
    const doc = `某市方案
一、总体要求
到2025年，专利申请量达到1,000件，10:30召开会议（详见http://www.example.gov.cn/a?b=1,2）。
引进Patent Cooperation Treaty (PCT) 申请服务，依据《某市知识产权保护条例（2021年）》执行。
文号为某政办〔2022〕41号。
`;
    expect(brief((await lint(doc, { only: 'punctuation' })).messages)).toEqual([]);
  });

  it('reports half-width marks per line, the mix in one document, and 文号 brackets; fixes outside headings', async () => {
    const doc = `某市方案
一、总体要求
到2025年,专利申请量达到1,000件(含发明专利);全市加强保护。
印发《实施方案(试行)》的通知,某政办[2022]41号。
`;
    const r = await lint(doc, { only: 'punctuation' });
    expect(brief(r.messages)).toEqual([
      '3:punctuation half-width punctuation in Chinese text: “,”, “(”, “)”, “;”; use ， （ ） ；',
      '3:punctuation the document mixes half-width (7) and full-width (2) punctuation in Chinese text',
      '4:punctuation half-width punctuation in Chinese text: “(”, “)”, “,”; use （ ） ， (not fixed inside a heading, 《》 or quotes)',
      '4:punctuation 文号 “某政办[2022]41号” puts the year in 〔〕: “某政办〔2022〕41号”',
    ]);
    expect(r.messages[0].fix).toEqual({ line: 3, column: 7, endLine: 3, endColumn: 29, text: '，专利申请量达到1,000件（含发明专利）；', kind: 'punctuation' });
    // inside 《》 the brackets are left; the comma after it is fixed
    expect(r.messages[2].fix?.text).toBe('，');
    expect(r.messages[3].fix).toMatchObject({ text: '〔2022〕', kind: 'punctuation' });
  });

  it('reports a half-width heading number but never fixes a heading', async () => {
    const doc = `某市方案
一、总体要求
(一)加强组织领导,完善机制。建立协调机制,定期会商。
`;
    const r = await lint(doc, { only: 'punctuation', rules: { punctuation: ['warning', { reportMixed: false }] } });
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0].message).toContain('“(”, “)”, “,” ×2');
    // only the comma after the title is fixed
    expect(r.messages[0].fix).toMatchObject({ text: '，', column: doc.split('\n')[2].lastIndexOf(',') + 1 });
  });
});

describe('typos', () => {
  it('passes GDP, and CDP where it is not a share of output', async () => {
    const doc = `某市方案
一、总体要求
专利密集型产业增加值占GDP的比重达到12%。引进CDP公司的数据服务。截至2020年底，全市专利授权量显著提高。
`;
    expect((await lint(doc, { only: 'typos' })).messages).toEqual([]);
  });

  it('reports CDP in 占…比重 and other known mistakes, with the suggestion', async () => {
    const doc = `某市方案
一、总体要求
知识产权(专利)密集型产业增加值占CDP的比重达到2%。截止2020年底，服务能力显然加强。
`;
    const r = await lint(doc, { only: 'typos' });
    expect(brief(r.messages)).toEqual([
      '3:typos “CDP” should probably be “GDP” (a share of output (占…比重) is measured against GDP)',
      '3:typos “截止2020年” should probably be “截至2020年” (up to a point in time is 截至; 截止 is a deadline)',
      '3:typos “显然加强” should probably be “显著加强” (显然 (obviously) for 显著 (markedly))',
    ]);
    expect(r.messages[0]).toMatchObject({ column: 18, actual: 'CDP', expected: 'GDP' });
  });

  it('takes more entries from the configuration, or only those', async () => {
    const doc = `某市方案
一、总体要求
认真布署，坚决贯切落实。
`;
    const own = { words: [{ pattern: '坚决贯切', suggest: '坚决贯彻' }], useDefaults: false };
    expect(brief((await lint(doc, { only: 'typos', rules: { typos: ['error', own] } })).messages)).toEqual([
      '3:typos “坚决贯切” should probably be “坚决贯彻”',
    ]);
    expect(ids(await lint(doc, { only: 'typos' }))).toEqual(['typos', 'typos']);
  });
});

describe('toc-mismatch', () => {
  const doc = (body: string) => `某市知识产权“十四五”规划
目  录
一、发展基础
二、总体要求
（一）指导思想
（二）发展目标
三、保障措施
某市知识产权“十四五”规划
${body}`;
  const body = `一、发展基础
“十三五”期间，全市知识产权工作取得明显成效。
二、总体要求
（一）指导思想
坚持以习近平新时代中国特色社会主义思想为指导。
（二）发展目标
到2025年，知识产权综合实力明显提升。
三、保障措施
加强组织领导，建立协调机制。
`;
  it('passes when the 目录 and the headings agree', async () => {
    expect(brief((await lint(doc(body), { only: 'toc-mismatch' })).messages)).toEqual([]);
  });

  it('reports an entry missing from the body, a different title and a heading missing from the 目录', async () => {
    const changed = body
      .replace('（一）指导思想\n坚持以习近平新时代中国特色社会主义思想为指导。\n', '')
      .replace('（二）发展目标', '（一）发展目标任务')
      .replace('三、保障措施', '三、重点任务\n全面加强保护。\n四、保障措施');
    const r = await lint(doc(changed), { only: 'toc-mismatch' });
    expect(brief(r.messages)).toEqual([
      '5:toc-mismatch 目录 entry “（一）指导思想” reads “（一）发展目标任务” in the body (line 12)',
      '6:toc-mismatch 目录 entry “（二）发展目标” has no heading in the body',
      // 三、保障措施 is found by its title (now 四、), so 三、重点任务 is the heading the 目录 lacks
      '14:toc-mismatch heading “三、重点任务” is not in the 目录',
    ]);
  });
});

describe('inline directives', () => {
  const doc = `某市方案
一、总体要求
全市加强保护,完善机制。
planlens-disable-next-line punctuation
全市加强保护,完善机制。
<!-- planlens-disable punctuation -->
全市加强保护,完善机制。

全市加强保护,完善机制。
<!-- planlens-enable punctuation -->
全市加强保护,完善机制。
# planlens-disable-next-line
全市加强保护,完善机制。
// planlens-disable-next-line no-such-rule
全市加强保护,完善机制。
`;
  it('drops messages on the next line and in a range, and says when a directive names no rule', async () => {
    const r = await lint(doc, { only: 'punctuation', rules: { punctuation: ['warning', { reportMixed: false }] } });
    expect(brief(r.messages)).toEqual([
      '3:punctuation half-width punctuation in Chinese text: “,”; use ，',
      '11:punctuation half-width punctuation in Chinese text: “,”; use ，',
      '14:inline-config planlens-disable-next-line names an unknown rule "no-such-rule"',
      '15:punctuation half-width punctuation in Chinese text: “,”; use ，',
    ]);
  });

  it('reads directives from HTML comments, placed on the following paragraph', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>某市方案</title></head><body><div class="article">
<h1>某市知识产权保护方案</h1>
<p>一、总体要求</p>
<p>全市加强知识产权保护,完善工作机制,提升保护水平。</p>
<!-- planlens-disable-next-line punctuation -->
<p>全市加强知识产权运用,完善工作机制,提升运用水平。</p>
<p>全市加强知识产权管理,完善工作机制,提升管理水平。</p>
</div></body></html>`;
    const options = { only: 'punctuation', name: 'draft.html', rules: { punctuation: ['warning', { reportMixed: false }] as ['warning', Record<string, unknown>] } };
    const r = await lint(Buffer.from(html), options);
    const { segmented } = await analyzePlanBytes(Buffer.from(html), 'draft.html');
    const flagged = r.messages.map((m) => segmented.ingest.lines[m.line - 1]);
    expect(flagged).toEqual(['全市加强知识产权保护,完善工作机制,提升保护水平。', '全市加强知识产权管理,完善工作机制,提升管理水平。']);
    expect(r.messages.every((m) => m.fix === undefined)).toBe(true); // fixes are for .txt only
    const without = await lint(Buffer.from(html.replace(/<!--.*?-->/, '')), options);
    expect(without.messages).toHaveLength(3);
  });
});

describe('fix safety', () => {
  it('isSafeFix refuses anything but debris removal and punctuation width', async () => {
    const { isSafeFix } = await import('../src/check/fix.js');
    expect(isSafeFix('punctuation', '加强,完善(试行)', '加强，完善（试行）')).toBe(true);
    expect(isSafeFix('punctuation', '[2022]', '〔2022〕')).toBe(true);
    expect(isSafeFix('punctuation', '1,000', '1，000')).toBe(true); // width only; the rule never proposes it
    expect(isSafeFix('punctuation', '1.5', '1。5')).toBe(false);
    expect(isSafeFix('punctuation', '25家', '30家')).toBe(false);
    expect(isSafeFix('punctuation', 'CDP', 'GDP')).toBe(false);
    expect(isSafeFix('debris', '[bookmark: _Toc1]一、总体要求', '一、总体要求')).toBe(true);
    expect(isSafeFix('debris', '和精\n\n', '和精')).toBe(true);
    expect(isSafeFix('debris', '— 3 —\n', '')).toBe(true);
    expect(isSafeFix('debris', '2025年\n', '')).toBe(false);
    expect(isSafeFix('debris', '一、总体要求', '一、总体')).toBe(false);
  });

  it('on generated drafts, applying every fix keeps each word and number', async () => {
    const fc = await import('fast-check');
    const { fixBytes } = await import('../src/check/index.js');
    const piece = fc.constantFrom('加强', '知识产权', '保护', '2025年', '1,000', '3.5', '(', ')', ',', ':', ';', '。', '[bookmark: _Toc9]', '\n', '\n\n', '\n— 2 —\n', '一、', '（一）', '1.', '《纲要(试行)》', '“名称(甲)”', '某政办[2022]3号');
    // what fixes may remove: bookmark markers, whole page-number lines, whitespace; and punctuation width
    const removable = (t: string) => t.replace(/\[bookmark:[^\]]*\]/g, '').replace(/^— 2 —$/gm, '');
    const essence = (t: string) => removable(t).replace(/\s+/g, '').normalize('NFKC').replace(/[〔［]/g, '[').replace(/[〕］]/g, ']');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 5, maxLength: 40 }), async (pieces) => {
        const text = `某市方案\n${pieces.join('')}\n`;
        const fixed = Buffer.from((await fixBytes(Buffer.from(text), 'draft.txt', resolveRules(null))).bytes).toString('utf8');
        expect(essence(fixed)).toBe(essence(text));
        expect(fixed.match(/\d+/g)).toEqual(removable(text).match(/\d+/g));
        // and all of that debris is gone
        expect(fixed).not.toMatch(/\[bookmark:|^— 2 —$/m);
      }),
      { numRuns: 40, seed: 20240601 },
    );
  });
});

describe('rule modules', () => {
  it('each has an id, a description, docs, a default severity and options whose defaults parse', async () => {
    const { RULES } = await import('../src/check/index.js');
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/rules/README.md', 'utf8');
    for (const r of RULES) {
      expect(r.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.meta.description.length).toBeGreaterThan(20);
      expect(r.meta.docs.length).toBeGreaterThan(150);
      expect(['error', 'warning', 'info']).toContain(r.meta.defaultSeverity);
      expect(r.meta.options(z).safeParse({}).success).toBe(true);
      expect(r.meta.options(z).safeParse({ noSuchOption: 1 }).success).toBe(false);
      // the defaults a check without configuration takes (without loading zod) are the schema's
      expect([r.meta.id, r.meta.defaults]).toEqual([r.meta.id, r.meta.options(z).parse({})]);
      expect(doc).toContain(`\`${r.meta.id}\``);
    }
  });
});
