/**
 * Rules found while merging the reader and parser branches, each on a small document of our own wording:
 * a web page printed to PDF keeps the site's publication line between the page title and the plan's
 * own title block, and that must not push the cover lines into the body (which then misaligns an
 * outline rebuilt from the 目录).
 */
import { describe, expect, it } from 'vitest';
import { type PlanDocument } from '../src/index.js';
import { splitNestedDecimalLine } from '../src/ingest/nested-decimal-items.js';
import { isBareNameEntry } from '../src/extract/work-items.js';
import { parseText } from './helpers/parse-text.js';


describe('title block of a printed web page', () => {
  it('the publication line and the title repeated under it stay in the title block; the outline rebuilt from the 目录 is not shifted', async () => {
    const lines = [
      '甲县生态保护规划',
      '发布时间：2023-05-06  来源：县政府办  浏览次数：88',
      '甲县生态保护规划',
      '甲县生态环境局',
      '2023年4月',
      '目录',
      '一、现状与形势',
      '（一）工作现状',
      '（二）面临形势',
      '二、重点任务',
      '（一）治理水土流失',
      '（二）保护湿地资源',
      '甲县生态保护规划',
      '为保护全县生态环境，制定本规划。',
      '近年来全县水土流失面积逐年减少，湿地面积保持稳定，工作现状良好。',
      '1.造林绿化成效明显。全县新增造林面积较大。',
      '2.湿地保护体系初步建立。建成湿地公园两处。',
      '当前面临形势依然严峻，生态保护任务艰巨。',
      '1.水土流失治理难度加大。坡耕地面积较大。',
      '2.湿地退化压力仍存。部分湿地萎缩。',
      '实施水土流失综合治理，治理坡耕地，开展小流域治理。',
      '1.推进坡耕地改造。完成梯田改造。',
      '加强湿地资源保护修复，开展湿地监测。',
      '1.开展湿地监测。建立湿地监测站点。',
    ];
    const doc = await parseText(lines.join('\n'));
    expect(doc.parts.find((p) => p.kind === 'title')?.endLine).toBe(5);
    expect(doc.meta.issuer).toBe('甲县生态环境局');
    const body = doc.sections.filter((s) => s.kind === 'body');
    const under = (id: string) => body.flatMap((s) => s.children).find((s) => s.id === id)?.children.map((c) => c.title);
    expect(under('s1.1')).toEqual(['造林绿化成效明显', '湿地保护体系初步建立']);
    expect(under('s1.2')).toEqual(['水土流失治理难度加大', '湿地退化压力仍存']);
    expect(under('s2.1')).toEqual(['推进坡耕地改造']);
  });
});

describe('a catalog of levels printed one row per line', () => {
  it('each decimal number that opens the next level or the next entry starts its own item', () => {
    expect(splitNestedDecimalLine('3.水利设施3.1灌溉设施3.1.1滴灌带')).toEqual(['3.水利设施', '3.1灌溉设施', '3.1.1滴灌带']);
    expect(splitNestedDecimalLine('3.1.1滴灌带3.1.2喷头')).toEqual(['3.1.1滴灌带', '3.1.2喷头']);
    // a number that neither opens the level below nor follows at the same depth stays in the text
    expect(splitNestedDecimalLine('2.完善设施4.1渠道')).toEqual(['2.完善设施4.1渠道']);
    // a sentence citing numbers is running text
    expect(splitNestedDecimalLine('1.按1.1要求执行，完成1.2项')).toEqual(['1.按1.1要求执行，完成1.2项']);
    expect(splitNestedDecimalLine('1.加强管护按1.1执行')).toEqual(['1.加强管护按1.1执行']);
  });
});

describe('a work item reads as work', () => {
  it('an entry that only names a thing is not a work item; an action or a text of its own is', () => {
    expect(isBareNameEntry('滴灌带', false)).toBe(true);
    expect(isBareNameEntry('喷灌机（含卷盘式）', false)).toBe(true);
    expect(isBareNameEntry('推进高效节水灌溉', false)).toBe(false);
    expect(isBareNameEntry('要强化设施管护', false)).toBe(false);
    expect(isBareNameEntry('滴灌带', true)).toBe(false);
  });
  it('a numbered catalog appendix gives no tasks, the plan\'s own numbered work still does', async () => {
    const doc = await parseText(
      [
        '乙县节水灌溉补贴实施方案',
        '一、重点任务',
        '1.推进高效节水灌溉。在平原区推广滴灌。',
        '2.加强设施管护。落实管护责任。',
        '附件',
        '乙县节水灌溉补贴机具目录',
        '1.灌溉机械1.1微灌设备1.1.1滴灌带',
        '1.1.2微喷头',
        '1.2喷灌设备1.2.1喷灌机（含卷盘式）',
        '2.水泵2.1农用水泵2.1.1潜水电泵',
      ].join('\n'),
    );
    expect(doc.tasks.map((t) => t.title)).toEqual(['推进高效节水灌溉', '加强设施管护']);
    const appendixTitles = (ss: PlanDocument['sections']): string[] => ss.flatMap((s) => [s.title, ...appendixTitles(s.children)]);
    expect(appendixTitles(doc.sections.filter((s) => s.kind === 'appendix'))).toEqual(expect.arrayContaining(['灌溉机械', '微灌设备', '滴灌带', '微喷头', '喷灌机（含卷盘式）', '潜水电泵']));
    expect(doc.diagnostics.some((d) => d.code === 'task.list-of-names')).toBe(true);
  });
});

describe('a title broken after its year range or place', () => {
  it('the head line joins the title when the genre line follows it', async () => {
    const doc = await parseText(['2025—2027年丙市', '老旧小区改造实施方案', '一、工作目标', '完成改造小区100个。', '二、重点任务', '1.推进管网改造。更新供水管网。'].join('\n'));
    expect(doc.meta.title).toBe('2025—2027年丙市老旧小区改造实施方案');
    expect(doc.meta.period).toEqual({ start: 2025, end: 2027 });
  });
  it('an issuer or date line above a title is not a head of it', async () => {
    const doc = await parseText(['丙市住房和城乡建设局', '老旧小区改造实施方案', '一、工作目标', '完成改造小区100个。'].join('\n'));
    expect(doc.meta.title).toBe('老旧小区改造实施方案');
  });
});

describe('a whole document on one line whose paragraphs kept their indent', () => {
  const para = (s: string) => `　　${s}`;
  const body = [
    '某省人民政府办公厅关于印发某省森林火灾应急预案的通知',
    '各市人民政府：',
    '现将《某省森林火灾应急预案》印发给你们，请认真组织实施。',
    '（此件公开发布） 某省森林火灾应急预案',
    '1　总则',
    '1.1　编制目的',
    `为有效应对森林火灾，保护森林资源，${'保障人民群众生命财产安全，'.repeat(30)}制定本预案。`,
    '1.2　适用范围',
    `本预案适用于全省行政区域内森林火灾的应对工作。${'各地按照分级负责的原则开展处置。'.repeat(30)}`,
    '2　组织体系',
    '2.1　指挥机构',
    `省森林防灭火指挥部负责组织协调全省森林火灾应对工作。${'各成员单位按照职责分工做好相关工作。'.repeat(30)}`,
    '2.2　地方机构',
    '县级以上地方人民政府负责本行政区域的森林火灾应对工作。',
  ];
  it('each indent starts a paragraph; `1　总则` heads the `1.1` sections; the title is found', async () => {
    const doc = await parseText(body.map(para).join(''));
    expect(doc.meta.title).toBe('某省森林火灾应急预案');
    const top = doc.sections.filter((s) => s.kind === 'body');
    expect(top.map((s) => `${s.number}|${s.title}`)).toEqual(['1|总则', '2|组织体系']);
    expect(top[0].children.map((s) => s.title)).toEqual(['编制目的', '适用范围']);
    expect(doc.diagnostics.some((d) => d.code === 'debris.run-on-line')).toBe(true);
  });
  it('the outline listed once without text and then repeated by the body is a 目录 without its heading', async () => {
    const listed = ['1　总则', '1.1　编制目的', '1.2　适用范围', '2　组织体系', '2.1　指挥机构', '2.2　地方机构', '3　附则'];
    const withToc = [...body.slice(0, 4), ...listed, ...body.slice(4), '3　附则', '本预案自印发之日起实施。'];
    const doc = await parseText(withToc.map(para).join(''));
    const toc = doc.sections.find((s) => s.kind === 'toc');
    expect(toc?.children.map((s) => s.title)).toEqual(['总则', '组织体系', '附则']);
    const top = doc.sections.filter((s) => s.kind === 'body');
    expect(top.map((s) => s.title)).toEqual(['总则', '组织体系', '附则']);
    expect(top[0].children.map((s) => s.title)).toEqual(['编制目的', '适用范围']);
  });
  it('a count after a bare number is not a heading', async () => {
    const { matchHeadingNumber } = await import('../src/segment/numbering.js');
    expect(matchHeadingNumber('3 个乡镇完成改造')).toBeNull();
    expect(matchHeadingNumber('1　总则')?.number).toBe('1');
    expect(matchHeadingNumber('2 组织指挥体系')?.number).toBe('2');
    expect(matchHeadingNumber('2 完成改造，验收合格')).toBeNull();
  });
});

describe('the province is the one the document is for', () => {
  it('a district page of a city gets the city\'s province, not a place it mentions', async () => {
    const doc = await parseText(['2026年广州市越秀区托育服务工作方案', '一、服务对象', '面向辖区内的婴幼儿家庭，港澳台家庭同等享受，香港、澳门籍幼儿按规定办理。', '二、工作安排', '1.做好登记工作。'].join('\n'));
    expect(doc.meta.province).toBe('广东省');
  });
  it('a national document that lists provinces gets none', async () => {
    const doc = await parseText(['全国湿地保护规划', '一、现状', '四川、云南、四川、西藏、西藏自治区等地湿地面积较大，健全区域协作机制。', '二、任务', '1.加强湿地保护。'].join('\n'));
    expect(doc.meta.province).toBeNull();
  });
  it('a text that speaks of itself as a province keeps the province it names', async () => {
    const doc = await parseText(['湿地保护实施方案', '一、现状', '全省湿地面积稳定，四川省湿地保护体系初步建立，四川省将继续推进。', '二、任务', '1.加强湿地保护。'].join('\n'));
    expect(doc.meta.province).toBe('四川省');
  });
});

describe('the articles of a 办法', () => {
  it('第X条 are the level-2 sections under 第X章, numbered on across chapters; their （一） clauses are their text', async () => {
    const doc = await parseText(
      [
        '某市社区食堂管理办法',
        '第一章　总则',
        '第一条　为规范社区食堂管理，制定本办法。',
        '第二条　本办法适用于本市社区食堂。',
        '第二章　运营管理',
        '第三条　社区食堂应当符合下列条件：',
        '（一）有固定场所；',
        '（二）有从业人员。',
        '第四条　区民政部门负责日常监管。',
        '第一条规定的内容另行公布。',
      ].join('\n'),
    );
    const chapters = doc.sections.filter((s) => s.kind === 'body');
    expect(chapters.map((s) => s.number)).toEqual(['第一章', '第二章']);
    expect(chapters[0].children.map((s) => s.number)).toEqual(['第一条', '第二条']);
    expect(chapters[1].children.map((s) => s.number)).toEqual(['第三条', '第四条']);
    // an article is the smallest unit: its （一）（二） clauses are not sections
    expect(chapters[1].children[0].children).toEqual([]);
    // articles are rules and their （一） clauses conditions: no work items
    expect(doc.tasks).toEqual([]);
    expect(doc.diagnostics.some((d) => d.code === 'task.articles-are-rules')).toBe(true);
  });
});

describe('a run-on line counts its （X） items past twenty', () => {
  it('（二十一） after （二十） is cut like the others', async () => {
    const { splitRunOnLine } = await import('../src/ingest/debris.js');
    const items = Array.from({ length: 22 }, (_, k) => {
      const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二'][k];
      return `（${cn}）推进第${k + 1}项改革。${'各地区按职责分工落实相关工作，加强统筹协调。'.repeat(4)}（各地区负责）`;
    });
    const line = `一、深化改革${items.slice(0, 20).join('')}二、强化保障${items.slice(20).join('')}`;
    const pieces = splitRunOnLine(line)!;
    expect(pieces.some((p) => p.startsWith('（二十一）推进第21项改革'))).toBe(true);
    expect(pieces.some((p) => p.startsWith('（二十二）推进第22项改革'))).toBe(true);
    expect(pieces.some((p) => p.startsWith('二、强化保障'))).toBe(true);
  });
});

describe('a run-on line cuts an item that opens with its deadline year', () => {
  it('1．2022年底前… is item 1 after a sentence end, like 1．完善…', async () => {
    const { splitRunOnLine } = await import('../src/ingest/debris.js');
    const body = '各部门按照分工抓好落实，定期报送进展情况。'.repeat(6);
    const group = (cn: string, k: number) =>
      `（${cn}）推进第${k}组改革。${body}（各地区负责）具体措施：1．2022年底前完成第${k}组清单梳理。${body}2．优化第${k}组办理流程。${body}3．2023年6月底前出台第${k}组配套办法。${body}`;
    const line = `一、深化改革${group('一', 1)}${group('二', 2)}二、强化保障${group('三', 3)}`;
    const pieces = splitRunOnLine(line)!;
    for (const k of [1, 2, 3]) {
      expect(pieces.some((p) => p.startsWith(`1．2022年底前完成第${k}组清单梳理`))).toBe(true);
      expect(pieces.some((p) => p.startsWith(`3．2023年6月底前出台第${k}组配套办法`))).toBe(true);
    }
    // a figure inside a sentence is not cut: 增长1.2倍 stays in its sentence
    expect(splitRunOnLine(`${line}力争增长1.2倍。`)!.some((p) => p.startsWith('2倍'))).toBe(false);
  });
});

describe('an item whose text opens with a figure', () => {
  it('1.70周岁以上的 before item 2. is item 1, not a decimal heading 1.70', async () => {
    const doc = await parseText(
      [
        '某市老年助餐服务实施方案',
        '一、补贴对象',
        '（一）本市户籍老年人，符合下列条件之一：',
        '1.70周岁以上的；',
        '2.重度残疾的。',
        '（二）其他老年人。',
        '二、保障措施',
        '各区落实补贴资金。',
      ].join('\n'),
    );
    const group = doc.sections.find((s) => s.number === '一')!;
    expect(group.children[0].children.map((s) => [s.number, s.title])).toEqual([
      ['1', '70周岁以上的'],
      ['2', '重度残疾的'],
    ]);
  });

  it('a real 1.1 heading under 1 keeps its decimal number', async () => {
    const doc = await parseText(['某县应急预案', '1　总则', '1.1　编制目的', '为做好应对工作，制定本预案。', '2　组织指挥', '各部门按职责分工负责。'].join('\n'));
    const top = doc.sections.filter((s) => s.kind === 'body');
    expect(top.map((s) => s.number)).toEqual(['1', '2']);
    expect(top[0].children.map((s) => s.number)).toEqual(['1.1']);
  });
});

describe('a 办法 run on in one line', () => {
  it('is cut before each 第N章 and 第N条 set off by a space, counting on; a reference to an article is not cut', async () => {
    const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    const rule = '街道办事处应当会同有关部门做好助餐点的规划、建设和日常管理，保障助餐点正常运营。'.repeat(5);
    let n = 0;
    const chapters = ['总则', '运营管理', '附则'].map((name, c) => {
      const articles = [0, 1, 2].map((a) => {
        n++;
        const clauses = a === 1 ? '申请运营应当具备下列条件：（一）依法登记；（二）有固定场所；（三）依照第一条规定备案。' : '';
        return `第${cn[n - 1]}条　${clauses}${rule}`;
      });
      return `第${cn[c]}章　${name}${articles.join('')}`;
    });
    const doc = await parseText(`某区老年助餐点管理办法${chapters.join('')}\n`);
    const top = doc.sections.filter((s) => s.kind === 'body');
    expect(top.map((s) => s.number)).toEqual(['第一章', '第二章', '第三章']);
    expect(top.map((s) => s.children.map((a) => a.number))).toEqual([
      ['第一条', '第二条', '第三条'],
      ['第四条', '第五条', '第六条'],
      ['第七条', '第八条', '第九条'],
    ]);
    // the clauses of an article are its text, not sections
    expect(top[1].children[1].children).toEqual([]);
    expect(doc.diagnostics.some((d) => d.code === 'debris.run-on-line')).toBe(true);
  });

  it('a text with no heading at all says so instead of failing silently', async () => {
    const doc = await parseText(`某区关于做好老年助餐服务的通知\n${'各街道要切实做好老年助餐服务，加强组织领导，落实工作责任，确保各项措施落到实处。'.repeat(8)}\n`);
    expect(doc.sections).toEqual([]);
    expect(doc.diagnostics.some((d) => d.code === 'outline.no-headings')).toBe(true);
  });
});

describe('a 目录 flattened onto one line', () => {
  it('an entry glued to the previous title starts where its 第N章 is set off by a space', async () => {
    const { splitInlineToc } = await import('../src/segment/parts.js');
    expect(splitInlineToc('第一章　发展基础　第一节　主要成就　第二节　面临形势第二章　总体要求第三章　保障措施　第一节　加强领导')).toEqual([
      '第一章　发展基础',
      '第一节　主要成就',
      '第二节　面临形势',
      '第二章　总体要求',
      '第三章　保障措施',
      '第一节　加强领导',
    ]);
    // a reference inside a title (no space after the number) is not an entry
    expect(splitInlineToc('第一章　落实第二章要求　第二章　保障')).toEqual(['第一章　落实第二章要求', '第二章　保障']);
  });
});

describe('attachments of a text run on in one line', () => {
  it('an attachment label after a space opens the attachment; label and title on one line are read apart', async () => {
    const S = '\u3000\u3000';
    const para = (k: number) => `${S}各成员单位按照职责分工做好第${k}项应急处置工作，及时报送处置进展情况，确保信息畅通。`;
    const chapters = ['总则', '组织指挥', '应急响应', '附则'].map((t, c) => `${S}${c + 1}${'\u3000'}${t}${[1, 2, 3, 4, 5, 6].map((k) => para(c * 6 + k)).join('')}`).join('');
    const annex =
      `${S}附件：1.事件分级标准${S}${S}2.工作组职责 附件1事件分级标准${S}一、重大事件${S}凡符合下列情形之一的，为重大事件：` +
      `${S}1.因事件造成10人以上死亡的；${S}2.因事件造成直接经济损失1亿元以上的。` +
      `${S}二、一般事件${S}凡符合下列情形之一的，为一般事件：${S}1.因事件造成3人以下死亡的；${S}2.因事件造成直接经济损失500万元以下的。` +
      ` 附件2工作组职责${S}一、处置组${S}由生态环境部牵头，负责组织现场处置。${S}二、保障组${S}由应急部牵头，负责物资保障。`;
    const doc = await parseText(`某县突发事件应急预案${chapters}${annex}${para(99).repeat(8)}\n`);
    const appendices = doc.sections.filter((s) => s.kind === 'appendix');
    expect(appendices.map((s) => [s.number, s.title])).toEqual([
      ['附件1', '事件分级标准'],
      ['附件2', '工作组职责'],
    ]);
    expect(appendices[0].children.map((s) => s.number)).toEqual(['一', '二']);
    // cases of 凡符合下列情形之一的 are conditions, not work items
    expect(doc.tasks.some((t) => /死亡/.test(t.title))).toBe(false);
  });
});
