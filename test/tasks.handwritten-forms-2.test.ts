import { describe, expect, it } from 'vitest';
import { parseText } from './helpers/parse-text.js';
import { matchHeadingNumber, splitTitle } from '../src/segment/numbering.js';
import { splitAtTitleGap } from '../src/segment/title-gap.js';
import { parseResponsibility, parseUnitCell, splitNames } from '../src/extract/responsible.js';
import { parsePlanBytes, type PlanDocument, type Section } from '../src/index.js';
import { findSpacedTaskTables } from '../src/ingest/spaced-task-tables.js';
import { joinNumbersAlone } from '../src/ingest/number-alone.js';
import type { Block } from '../src/ingest/blocks.js';
import { unitOfHeading } from '../src/extract/unit-headings.js';
import { bracketDeadlines } from '../src/extract/bracket-deadline.js';
import { withoutItemLabel } from '../src/extract/title-label.js';

/**
 * Hand-written plans in forms the first set (tasks.handwritten-forms.test.ts) lacks: headings run into
 * their first sentence after a space, units in full-width square brackets, articles of a 实施细则 naming who
 * carries them out under its chapters, items marked ■ ● instead of numbered, a 若干举措 title. Each
 * expectation is what a careful reader takes from the text.
 */
const rows = (plan: PlanDocument) => plan.tasks.map((t) => [t.number, t.title, t.units.lead.join('、'), t.units.support.join('、')]);
const outline = (ss: Section[], depth = 0): string[] => ss.flatMap((s) => [`${'  '.repeat(depth)}${s.number}${s.title}`, ...outline(s.children, depth + 1)]);

const E1_TXT = `某市2025年优化营商环境工作要点

一、总体要求 坚持以市场主体需求为导向，对标国内一流水平，持续深化“放管服”改革，着力打造市场化法治化国际化营商环境。
二、重点任务
（一）提升政务服务效能 深化“一网通办”改革，推行“高效办成一件事”，年内新增集成办理事项20项。（市政务服务和数据管理局牵头，市直有关部门按职责分工负责）
（二）优化市场准入环境 全面实施市场准入负面清单制度，清理隐性壁垒。（市发展改革委牵头，市商务局、市市场监管局等按职责分工负责）
（三）加强要素保障 推行工业用地“标准地”出让，2025年6月底前出台配套细则。［市自然资源和规划局］
（四）强化金融支持 引导金融机构加大对小微企业信贷投放，普惠小微贷款增速不低于各项贷款增速。［人民银行某市分行、市金融工作局］
（五）规范涉企执法 全面推行包容审慎监管，制定轻微违法行为免罚清单。［市司法局、市中级人民法院、市人民检察院］
三、保障措施
（一）加强组织领导 各地各部门要把优化营商环境作为“一把手”工程，主要负责同志亲自抓。
（二）强化督导考核 将营商环境工作纳入年度绩效考核，市政府督查室定期通报进展情况。
`;

const E2_TXT = `某市推动制造业高质量发展实施细则

第一章 总则

第一条 为推动全市制造业高质量发展，根据有关规定，结合本市实际，制定本细则。

第二条 本细则适用于本市行政区域内注册的制造业企业。

第二章 支持措施

第三条 支持企业技术改造。对设备投资额超过1000万元的技术改造项目，按设备投资额的10%给予补助。（责任单位：市工业和信息化局、市财政局）

第四条 鼓励企业创新研发。对新认定的国家级企业技术中心给予一次性奖励200万元。（责任单位：市工业和信息化局）

第五条 支持企业做大做强。对首次入选中国制造业企业500强的企业给予奖励。（责任单位：市工业和信息化局、市统计局）

第三章 附则

第六条 本细则由市工业和信息化局负责解释。

第七条 本细则自发布之日起施行，有效期3年。
`;

const E3_TXT = `某市2025年稳外贸稳外资若干举措

为进一步稳定外贸外资基本盘，结合我市实际，制定如下举措。

■ 支持企业开拓国际市场。对参加境外重点展会的企业给予展位费补助。（市商务局牵头，市财政局配合）
■ 加大出口信用保险支持。扩大短期险覆盖面，小微企业投保实现应保尽保。（市商务局、中国出口信用保险公司某分公司按职责分工负责）
■ 提升跨境贸易便利化水平。压缩进出口整体通关时间。（某海关牵头，市商务局、市口岸办配合，2025年6月底前）
■ 强化外资项目要素保障。对重大外资项目优先保障用地、用能。（市发展改革委、市自然资源和规划局负责）
■ 优化外籍人员来华服务。为外资企业外籍高管办理签证提供便利。（市公安局出入境管理支队负责）

各地各部门要结合实际抓好贯彻落实。
`;

const E4_TXT = `某市“十五五”现代物流发展规划

一、发展基础
“十四五”以来，全市物流业规模持续扩大，社会物流总额年均增长8%。

二、主要任务
（一）完善物流枢纽布局
● 建设国家物流枢纽。推进港口型国家物流枢纽建设，完善多式联运设施。（市发展改革委牵头，市交通运输局配合）
● 优化城市配送网络。布局城市公共配送中心，建设末端配送网点。（市商务局负责）
专栏1　重大物流枢纽工程
● 港口型国家物流枢纽：建设集装箱堆场、铁路专用线。
● 空港物流园：建设航空货运站、冷链仓储设施。
（二）发展现代物流业态
● 发展冷链物流。完善农产品产地冷藏保鲜设施，冷库容量达到100万吨。（市农业农村局、市商务局负责）
● 培育智慧物流。推广无人仓、无人配送车等智能装备应用。（市工信局负责）

三、保障措施
加强组织领导，建立物流发展工作协调机制。
`;

const E5_HTML = `<html><head><meta charset="utf-8"><title>某县2025年安全生产重点工作任务分解</title></head><body>
<h1>某县2025年安全生产重点工作任务分解</h1>
<p>为压实安全生产责任，现将2025年重点工作任务分解如下。</p>
<table border="1">
<tr><th>序号</th><th>工作任务</th><th>主要责任单位</th><th>协同配合单位</th><th>完成时间</th></tr>
<tr><td>1</td><td>开展重大事故隐患专项排查整治行动</td><td>县应急管理局</td><td>县住建局 县交通运输局 县市场监管局</td><td>2025年12月</td></tr>
<tr><td>2</td><td>推进城镇燃气安全整治</td><td>县住建局</td><td>县应急管理局<br>县市场监管局</td><td>2025年9月</td></tr>
<tr><td>3</td><td>加强道路交通安全管理</td><td>县公安局交警大队</td><td>县交通运输局　各乡镇人民政府</td><td>全年</td></tr>
</table>
</body></html>
`;

// a task table laid out with spaces (aligned in display columns), two cells wrapped onto a second line
const E6_TXT = `某市2025年社区治理重点任务清单

为提升城乡社区治理水平，制定本清单。

序号  重点任务                  牵头单位          配合单位                时间节点
1     建设智慧社区服务平台，实  市民政局          市大数据中心            2025年10月底前
      现社区事项一网通办
2     推进社区养老服务设施全    市民政局          市住建局、市卫健        2025年12月底前
      覆盖                                        委
3     开展社区工作者能力培训    市委社会工作部    市人社局                长期坚持

各责任单位要按时完成任务。
`;

const E7_TXT = `某市2025年深化“放管服”改革重点任务

一、提升审批效率
1.推行工程建设项目审批“一站式”服务，审批时限压缩至60个工作日以内。【牵头单位】市住房城乡建设局【配合单位】市自然资源和规划局、市政务服务中心【完成时限】2025年9月底前
2.全面推行证明事项告知承诺制。【牵头单位】市司法局【完成时限】长期坚持
二、加强事中事后监管
3.推进“双随机、一公开”监管全覆盖，提高跨部门联合抽查比例。（省、市有关部门按职责分工负责）
4.建立健全信用分级分类监管机制。［责任单位］市发展改革委、市市场监管局
`;

const E8_TXT = `某区促进消费扩容提质行动方案

为进一步释放消费潜力，结合本区实际，制定本方案。

一、主要目标
到2025年底，全区社会消费品零售总额达到500亿元。

二、重点任务
提升传统消费
1.促进汽车消费。开展新能源汽车下乡活动，优化二手车交易登记服务。（区商务局牵头，区公安分局配合）
2.扩大家居消费。支持家装企业开展以旧换新活动。（区商务局负责）
培育新型消费
3.发展数字消费。支持直播电商基地建设，培育本土网红品牌。（区商务局、区网信办负责）
4.壮大文旅消费。打造夜间消费集聚区2个。（区文旅局负责）
优化消费环境
5.加强消费者权益保护。畅通消费投诉渠道，推行线下无理由退货。（区市场监管局负责）

三、保障措施
区商务局要加强统筹协调，定期调度进展。
`;

const E9_TXT = `某县2025年森林防火工作方案

一、工作目标
全年森林火灾受害率控制在0.9‰以内。
二、工作措施
1）加强火源管控。严格野外用火审批，清明节期间实行24小时巡查。（县林业局牵头，各乡镇人民政府负责）
2）强化队伍建设。组建乡镇半专业扑火队15支。（县应急管理局负责）
3）完善基础设施。新建防火隔离带20公里。（县林业局负责）
三、工作要求
各乡镇要落实属地责任，确保不发生重大森林火灾。
`;

// a long heading line a PDF copy wrapped: its short tail goes back to it
const E10_TXT = `某市乡村振兴规划

一、重点任务
（一）推进城乡融合发展和乡村全面振兴的体
制机制
1.健全城乡要素双向流动机制。推动人才下乡。
2.完善乡村基础设施。推进道路硬化。
（二）发展乡村产业
3.培育特色产业。建设产业园。
`;

// 第X章 alone on its line, its title on the next (centred two-line chapter headings)
const E11_TXT = `某市“十五五”生态环境保护规划

第一章
发展基础
“十四五”时期，全市生态环境质量持续改善，PM2.5年均浓度下降至30微克/立方米。

第二章
总体要求
第一节　指导思想
坚持绿水青山就是金山银山理念，统筹产业结构调整、污染治理、生态保护。
第二节　主要目标
到2030年，全市PM2.5年均浓度降至25微克/立方米。

第三章
深入打好污染防治攻坚战
第一节　持续改善大气环境质量
推进钢铁、水泥行业超低排放改造，加强挥发性有机物综合治理。（市生态环境局牵头，市工信局配合）
第二节　巩固提升水环境质量
推进重点流域综合治理，消除城市黑臭水体。（市生态环境局、市水务局负责）

第四章
保障措施
加强组织领导，健全生态环境保护责任体系。
`;

const E11_HTML = `<html><head><meta charset="utf-8"><title>某市生态环境保护规划</title></head><body>
<p style="text-align:center">第一章</p><p style="text-align:center">发展基础</p>
<p>全市生态环境质量持续改善。</p>
<p style="text-align:center">第二章</p><p style="text-align:center">主要任务</p>
<p>第一节　改善大气环境质量</p><p>推进钢铁行业超低排放改造。（市生态环境局负责）</p>
<p>第二节　提升水环境质量</p><p>推进重点流域综合治理。（市水务局负责）</p>
</body></html>`;

// a head over two rows: 责任单位 merged across 牵头单位 | 配合单位
const E12_HTML = `<html><head><meta charset="utf-8"><title>某市2025年数字政府建设任务分工表</title></head><body>
<h1>某市2025年数字政府建设任务分工表</h1>
<table border="1">
<tr><td rowspan="2">序号</td><td rowspan="2">工作任务</td><td colspan="2">责任单位</td><td rowspan="2">完成时限</td></tr>
<tr><td>牵头单位</td><td>配合单位</td></tr>
<tr><td>1</td><td>建设全市一体化政务大数据平台</td><td>市大数据局</td><td>市直各部门</td><td>2025年12月底前</td></tr>
<tr><td>2</td><td>推进电子证照跨区域互认</td><td>市政务服务中心</td><td>市公安局、市市场监管局</td><td>2025年9月底前</td></tr>
<tr><td>3</td><td>完善政务网络安全防护体系</td><td>市委网信办</td><td>市公安局</td><td>持续推进</td></tr>
</table>
</body></html>
`;

// 按部门分解: the group headings are the units
const E13_TXT = `某县2025年重点工作任务分解方案

为确保全年目标任务完成，现将重点工作按部门分解如下。

一、县发展和改革局
1.争取中央预算内投资项目10个以上。
2.推进重大项目前期工作，新开工亿元以上项目20个。
二、县工业和信息化局
3.新增规模以上工业企业15家。
4.推动20家企业实施智能化改造。
三、县农业农村局
5.粮食播种面积稳定在50万亩以上。
6.出台高标准农田建设管护办法。（2025年6月底前）
`;

// project cards: 项目名称： on the numbered line, labelled lines under it
const E14_TXT = `某区2025年民生实事项目实施方案

一、项目安排
（一）项目名称：新建社区食堂10个
建设内容：在老年人口集中的社区新建社区食堂，提供助餐服务。
责任单位：区民政局
完成时限：2025年10月底前
（二）项目名称：改造农村公路50公里
建设内容：对通村公路实施提档升级改造。
责任单位：区交通运输局
配合单位：各镇人民政府
完成时限：2025年11月底前
二、保障措施
各责任单位要细化实施方案，确保项目按期完成。
`;

// an item listing the projects it covers, marked ●, its clause on a line after the list
const E15_TXT = `某县2025年扩大有效投资工作方案

一、工作目标
全年固定资产投资增长8%以上。
二、重点任务
1.推进重大项目建设。重点推进以下项目：
● 城市轨道交通3号线
● 滨江大道改造工程
● 县人民医院新院区
（县发展改革局牵头，县住建局配合）
2.加强要素保障。统筹用地、用能指标，优先保障重大项目。（县自然资源局负责）
3.强化资金支持。积极争取地方政府专项债券。（县财政局负责）
`;

// items titled by a short phrase closed by a colon
const E16_TXT = `某县2025年农村改厕工作方案

一、工作目标
全年完成农村户厕改造3000户。
二、工作措施
1.摸清底数：各乡镇要在3月底前完成农户厕所现状摸排，建立改厕台账。（各乡镇人民政府负责）
2.规范建设：严格执行改厕技术规范，推广使用合格产品。（县农业农村局负责）
3.强化管护：建立粪污收运体系，确保改厕“改一户、成一户”。（县农业农村局、县生态环境分局负责）
三、保障措施
县财政每年安排专项资金，对改厕农户给予奖补。
`;

describe('hand-written plans 2: headings run into their first sentence after a space', () => {
  it('a short title, a space, then a sentence: the title ends at the space', () => {
    expect(splitTitle('提升政务服务效能 深化“一网通办”改革，推行“高效办成一件事”。')).toEqual({ title: '提升政务服务效能', inlineBody: '深化“一网通办”改革，推行“高效办成一件事”。' });
    expect(splitTitle('总体要求　坚持以人民为中心的发展思想，统筹推进各项工作')).toEqual({ title: '总体要求', inlineBody: '坚持以人民为中心的发展思想，统筹推进各项工作' });
  });

  it('spaced letters, a short phrase after the space or no sentence after it: the title stays whole', () => {
    expect(splitTitle('总 体 要 求')).toEqual({ title: '总 体 要 求', inlineBody: '' });
    expect(splitTitle('加强 组织领导。在市委统一领导下推进各项工作。')).toEqual({ title: '加强 组织领导', inlineBody: '在市委统一领导下推进各项工作。' });
    expect(splitAtTitleGap('2025年 目标任务')).toBeNull();
    expect(splitAtTitleGap('推进改革 完善机制，健全体系')).toBeNull();
    // a long run of words before the space is a sentence, not a title
    expect(splitAtTitleGap('各地要按照省委省政府的统一部署全面深化营商环境改革创新工作 确保各项任务落地见效，取得实效。')).toBeNull();
  });

  it('工作要点: the outline and the tasks take the titles before the space; units in ［］ after a task', async () => {
    const plan = await parseText(E1_TXT);
    expect(outline(plan.sections)).toEqual([
      '一总体要求',
      '二重点任务',
      '  （一）提升政务服务效能',
      '  （二）优化市场准入环境',
      '  （三）加强要素保障',
      '  （四）强化金融支持',
      '  （五）规范涉企执法',
      '三保障措施',
      '  （一）加强组织领导',
      '  （二）强化督导考核',
    ]);
    expect(rows(plan)).toEqual([
      ['（一）', '提升政务服务效能', '市政务服务和数据管理局', '市直有关部门'],
      ['（二）', '优化市场准入环境', '市发展改革委', '市商务局、市市场监管局'],
      ['（三）', '加强要素保障', '市自然资源和规划局', ''],
      ['（四）', '强化金融支持', '人民银行某市分行、市金融工作局', ''],
      ['（五）', '规范涉企执法', '市司法局、市中级人民法院、市人民检察院', ''],
    ]);
  });
});

describe('hand-written plans 2: units in full-width square brackets', () => {
  it('［A、B］ closing a sentence lists the units responsible; ［附件2］ or a year in ［］ names none', () => {
    expect(parseResponsibility('推行工业用地“标准地”出让。［市自然资源和规划局、市发展改革委］').lead).toEqual(['市自然资源和规划局', '市发展改革委']);
    expect(parseResponsibility('推行包容审慎监管。［牵头单位：市司法局；配合单位：市市场监管局］')).toMatchObject({ lead: ['市司法局'], support: ['市市场监管局'] });
    expect(parseResponsibility('具体标准详见［附件2］。').clauses).toEqual([]);
    expect(parseResponsibility('按照《某市条例》［2023］执行。').clauses).toEqual([]);
  });
});

describe('hand-written plans 2: articles of a 实施细则 under its chapters', () => {
  it('an article naming who carries it out is a measure; 总则 and 附则 articles are rules', async () => {
    const plan = await parseText(E2_TXT);
    expect(rows(plan)).toEqual([
      ['第三条', '支持企业技术改造', '市工业和信息化局、市财政局', ''],
      ['第四条', '鼓励企业创新研发', '市工业和信息化局', ''],
      ['第五条', '支持企业做大做强', '市工业和信息化局、市统计局', ''],
    ]);
    // the same articles without their clauses are rules of a 细则: no work items
    const rules = await parseText(E2_TXT.replace(/（责任单位：[^）]*）/g, ''));
    expect(rules.tasks).toEqual([]);
  });
});

describe('hand-written plans 2: items marked ■ ● instead of numbered', () => {
  it('■ ● ◆ open an item; a mark inside a line or a dot in a list is not one', () => {
    expect(matchHeadingNumber('■ 支持企业开拓国际市场。')).toMatchObject({ family: 'bullet', number: '■', rest: '支持企业开拓国际市场。' });
    expect(matchHeadingNumber('◆加强组织领导')).toMatchObject({ family: 'bullet', number: '◆' });
    expect(matchHeadingNumber('全市建成■类设施10个。')).toBeNull();
    expect(matchHeadingNumber('·加强组织领导')).toBeNull();
  });

  it('若干举措 marked ■: the title is read, each marked item is a work item with its units', async () => {
    const plan = await parseText(E3_TXT);
    expect(plan.meta.title).toBe('某市2025年稳外贸稳外资若干举措');
    expect(rows(plan)).toEqual([
      ['■', '支持企业开拓国际市场', '市商务局', '市财政局'],
      ['■', '加大出口信用保险支持', '市商务局、中国出口信用保险公司某分公司', ''],
      ['■', '提升跨境贸易便利化水平', '某海关', '市商务局、市口岸办'],
      ['■', '强化外资项目要素保障', '市发展改革委、市自然资源和规划局', ''],
      ['■', '优化外籍人员来华服务', '市公安局出入境管理支队', ''],
    ]);
    expect(plan.tasks[2].deadline).toBe('2025年6月底前');
  });

  it('规划: ● items under （一） are its work items; the ● lines of a 专栏 are the box’s list', async () => {
    const plan = await parseText(E4_TXT);
    expect(outline(plan.sections)).toEqual([
      '一发展基础',
      '二主要任务',
      '  （一）完善物流枢纽布局',
      '    ●建设国家物流枢纽',
      '    ●优化城市配送网络',
      '    专栏1重大物流枢纽工程',
      '  （二）发展现代物流业态',
      '    ●发展冷链物流',
      '    ●培育智慧物流',
      '三保障措施',
    ]);
    expect(rows(plan)).toEqual([
      ['●', '建设国家物流枢纽', '市发展改革委', '市交通运输局'],
      ['●', '优化城市配送网络', '市商务局', ''],
      ['●', '发展冷链物流', '市农业农村局、市商务局', ''],
      ['●', '培育智慧物流', '市工信局', ''],
    ]);
  });
});

describe('hand-written plans 2: unit cells listing names apart by spaces or line breaks', () => {
  it('a gap separates names when every piece is an organ’s name; else it lies inside one name', () => {
    expect(splitNames('县住建局 县交通运输局　县市场监管局')).toEqual(['县住建局', '县交通运输局', '县市场监管局']);
    expect(splitNames('市委 组织部')).toEqual(['市委 组织部']);
    expect(parseUnitCell('县应急管理局\n县市场监管局', 'support').support).toEqual(['县应急管理局', '县市场监管局']);
    expect(parseUnitCell('县住建局、县交通运输局\n县市场监管局', 'support').support).toEqual(['县住建局', '县交通运输局', '县市场监管局']);
    // a page break inside a name, or a role mark on the next line, is no gap between names
    expect(parseUnitCell('市自然资源和\n规划局', 'lead').lead).toEqual(['市自然资源和规划局']);
    expect(parseUnitCell('市发展改革委\n（牵头）、市财政局', 'lead')).toMatchObject({ lead: ['市发展改革委'], support: ['市财政局'] });
  });

  it('分解表: 协同配合单位 cells listing names by spaces, a <br> and a full-width space', async () => {
    const plan = await parsePlanBytes(new TextEncoder().encode(E5_HTML), 'hand.html');
    expect(rows(plan)).toEqual([
      ['1', '开展重大事故隐患专项排查整治行动', '县应急管理局', '县住建局、县交通运输局、县市场监管局'],
      ['2', '推进城镇燃气安全整治', '县住建局', '县应急管理局、县市场监管局'],
      ['3', '加强道路交通安全管理', '县公安局交警大队', '县交通运输局、各乡镇人民政府'],
    ]);
  });
});

describe('hand-written plans 2: a task table laid out with spaces', () => {
  it('清单: the header names the columns, rows numbered 1 2 3, wrapped cells joined, an empty cell placed by its column', async () => {
    const plan = await parseText(E6_TXT);
    expect(rows(plan)).toEqual([
      ['1', '建设智慧社区服务平台，实现社区事项一网通办', '市民政局', '市大数据中心'],
      ['2', '推进社区养老服务设施全覆盖', '市民政局', '市住建局、市卫健委'],
      ['3', '开展社区工作者能力培训', '市委社会工作部', '市人社局'],
    ]);
    expect(plan.tasks.map((t) => t.deadline)).toEqual(['2025年10月底前', '2025年12月底前', '长期坚持']);
    const gap = E6_TXT.split('\n').map((l) => l.replace('市大数据中心', '            '));
    expect(findSpacedTaskTables(gap, gap, new Set()).blocks[0].rows[1].map((c) => c.text)).toEqual(['1', '建设智慧社区服务平台，实现社区事项一网通办', '市民政局', '', '2025年10月底前']);
  });

  it('an indicator table (单位 of measure), prose with wide gaps or a header naming no units is no task table', () => {
    const scan = (text: string) => findSpacedTaskTables(text.split('\n'), text.split('\n'), new Set()).blocks;
    expect(scan('序号  指标  计量单位  2025年目标\n1  地区生产总值  亿元  1200\n2  常住人口  万人  150')).toEqual([]);
    expect(scan('序号  重点任务  完成时限\n1  建设平台  2025年底\n2  培训人员  长期坚持')).toEqual([]);
    expect(scan('各牵头单位要  加强协调  按时完成任务\n1  项目  推进')).toEqual([]);
  });
});

describe('hand-written plans 2: units named first with no verb, before units that 配合', () => {
  it('（A，B配合）: A leads; prose before a 参与, or a clause where someone else leads, names no such lead', () => {
    expect(parseResponsibility('加强家庭医生签约服务。（区卫健委，各街道办事处配合）')).toMatchObject({ lead: ['区卫健委'], support: ['各街道办事处'] });
    expect(parseResponsibility('（区卫健委、区医保局，区财政局配合，2025年底前）')).toMatchObject({ lead: ['区卫健委', '区医保局'], support: ['区财政局'], deadlines: ['2025年底前'] });
    expect(parseResponsibility('坚持共建共享（政府引导，社会参与）。').clauses).toEqual([]);
    expect(parseResponsibility('（2025年底前，区财政局配合）').lead).toEqual([]);
  });
});

describe('hand-written plans 2: labels in square brackets, levels sharing one organ', () => {
  it('【牵头单位】A【配合单位】B【完成时限】…: each bracketed label opens its clause; 【附件】 or 【重点任务】 is none', () => {
    expect(parseResponsibility('推进改革。【牵头单位】市科技局【配合单位】市财政局【完成时限】2025年底前')).toMatchObject({ lead: ['市科技局'], support: ['市财政局'], deadlines: ['2025年底前'] });
    expect(parseResponsibility('推进改革［责任单位］市住建局、市城管局').lead).toEqual(['市住建局', '市城管局']);
    expect(parseResponsibility('详见【附件】。').clauses).toEqual([]);
    expect(parseResponsibility('【重点任务】推进电网改造').clauses).toEqual([]);
  });

  it('省、市有关部门 / 市、县人民政府: bare levels listed with 、 before the organ they share are one collective', () => {
    expect(parseResponsibility('（省、市有关部门按职责分工负责）').lead).toEqual(['省、市有关部门']);
    expect(parseResponsibility('（省、市、县有关部门按职责分工负责）').lead).toEqual(['省、市、县有关部门']);
    expect(parseResponsibility('（市、县人民政府负责）').lead).toEqual(['市、县人民政府']);
    // a level before an organ of its own is no collective: 市 alone names no unit
    expect(parseResponsibility('（市、区财政局负责）').lead).toEqual([]);
  });

  it('分工 items with bracketed labels: titles cut before the labels, units and time limits read', async () => {
    const plan = await parseText(E7_TXT);
    expect(rows(plan)).toEqual([
      ['1', '推行工程建设项目审批“一站式”服务，审批时限压缩至60个工作日以内', '市住房城乡建设局', '市自然资源和规划局、市政务服务中心'],
      ['2', '全面推行证明事项告知承诺制', '市司法局', ''],
      ['3', '推进“双随机、一公开”监管全覆盖，提高跨部门联合抽查比例', '省、市有关部门', ''],
      ['4', '建立健全信用分级分类监管机制', '市发展改革委、市市场监管局', ''],
    ]);
    expect(plan.tasks.map((t) => t.deadline)).toEqual(['2025年9月底前', '长期坚持', null, null]);
  });
});

describe('hand-written plans 2: group headings standing alone, items numbered on across them', () => {
  it('行动方案: lines standing alone over items numbered on (1. 2. | 3. 4. | 5.) are the groups; under a short heading they are no wrapped tail', async () => {
    const plan = await parseText(E8_TXT);
    expect(outline(plan.sections)).toEqual([
      '一主要目标',
      '二重点任务',
      '  提升传统消费',
      '    1促进汽车消费',
      '    2扩大家居消费',
      '  培育新型消费',
      '    3发展数字消费',
      '    4壮大文旅消费',
      '  优化消费环境',
      '    5加强消费者权益保护',
      '三保障措施',
    ]);
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(plan.tasks[1].text).not.toContain('培育新型消费');
  });

  it('a line standing alone before an item that does not continue the run is no group heading', async () => {
    const plan = await parseText(E8_TXT.replace('3.发展数字消费', '7.发展数字消费'));
    expect(outline(plan.sections).filter((l) => l.trim() === '培育新型消费')).toEqual([]);
  });

  it('a long heading line wrapped by a PDF copy still gets its short tail back', async () => {
    const plan = await parseText(E10_TXT);
    expect(outline(plan.sections)[1]).toBe('  （一）推进城乡融合发展和乡村全面振兴的体制机制');
  });
});

describe('hand-written plans 2: items numbered 1） 2） with the closing bracket only', () => {
  it('1） numbers an item as （1） does; a figure with a bracket inside a sentence does not', async () => {
    expect(matchHeadingNumber('1）加强火源管控。')).toMatchObject({ family: 'paren-arabic', number: '1）', ordinal: 1 });
    expect(matchHeadingNumber('2025）年度计划')).toBeNull();
    const plan = await parseText(E9_TXT);
    expect(outline(plan.sections)).toEqual(['一工作目标', '二工作措施', '  1）加强火源管控', '  2）强化队伍建设', '  3）完善基础设施', '三工作要求']);
    expect(rows(plan)).toEqual([
      ['1）', '加强火源管控', '县林业局', '各乡镇人民政府'],
      ['2）', '强化队伍建设', '县应急管理局', ''],
      ['3）', '完善基础设施', '县林业局', ''],
    ]);
  });
});

describe('hand-written plans 2: a heading number alone on its line over its title', () => {
  const para = (text: string, line: number): Block => ({ type: 'paragraph', text, raw: text, line, endLine: line });
  const texts = (bs: Block[]) => joinNumbersAlone(bs).blocks.map((b) => (b.type === 'table' ? '' : b.text));

  it('第X章 / 第X部分 over a title are one heading; over a sentence or another number they stay apart', () => {
    expect(texts([para('第一章', 1), para('发展基础', 2), para('全市生态环境持续改善。', 3)])).toEqual(['第一章　发展基础', '全市生态环境持续改善。']);
    expect(texts([para('第二部分', 1), para('主要任务', 2)])).toEqual(['第二部分　主要任务']);
    expect(texts([para('第一章', 1), para('本章阐述发展基础，分析面临形势。', 2)])).toEqual(['第一章', '本章阐述发展基础，分析面临形势。']);
    expect(texts([para('第一章', 1), para('第一节　指导思想', 2)])).toEqual(['第一章', '第一节　指导思想']);
    // an article number alone takes the article's text under it
    expect(texts([para('第三条', 1), para('本办法适用于本市行政区域。', 2)])).toEqual(['第三条　本办法适用于本市行政区域。']);
  });

  it('规划 (txt and html): chapters over two lines hold their sections; the sections of a task chapter are its tasks', async () => {
    const plan = await parseText(E11_TXT);
    expect(outline(plan.sections)).toEqual([
      '第一章发展基础',
      '第二章总体要求',
      '  第一节指导思想',
      '  第二节主要目标',
      '第三章深入打好污染防治攻坚战',
      '  第一节持续改善大气环境质量',
      '  第二节巩固提升水环境质量',
      '第四章保障措施',
    ]);
    expect(rows(plan)).toEqual([
      ['第一节', '持续改善大气环境质量', '市生态环境局', '市工信局'],
      ['第二节', '巩固提升水环境质量', '市生态环境局、市水务局', ''],
    ]);
    const html = await parsePlanBytes(new TextEncoder().encode(E11_HTML), 'hand.html');
    expect(outline(html.sections)).toEqual(['第一章发展基础', '第二章主要任务', '  第一节改善大气环境质量', '  第二节提升水环境质量']);
    expect(rows(html).map((r) => r[2])).toEqual(['市生态环境局', '市水务局']);
  });
});

describe('hand-written plans 2: a table head over two rows', () => {
  it('责任单位 merged over 牵头单位 | 配合单位: the lower row names the columns and is no task', async () => {
    const plan = await parsePlanBytes(new TextEncoder().encode(E12_HTML), 'hand.html');
    expect(rows(plan)).toEqual([
      ['1', '建设全市一体化政务大数据平台', '市大数据局', '市直各部门'],
      ['2', '推进电子证照跨区域互认', '市政务服务中心', '市公安局、市市场监管局'],
      ['3', '完善政务网络安全防护体系', '市委网信办', '市公安局'],
    ]);
    expect(plan.tasks.map((t) => t.deadline)).toEqual(['2025年12月底前', '2025年9月底前', '持续推进']);
  });
});

describe('hand-written plans 2: a plan divided by unit', () => {
  it('group headings naming an organ alone give it their items; headings naming work or a noun in 局 do not', async () => {
    const plan = await parseText(E13_TXT);
    expect(plan.tasks.map((t) => [t.number, t.units.lead.join('、')])).toEqual([
      ['1', '县发展和改革局'],
      ['2', '县发展和改革局'],
      ['3', '县工业和信息化局'],
      ['4', '县工业和信息化局'],
      ['5', '县农业农村局'],
      ['6', '县农业农村局'],
    ]);
    expect(unitOfHeading('构建知识产权工作新格局')).toBeNull();
    expect(unitOfHeading('市场体系建设新格局')).toBeNull();
    expect(unitOfHeading('保障措施')).toBeNull();
    expect(unitOfHeading('（含开发区）')).toBeNull();
    expect(unitOfHeading('市教育局')?.lead).toEqual(['市教育局']);
  });
});

describe('hand-written plans 2: a time limit in a bracket of its own', () => {
  it('（2025年6月底前） closing a task is its deadline; a period （2024—2026年） or a note is none', async () => {
    const plan = await parseText(E13_TXT);
    expect(plan.tasks.map((t) => t.deadline)).toEqual([null, null, null, null, null, '2025年6月底前']);
    expect(bracketDeadlines('推进改革。（持续推进）')).toEqual(['持续推进']);
    expect(bracketDeadlines('实施三年行动计划（2024—2026年）。')).toEqual([]);
    expect(bracketDeadlines('支持企业上云（具体办法另行制定）。')).toEqual([]);
  });
});

describe('hand-written plans 2: a labelled card line as a task heading', () => {
  it('项目名称：… is titled without its label; a title merely holding a colon keeps it', async () => {
    const plan = await parseText(E14_TXT);
    expect(rows(plan)).toEqual([
      ['（一）', '新建社区食堂10个', '区民政局', ''],
      ['（二）', '改造农村公路50公里', '区交通运输局', '各镇人民政府'],
    ]);
    expect(plan.tasks.map((t) => t.deadline)).toEqual(['2025年10月底前', '2025年11月底前']);
    expect(withoutItemLabel('工作任务：推进老旧小区改造')).toBe('推进老旧小区改造');
    expect(withoutItemLabel('落实“三个一”要求：一张清单管到底')).toBe('落实“三个一”要求：一张清单管到底');
    expect(withoutItemLabel('项目名称：')).toBe('项目名称：');
  });
});

describe('hand-written plans 2: an item listing names under it', () => {
  it('entries that only name projects (● or （1）) are the item’s text, with the clause closing the list; entries stating work stay sub-items', async () => {
    const plan = await parseText(E15_TXT);
    expect(rows(plan)).toEqual([
      ['1', '推进重大项目建设', '县发展改革局', '县住建局'],
      ['2', '加强要素保障', '县自然资源局', ''],
      ['3', '强化资金支持', '县财政局', ''],
    ]);
    expect(plan.tasks[0].text).toContain('滨江大道改造工程');
    const numbered = await parseText(E15_TXT.replace('● 城市', '（1）城市').replace('● 滨江', '（2）滨江').replace('● 县人民', '（3）县人民'));
    expect(rows(numbered)).toEqual(rows(plan));
    // entries stating work are sub-items of their own
    const work = await parseText(E15_TXT.replace('● 城市轨道交通3号线', '● 加快城市轨道交通3号线建设').replace('● 滨江大道改造工程', '● 推进滨江大道改造工程').replace('● 县人民医院新院区', '● 建成县人民医院新院区'));
    expect(work.tasks.map((t) => t.title)).toEqual(['推进重大项目建设', '加快城市轨道交通3号线建设', '推进滨江大道改造工程', '建成县人民医院新院区', '加强要素保障', '强化资金支持']);
  });
});

describe('hand-written plans 2: people’s organizations and time notes', () => {
  it('市妇联, 市科协, 市残联 are bodies; 每季度调度一次 is a time note beside a unit', () => {
    expect(parseResponsibility('（市教育局、市人社局、团市委、市妇联等负责）').lead).toEqual(['市教育局', '市人社局', '团市委', '市妇联']);
    expect(parseResponsibility('（市科协、市残联配合）').support).toEqual(['市科协', '市残联']);
    expect(parseResponsibility('（市住建局负责，每季度调度一次）')).toMatchObject({ lead: ['市住建局'], deadlines: ['每季度调度一次'] });
    // prose in brackets stays prose
    expect(parseResponsibility('（上下联动、政企协同）').clauses).toEqual([]);
  });
});

describe('hand-written plans 2: a title closed by a colon before its first sentence', () => {
  it('摸清底数：… is titled 摸清底数; a subject and its slogan, or a long phrase before the colon, stay whole', async () => {
    const plan = await parseText(E16_TXT);
    expect(rows(plan)).toEqual([
      ['1', '摸清底数', '各乡镇人民政府', ''],
      ['2', '规范建设', '县农业农村局', ''],
      ['3', '强化管护', '县农业农村局、县生态环境分局', ''],
    ]);
    expect(splitTitle('主要目标：到2025年，全市农村卫生厕所普及率达到90%。')).toEqual({ title: '主要目标', inlineBody: '到2025年，全市农村卫生厕所普及率达到90%。' });
    expect(splitTitle('数字经济：打造数字产业集群')).toEqual({ title: '数字经济：打造数字产业集群', inlineBody: '' });
    expect(splitTitle('推动全市数字经济和实体经济深度融合发展：建设一批平台，培育一批企业。').title).toBe('推动全市数字经济和实体经济深度融合发展：建设一批平台，培育一批企业');
  });
});
