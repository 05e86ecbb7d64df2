import { describe, expect, it } from 'vitest';
import {
  endsSentence,
  isPageNumberLine,
  joinSplitParagraphs,
  repairLineDebris,
  repairParagraphText,
  repairParagraphs,
  startsNewItem,
} from '../src/ingest/debris.js';
import { ingestTxt } from '../src/ingest/txt.js';
import type { ParagraphBlock } from '../src/ingest/blocks.js';

const txt = (s: string) => ingestTxt(Buffer.from(s, 'utf8'), 'x.txt');
const paras = (s: string) => txt(s).blocks.map((b) => [b.line, b.endLine, (b as ParagraphBlock).text]);

// A prose head that does not end its sentence, as left at the bottom of a page.
const HEAD = '加快建设知识产权强市，推动知识产权创造、运用、保护、管理和服务全链条协同发展，培育一批知名商标和精';

describe('repairParagraphText / repairLineDebris', () => {
  it('removes bookmark markers at the start, middle and end, and reports them', () => {
    const r = repairParagraphText('[bookmark: _Toc432976468][bookmark: _Toc435311956]一、基础与[bookmark: _GoBack]形势[bookmark: x]', 7);
    expect(r.text).toBe('一、基础与形势');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ severity: 'info', code: 'debris.bookmark', line: 7, actual: '[bookmark: _Toc432976468][bookmark: _Toc435311956][bookmark: _GoBack][bookmark: x]' }),
    ]);
  });

  it('removes full-width bookmark variants and leaves ordinary brackets alone', () => {
    expect(repairParagraphText('［bookmark：_Hlk1］（二）加强保障', 1).text).toBe('（二）加强保障');
    const plain = repairParagraphText('见[附件1]及《方案》[2021]', 1);
    expect(plain.text).toBe('见[附件1]及《方案》[2021]');
    expect(plain.diagnostics).toEqual([]);
  });

  it('turns a bookmark-only line into empty text', () => {
    expect(repairParagraphText('[bookmark: _GoBack]', 3).text).toBe('');
  });

  it('removes zero-width characters and inner BOMs', () => {
    const r = repairParagraphText('知识\u200B产权\uFEFF强市', 2);
    expect(r.text).toBe('知识产权强市');
    expect(r.diagnostics[0].code).toBe('debris.invisible');
  });

  it('drops a paragraph that is only a page number', () => {
    const r = repairParagraphText('  — 12 —  ', 40);
    expect(r.text).toBe('');
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'debris.page-number', line: 40, actual: '— 12 —' })]);
  });

  it('keeps leading tabs in repairLineDebris (the table detector needs them)', () => {
    expect(repairLineDebris('\t[bookmark: a]1', 1).text).toBe('\t1');
  });
});

describe('isPageNumberLine', () => {
  it.each(['—1—', '- 2 -', '— 12 —', '－3－', '·4·', '第3页', '第 3 页 共 20 页', '第三页', '共20页 第3页', '3/20', '3 / 20', 'Page 4', 'page 4 of 9'])(
    'takes %s for a page number',
    (s) => expect(isPageNumberLine(s)).toBe(true),
  );
  it.each(['2025', '3', '20/3', '0/5', '1/2/3', '10%', '——', '第三章', '第3条', '—1—2—', '- 2 - 加强领导', '3/20件', '到2025年'])(
    'does not take %s for a page number',
    (s) => expect(isPageNumberLine(s)).toBe(false),
  );
});

describe('startsNewItem / endsSentence', () => {
  it.each(['一、总体要求', '二.重点任务', '（一）指导思想', '(二)基本原则', '1.加强领导', '1、 编制背景', '1．优化机制', '3. 聚焦', '(1)组织', '（2）保障', '①知识产权', '第一章 总则', '第三节', '专栏3 工程', '专栏 6', '附件', '附件1', '附表', '目 录', '一是坚持统筹', '- 组 长:万 勇', '——知识产权管理机制逐步完善。', '• 要点', '抄送：市委办公厅', '注：①指标'])(
    'sees %s as the start of a new item',
    (s) => expect(startsNewItem(s)).toBe(true),
  );
  it.each(['品版权,形成一批', '3.5亿元以上', '2020年,全市', '汉东湖新技术开发区管委会)', '政保护与司法保护', '12330、12315等', '专利密集型产业', '附近区域'])(
    'sees %s as a possible continuation',
    (s) => expect(startsNewItem(s)).toBe(false),
  );

  it('knows sentence ends', () => {
    for (const s of ['完成。', '完成；', '如下：', '好吗？', '(牵头单位:市科技局)', '（责任单位：市局）', '他说：“好。”', '《方案》']) expect(endsSentence(s), s).toBe(true);
    for (const s of ['驰名商标和精', '视情', '依托武汉 12330、', '打造“武汉品牌”', '市科技局、武']) expect(endsSentence(s), s).toBe(false);
  });
});

describe('joinSplitParagraphs', () => {
  const piece = (text: string, line: number, endLine?: number) => ({ text, line, endLine });

  it('joins a paragraph cut by a page break across a blank line', () => {
    const r = joinSplitParagraphs([piece(HEAD, 10), piece('品版权，形成一批高水平的集成电路布图设计。', 12)]);
    expect(r.paragraphs).toHaveLength(1);
    expect(r.paragraphs[0]).toMatchObject({ line: 10, endLine: 12, text: `${HEAD}品版权，形成一批高水平的集成电路布图设计。` });
    expect(r.paragraphs[0].pieces.map((p) => p.line)).toEqual([10, 12]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'info', code: 'debris.page-break-join', line: 12 })]);
  });

  it('joins across a removed page-number line (wider gap) and chains several cuts', () => {
    const r = joinSplitParagraphs([piece(HEAD, 1), piece('品版权，以及一批具有自主知识产权的技术标准和动植物新', 5), piece('品种。', 7)]);
    expect(r.paragraphs).toHaveLength(1);
    expect(r.paragraphs[0]).toMatchObject({ line: 1, endLine: 7 });
    expect(r.paragraphs[0].text.endsWith('动植物新品种。')).toBe(true);
  });

  it('needs the gap for the page-break rule (minGap), except with minGap 0', () => {
    expect(joinSplitParagraphs([piece(HEAD, 1), piece('品版权。', 2)]).paragraphs).toHaveLength(2);
    expect(joinSplitParagraphs([piece(HEAD, 1), piece('品版权。', 2)], { minGap: 0 }).paragraphs).toHaveLength(1);
    expect(joinSplitParagraphs([piece(HEAD, 1), piece('品版权。', 20)]).paragraphs).toHaveLength(2);
  });

  it('joins a line broken inside brackets even without a blank line', () => {
    const r = joinSplitParagraphs([piece('晏冠亮 经济技术开发区管委会副主任(某某区', 181), piece('人民政府副区长)', 182)]);
    expect(r.paragraphs.map((p) => p.text)).toEqual(['晏冠亮 经济技术开发区管委会副主任(某某区人民政府副区长)']);
    expect(r.diagnostics[0].code).toBe('debris.line-wrap-join');
  });

  it('puts a space between two Latin words', () => {
    const r = joinSplitParagraphs([piece('推进知识产权国际合作，参与世界知识产权组织的 WIPO GREEN', 1), piece('program 等项目。', 3)]);
    expect(r.paragraphs[0].text).toContain('WIPO GREEN program');
  });

  it.each([
    ['a heading', '二、重点任务'],
    ['a paren heading', '（一）实施知识产权管理创新工程'],
    ['a numbered item', '3.深入推进重大科技经济活动知识产权评议工作。'],
    ['a numbered item with 、', '2、 总体要求'],
    ['a circled item', '①每万人口高价值发明专利拥有量'],
    ['a chapter', '第二章 发展目标'],
    ['a box', '专栏3 高价值专利培育工程'],
    ['an appendix', '附件'],
    ['a bullet', '- 副组长:某某 市委常委'],
    ['a dash item', '——知识产权保护环境明显优化。'],
    ['a date', '2022年11月9日'],
    ['an issue date', '2017年11月1日印发'],
    ['a whole bracketed line', '(2017—2020年)'],
    ['an addressee line', '各区人民政府,市人民政府各部门:'],
    ['a footer', '抄送：市委办公厅,各人民团体。'],
  ])('does not glue %s onto a cut-looking paragraph', (_what, next) => {
    expect(joinSplitParagraphs([piece(HEAD, 1), piece(next, 3)]).paragraphs).toHaveLength(2);
  });

  it.each([
    ['a sentence that ended', '到2025年，全市知识产权创造水平明显提升。', '下一段继续说明。'],
    ['a task ending in brackets', '4.全面加强企业知识产权管理工作，建立重点企业特派员制度。(牵头单位:市科技局)', '预警分析工作'],
    ['a short heading', '一、总体目标', '系统推进知识产权强市建设,到2020年把我市建设成为一流强市。'],
    ['a title', '某某市推进国家知识产权强市创建工作方案', '(2017—2020年)'],
    ['a long title without punctuation', '某某市人民政府关于印发某某市推进国家知识产权强市创建工作方案的通知', '经研究，现将方案印发给你们。'],
    ['a signature', '某某市人民政府办公室', '2022年11月9日'],
    ['a member list across a page', '- 刘 某 市工商局局长', '郑某某 市质监局局长'],
    ['a toc entry', '一、发展基础和发展形势', '(一)发展基础'],
    ['a caption', '“十四五”知识产权发展主要预期指标', '类别'],
    ['a long slogan heading on its own line', '（二）坚持稳中求进，推动县域经济发展质量更高、后劲更足', '推进园区扩容提质。全年新建标准化厂房十万平方米。'],
    ['a numbered heading with a comma', '3、突出重点领域，强化示范带动', '围绕主导产业，培育一批示范企业。'],
  ])('does not join after %s', (_what, prev, next) => {
    expect(joinSplitParagraphs([piece(prev, 1), piece(next, 3)]).paragraphs).toHaveLength(2);
  });
});

describe('repairParagraphs (one call for the docx/html readers)', () => {
  it('repairs, drops page numbers and joins split paragraphs of a paragraph list', () => {
    const input = [
      { text: '[bookmark: _Toc1]一、总体要求', line: 1, id: 'a' },
      { text: HEAD, line: 2, id: 'b' },
      { text: '- 3 -', line: 3, id: 'c' },
      { text: '品版权，形成一批技术标准。', line: 4, id: 'd' },
      { text: '[bookmark: _GoBack]', line: 5, id: 'e' },
      { text: '（一）指导思想', line: 6, id: 'f' },
    ];
    const r = repairParagraphs(input, { minGap: 0 });
    expect(r.paragraphs.map((p) => [p.line, p.endLine, p.text])).toEqual([
      [1, 1, '一、总体要求'],
      [2, 4, `${HEAD}品版权，形成一批技术标准。`],
      [6, 6, '（一）指导思想'],
    ]);
    expect(r.paragraphs[1].pieces.map((p) => p.id)).toEqual(['b', 'd']);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['debris.bookmark', 1],
      ['debris.page-number', 3],
      ['debris.page-break-join', 4],
      ['debris.bookmark', 5],
    ]);
  });
});

describe('debris in a .txt file', () => {
  it('removes page-number lines and joins the page across them', () => {
    const r = txt(`一、总体要求\n\n${HEAD}\n\n— 3 —\n\n品版权，形成一批技术标准。\n\n第4页\n\n（一）指导思想\n`);
    expect(r.blocks.map((b) => [b.line, b.endLine])).toEqual([[1, 1], [3, 7], [11, 11]]);
    expect((r.blocks[1] as ParagraphBlock).text).toBe(`${HEAD}品版权，形成一批技术标准。`);
    expect(r.diagnostics.filter((d) => d.code === 'debris.page-number').map((d) => d.line)).toEqual([5, 9]);
  });

  it('leaves a one-line-per-paragraph file alone', () => {
    expect(paras('某某市规划\n2021年12月\n目 录\n一、发展基础\n(一)发展基础\n')).toEqual([
      [1, 1, '某某市规划'],
      [2, 2, '2021年12月'],
      [3, 3, '目 录'],
      [4, 4, '一、发展基础'],
      [5, 5, '(一)发展基础'],
    ]);
  });

  it('does not join a paragraph to the caption of a table after it', () => {
    const r = txt(`${HEAD}\n\n序号\t指标\t2025年\n1\t专利\t5\n2\t商标\t8\n`);
    expect(r.blocks.map((b) => b.type)).toEqual(['paragraph', 'table']);
  });
});
