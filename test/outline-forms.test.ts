/**
 * Outline forms met in real plans the parser was not written for, each on a small document of our own
 * wording: 目录 in its printed forms, numbering families (decimal, 第X章/节, long 1、 runs, items numbered
 * on across groups, ﹒), headings without numbers, several documents in one file, appendices with an
 * outline of their own, and conversion debris around them.
 */
import { describe, expect, it } from 'vitest';
import { type PlanDocument, type Section } from '../src/index.js';
import { brief, lint } from './check-helpers.js';
import { parseText } from './helpers/parse-text.js';

const body = (doc: PlanDocument) => doc.sections.filter((s) => s.kind === 'body');
const titles = (ss: Section[]) => ss.map((s) => s.title);
type Tree = [string, Tree[]] | string;
const tree = (ss: Section[]): Tree[] => ss.filter((s) => s.kind !== 'toc').map((s) => (s.children.length ? [`${s.number}|${s.title}`, tree(s.children)] : `${s.number}|${s.title}`));

describe('目录 in its printed forms', () => {
  it('dot leaders, spaced leaders and page numbers make a toc section, never body headings', async () => {
    const doc = await parseText(
      [
        '某某县乡村振兴规划',
        '目  录',
        '一、发展现状……………………1',
        '二、总体思路 . . . . . . . . 4',
        '三、重点任务....................9',
        '一、发展现状',
        '全县耕地面积稳定。',
        '二、总体思路',
        '坚持农业农村优先发展。',
        '三、重点任务',
        '建设高标准农田。',
      ].join('\n'),
    );
    const toc = doc.sections.filter((s) => s.kind === 'toc');
    expect(toc).toHaveLength(1);
    expect(titles(toc[0].children)).toEqual(['发展现状', '总体思路', '重点任务']);
    expect(titles(body(doc))).toEqual(['发展现状', '总体思路', '重点任务']);
  });

  it('a 目录 after a 前言, its heading glued to a roman page mark, its entries wrapped over two lines', async () => {
    const doc = await parseText(
      [
        '某某市湿地保护规划',
        '前    言',
        '湿地是重要的生态系统，本规划明确今后一个时期的保护任务。',
        '  II 目    录',
        '第一章  保护现状 ............ 1',
        '第二章  面向二〇三五年的湿地保护与修复',
        '总体安排 .................... 5',
        '第三章  保障措施 ............ 9',
        '第一章  保护现状',
        '全市湿地面积保持稳定。',
        '第二章  面向二〇三五年的湿地保护与修复总体安排',
        '到2035年湿地保护率明显提高。',
        '第三章  保障措施',
        '加强组织领导。',
      ].join('\n'),
    );
    const toc = doc.sections.filter((s) => s.kind === 'toc');
    expect(toc).toHaveLength(1);
    expect(toc[0].children).toHaveLength(3);
    expect(titles(body(doc))).toEqual(['前言', '保护现状', '面向二〇三五年的湿地保护与修复总体安排', '保障措施']);
    expect(doc.diagnostics.some((d) => d.code === 'debris.page-number' && d.actual === 'II')).toBe(true);
  });

  it('the body keeps its own outline when it is an extract of what the 目录 lists', async () => {
    const doc = await parseText(
      [
        '某某市国民经济发展纲要',
        '目 录',
        '一、发展基础........1',
        '二、主要目标........5',
        '三、产业发展........9',
        '四、城市建设........15',
        '五、民生保障........20',
        '一、发展基础',
        '经济总量稳步增长。',
        '二、主要目标',
        '到2025年经济总量明显提升。',
      ].join('\n'),
    );
    expect(titles(body(doc))).toEqual(['发展基础', '主要目标']);
    expect(doc.diagnostics.some((d) => d.code === 'outline.from-toc')).toBe(false);
  });
});

describe('numbering families', () => {
  it('decimal numbers take their level from their depth, under the heading their first parts name', async () => {
    const doc = await parseText(
      [
        '某某区发展规划',
        '一、发展回顾',
        '1.1 主要成绩',
        '1.1.1 经济较快增长。全区生产总值增长。',
        '1.1.2 民生持续改善。居民收入增长。',
        '1.2 存在问题',
        '产业层次不高，全区产值 2.69 万亿元的目标尚有差距。',
        '二、总体要求',
        '2.1 指导思想',
        '坚持稳中求进。',
      ].join('\n'),
    );
    expect(tree(doc.sections)).toEqual([
      ['一|发展回顾', [['1.1|主要成绩', ['1.1.1|经济较快增长', '1.1.2|民生持续改善']], '1.2|存在问题']],
      ['二|总体要求', ['2.1|指导思想']],
    ]);
  });

  it('第X章 stays at the top after an unnumbered 总则 with its 第X节, and 一、 sits inside a 节', async () => {
    const doc = await parseText(
      [
        '某某县水资源规划',
        '总    则',
        '第一节  编制依据',
        '依据有关法律法规编制。',
        '第二节  规划期限',
        '规划期限为2021年至2030年。',
        '第一章  水资源现状',
        '第一节  供水能力',
        '一、地表水',
        '全县地表水资源总量稳定。',
        '二、地下水',
        '地下水开采得到控制。',
        '第二章  保障措施',
        '加强组织领导。',
      ].join('\n'),
    );
    expect(tree(doc.sections)).toEqual([
      ['|总则', ['第一节|编制依据', '第二节|规划期限']],
      ['第一章|水资源现状', [['第一节|供水能力', ['一|地表水', '二|地下水']]]],
      '第二章|保障措施',
    ]);
    expect(doc.meta.period).toEqual({ start: 2021, end: 2030 });
  });

  it('a long 1、 run inside a part stays one level', async () => {
    const items = Array.from({ length: 22 }, (_, i) => `${i + 1}、《某某条例${i + 1}》`);
    const doc = await parseText(['某某市生态规划', '一、规划依据', ...items, '二、规划目标', '到2030年生态质量改善。'].join('\n'));
    const [first] = body(doc);
    expect(first.children).toHaveLength(22);
    expect(first.children[21].number).toBe('22');
    expect(titles(body(doc))).toEqual(['规划依据', '规划目标']);
  });

  it('items numbered on across groups keep their group, also where a part has no （一） level', async () => {
    const doc = await parseText(
      [
        '某某市人才发展实施意见',
        '一、总体目标',
        '1.目标。五年内引进人才一万名。',
        '二、重点项目',
        '（一）产业人才计划。实施如下项目：',
        '2.工匠培养项目。每年培养工匠一百名。',
        '3.企业家培训项目。每年培训企业家二百名。',
        '（二）科技人才计划。实施如下项目：',
        '4.青年科学家项目。支持青年科学家。',
        '三、组织实施',
        '5.加强组织领导。建立联席会议制度。',
      ].join('\n'),
    );
    expect(tree(doc.sections)).toEqual([
      ['一|总体目标', ['1|目标']],
      ['二|重点项目', [['（一）|产业人才计划', ['2|工匠培养项目', '3|企业家培训项目']], ['（二）|科技人才计划', ['4|青年科学家项目']]]],
      ['三|组织实施', ['5|加强组织领导']],
    ]);
    // an item number that runs into a title starting with digits is still the next item
    const doc2 = await parseText(['某某市人才发展实施意见', '一、项目', '10.领军人才项目。内容。', '11.121人才梯队项目。内容。', '12.博士后项目。内容。'].join('\n'));
    expect(titles(body(doc2)[0].children)).toEqual(['领军人才项目', '121人才梯队项目', '博士后项目']);
  });

  it('the small full stop ﹒ (U+FE52) is an item dot', async () => {
    const doc = await parseText(['某某省数字经济行动计划', '一、重点行动', '（一）网络强基行动。', '1﹒建设千兆网络。到2025年覆盖城区。', '2﹒推进企业上云。'].join('\n'));
    expect(tree(doc.sections)).toEqual([['一|重点行动', [['（一）|网络强基行动', ['1|建设千兆网络', '2|推进企业上云']]]]]);
  });

  it('the 2. 3. under 注：1. are notes of a table, not headings', async () => {
    const doc = await parseText(['某某市排水规划', '一、主要指标', '指标说明如下。', '注：1. 达标率按城区面积计。', '2. 处置率按年度计。', '3. 数据来源于统计公报。', '二、主要任务', '建设排水管网。'].join('\n'));
    expect(tree(doc.sections)).toEqual(['一|主要指标', '二|主要任务']);
  });
});

describe('headings without numbers', () => {
  it('part headings of a work report stand alone and open a （一） run; long slogans are titles, not glued to the next paragraph', async () => {
    const doc = await parseText(
      [
        '各位代表：',
        '',
        '现在，我代表市人民政府向大会报告工作，请予审议。',
        '',
        '2025年工作回顾',
        '',
        '过去一年，全市经济稳中有进。',
        '',
        '（一）稳住增长基本盘，发展质量持续提升。全年地区生产总值增长五个百分点。',
        '',
        '（二）守住民生底线，群众获得感不断增强。新增就业一万人。',
        '',
        '2026年工作安排',
        '',
        '今年是关键之年。',
        '',
        '（一）坚持稳中求进，推动县域经济发展质量更高、后劲更足',
        '',
        '推进园区扩容提质。全年新建标准化厂房十万平方米。',
        '',
        '（二）坚持人民至上，推动民生福祉更加殷实',
        '',
        '办好民生实事。',
      ].join('\n'),
    );
    expect(tree(doc.sections)).toEqual([
      ['|2025年工作回顾', ['（一）|稳住增长基本盘，发展质量持续提升', '（二）|守住民生底线，群众获得感不断增强']],
      ['|2026年工作安排', ['（一）|坚持稳中求进，推动县域经济发展质量更高、后劲更足', '（二）|坚持人民至上，推动民生福祉更加殷实']],
    ]);
    expect(doc.meta.kind).toBe('报告');
    expect(doc.meta.period).toEqual({ start: 2026, end: 2026 });
  });

  it('前言 and 结语 are parts of their own; numbered headings after 前言 are not its children', async () => {
    const doc = await parseText(['某某县旅游发展规划', '前  言', '旅游业是富民产业。', '一、发展基础', '游客人数稳步增长。', '二、发展目标', '到2030年建成旅游强县。', '结  语', '让我们共同努力。'].join('\n'));
    expect(tree(doc.sections)).toEqual(['|前言', '一|发展基础', '二|发展目标', '|结语']);
  });

  it('a paragraph-initial 一是…二是… stands for the missing （一） level of a part, but not under a （二）', async () => {
    const doc = await parseText(
      [
        '各位代表：',
        '现在，我代表县人民政府向大会报告工作。',
        '一、过去一年工作回顾',
        '一是产业发展提速。新建项目二十个。',
        '二是城乡面貌改善。改造老旧小区十个。',
        '二、今年重点工作',
        '（一）总体要求',
        '坚持稳中求进。',
        '（二）工作原则',
        '一是坚持统筹兼顾。统筹发展和安全。',
        '二是坚持问题导向。聚焦群众急难愁盼。',
      ].join('\n'),
    );
    expect(tree(doc.sections)).toEqual([
      ['一|过去一年工作回顾', ['一|产业发展提速', '二|城乡面貌改善']],
      ['二|今年重点工作', ['（一）|总体要求', '（二）|工作原则']],
    ]);
  });

  it('a signature, a caption or a document name standing alone is not a part heading', async () => {
    const doc = await parseText(
      ['某某县人民政府办公室关于印发某某县养老服务实施方案的通知', '各乡镇人民政府：', '现将方案印发给你们，请认真执行。', '某某县人民政府办公室', '2024年3月1日', '某某县养老服务实施方案', '为加快养老服务发展，制定本方案。', '一、工作目标', '到2025年养老床位达到一千张。'].join('\n'),
    );
    expect(titles(body(doc))).toEqual(['工作目标']);
    expect(doc.meta.title).toBe('某某县养老服务实施方案');
    expect(doc.meta.issueDate).toBe('2024-03-01');
  });
});

describe('several documents in one file', () => {
  const notice = [
    '某某省人民政府办公厅关于印发支持智能制造若干政策和某某省智能制造行动计划（2024-2026年）的通知',
    '（某政办〔2024〕5号）',
    '各市人民政府：',
    '现将两份文件印发给你们，请认真贯彻执行。',
    '某某省人民政府办公厅',
    '2024年2月1日',
    '支持智能制造若干政策',
    '为加快制造业转型，制定如下政策。',
    '一、支持智能工厂建设',
    '对新建智能工厂给予奖补。',
    '二、支持工业软件发展',
    '对首版次软件给予奖励。',
    '某某省智能制造行动计划（2024-2026年）',
    '为推动智能制造发展，制定本行动计划。',
    '一、总体要求',
    '到2026年建成智能工厂一百家。',
    '二、重点任务',
    '（一）推进设备更新',
    '三、保障措施',
    '加强组织保障。',
  ].join('\n');

  it('gives each document its title part and its own outline restarting at 一、', async () => {
    const doc = await parseText(notice);
    expect(titles(body(doc))).toEqual(['支持智能工厂建设', '支持工业软件发展', '总体要求', '重点任务', '保障措施']);
    expect(body(doc).map((s) => s.document)).toEqual([1, 1, 2, 2, 2]);
    expect(doc.parts.filter((p) => p.kind === 'title').map((p) => p.title)).toEqual(['支持智能制造若干政策', '某某省智能制造行动计划（2024-2026年）']);
    // the plan among them names the file
    expect(doc.meta.title).toBe('某某省智能制造行动计划');
    expect(doc.meta.kind).toBe('计划');
    expect(doc.meta.period).toEqual({ start: 2024, end: 2026 });
    expect(doc.meta.docNumber).toBe('某政办〔2024〕5号');
  });

  it('check raises no numbering error for the second document restarting at 一、', async () => {
    expect(brief((await lint(notice, { only: 'heading-numbering' })).messages)).toEqual([]);
  });
});

describe('appendices are documents too', () => {
  it('an appendix is segmented like the body; an attachment listing repeated by the appendix stays body text', async () => {
    const doc = await parseText(
      [
        '某某市政务服务考核办法',
        '一、考核对象',
        '各区人民政府。',
        '二、考核结果运用',
        '考核结果予以通报。',
        '附件：',
        '某某市政务服务考核指标',
        '附件',
        '某某市政务服务考核指标',
        '一、网上办事（30分）',
        '（一）平台建设（10分）',
        '1．事项全部网上可办。（年底完成，牵头单位：市政务服务局）',
        '二、线下服务（20分）',
        '（一）窗口建设（5分）',
        '2．推行综合窗口。（持续推进，牵头单位：市政务服务局）',
      ].join('\n'),
    );
    const appendices = doc.sections.filter((s) => s.kind === 'appendix');
    expect(appendices).toHaveLength(1);
    expect(appendices[0].title).toBe('某某市政务服务考核指标');
    expect(tree(appendices[0].children)).toEqual([
      ['一|网上办事（30分）', [['（一）|平台建设（10分）', ['1|事项全部网上可办']]]],
      ['二|线下服务（20分）', [['（一）|窗口建设（5分）', ['2|推行综合窗口']]]],
    ]);
    expect(titles(body(doc))).toEqual(['考核对象', '考核结果运用']);
    // the appendix's numbered items are work items of the plan
    expect(doc.tasks.map((t) => t.title)).toEqual(['事项全部网上可办', '推行综合窗口']);
  });
});

describe('export and conversion debris', () => {
  it('database headers are removed with info diagnostics; nothing else is dropped', async () => {
    const doc = await parseText(
      ['    【法宝引证码】 ABC.1.2345', '原文链接：https://example.org/a/1.html', '某某市文化发展规划', '一、发展目标', '到2025年建成文化强市。'].join('\n'),
    );
    const codes = doc.diagnostics.filter((d) => d.code === 'debris.export-header').map((d) => d.line);
    expect(codes).toEqual([1, 2]);
    expect(doc.meta.title).toBe('某某市文化发展规划');
  });

  it('a PDF copy: hard-wrapped lines rejoined, page numbers glued to a line start or spaced removed, subscript lines kept', async () => {
    const wrapped = [
      '某某市生态环境保护规划',
      '一、发展目标',
      // 27 full-width characters a line, as a PDF copy breaks them
      '到二〇二五年，全市生态环境质量持续改善，主要污染物',
      '排放总量持续减少，空气质量优良天数比率稳定在百分之',
      '八十五以上，细颗粒物浓度明显下降，水环境质量稳中向',
      '好，城市黑臭水体基本消除，土壤安全利用水平巩固提升',
      '2 0',
      '12，生态系统质量和稳定性不断增强，绿色低碳发展水平',
      '进一步提高。',
    ];
    const filler = Array.from({ length: 40 }, (_, i) => `第${i + 1}段正文，生态环境保护工作要坚持系统观念，统筹推进各项任`).flatMap((l) => [l, '务。']);
    const doc = await parseText([...wrapped, '二、主要任务', ...filler].join('\n'));
    const goals = body(doc)[0];
    expect(goals.title).toBe('发展目标');
    expect(doc.diagnostics.some((d) => d.code === 'debris.hard-wrap-join')).toBe(true);
    expect(doc.diagnostics.some((d) => d.code === 'debris.page-number' && d.actual === '2 0')).toBe(true);
  });

  it('a repeated title line, full-width indents and trailing spaces', async () => {
    const doc = await parseText(
      ['某某市人民政府关于印发某某市节水行动方案的通知', '某某市人民政府关于印发某某市节水行动方案的通知', '各区人民政府：', '现将方案印发给你们。', '某某市节水行动方案   ', '　　一、总体要求  ', '　　（一）工作目标　', '　　到2025年用水总量控制在十亿立方米以内。'].join('\n'),
    );
    expect(doc.diagnostics.filter((d) => d.code === 'debris.repeated-line').map((d) => d.line)).toEqual([2]);
    expect(tree(doc.sections)).toEqual([['一|总体要求', ['（一）|工作目标']]]);
    expect(doc.meta.title).toBe('某某市节水行动方案');
  });

  it('a subscript set on its own line goes back after its symbol', async () => {
    const lines = Array.from({ length: 45 }, (_, i) => `第${i + 1}项，全市空气质量持续改善，重污染天数明显减少，臭氧`).flatMap((l) => [l, '浓度得到控制。']);
    const doc = await parseText(['某某市大气污染防治规划', '一、主要目标', '到2025年，全市细颗粒物（PM ）平均浓度下降到三十微克以下，', '2.5', '优良天数比率达到百分之九十。', ...lines].join('\n'));
    const para = doc.sections[0];
    expect(para.title).toBe('主要目标');
    expect(doc.diagnostics.some((d) => d.code === 'debris.subscript' && d.actual === '2.5')).toBe(true);
  });

  it('a whole plan on one line is split at its heading and item numbers', async () => {
    const detail = '对照有关要求逐项梳理，明确时间表和路线图，定期调度进展情况，及时研究解决实施中遇到的问题。'.repeat(4);
    const item = (n: number) => `${n}．推进第${n}项改革，加快完善相关制度，形成可复制可推广的经验做法。${detail}（某部牵头，各地区按职责分工负责）`;
    const line = [
      '为落实会议部署，制定如下分工方案。',
      '一、深化审批制度改革（一）精简审批事项，具体措施：',
      item(1),
      item(2),
      '（二）优化审批流程，具体措施：',
      item(3),
      item(4),
      '二、加强事中事后监管（三）完善监管规则，具体措施：',
      item(5),
      item(6),
      '三、提升政务服务水平（四）推行网上办理，具体措施：',
      item(7),
    ].join('');
    const doc = await parseText(['某某省放管服改革重点任务分工方案', line].join('\n'));
    expect(tree(doc.sections)).toEqual([
      ['一|深化审批制度改革', [['（一）|精简审批事项，具体措施', ['1|推进第1项改革，加快完善相关制度，形成可复制可推广的经验做法', '2|推进第2项改革，加快完善相关制度，形成可复制可推广的经验做法']], ['（二）|优化审批流程，具体措施', ['3|推进第3项改革，加快完善相关制度，形成可复制可推广的经验做法', '4|推进第4项改革，加快完善相关制度，形成可复制可推广的经验做法']]]],
      ['二|加强事中事后监管', [['（三）|完善监管规则，具体措施', ['5|推进第5项改革，加快完善相关制度，形成可复制可推广的经验做法', '6|推进第6项改革，加快完善相关制度，形成可复制可推广的经验做法']]]],
      ['三|提升政务服务水平', [['（四）|推行网上办理，具体措施', ['7|推进第7项改革，加快完善相关制度，形成可复制可推广的经验做法']]]],
    ]);
    expect(doc.diagnostics.some((d) => d.code === 'debris.run-on-line')).toBe(true);
  });

  it('a page number glued before a 目录 entry numbered 一、 is removed', async () => {
    const doc = await parseText(['某某市交通规划', '目 录', '一、发展基础........1', '2二、总体要求........5', '三、重点任务........9', '一、发展基础', '交通网络不断完善。', '二、总体要求', '坚持适度超前。', '三、重点任务', '建设综合交通枢纽。'].join('\n'));
    const toc = doc.sections.find((s) => s.kind === 'toc')!;
    expect(titles(toc.children)).toEqual(['发展基础', '总体要求', '重点任务']);
  });
});

describe('check on legitimate numbering', () => {
  it('items running on across groups, decimal numbers and 第X章/第X节 raise no numbering error', async () => {
    const doc = [
      '某某县规划',
      '第一章  总体要求',
      '第一节  指导思想',
      '坚持稳中求进。',
      '第二节  主要目标',
      '到2025年全县经济总量明显提升。',
      '第二章  重点任务',
      '第一节  产业发展',
      '一、工业',
      '（一）制造业',
      '1.建设产业园。',
      '2.培育龙头企业。',
      '（二）服务业',
      '3.发展现代物流。',
      '二、农业',
      '4.建设高标准农田。',
    ].join('\n');
    expect(brief((await lint(doc, { only: 'heading-numbering' })).messages)).toEqual([]);
    const decimal = ['某某区规划', '一、发展回顾', '1.1 主要成绩', '成绩显著。', '1.2 存在问题', '问题不少。', '二、总体要求', '2.1 指导思想', '坚持稳中求进。'].join('\n');
    expect(brief((await lint(decimal, { only: 'heading-numbering' })).messages)).toEqual([]);
  });
});
