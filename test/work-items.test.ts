import { describe, expect, it } from 'vitest';
import { parsePlanBytes } from '../src/parse.js';
import { extractTasks } from '../src/extract/tasks.js';
import { classifyPartTitle, isPrincipleHeading, numberStyle, opensWithAction, selectWorkItems, type Candidate } from '../src/extract/work-items.js';
import { outlineDoc } from './helpers/outline-doc.js';

/** Work items recognized by their form, wherever the plan numbers its work. Every document here is our own wording. */
const parseText = (text: string) => parsePlanBytes(Buffer.from(text.replace(/^\n/, ''), 'utf8'), 'plan.txt');
const titles = async (text: string) => (await parseText(text)).tasks.map((t) => t.title);
const run = (outline: string) => extractTasks(outlineDoc(outline), []).tasks;

describe('which items are work items', () => {
  it('numbered items of an appendix (考评指标) read as one section are work items, with their units', async () => {
    const plan = await parseText(`
某县2024年营商环境考评办法
一、考评对象
各乡镇人民政府、县直各部门。
二、考评方式
（一）考评实行百分制。
（二）考评每半年开展一次。
附件
某县营商环境考评指标
一、政务服务（40分）
（一）网上办理（20分）
1．推行企业开办全程网办，压缩办理时限。（6月底完成，牵头考核单位：县数据资源局）
2．推广电子证照在审批中的应用。（持续推进，牵头考核单位：县数据资源局、县市场监管局）
（二）窗口服务（20分）
3．推行综合窗口受理，提高一窗通办比例。（按进度推进，牵头考核单位：县政务服务中心）
二、要素保障（60分）
4．建立重点项目用地保障台账。（9月底完成，牵头考核单位：县自然资源局）
`);
    expect(plan.tasks.map((t) => [t.number, t.title, t.units.lead, t.deadline])).toEqual([
      ['1', '推行企业开办全程网办，压缩办理时限', ['县数据资源局'], '6月底完成'],
      ['2', '推广电子证照在审批中的应用', ['县数据资源局', '县市场监管局'], '持续推进'],
      ['3', '推行综合窗口受理，提高一窗通办比例', ['县政务服务中心'], '按进度推进'],
      ['4', '建立重点项目用地保障台账', ['县自然资源局'], '9月底完成'],
    ]);
  });

  it('items numbered on across groups into 保障措施 are work items; the points of 指导思想 and 基本原则 are not', async () => {
    expect(
      await titles(`
一、总体要求
（一）指导思想
1.坚持需求导向。以群众需求为出发点。
2.坚持改革创新。以改革破解难题。
二、主要举措
（一）扩大服务供给
1.建设社区食堂。每个街道至少建成一处。（区民政局负责）
2.发展家庭托育。支持家庭托育点备案。（区卫生健康局负责）
（二）提升服务质量
3.开展服务评价。建立星级评定制度。（区民政局牵头，区市场监管局配合）
三、保障措施
4.加强组织领导。建立工作专班，定期调度。（区民政局负责）
5.强化资金保障。统筹安排专项资金。（区财政局负责）
`),
    ).toEqual(['建设社区食堂', '发展家庭托育', '开展服务评价', '加强组织领导', '强化资金保障']);
  });

  it('safeguard items that restart their numbering and name no units are not work items', async () => {
    expect(
      await titles(`
一、重点任务
（一）完善服务网络
1.建设社区食堂。每个街道至少建成一处。
2.发展家庭托育。支持家庭托育点备案。
（二）提升服务质量
1.开展服务评价。建立星级评定制度。
二、保障措施
（一）加强组织领导。建立工作专班。
（二）强化资金保障。统筹安排专项资金。
`),
    ).toEqual(['建设社区食堂', '发展家庭托育', '开展服务评价']);
  });

  it('items in another numbering style than the work items (the rules of a 办法) are not work items', async () => {
    expect(
      await titles(`
一、适用范围
（一）本办法适用于全区社区服务项目。
（二）项目实行年度评估。
二、项目清单
（一）养老服务
1.新建社区养老服务站。全年建成五处。
2.改造老旧小区适老设施。完成加装电梯。
（二）托育服务
3.增加普惠托位供给。新增托位三百个。
`),
    ).toEqual(['新建社区养老服务站', '改造老旧小区适老设施', '增加普惠托位供给']);
  });

  it('a 专栏 written as a bare line between items does not take the items after it', () => {
    const tasks = run(`
      # 二、重点任务
      ## （一）建设网络
      ### 1.推进光纤入户。完成老旧小区改造。
      ### [box] 专栏1 网络提速工程
      #### 2.建设千兆小区。覆盖主要街道。
      #### 3.部署基站。新增一千座。
    `);
    expect(tasks.map((t) => [t.number, t.title])).toEqual([
      ['1', '推进光纤入户'],
      ['2', '建设千兆小区'],
      ['3', '部署基站'],
    ]);
  });

  it('an item the outline folded into the one before it (`11.121…` read as a decimal) is its own item', () => {
    const tasks = run(`
      # 二、重点任务
      ## 10.青年英才项目。每年资助一百名青年人才。（牵头单位：市人社局）
      11.121育才计划。遴选培养一批后备人才。（牵头单位：市科技局）
      ## 12.银龄专家项目。柔性引进退休专家。（牵头单位：市科协）
    `);
    expect(tasks.map((t) => [t.number, t.title, t.units.lead])).toEqual([
      ['10', '青年英才项目', ['市人社局']],
      ['11', '121育才计划', ['市科技局']],
      ['12', '银龄专家项目', ['市科协']],
    ]);
  });

  it('unnumbered paragraphs are work items only when they open as one: not a statement of fact or a past result', async () => {
    expect(
      await titles(`
一、主要任务
社区养老事关千家万户，是重要的民生工程。
加快建设社区养老服务站。每个街道建成一处。
要积极推进医养结合。推动签约服务全覆盖。
表2 社区养老服务站建设计划
`),
    ).toEqual(['加快建设社区养老服务站', '要积极推进医养结合']);
  });
});

describe('units written once for a group', () => {
  it('a clause on the group heading applies to its items that name none of their own', () => {
    const tasks = run(`
      # 二、重点任务
      ## （一）完善养老服务网络（牵头单位：区民政局；配合单位：各街道办事处）
      ### 1.建设社区食堂。每个街道建成一处。
      ### 2.推广助浴服务。培育专业助浴队伍。（区卫生健康局负责）
      ## （二）提升托育服务
      ### 3.增加普惠托位。新增托位三百个。
    `);
    expect(tasks.map((t) => [t.title, t.units.lead, t.units.support])).toEqual([
      ['建设社区食堂', ['区民政局'], ['各街道办事处']],
      ['推广助浴服务', ['区卫生健康局'], []],
      ['增加普惠托位', [], []],
    ]);
  });
});

describe('a plan that says the first listed body leads', () => {
  it('applies 列第一位者为牵头单位，下同 to the tasks after the note', async () => {
    const plan = await parseText(`
一、主要任务
（一）建设全民健身设施。新建一批社区健身中心。（区体育局、区住建局负责。列第一位者为牵头单位，下同）
（二）普及校园足球。每所中学组建足球队。（区教育局、区体育局、区财政局负责）
`);
    expect(plan.tasks.map((t) => [t.title, t.units.lead, t.units.support])).toEqual([
      ['建设全民健身设施', ['区体育局'], ['区住建局']],
      ['普及校园足球', ['区教育局'], ['区体育局', '区财政局']],
    ]);
  });
});

describe('a 任务分工表 restating the numbered tasks', () => {
  it('gives each task the units of its row; rows matching no task stay tasks (html, body hidden until scripts run)', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>方案</title></head>
<body style="visibility: hidden"><div class="article-content">
<p>甲区提升社区托育服务实施方案</p>
<p>一、主要任务</p>
<p>（一）扩大服务供给</p>
<p>1.新建社区托育点。每个街道至少建成一处。</p>
<p>2.发展家庭托育。支持符合条件的家庭托育点备案。</p>
<p>（二）提升服务质量</p>
<p>3.开展托育人员培训。每年培训五百人次。</p>
<p>二、组织实施</p>
<p>各街道要细化措施，确保各项任务落到实处。</p>
<p>附件</p>
<p>甲区提升社区托育服务任务分工表</p>
<table>
<tr><td>序号</td><td>工作事项</td><td>牵头单位</td><td>配合单位</td></tr>
<tr><td>1</td><td>新建社区托育点</td><td>区卫生健康局</td><td>各街道办事处</td></tr>
<tr><td>2</td><td>发展家庭托育</td><td>区卫生健康局</td><td>/</td></tr>
<tr><td>3</td><td>开展托育人员培训</td><td>区人社局</td><td>区卫生健康局</td></tr>
<tr><td>4</td><td>建立托育服务监管平台</td><td>区数据局</td><td>区卫生健康局</td></tr>
</table>
</div></body></html>`;
    const plan = await parsePlanBytes(Buffer.from(html, 'utf8'), 'plan.html');
    expect(plan.tasks.map((t) => [t.number, t.title, t.units.lead, t.units.support])).toEqual([
      ['1', '新建社区托育点', ['区卫生健康局'], ['各街道办事处']],
      ['2', '发展家庭托育', ['区卫生健康局'], []],
      ['3', '开展托育人员培训', ['区人社局'], ['区卫生健康局']],
      ['4', '建立托育服务监管平台', ['区数据局'], ['区卫生健康局']],
    ]);
  });
});

describe('a task table cut by a page break', () => {
  it('with its header repeated, an empty lead cell at the top of the second part continues the merged cell', () => {
    const tasks = run(`
      # 二、重点任务
      | 序号 | 重点任务 | 牵头单位 | 配合单位 |
      | 1 | 建设社区食堂 | 区民政局 | 各街道办事处 |
      | 2 | 发展助餐配送 |  | 区市场监管局 |
      续表
      | 序号 | 重点任务 | 牵头单位 | 配合单位 |
      | 3 | 推广老年助浴 |  | 区卫生健康局 |
      | 4 | 培训护理人员 | 区人社局 | 区民政局 |
    `);
    expect(tasks.map((t) => [t.number, t.title, t.units.lead, t.units.support])).toEqual([
      ['1', '建设社区食堂', ['区民政局'], ['各街道办事处']],
      ['2', '发展助餐配送', ['区民政局'], ['区市场监管局']],
      ['3', '推广老年助浴', ['区民政局'], ['区卫生健康局']],
      ['4', '培训护理人员', ['区人社局'], ['区民政局']],
    ]);
  });
});

describe('a plan exported as one run-on line', () => {
  it('its items are cut apart at their inline numbers, the count deciding which numbers are items', async () => {
    const line =
      '为落实年度重点工作，现制定如下分工方案。' +
      '一、优化政务服务（一）推行企业开办一日办结，压缩办理环节。（区市场监管局牵头，区税务局配合）' +
      '（二）推广电子证照应用，减少纸质材料1.5万份。（区数据局负责）' +
      '二、加强事中事后监管（三）完善信用分级分类监管。（区发展改革委牵头，各街道按职责分工负责）' +
      '三、强化组织保障（四）建立工作台账，按季度通报进展。（区政府办公室负责）';
    const plan = await parseText(`甲区优化营商环境重点任务分工方案

${line}
`);
    expect(plan.tasks.map((t) => [t.number, t.title, t.units.lead, t.units.support])).toEqual([
      ['（一）', '推行企业开办一日办结，压缩办理环节', ['区市场监管局'], ['区税务局']],
      ['（二）', '推广电子证照应用，减少纸质材料1.5万份', ['区数据局'], []],
      ['（三）', '完善信用分级分类监管', ['区发展改革委'], ['各街道']],
      ['（四）', '建立工作台账，按季度通报进展', ['区政府办公室'], []],
    ]);
  });
});

describe('the signals, one by one', () => {
  it('part titles: task, principle, safeguard or nothing', () => {
    expect(classifyPartTitle('主要举措')).toBe('task');
    expect(classifyPartTitle('指导思想')).toBe('principle');
    expect(classifyPartTitle('发展基础与面临形势')).toBe('principle');
    expect(classifyPartTitle('强化组织实施')).toBe('safeguard');
    expect(classifyPartTitle('扩大服务供给')).toBeNull();
  });

  it('a principle heading is a short noun phrase; an item that mentions a principle or a base is not one', () => {
    expect(isPrincipleHeading('基本原则')).toBe(true);
    expect(isPrincipleHeading('发展目标')).toBe(true);
    expect(isPrincipleHeading('夯实养老服务发展基础')).toBe(false);
    expect(isPrincipleHeading('按照“谁主管、谁负责”原则，梳理共享目录')).toBe(false);
    // a slogan whose last phrase opens with a verb of action names work
    expect(isPrincipleHeading('壮大实体经济，夯实发展基础')).toBe(false);
    expect(isPrincipleHeading('回顾与展望，发展基础')).toBe(true);
  });

  it('number styles', () => {
    expect(['1', '（一）', '一', '（1）', '①', ''].map(numberStyle)).toEqual(['arabic', 'paren-cn', 'cn', 'paren-arabic', 'circled', null]);
  });

  it('opening phrases', () => {
    expect(opensWithAction('健全服务网络。')).toBe(true);
    expect(opensWithAction('以社区为依托，发展嵌入式服务。')).toBe(true);
    expect(opensWithAction('各街道要切实加强统筹。')).toBe(true);
    expect(opensWithAction('服务网络日益健全。')).toBe(false);
    expect(opensWithAction('3.1 完善服务网络..........12')).toBe(false);
  });

  it('selection: the style most items take; a safeguard item only when it continues the count or names units', () => {
    const c = (o: Partial<Candidate>): Candidate => ({ origin: 'numbered', style: 'arabic', ordinal: 1, part: null, amongGroups: false, hasUnits: false, leadsWork: false, ...o });
    const kept = selectWorkItems([
      c({ style: 'paren-cn', ordinal: 1 }),
      c({ ordinal: 1 }),
      c({ ordinal: 2 }),
      c({ ordinal: 3, part: 'safeguard' }),
      c({ ordinal: 1, part: 'safeguard' }),
      c({ ordinal: 1, part: 'safeguard', hasUnits: true }),
      c({ origin: 'table', style: null, ordinal: null }),
    ]);
    expect([...kept]).toEqual([1, 2, 3, 5, 6]);
  });
});
