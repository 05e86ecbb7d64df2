import { describe, expect, it } from 'vitest';
import { detectFlatTables, isHeaderCell } from '../src/ingest/flat-tables.js';
import { ingestTxt } from '../src/ingest/txt.js';
import { spanGrid, type ParagraphBlock, type TableBlock, type TableCell } from '../src/ingest/blocks.js';

const txt = (s: string) => ingestTxt(Buffer.from(s, 'utf8'), 'x.txt');
const tablesOf = (s: string): TableBlock[] => txt(s).blocks.filter((b): b is TableBlock => b.type === 'table');
const texts = (t: TableBlock): string[][] => t.rows.map((r) => r.map((c) => c.text));

// rowSpan/colSpan expanded into the grid a reader sees, to check logical widths
const grid = (rows: TableCell[][]) => spanGrid(rows);

describe('isHeaderCell', () => {
  it.each(['序号', '类别', '指标名称', '2020年', '2025年目标', '2025年(目标)', '属性', '单位', '责任单位'])('%s is a header cell', (s) =>
    expect(isHeaderCell(s)).toBe(true),
  );
  it.each(['创造', '1', '0.85', '每万人口高质量发明专利拥有量(件)', '预期性', '85%以上', ''])('%s is not a header cell', (s) =>
    expect(isHeaderCell(s)).toBe(false),
  );
});

describe('pipe layout: one cell per line with ` |`', () => {
  const lines = [
    '主要指标 |', //      1 caption
    '|||', //             2 rest of the caption row
    '类别 |', //          3
    '序号 |',
    '指标名称 |',
    '2025年 |', //        6
    '甲类 |', //          7
    '1 |',
    '专利拥有量(件) |',
    '5 |', //            10
    '2 |',
    '商标数量(件) |',
    '|', //              13 empty value
    '|', //              14 stray marker
    '乙类 |',
    '3 |',
    '满意度(分) |',
    '85 |', //           18
  ];
  const doc = ['前言段落。', ...lines, '下一段正文。'].join('\n');

  it('rebuilds header, rows and a merged category with rowSpan', () => {
    const r = txt(doc);
    const [t] = r.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect(t.origin).toBe('text-pipe');
    expect([t.line, t.endLine]).toEqual([3, 19]);
    expect(t.raw.split('\n')).toEqual(lines.slice(1));
    expect(texts(t)).toEqual([
      ['类别', '序号', '指标名称', '2025年'],
      ['甲类', '1', '专利拥有量(件)', '5'],
      ['2', '商标数量(件)', ''],
      ['乙类', '3', '满意度(分)', '85'],
    ]);
    expect(t.rows[1][0].rowSpan).toBe(2);
    expect(t.rows[3][0].rowSpan).toBe(1);
    expect(grid(t.rows).map((row) => row.length)).toEqual([4, 4, 4, 4]);
    expect(r.blocks.find((b) => b.line === 2)).toMatchObject({ type: 'paragraph', text: '主要指标' });
    const d = r.diagnostics.find((x) => x.code === 'debris.flat-table')!;
    expect(d).toMatchObject({ severity: 'info', line: 2 });
    expect(d.message).toMatch(/1 stray empty marker/);
    expect((r.blocks.at(-1) as ParagraphBlock).text).toBe('下一段正文。');
  });

  it('splits rows every header-width cells when there is no 序号 column', () => {
    const [t] = tablesOf(['指标 |', '2020年 |', '2025年 |', '专利 |', '1 |', '2 |', '商标 |', '3 |', '4 |'].join('\n'));
    expect(texts(t)).toEqual([
      ['指标', '2020年', '2025年'],
      ['专利', '1', '2'],
      ['商标', '3', '4'],
    ]);
  });

  it('reports cells it cannot place instead of dropping them', () => {
    const r = txt(['序号 |', '指标 |', '1 |', '专利 |', '2 |', '商标 |', '多出来的说明 |'].join('\n'));
    const [t] = r.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect(texts(t)).toEqual([['序号', '指标'], ['1', '专利'], ['2', '商标']]);
    expect(r.diagnostics.find((d) => d.code === 'debris.flat-table-extra-cells')).toMatchObject({ severity: 'warning', line: 7, actual: '多出来的说明' });
  });

  it('keeps a flattened 专栏 box as framed paragraphs, not a table', () => {
    const box = [
      '专栏2 知识产权保护工程 |',
      '建设知识产权保护中心，开展快速预审、快速确权和快速维权工作，完善纠纷多元化解机制。 |',
      '|',
      '推进商业秘密保护示范区建设，指导企业建立商业秘密管理制度，提升保护能力。 |',
    ];
    const r = txt(['（二）全面加强保护', ...box, '（三）促进运用'].join('\n'));
    expect(r.blocks.some((b) => b.type === 'table')).toBe(false);
    const framed = r.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph' && b.framed === true);
    expect(framed.map((b) => [b.line, b.text])).toEqual([
      [2, '专栏2 知识产权保护工程'],
      [3, '建设知识产权保护中心，开展快速预审、快速确权和快速维权工作，完善纠纷多元化解机制。'],
      [5, '推进商业秘密保护示范区建设，指导企业建立商业秘密管理制度，提升保护能力。'],
    ]);
    expect(framed[0].raw).toBe(box[0]);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['debris.pipe-suffix', 2],
      ['debris.pipe-marker', 4],
    ]);
  });

  it('ends the table where a box starts in the same run of `|` lines', () => {
    const r = txt(['序号 |', '指标 |', '2025年 |', '1 |', '专利 |', '5 |', '2 |', '商标 |', '8 |', '专栏1 重点工程 |', '实施高价值专利培育工程，建设一批高价值专利培育中心和示范企业。 |'].join('\n'));
    const [t] = r.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect([t.line, t.endLine]).toEqual([1, 9]);
    expect(texts(t)).toHaveLength(3);
    expect(r.blocks.filter((b) => b.type === 'paragraph').map((b) => (b as ParagraphBlock).framed)).toEqual([true, true]);
  });

  it('follows 序号 that restarts at 1 in each category', () => {
    const [t] = tablesOf(['类别 |', '序号 |', '指标 |', '2025年 |', '甲类 |', '1 |', '专利 |', '1 |', '2 |', '商标 |', '2 |', '乙类 |', '1 |', '满意度 |', '85 |'].join('\n'));
    expect(grid(t.rows)).toEqual([
      ['类别', '序号', '指标', '2025年'],
      ['甲类', '1', '专利', '1'],
      ['甲类', '2', '商标', '2'],
      ['乙类', '1', '满意度', '85'],
    ]);
  });

  it('reads a “十四五” target column as part of the header', () => {
    const [t] = tablesOf(['序号 |', '指标 |', '“十四五”目标 |', '1 |', '专利 |', '5 |', '2 |', '商标 |', '8 |'].join('\n'));
    expect(texts(t)[0]).toEqual(['序号', '指标', '“十四五”目标']);
  });

  it('skips a page number inside a run and reports it', () => {
    const r = txt(['序号 |', '指标 |', '1 |', '专利 |', '', '- 7 -', '', '2 |', '商标 |'].join('\n'));
    const [t] = r.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect(texts(t)).toEqual([['序号', '指标'], ['1', '专利'], ['2', '商标']]);
    expect(r.diagnostics.some((d) => d.code === 'debris.page-number' && d.line === 6)).toBe(true);
  });
});

describe('cell-per-line layout: tab-marked cells, rows separated by blank lines', () => {
  const doc = [
    '主要指标', // 1
    '\t', // 2
    '序号',
    '\t',
    '类别',
    '\t',
    '指标',
    '\t',
    '2025年', // 9
    '',
    '\t1', // 11
    '\t创造',
    '\t专利拥有量（件）',
    '\t5',
    '',
    '\t2', // 16
    '\t商标数量（件）',
    '\t',
    '',
    '\t3', // 20
    '\t保护',
    '\t满意度（分）',
    '\t85', // 23
    '',
    '',
    '注：指标说明。', // 26
  ].join('\n');

  it('reads the header row, the data rows and empty cells', () => {
    const r = txt(doc);
    const [t] = r.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect(t.origin).toBe('text-cell-per-line');
    expect([t.line, t.endLine]).toEqual([2, 23]);
    expect(texts(t)[0]).toEqual(['序号', '类别', '指标', '2025年']);
    expect(texts(t)[1]).toEqual(['1', '创造', '专利拥有量（件）', '5']);
    expect(texts(t)[3]).toEqual(['3', '保护', '满意度（分）', '85']);
    expect(r.blocks[0]).toMatchObject({ type: 'paragraph', text: '主要指标' });
    expect(r.blocks.at(-1)).toMatchObject({ type: 'paragraph', line: 26 });
    expect(r.diagnostics.filter((d) => d.code === 'debris.flat-table').map((d) => d.line)).toEqual([2]);
  });

  it('turns a short row into cells merged from the row above', () => {
    const r = txt(['\t类别', '\t指标', '\t2025年', '', '\t创造', '\t专利', '\t5', '', '\t商标', '\t8', '', '\t保护', '\t满意度', '\t85'].join('\n'));
    const [t] = r.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect(texts(t)).toEqual([['类别', '指标', '2025年'], ['创造', '专利', '5'], ['商标', '8'], ['保护', '满意度', '85']]);
    expect(t.rows[1][0].rowSpan).toBe(2);
    expect(grid(t.rows).map((row) => row[0])).toEqual(['类别', '创造', '创造', '保护']);
  });

  it('splits a group holding several rows by the header width', () => {
    const [t] = tablesOf(['\t序号', '\t指标', '', '\t1', '\t专利', '\t2', '\t商标'].join('\n'));
    expect(texts(t)).toEqual([['序号', '指标'], ['1', '专利'], ['2', '商标']]);
  });

  it('does not take tab-indented short lines of uneven groups for a table', () => {
    const r = txt(['\t某某市人民政府', '\t2021年12月', '\t征求意见稿', '', '\t目 录', '', '\t一、总体要求', '', '\t二、主要任务'].join('\n'));
    expect(r.blocks.every((b) => b.type === 'paragraph')).toBe(true);
    expect(r.blocks).toHaveLength(6);
  });

  it('does not take tab-indented prose paragraphs for a table', () => {
    const prose = [
      '\t坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入实施知识产权强国战略。',
      '',
      '\t到2025年，全市知识产权创造、保护和运用阶段性目标任务如期完成，知识产权公共服务体系基本建成。',
      '',
      '\t加强组织领导，建立健全工作机制，强化考核评估，确保各项任务落到实处。',
    ].join('\n');
    const r = txt(prose);
    expect(r.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect((r.blocks[0] as ParagraphBlock).text.startsWith('坚持')).toBe(true);
  });
});

describe('separated rows: tabs or `|` between cells', () => {
  it('reads tab-separated rows with the same number of tabs', () => {
    const r = txt(['指标表', '序号\t指标\t2020年\t2025年', '1\t专利\t3\t5', '2\t商标\t\t8', '说明文字。'].join('\n'));
    const [t] = r.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect(t.origin).toBe('text-tab');
    expect([t.line, t.endLine]).toEqual([2, 4]);
    expect(texts(t)).toEqual([['序号', '指标', '2020年', '2025年'], ['1', '专利', '3', '5'], ['2', '商标', '', '8']]);
    expect(r.diagnostics.find((d) => d.code === 'debris.flat-table')).toMatchObject({ line: 2 });
  });

  it('reads `|`-separated rows, markdown rule line included', () => {
    const [t] = tablesOf(['| 序号 | 指标 | 2025年 |', '|---|---|---|', '| 1 | 专利 | 5 |', '| 2 | 商标 | 8 |'].join('\n'));
    expect(t.origin).toBe('text-pipe');
    expect(texts(t)).toEqual([['序号', '指标', '2025年'], ['1', '专利', '5'], ['2', '商标', '8']]);
    expect(t.raw.split('\n')).toHaveLength(4);
  });

  it('a tab row opening with a tab has an empty first cell (a 类别 merged down)', () => {
    const [t] = tablesOf(['领域\t指标\t2020年\t2025年', '健康水平\t人均预期寿命\t78.5\t79.5', '\t孕产妇死亡率\t8.2\t≤9', '健康服务\t医师数\t2.9\t3.2'].join('\n'));
    expect(texts(t)).toEqual([['领域', '指标', '2020年', '2025年'], ['健康水平', '人均预期寿命', '78.5', '79.5'], ['', '孕产妇死亡率', '8.2', '≤9'], ['健康服务', '医师数', '2.9', '3.2']]);
  });

  it('a row ending in its separator has empty last cells (a blank 备注)', () => {
    const [p] = tablesOf(['指标|2023年|2025年|备注', '专利|3|5|年均增长', '商标|6|8|', '版权|1|2|累计'].join('\n'));
    expect(texts(p)).toEqual([['指标', '2023年', '2025年', '备注'], ['专利', '3', '5', '年均增长'], ['商标', '6', '8', ''], ['版权', '1', '2', '累计']]);
    const [t] = tablesOf(['指标\t2023年\t2025年\t备注', '专利\t3\t5\t年均', '商标\t6\t8\t', '版权\t1\t2\t累计'].join('\n'));
    expect(texts(t)).toEqual([['指标', '2023年', '2025年', '备注'], ['专利', '3', '5', '年均'], ['商标', '6', '8', ''], ['版权', '1', '2', '累计']]);
    // a row short of a cell with no separator at its end is no row of the table
    expect(tablesOf(['指标|2023年|2025年|备注', '专利|3|5|年均增长', '商标|6|8'].join('\n')).map((b) => b.rows.length)).toEqual([2]);
  });

  it('needs two separators and the same count on consecutive lines', () => {
    expect(tablesOf('一、\t总体要求\n（一）\t指导思想\n')).toEqual([]);
    expect(tablesOf('甲\t乙\t丙\n一段说明文字。\n')).toEqual([]);
    expect(tablesOf('甲\t乙\t丙\n丁\t戊\n')).toEqual([]);
  });
});

describe('detectFlatTables on its own', () => {
  it('claims exactly the lines of the tables and reports them', () => {
    const lines = ['正文。', '序号\t指标\t值', '1\t专利\t5', '2\t商标\t8', '正文。'];
    const scan = detectFlatTables(lines);
    expect([...scan.claimed].sort((a, b) => a - b)).toEqual([2, 3, 4]);
    expect(scan.blocks).toHaveLength(1);
    expect(scan.diagnostics.map((d) => d.code)).toEqual(['debris.flat-table']);
  });
});
