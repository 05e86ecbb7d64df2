import { describe, expect, it } from 'vitest';
import { extractTasks, classifySectionTitle, firstSentence, tableGrid } from '../src/extract/tasks.js';
import { collectUnits } from '../src/extract/units.js';
import type { Indicator } from '../src/schema/plan.js';
import { outlineDoc } from './helpers/outline-doc.js';

const run = (outline: string, indicators: Indicator[] = []) => extractTasks(outlineDoc(outline), indicators);
const brief = (outline: string) =>
  run(outline).tasks.map((t) => ({ number: t.number, title: t.title, lead: t.units.lead, support: t.units.support }));

describe('which sections hold tasks', () => {
  it('classifies section titles from the data file', () => {
    expect(classifySectionTitle('重点任务')).toBe('task');
    expect(classifySectionTitle('主要任务')).toBe('task');
    expect(classifySectionTitle('工作措施')).toBe('task');
    expect(classifySectionTitle('主要目标和重点任务')).toBe('task');
    expect(classifySectionTitle('基本原则')).toBe('principle');
    expect(classifySectionTitle('保障措施')).toBe('safeguard');
    expect(classifySectionTitle('基础与形势')).toBe('principle');
    expect(classifySectionTitle('加强知识产权保护')).toBeNull();
  });

  it('numbered items in principles, goals, background and safeguards are not tasks', () => {
    const { tasks } = run(`
      # 一、发展基础
      1.管理体制不断创新。出台了若干意见。
      # 二、总体要求
      ## （一）基本原则
      ### 1.坚持量质提升。在保持量的持续增长基础上。
      ## （二）主要目标
      ### 1.创造方面。到2025年，万人发明专利拥有量不低于5件。
      # 三、重点任务
      ## （一）加强创造
      ### 1.推进专利申请。修订出台扶持政策。
      # 四、保障措施
      ## （一）加强组织领导。在市委、市政府领导下，发挥联席会议作用。
      ## （二）加强资源配置。加大财政资金保障力度。
    `);
    expect(tasks.map((t) => t.title)).toEqual(['推进专利申请']);
    expect(tasks[0]).toMatchObject({ id: 't1', number: '1', sectionId: 's3.1', line: 10, text: '推进专利申请。修订出台扶持政策。' });
  });

  it('a task word inside a safeguard part does not start a task part', () => {
    const { tasks } = run(`
      # 一、重点任务
      ## （一）推进专利申请。修订出台扶持政策。
      # 二、保障措施
      ## （一）加强重点工作督查
      ### 1.定期通报。每季度通报一次。
    `);
    expect(tasks.map((t) => t.title)).toEqual(['推进专利申请']);
  });

  it('reads the top-level sections when no section is titled as a task part, and says so', () => {
    const { tasks, diagnostics } = run(`
      # 一、总体要求
      到2020年，建成知识产权强市。
      # 二、强化知识产权创造
      ## （一）培育高价值专利。建设培育中心。（责任单位：市科技局）
      # 三、保障措施
      ## （一）加强组织领导。成立领导小组。
    `);
    expect(tasks.map((t) => [t.number, t.title, t.units.lead])).toEqual([['（一）', '培育高价值专利', ['市科技局']]]);
    expect(diagnostics.map((d) => d.code)).toContain('task.part-inferred');
  });
});

describe('task numbering and titles', () => {
  it.each([
    ['1.', '1'],
    ['1．', '1'],
    ['1、', '1'],
    ['1﹒', '1'],
    ['（1）', '（1）'],
  ])('items numbered %s are tasks', (prefix, number) => {
    const { tasks } = run(`
      # 一、主要任务
      ## （一）加强保护
      ### ${prefix}健全执法体系。完善执法程序。
      ### ${prefix.replace('1', '2')}加强司法保护。推进繁简分流。
    `);
    expect(tasks.map((t) => [t.number, t.title])).toEqual([
      [number, '健全执法体系'],
      [number.replace('1', '2'), '加强司法保护'],
    ]);
  });

  it('numbering continuous across groups or restarting: ids are t1… in document order', () => {
    const continuous = run(`
      # 三、主要任务
      ## （一）构建新格局
      ### 1．优化管理机制。发挥联席会议作用。
      ### 2．完善政策体系。制定实施方案。
      ## （二）打造新引擎
      ### 3．实施培育工程。形成培育中心。
    `).tasks;
    expect(continuous.map((t) => [t.id, t.number, t.sectionId])).toEqual([
      ['t1', '1', 's1.1'],
      ['t2', '2', 's1.1'],
      ['t3', '3', 's1.2'],
    ]);
    const restarting = run(`
      # 三、主要任务
      ## （一）构建新格局
      ### 1．优化管理机制。发挥联席会议作用。
      ## （二）打造新引擎
      ### 1．实施培育工程。形成培育中心。
    `).tasks;
    expect(restarting.map((t) => [t.id, t.number, t.sectionId])).toEqual([
      ['t1', '1', 's1.1'],
      ['t2', '1', 's1.2'],
    ]);
  });

  it('a title on its own heading line, the body in the following paragraphs', () => {
    const { tasks } = run(`
      # 二、重点任务
      ## （一）实施管理创新工程
      ## （二）实施保护强化工程
      加强执法体系建设。
      推进保护中心建设。（牵头单位：市科技局）
    `);
    // (一) holds nothing; (二) is one task: a bare heading among bare headings is a task with its body
    expect(tasks.map((t) => [t.number, t.title, t.text, t.units.lead])).toEqual([
      ['（一）', '实施管理创新工程', '实施管理创新工程', []],
      ['（二）', '实施保护强化工程', '实施保护强化工程\n加强执法体系建设。\n推进保护中心建设。（牵头单位：市科技局）', ['市科技局']],
    ]);
  });

  it('unnumbered paragraphs of a group without numbered items become tasks titled by their first sentence', () => {
    const { tasks } = run(`
      # 三、重点任务
      ## （一）实施创造工程
      ### 1.推进专利申请。修订出台扶持政策。
      ## （六）开展文化培育工程
      加强信息基础设施建设。以完善数据库为基础，提升效益。
      以“英才”为引领，积极引入专业人才；建设专家库。
    `);
    expect(tasks.map((t) => [t.id, t.number, t.title, t.sectionId, t.line])).toEqual([
      ['t1', '1', '推进专利申请', 's1.1', 3],
      ['t2', '', '加强信息基础设施建设', 's1.2', 5],
      ['t3', '', '以“英才”为引领，积极引入专业人才', 's1.2', 6],
    ]);
  });

  it('a task part with paragraphs only: each paragraph a task; a clause-only paragraph belongs to the one before', () => {
    const { tasks } = run(`
      # 二、主要任务
      加强知识产权保护。完善执法机制。
      （牵头单位：市市场监管局；配合单位：市公安局）
      推进知识产权运用。建设运营平台。（责任单位：市科技局）
    `);
    expect(tasks.map((t) => [t.title, t.units.lead, t.units.support])).toEqual([
      ['加强知识产权保护', ['市市场监管局'], ['市公安局']],
      ['推进知识产权运用', ['市科技局'], []],
    ]);
  });

  it('the numbered sub-items of a task are tasks of their own; a clause closing the last one closes the whole item', () => {
    const { tasks } = run(`
      # 二、重点任务
      ## （一）加强保护
      ### 1.完善保护体系。具体包括：
      #### （1）建设保护中心。
      #### （2）建设快维中心。（牵头单位：市市场监管局）
      ### 2.加强运用。建设运营平台。（牵头单位：市科技局）
    `);
    expect(tasks.map((t) => [t.number, t.title, t.text, t.units.lead])).toEqual([
      ['1', '完善保护体系', '完善保护体系。具体包括：', ['市市场监管局']],
      ['（1）', '建设保护中心', '建设保护中心。', ['市市场监管局']],
      ['（2）', '建设快维中心', '建设快维中心。（牵头单位：市市场监管局）', ['市市场监管局']],
      ['2', '加强运用', '加强运用。建设运营平台。（牵头单位：市科技局）', ['市科技局']],
    ]);
  });

  it('a sub-item takes the units of its item only when it names none', () => {
    const { tasks } = run(`
      # 三、工作任务
      ## （一）整治河道
      ### 1.清理河道淤积。按下列要求推进：（牵头单位：县水利局）
      #### ①疏浚主要支流。
      #### ②修复受损堤岸。（牵头单位：县住建局；配合单位：各乡镇）
      ### 2.开展巡河检查。每月一次。（牵头单位：县河长办）
    `);
    expect(tasks.map((t) => [t.number, t.title, t.units.lead, t.units.support])).toEqual([
      ['1', '清理河道淤积', ['县水利局'], []],
      ['①', '疏浚主要支流', ['县水利局'], []],
      ['②', '修复受损堤岸', ['县住建局'], ['各乡镇']],
      ['2', '开展巡河检查', ['县河长办'], []],
    ]);
  });

  it('专栏 boxes are not tasks and their text is not part of the task', () => {
    const { tasks } = run(`
      # 三、主要任务
      ## （一）促进运用
      ### 1.发挥引领作用。推进知识产权运用。
      #### [box] 专栏3 运营体系建设
      构建运营平台，将专利转换为生产力。
      ### 2.加强品牌培育。培育商标品牌。
    `);
    expect(tasks.map((t) => [t.title, t.text])).toEqual([
      ['发挥引领作用', '发挥引领作用。推进知识产权运用。'],
      ['加强品牌培育', '加强品牌培育。培育商标品牌。'],
    ]);
  });

  it('the title stops at the first 。 or ； and leaves a unit clause out', () => {
    expect(firstSentence('加强建设；推进平台。其他')).toBe('加强建设');
    expect(firstSentence('建设公共服务平台（责任单位：市科技局）')).toBe('建设公共服务平台');
    const { tasks } = run(`
      # 二、重点任务
      ## （一）建设公共服务平台（责任单位：市科技局）
      ## （二）建设数据库（责任单位：市大数据局）
    `);
    expect(tasks.map((t) => [t.title, t.units.lead])).toEqual([
      ['建设公共服务平台', ['市科技局']],
      ['建设数据库', ['市大数据局']],
    ]);
  });
});

describe('units attached to tasks', () => {
  it('attaches the clause to the task it ends, as written, deadline apart', () => {
    const { tasks } = run(`
      # 二、重点任务
      ## （一）加强管理
      ### 1.探索综合管理改革。开展试点。(牵头单位:武汉东湖新技术开发区管委会、武汉经济技术开发区管委会〈汉南区人民政府〉;配合单位:市编办、市科技局)
      ### 2.推进强区建设。加强区级体系建设。(牵头单位:各区人民政府〈含开发区管委会,下同〉;配合单位:市科技局)
      ### 3.扩大开放合作。建设合作平台。（省商务厅牵头，合肥海关配合）
      ### 4.出台专项办法。（市司法局负责，6月底完成）
    `);
    expect(tasks.map((t) => [t.units.lead, t.units.support, t.deadline])).toEqual([
      [['武汉东湖新技术开发区管委会', '武汉经济技术开发区管委会〈汉南区人民政府〉'], ['市编办', '市科技局'], null],
      [['各区人民政府〈含开发区管委会,下同〉'], ['市科技局'], null],
      [['省商务厅'], ['合肥海关'], null],
      [['市司法局'], [], '6月底完成'],
    ]);
  });

  it('rejoins a unit list split across paragraphs by a page break', () => {
    const { tasks, diagnostics } = run(`
      # 二、重点任务
      ## （一）优化环境
      ### 1.推进人才队伍建设。深入实施人才计划。(牵头单位:市人力资源社会保障局;配合单位:市委组织部(市招才局)、市科技局、武
      汉东湖新技术开发区管委会)
      ### 2.推进文化建设。建设文化长廊，加大宣传力度，视情
      召开新闻发布会。(牵头单位:市委宣传部;配合单位:市科技局)
    `);
    expect(tasks.map((t) => [t.units.lead, t.units.support])).toEqual([
      [['市人力资源社会保障局'], ['市委组织部(市招才局)', '市科技局', '武汉东湖新技术开发区管委会']],
      [['市委宣传部'], ['市科技局']],
    ]);
    expect(tasks[0].text.endsWith('配合单位:市委组织部(市招才局)、市科技局、武汉东湖新技术开发区管委会)')).toBe(true);
    // outside a clause a cut line is the ingest's to join; here it stays a line break
    expect(tasks[1].text).toBe('推进文化建设。建设文化长廊，加大宣传力度，视情\n召开新闻发布会。(牵头单位:市委宣传部;配合单位:市科技局)');
    expect(diagnostics.filter((d) => d.code === 'task.text-rejoined').map((d) => d.line)).toEqual([4]);
  });

  it('label lines after a task stay lines of its text', () => {
    const { tasks } = run(`
      # 二、重点任务
      ## （三）促进知识产权运用。
      开展质押融资试点
      牵头单位：县财政局
      配合单位：县市场监管局
    `);
    expect(tasks[0].text).toBe('促进知识产权运用。\n开展质押融资试点\n牵头单位：县财政局\n配合单位：县市场监管局');
    expect(tasks[0].units).toEqual({ lead: ['县财政局'], support: ['县市场监管局'] });
  });

  it('牵头考核单位 on the line after a task', () => {
    const { tasks } = run(`
      # 二、重点工作
      ## （一）推进专利导航。开展导航项目。
      牵头考核单位：市市场监督管理局
      ## （二）推进品牌建设。培育区域品牌。
      牵头考核单位：市农业农村局、市商务局
    `);
    expect(tasks.map((t) => t.units.lead)).toEqual([['市市场监督管理局'], ['市农业农村局', '市商务局']]);
  });

  it('a clause written for a group applies to its tasks that have none of their own', () => {
    const { tasks } = run(`
      # 二、重点任务
      ## （一）实施保护工程（牵头单位：市市场监管局）
      ### 1.加强执法。开展专项行动。
      ### 2.加强司法保护。推进审判改革。（牵头单位：市中级人民法院）
    `);
    expect(tasks.map((t) => t.units.lead)).toEqual([['市市场监管局'], ['市中级人民法院']]);
  });

  it('a 责任单位 column in a task table gives one task per row', () => {
    const { tasks } = run(`
      # 三、重点任务
      | 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |
      | 1 | 建设保护中心。争取国家批复。 | 市市场监管局 | 市财政局、市科技局(市知识产权局) | 2023年底 |
      | 2 | 开展专项行动 | 市公安局、市市场监管局 |  | 持续推进 |
    `);
    expect(tasks.map((t) => [t.id, t.number, t.title, t.units.lead, t.units.support, t.deadline, t.line])).toEqual([
      ['t1', '1', '建设保护中心', ['市市场监管局'], ['市财政局', '市科技局(市知识产权局)'], '2023年底', 2],
      ['t2', '2', '开展专项行动', ['市公安局', '市市场监管局'], [], '持续推进', 2],
    ]);
  });

  it('a task table with one 责任单位 column marking the lead, group rows and merged cells', () => {
    const doc = outlineDoc(`
      # 二、主要任务
      | 序号 | 工作任务 | 责任单位 |
      | 一、保护 | 一、保护 | 一、保护 |
      | 1 | 建设快维中心 | 市市场监管局（牵头）、市司法局 |
    `);
    const table = doc.sections[0].blocks[0];
    if (table.type !== 'table') throw new Error('table expected');
    table.rows[1] = [{ text: '一、保护', rowSpan: 1, colSpan: 3 }];
    const { tasks } = extractTasks(doc, []);
    expect(tasks.map((t) => [t.number, t.title, t.units.lead, t.units.support])).toEqual([['1', '建设快维中心', ['市市场监管局'], ['市司法局']]]);
  });

  it('tableGrid repeats merged cells', () => {
    const grid = tableGrid({
      type: 'table',
      line: 1,
      endLine: 1,
      raw: '',
      origin: 'docx',
      rows: [
        [{ text: '类别', rowSpan: 2, colSpan: 1 }, { text: 'a', rowSpan: 1, colSpan: 1 }],
        [{ text: 'b', rowSpan: 1, colSpan: 1 }],
      ],
    });
    expect(grid).toEqual([
      ['类别', 'a'],
      ['类别', 'b'],
    ]);
  });

  it('units shared by several tasks: collectUnits lists each once with all its tasks', () => {
    const { tasks } = run(`
      # 三、工作措施
      ## （一）提高创造质量
      ### 1.强化政策导向。完善奖励政策。（责任单位：市市场监管局、市文化和旅游局）
      ### 2.推进重点领域创造。实施培育计划。（责任单位：市市场监管局）
      ### 3.加大优势培育。整合高校力量。（责任单位：市市场监督管理局，市科技局）
    `);
    const units = collectUnits(tasks);
    expect(units.map((u) => [u.name, u.aliases, u.lead])).toEqual([
      ['市市场监督管理局', ['市市场监管局'], ['t1', 't2', 't3']],
      ['市文化和旅游局', [], ['t1']],
      ['市科学技术局', ['市科技局'], ['t3']],
    ]);
  });

  it('warns about a task without units when most tasks name them', () => {
    const { diagnostics } = run(`
      # 二、重点任务
      ### 1.加强执法。开展专项行动。（责任单位：市公安局）
      ### 2.加强宣传。开展宣传周活动。
      ### 3.加强培训。开展专题培训。（责任单位：市教育局）
    `);
    expect(diagnostics.filter((d) => d.code === 'task.units-missing').map((d) => d.line)).toEqual([3]);
  });

  it('does not read units from prose: 由…牵头 outside brackets, notes in brackets', () => {
    const { tasks } = run(`
      # 三、重点任务
      ## （四）优化管理工程
      ### 1.优化顶层设计。建立“指挥部+专班”制度，由市场监督管理局牵头，定期召开联席会议。
      ### 2.加强组织协调。市市场监管局（市知识产权局、知识产权工作联席会议办公室）要加强组织协调。
    `);
    expect(tasks.map((t) => [t.units.lead, t.units.support])).toEqual([
      [[], []],
      [[], []],
    ]);
  });
});

describe('indicators of a task', () => {
  it('lists the task-sourced indicators whose line lies in the task', () => {
    const ind = (id: string, line: number, source: Indicator['source'] = 'task'): Indicator => ({
      id,
      name: 'x',
      canonicalName: null,
      unit: null,
      baseline: null,
      milestones: [],
      target: { year: null, value: 1, comparator: '=', hedge: null, raw: '1' },
      attribute: null,
      source,
      sectionId: null,
      line,
      quote: 'x',
    });
    const { tasks } = run(
      `
      # 三、主要任务
      ## （一）打造新引擎
      ### 4．实施培育工程。形成5个培育中心，新增授权发明专利不低于2000件。
      ### 5．实施版权工程。争创示范园区。
      持续推进，力争登记量达到1000件。
    `,
      [ind('i1', 3), ind('i2', 5), ind('i3', 4, 'goals'), ind('i4', 3)],
    );
    expect(tasks.map((t) => t.indicatorIds)).toEqual([['i1', 'i4'], ['i2']]);
  });
});
