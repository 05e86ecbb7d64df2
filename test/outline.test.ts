/** The section tree and parts on small hand-written plans, one rule at a time. */
import { describe, expect, it } from 'vitest';
import { parsePlanBytes, type PlanDocument, type Section } from '../src/index.js';
import { matchHeadingNumber, splitTitle } from '../src/segment/numbering.js';
import { parseChineseInteger } from '../src/nlp/numbers.js';
import { parseText } from './helpers/parse-text.js';

type Tree = [string, Tree[]] | string;
const tree = (ss: Section[]): Tree[] =>
  ss.filter((s) => s.kind !== 'toc').map((s) => (s.children.length ? [`${s.number}|${s.title}`, tree(s.children)] : `${s.number}|${s.title}`));

describe('heading numbers', () => {
  it('recognises every family and its ordinal', () => {
    const cases: [string, string, string, number][] = [
      ['一、总体要求', 'cn-dun', '一', 1],
      ['十二、附则', 'cn-dun', '十二', 12],
      ['（三）主要目标', 'paren-cn', '（三）', 3],
      ['(四)保障措施', 'paren-cn', '(四)', 4],
      ['1.加强保护', 'arabic-dot', '1', 1],
      ['2．加强保护', 'arabic-dot', '2', 2],
      ['3﹒加强保护', 'arabic-dot', '3', 3],
      ['4、加强保护', 'arabic-dun', '4', 4],
      ['（5）加强保护', 'paren-arabic', '（5）', 5],
      ['③加强保护', 'circled', '③', 3],
      ['第二章 发展目标', 'chapter', '第二章', 2],
      ['第三节 重点任务', 'jie', '第三节', 3],
      ['专栏3 高价值专利培育工程', 'box', '专栏3', 3],
      // an item that opens with its deadline year: no decimal is followed by 年
      ['2．2022年底前完成评估', 'arabic-dot', '2', 2],
    ];
    for (const [text, family, number, ordinal] of cases) {
      expect(matchHeadingNumber(text), text).toMatchObject({ family, number, ordinal });
    }
  });

  it('does not take decimals, years or running enumerations for headings', () => {
    for (const text of ['1.5万人以上', '2025.12完成', '1.2025万人',  '一是坚持统筹协调', '2020年专利申请量', '十四五期间']) {
      expect(matchHeadingNumber(text), text).toBeNull();
    }
  });

  it('splits a run-in heading from its body', () => {
    expect(splitTitle('加强组织领导。在市委、市政府领导下，发挥作用。')).toEqual({ title: '加强组织领导', inlineBody: '在市委、市政府领导下，发挥作用。' });
    expect(splitTitle('发展基础')).toEqual({ title: '发展基础', inlineBody: '' });
    expect(splitTitle('主要目标：')).toEqual({ title: '主要目标', inlineBody: '' });
  });

  it('reads Chinese integers', () => {
    expect(parseChineseInteger('十二')).toBe(12);
    expect(parseChineseInteger('二十三')).toBe(23);
    expect(parseChineseInteger('两')).toBe(2);
    expect(parseChineseInteger('一百零五')).toBe(105);
    expect(parseChineseInteger('二〇三五')).toBe(2035);
    expect(parseChineseInteger('二0三五')).toBe(2035);
    expect(parseChineseInteger('abc')).toBeNull();
  });
});

describe('levels come from the order families appear in', () => {
  it('follows GB/T 9704 order when the plan does', async () => {
    const doc = await parseText(
      ['某某县数字经济发展规划', '一、总体要求', '（一）指导思想', '正文。', '（二）发展目标', '1.产业规模。到2025年…', '2.创新能力。', '（1）研发投入', '二、重点任务', '（一）夯实基础', '1.建设网络。正文。'].join('\n'),
    );
    expect(tree(doc.sections)).toEqual([
      ['一|总体要求', ['（一）|指导思想', ['（二）|发展目标', ['1|产业规模', ['2|创新能力', ['（1）|研发投入']]]]]],
      ['二|重点任务', [['（一）|夯实基础', ['1|建设网络']]]],
    ]);
  });

  it('puts whatever family comes first at the top (1、 before 一、) and lets 三、 continue 2、', async () => {
    const doc = await parseText(['某市建设纲要', '1、 编制背景', '正文。', '2、 总体要求', '（一）指导思想', '正文。', '三、工作措施', '（一）提高质量', '1.强化导向。正文。', '四、有关要求', '（一）加强领导'].join('\n'));
    expect(tree(doc.sections)).toEqual([
      '1|编制背景',
      ['2|总体要求', ['（一）|指导思想']],
      ['三|工作措施', [['（一）|提高质量', ['1|强化导向']]]],
      ['四|有关要求', ['（一）|加强领导']],
    ]);
    expect(doc.diagnostics.some((d) => d.code === 'outline.mixed-numbering' && d.line === 7)).toBe(true);
  });

  it('keeps numbering that runs on across groups at its level', async () => {
    const doc = await parseText(['某区规划', '一、主要任务', '（一）第一组', '1．甲。', '2．乙。', '（二）第二组', '3．丙。', '4．丁。'].join('\n'));
    expect(tree(doc.sections)).toEqual([['一|主要任务', [['（一）|第一组', ['1|甲', '2|乙']], ['（二）|第二组', ['3|丙', '4|丁']]]]]);
  });

  it('uses chapters and sections (第X章/第X节) when a plan has them', async () => {
    const doc = await parseText(['某省发展纲要', '第一章 发展环境', '第一节 发展基础', '正文。', '第二节 面临形势', '第二章 总体要求', '一、指导思想'].join('\n'));
    expect(tree(doc.sections)).toEqual([
      ['第一章|发展环境', ['第一节|发展基础', '第二节|面临形势']],
      ['第二章|总体要求', ['一|指导思想']],
    ]);
  });

  it('hangs 专栏 boxes under the current heading without breaking the numbering', async () => {
    const doc = await parseText(['某市规划', '一、重点任务', '（一）加强保护', '1.甲。正文。', '专栏1 保护工程', '建设保护中心。', '2.乙。正文。'].join('\n'));
    const task = doc.sections[0].children[0];
    expect(task.children.map((c) => [c.kind, c.number, c.title])).toEqual([
      ['body', '1', '甲'],
      ['box', '专栏1', '保护工程'],
      ['body', '2', '乙'],
    ]);
  });
});

describe('parts of the file', () => {
  it('keeps a cover notice, appendix and 抄送 footer apart from the body', async () => {
    const doc = await parseText(
      [
        '某某市人民政府办公室关于印发',
        '某某市“十四五”数字经济发展规划的通知',
        '某政办〔2023〕7号',
        '各县、区人民政府，市政府各部门：',
        '《某某市“十四五”数字经济发展规划》已经市政府同意，现印发给你们，请认真贯彻执行。',
        '某某市人民政府办公室',
        '2023年3月5日',
        '某某市“十四五”数字经济发展规划',
        '为推动数字经济发展，制定本规划。',
        '一、发展基础',
        '正文。',
        '二、保障措施',
        '（一）加强组织领导。成立领导小组。',
        '附件',
        '领导小组成员名单',
        '组长：某某',
        '抄送：市委办公室。',
        '某某市人民政府办公室 2023年3月5日印发',
      ].join('\n'),
    );
    expect(doc.parts.map((p) => [p.kind, p.line, p.endLine])).toEqual([
      ['cover', 1, 7],
      ['title', 8, 8],
      ['preamble', 9, 9],
      ['appendix', 14, 16],
      ['footer', 17, 18],
    ]);
    expect(tree(doc.sections)).toEqual(['一|发展基础', ['二|保障措施', ['（一）|加强组织领导']], '附件|领导小组成员名单']);
    expect(doc.sections[2].kind).toBe('appendix');
    expect(doc.meta).toMatchObject({
      title: '某某市“十四五”数字经济发展规划',
      region: '某某市',
      docNumber: '某政办〔2023〕7号',
      issuer: '某某市人民政府办公室',
      issueDate: '2023-03-05',
      period: { start: 2021, end: 2025 },
      status: 'final',
      kind: '规划',
    });
  });

  it('reads a 目录 as kind toc and does not repeat it as body sections', async () => {
    const doc = await parseText(['某县行动计划（2023—2025年）', '（征求意见稿）', '目录', '一、总体要求', '二、重点任务', '一、总体要求', '正文。', '二、重点任务', '正文。'].join('\n'));
    expect(doc.sections.map((s) => [s.kind, s.title])).toEqual([
      ['toc', '目录'],
      ['body', '总体要求'],
      ['body', '重点任务'],
    ]);
    expect(doc.sections[0].children.map((s) => s.title)).toEqual(['总体要求', '重点任务']);
    expect(doc.meta).toMatchObject({ status: 'draft', kind: '计划', period: { start: 2023, end: 2025 }, level: 'county', region: '某县' });
  });
});

describe('size', () => {
  it('a section with 150,000 items does not overflow the stack', async () => {
    const doc = await parseText(['某市规划', '一、重点任务', ...Array.from({ length: 150_000 }, () => '①甲')].join('\n'));
    expect(doc.sections[0].children).toHaveLength(150_000);
    expect(doc.sections[0].endLine).toBe(150_002);
  }, 60_000);
});
