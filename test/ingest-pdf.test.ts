/**
 * The PDF layout recognizers on small hand-made pages (positions in PDF units, origin bottom-left),
 * and the .doc body splitter: each rule stated in its module header, tested on its own.
 */
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { chineseSpacing, joinWrapped, linesOf, type PdfLine } from '../src/ingest/pdf-lines.js';
import { columnOf, paragraphsOf } from '../src/ingest/pdf-paragraphs.js';
import { findFurniture, isPageNumberText } from '../src/ingest/pdf-furniture.js';
import { continueTable, tablesOfPage, type PdfTable } from '../src/ingest/pdf-tables.js';
import { flateBombReason, type Rule, type TextRun } from '../src/ingest/pdf-load.js';
import { gridTables } from '../src/ingest/pdf-grid.js';
import { blocksOfBody } from '../src/ingest/doc.js';
import { ingest } from '../src/ingest/index.js';
import { textPdf } from './helpers/mini-pdf.js';

const SIZE = 16;
const run = (text: string, x: number, y: number, size = SIZE): TextRun => ({ text, x, y, width: [...text].length * size * (/^[\x20-\x7e]+$/.test(text) ? 0.5 : 1), size, fontName: 'f' });

/** One line of text starting at x on baseline y (one run per piece; pieces separated by the gap given). */
function lineAt(text: string, x: number, y: number, page = 1, size = SIZE): PdfLine {
  return linesOf([run(text, x, y, size)], page)[0];
}

describe('chineseSpacing: spaces as Chinese typesetting has them', () => {
  it('drops the space a converter puts between Chinese and digits or Latin words', () => {
    expect(chineseSpacing('到 2025 年，申请 PCT 国际专利 40 件')).toBe('到2025年，申请PCT国际专利40件');
    expect(chineseSpacing('务效能。 运用')).toBe('务效能。运用');
  });
  it('keeps a space between two Latin words or numbers, and a wide gap marker as one space', () => {
    expect(chineseSpacing('Page 3 of 9')).toBe('Page 3 of 9');
    expect(chineseSpacing('某市农业农村局\u2002某市财政局')).toBe('某市农业农村局 某市财政局');
  });
  it('joins wrapped lines without a space in Chinese, with one between English words', () => {
    expect(joinWrapped('加强知识产权', '保护工作')).toBe('加强知识产权保护工作');
    expect(joinWrapped('smart', 'city')).toBe('smart city');
    expect(joinWrapped('增长到20', '25年')).toBe('增长到2025年');
  });
});

describe('linesOf', () => {
  it('groups runs by baseline, reads left to right, splits at a wide gap, drops narrow gaps in Chinese', () => {
    const runs = [run('年', 154, 700), run('到', 100, 700), run('2025', 120, 700.5), run('计划', 100, 680), run('完成', 300, 680)];
    const lines = linesOf(runs, 1);
    expect(lines.map((l) => l.text)).toEqual(['到2025年', '计划 完成']);
    expect(lines[1].segments.map((s) => s.text)).toEqual(['计划', '完成']);
  });
});

describe('paragraphsOf: paragraphs rebuilt across line wraps', () => {
  // text column 72–520; body lines 19 apart; paragraphs start two characters in (x = 104)
  const page = (specs: Array<[string, number, number?]>, pageNo = 1, top = 750): PdfLine[] =>
    specs.map(([t, x, x1], i) => ({ ...lineAt(t, x, top - i * 19, pageNo), ...(x1 ? { x1 } : {}) }));
  const texts = (lines: PdfLine[]) => paragraphsOf(lines.map((line) => ({ line })), columnOf(lines)).map((p) => p.text);

  it('a line that ends without closing punctuation goes on in an unindented next line', () => {
    const lines = page([
      ['坚持以人民为中心的发展思想，完善知识产权', 104, 520],
      ['保护体系，到 2025 年基本建成知识产权强市', 72, 520],
      ['的目标。', 72, 150],
      ['二、重点任务', 72, 180],
      ['（一）加强保护', 104, 260],
      ['完善行政执法与司法保护衔接机制，健全知识', 104, 520],
      ['产权纠纷多元化解机制。', 72, 300],
      ['另起一段的文字，首行缩进两个字符，是新段落', 104, 520],
      ['的开始。', 72, 150],
    ]);
    expect(texts(lines)).toEqual([
      '坚持以人民为中心的发展思想，完善知识产权保护体系，到2025年基本建成知识产权强市的目标。',
      '二、重点任务',
      '（一）加强保护',
      '完善行政执法与司法保护衔接机制，健全知识产权纠纷多元化解机制。',
      '另起一段的文字，首行缩进两个字符，是新段落的开始。',
    ]);
  });

  it('a heading-shaped next line starts a new paragraph even after a full line', () => {
    const lines = page([
      ['本段没有句号而且排满了整行文字的内容在这', 104, 520],
      ['里结束', 72, 120],
      ['1.完善政策体系', 72, 200],
    ]);
    expect(texts(lines)).toEqual(['本段没有句号而且排满了整行文字的内容在这里结束', '1.完善政策体系']);
  });

  it('without indents, a full line ending a sentence ends the paragraph; with indents it does not', () => {
    const flat = page([
      ['第一段文字排满整行并在行末恰好以句号结束。', 72, 520],
      ['第二段文字不缩进，从左边界开始写起来。', 72, 400],
    ]);
    expect(texts(flat)).toEqual(['第一段文字排满整行并在行末恰好以句号结束。', '第二段文字不缩进，从左边界开始写起来。']);
    const indented = page([
      ['首行缩进的段落，这一行排满了并以句号结束。', 104, 520],
      ['下一行没有缩进，所以仍是同一段落的文字。', 72, 400],
      ['又一段首行缩进的文字，这一行也排满了整个', 104, 520],
      ['版心，下一行从左边界开始，到这里才结束。', 72, 300],
    ]);
    expect(texts(indented)[0]).toBe('首行缩进的段落，这一行排满了并以句号结束。下一行没有缩进，所以仍是同一段落的文字。');
  });

  it('a line short of the edge by less than the next line\'s first number or bracketed unit is a wrap', () => {
    const lines = page([
      ['商标注册申请量、有效注册商标分别达到', 104, 472],
      ['25000 件、50000 件，培育一批高价值专利和精品版', 72, 520],
      ['权，实施《某市知识产权强市建设纲要（2021-2035', 72, 495],
      ['年）》。', 72, 130],
      ['新段落。', 104, 200],
    ]);
    expect(texts(lines)).toEqual(['商标注册申请量、有效注册商标分别达到25000件、50000件，培育一批高价值专利和精品版权，实施《某市知识产权强市建设纲要（2021-2035年）》。', '新段落。']);
  });

  it('a paragraph goes on across a page break', () => {
    const lines = [...page([['段落在本页最后一行排满而没有结束的标点符', 104, 520]], 1, 100), ...page([['号，在下一页继续。', 72, 250], ['新段落。', 104, 200]], 2, 750)];
    expect(texts(lines)).toEqual(['段落在本页最后一行排满而没有结束的标点符号，在下一页继续。', '新段落。']);
  });

  it('a centred title wrapped onto a second centred line is one paragraph', () => {
    const lines = [
      lineAt('某某市推进知识产权强市建设三年行动计', 72, 760, 1, 22),
      lineAt('划', 285, 735, 1, 22),
      ...page([['正文段落，首行缩进，排满整行而没有结束的', 104, 520], ['文字继续写到这一行，这一行同样排满了整', 72, 520], ['个版心。', 72, 140]], 1, 700),
    ];
    lines[0].x1 = 520;
    expect(texts(lines)[0]).toBe('某某市推进知识产权强市建设三年行动计划');
  });
});

describe('page furniture', () => {
  const H = 842;
  const pageOf = (n: number, top: string | null, bottom: string | null) => ({
    height: H,
    lines: [
      ...(top ? [lineAt(top, 200, 800, n, 9)] : []),
      lineAt(`第${n}页的正文，位于页面中部。`, 72, 600, n),
      ...(bottom ? [lineAt(bottom, 280, 40, n, 9)] : []),
    ],
  });
  it('page numbers in their dressings and lone numbers at the page edge', () => {
    expect(['—1—', '- 2 -', '3', '第4页', '5/20', '— 12 —'].every(isPageNumberText)).toBe(true);
    expect(isPageNumberText('2025年')).toBe(false);
    const pages = [pageOf(1, null, '—1—'), pageOf(2, null, '- 2 -'), pageOf(3, null, '3')];
    const found = findFurniture(pages);
    expect(found.map((f) => [f.line.text, f.kind])).toEqual([
      ['—1—', 'page-number'],
      ['- 2 -', 'page-number'],
      ['3', 'page-number'],
    ]);
  });
  it('a running header recurs at the top of the pages; a first line that does not recur stays', () => {
    const pages = [pageOf(1, '某某市人民政府公报 2024年第1期', null), pageOf(2, '某某市人民政府公报 2024年第1期', null), pageOf(3, '附件', null)];
    const found = findFurniture(pages);
    expect(found.map((f) => [f.line.page, f.kind])).toEqual([
      [1, 'running-header'],
      [2, 'running-header'],
    ]);
  });
});

describe('tables from ruling lines', () => {
  // 3 columns (x 72 | 150 | 300 | 500), 3 rows (y 700 | 670 | 640 | 610); the first column's cell spans rows 2–3
  const h = (y: number, x0: number, x1: number): Rule => ({ x0, x1, y0: y, y1: y });
  const v = (x: number, y0: number, y1: number): Rule => ({ x0: x, x1: x, y0, y1 });
  const rules = [h(700, 72, 500), h(670, 72, 500), h(640, 150, 500), h(610, 72, 500), v(72, 610, 700), v(150, 610, 700), v(300, 610, 700), v(500, 610, 700)];
  const runs = [run('类别', 80, 680), run('指标', 160, 680), run('目标值', 310, 680), run('创造', 80, 640), run('发明专利', 160, 650), run('1000', 310, 650), run('商标', 160, 620), run('2000', 310, 620), run('表外文字', 72, 500)];
  it('rows and columns from the rules; a missing rule merges cells (rowSpan); text outside stays', () => {
    const { tables, rest } = tablesOfPage(1, runs, rules);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toEqual([
      [{ text: '类别', rowSpan: 1, colSpan: 1 }, { text: '指标', rowSpan: 1, colSpan: 1 }, { text: '目标值', rowSpan: 1, colSpan: 1 }],
      [{ text: '创造', rowSpan: 2, colSpan: 1 }, { text: '发明专利', rowSpan: 1, colSpan: 1 }, { text: '1000', rowSpan: 1, colSpan: 1 }],
      [{ text: '商标', rowSpan: 1, colSpan: 1 }, { text: '2000', rowSpan: 1, colSpan: 1 }],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['表外文字']);
  });
  it('a one-cell frame is a box, not a table', () => {
    const found = tablesOfPage(1, [run('专栏1 重点工程', 80, 680)], [h(700, 72, 500), h(600, 72, 500), v(72, 600, 700), v(500, 600, 700)]);
    expect(found.tables).toHaveLength(0);
    expect(found.boxes.map((b) => b.text)).toEqual(['专栏1重点工程']);
  });
  it('a table cut by a page break goes on; a row cut in two is joined', () => {
    const cell = (text: string) => ({ text, rowSpan: 1, colSpan: 1 });
    const prev: PdfTable = { page: 1, x0: 72, x1: 500, top: 300, bottom: 72, xs: [72, 150, 500], rows: [[cell('1'), cell('专利密集型产业增')]] };
    const next: PdfTable = { page: 2, x0: 72, x1: 500, top: 770, bottom: 600, xs: [72, 150, 500], rows: [[cell(''), cell('加值占GDP比重')], [cell('2'), cell('版权产业')]] };
    expect(continueTable(prev, next)).toBe(true);
    expect(prev.rows.map((r) => r.map((c) => c.text))).toEqual([['1', '专利密集型产业增加值占GDP比重'], ['2', '版权产业']]);
  });
});

describe('tables without rules, from the positions of their text', () => {
  const row = (y: number, cells: Array<[string, number]>): PdfLine => linesOf(cells.map(([t, x]) => run(t, x, y)), 1)[0];
  it('consecutive lines split at the same column starts are rows of a table', () => {
    const lines = [
      row(700, [['序号', 72], ['指标', 140], ['2020年', 360], ['2025年', 480]]),
      row(680, [['1', 72], ['发明专利申请量（件）', 140], ['100', 360], ['200', 480]]),
      row(660, [['2', 72], ['商标注册量', 140], ['300', 362], ['500', 482]]),
      row(620, [['表后的正文段落。', 104]]),
    ];
    const { tables, rest } = gridTables(lines, 20);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '指标', '2020年', '2025年'],
      ['1', '发明专利申请量（件）', '100', '200'],
      ['2', '商标注册量', '300', '500'],
    ]);
    expect(rest.map((l) => l.text)).toEqual(['表后的正文段落。']);
  });
  it('a table of contents (its last column only page numbers) stays lines; so do two split lines', () => {
    const toc = [row(700, [['一、发展基础', 72], ['1', 500]]), row(680, [['二、总体要求', 72], ['3', 500]]), row(660, [['三、主要任务', 72], ['5', 500]])];
    expect(gridTables(toc, 20).tables).toHaveLength(0);
    const two = [row(700, [['某市农业农村局', 72], ['某市财政局', 300]]), row(680, [['2024年7月1日', 72], ['（此件公开）', 300]])];
    expect(gridTables(two, 20).tables).toHaveLength(0);
  });
});

describe('PDF bombs are refused before pdfjs inflates them', () => {
  const pdf = (stream: Buffer) => Buffer.concat([Buffer.from('%PDF-1.7\n4 0 obj\n<< /Length 9 /Filter /FlateDecode >>\nstream\n'), stream, Buffer.from('\nendstream\nendobj\n')]);
  it('a stream inflating past the limit', () => {
    expect(flateBombReason(pdf(deflateSync(Buffer.alloc(65 * 1024 * 1024, 0x20))))).toMatch(/bomb/);
  });
  it('an ordinary stream, and a damaged one (left to pdfjs)', () => {
    expect(flateBombReason(pdf(deflateSync(Buffer.from('BT /F1 12 Tf (plan) Tj ET'))))).toBeNull();
    expect(flateBombReason(pdf(Buffer.from('not deflate data')))).toBeNull();
  });
});

describe('.doc body text → blocks', () => {
  it('paragraphs one a line; a table row ends in its cell mark (tab); a cell of two paragraphs spans lines', () => {
    const body = '某市规划\n一、总体要求\n序号\t指标\t目标\t\n1\t发明专利\n（件）\t1000\t\n\n正文段落。\n';
    const { blocks, lines } = blocksOfBody(body);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    const table = blocks[2];
    expect(table.type === 'table' && table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '指标', '目标'],
      ['1', '发明专利\n（件）', '1000'],
    ]);
    expect([table.line, table.endLine]).toEqual([3, 4]);
    expect(lines).toEqual(['某市规划', '一、总体要求', '序号\t指标\t目标', '1\t发明专利 （件）\t1000', '正文段落。']);
  });
});

describe('pages as shown', () => {
  // a wrapped paragraph (its last line short) and a second one, as long as the first line
  const lines = ['The first paragraph of the plan is long enough to wrap onto', 'a second line that ends short.', 'Another paragraph starts here and it is long enough'];
  const paragraphs = ['The first paragraph of the plan is long enough to wrap onto a second line that ends short.', lines[2]];
  const read = async (pdf: Buffer) => ingest(new Uint8Array(pdf), 'x.pdf');
  it('a page stored landscape with /Rotate 90 reads as the upright page does', async () => {
    const upright = await read(textPdf(lines));
    const turned = await read(textPdf(lines, { rotate: 90 }));
    expect(upright.blocks.map((b) => b.type !== 'table' && b.text)).toEqual(paragraphs);
    expect(turned.blocks.map((b) => b.type !== 'table' && b.text)).toEqual(paragraphs);
  });
  it('text set at an angle (a stamp, a watermark) is left out with an info diagnostic quoting it', async () => {
    const r = await read(textPdf(lines, { stamp: 'DRAFT' }));
    expect(r.blocks.map((b) => b.type !== 'table' && b.text)).toEqual(paragraphs);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', code: 'pdf.rotated-text', actual: 'DRAFT' }));
  });
});
