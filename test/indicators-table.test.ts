/** Indicator tables built by hand: header forms, merged cells, continued tables, notes, odd cells. */
import { describe, expect, it } from 'vitest';
import type { Block, ParagraphBlock, TableBlock, TableCell } from '../src/ingest/blocks.js';
import type { SectionNode, SegmentedDocument } from '../src/segment/types.js';
import { expandGrid, parseIndicatorTable, parseNotes, splitName } from '../src/extract/indicators/table.js';
import { extractIndicators } from '../src/extract/indicators/index.js';

type CellSpec = string | { t: string; rs?: number; cs?: number };
function table(rows: CellSpec[][], line = 10, origin: TableBlock['origin'] = 'docx'): TableBlock {
  const cells: TableCell[][] = rows.map((r) => r.map((c) => (typeof c === 'string' ? { text: c, rowSpan: 1, colSpan: 1 } : { text: c.t, rowSpan: c.rs ?? 1, colSpan: c.cs ?? 1 })));
  return { type: 'table', line, endLine: line + rows.length - 1, rows: cells, raw: '', origin };
}
function para(text: string, line: number): ParagraphBlock {
  return { type: 'paragraph', line, endLine: line, text, raw: text };
}
function section(id: string, title: string, path: string[], blocks: Block[], children: SectionNode[] = []): SectionNode {
  return { id, level: path.length, number: '', title, line: blocks[0]?.line ?? 1, endLine: 100, kind: 'body', family: 'cn-dun', children, headingBlock: null, inlineBody: '', blocks, path };
}
/** A document whose body is one goals section holding the blocks, in order. */
function goalsDoc(blocks: Block[], title = '主要目标'): SegmentedDocument {
  const s = section('s1', title, [title], blocks);
  const lines: string[] = [];
  for (const b of blocks) lines[b.line - 1] = b.type === 'table' ? b.rows.map((r) => r.map((c) => c.text).join('\t')).join(' ') : b.text;
  return {
    ingest: { format: 'docx', encoding: 'utf-8', lineCount: lines.length, lines: Array.from(lines, (l) => l ?? ''), blocks, diagnostics: [] },
    sections: [s],
    parts: [],
    placed: blocks.map((block) => ({ block, part: 'body', sectionId: 's1', isHeading: false })),
    diagnostics: [],
  };
}

describe('grid', () => {
  it('expands row and column spans like HTML', () => {
    const grid = expandGrid(table([[{ t: 'A', rs: 2 }, { t: 'B', cs: 2 }], ['c', 'd']]).rows);
    expect(grid).toEqual([
      ['A', 'B', 'B'],
      ['A', 'c', 'd'],
    ]);
  });
});

describe('names', () => {
  it('drops the unit in brackets and footnote marks, keeps other brackets', () => {
    expect(splitName('每万人高价值发明专利拥有量（件）①')).toEqual({ name: '每万人高价值发明专利拥有量', unit: '件', marks: ['①'] });
    expect(splitName('知识产权(专利)密集型产业增加值占GDP比重(%)')).toEqual({ name: '知识产权(专利)密集型产业增加值占GDP比重', unit: '%', marks: [] });
    expect(splitName('专利密集型产业增加值占GDP 比重')).toMatchObject({ name: '专利密集型产业增加值占GDP比重', unit: null });
    expect(splitName('知识产权质押融资金额（亿元）②③').marks).toEqual(['②', '③']);
  });
  it('notes by mark', () => {
    const notes = parseNotes('注：①“每万人口高价值发明专利拥有量”是指……。②“质押融资登记金额”是指经登记的金额。');
    expect([...notes.keys()]).toEqual(['①', '②']);
    expect(notes.get('②')).toBe('“质押融资登记金额”是指经登记的金额。');
  });
});

describe('parseIndicatorTable', () => {
  it('a two-row header with a 单位 column: baseline, milestone and target years', () => {
    const t = table([
      [{ t: '序号', rs: 2 }, { t: '指标名称', rs: 2 }, { t: '单位', rs: 2 }, { t: '2020年', rs: 2 }, { t: '目标值', cs: 2 }, { t: '属性', rs: 2 }],
      ['2023年', '2025年'],
      ['1', '专利密集型产业增加值占GDP比重', '%', '5.6', '8', '10以上', '预期性'],
      ['2', '知识产权质押融资金额', '亿元', '—', '1-2', '≥5', '约束性'],
    ]);
    const parsed = parseIndicatorTable(t)!;
    expect(parsed.header.rows).toBe(2);
    expect(parsed.rows.map((r) => [r.name, r.unit, r.baseline?.year, r.baseline?.value, r.milestones.map((m) => [m.year, m.value]), r.target?.year, r.target?.value, r.target?.comparator, r.attribute])).toEqual([
      ['专利密集型产业增加值占GDP比重', '%', 2020, 5.6, [[2023, 8]], 2025, 10, '>=', '预期性'],
      ['知识产权质押融资金额', '亿元', 2020, null, [[2023, [1, 2]]], 2025, 5, '>=', '约束性'],
    ]);
  });

  it('类别 filled down through merged cells; a title row above the header', () => {
    const t = table([
      [{ t: '“十四五”主要指标', cs: 5 }],
      ['类别', '序号', '指标', '2020年', '2025年'],
      [{ t: '创造', rs: 2 }, '1', '发明专利拥有量（件）', '100', '200'],
      ['2', 'PCT国际专利申请量（件）', '22', '35'],
      ['保护', '3', '知识产权保护社会满意度（分）', '80', '85'],
    ]);
    const parsed = parseIndicatorTable(t)!;
    expect(parsed.rows.map((r) => [r.category, r.name, r.unit])).toEqual([
      ['创造', '发明专利拥有量', '件'],
      ['创造', 'PCT国际专利申请量', '件'],
      ['保护', '知识产权保护社会满意度', '分'],
    ]);
  });

  it('rows that lost cells under merged cells (flattened text) are aligned on their name', () => {
    const t = table(
      [
        ['类别', '序号', '指标名称', '2020年', '2025年'],
        ['创造', '1', '发明专利拥有量(件)', '1', '3'],
        ['2', 'PCT国际专利申请量(件)', '22', '35'],
        ['4', '服判息诉率', '', '85%以上'],
      ],
      10,
      'text-pipe',
    );
    const parsed = parseIndicatorTable(t)!;
    expect(parsed.rows.map((r) => [r.category, r.name, r.baseline?.value ?? null, r.target?.value, r.unit, r.target?.comparator])).toEqual([
      ['创造', '发明专利拥有量', 1, 3, '件', '='],
      ['创造', 'PCT国际专利申请量', 22, 35, '件', '='],
      ['创造', '服判息诉率', null, 85, '%', '>='],
    ]);
  });

  it('a category line spanning the table sets the category of the rows under it', () => {
    const t = table([
      ['序号', '指标', '2025年'],
      [{ t: '一、创造', cs: 3 }],
      ['1', '发明专利申请量（件）', '500'],
      [{ t: '二、运用', cs: 3 }],
      ['2', '质押融资金额（亿元）', '3'],
    ]);
    expect(parseIndicatorTable(t)!.rows.map((r) => [r.category, r.name, r.baseline, r.target?.year])).toEqual([
      ['创造', '发明专利申请量', null, 2025],
      ['运用', '质押融资金额', null, 2025],
    ]);
  });

  it('value columns without years (基期值, 目标值)', () => {
    const t = table([
      ['指标', '单位', '基期值', '目标值'],
      ['专利申请量', '件', '1000', '2000'],
    ]);
    const [r] = parseIndicatorTable(t)!.rows;
    expect([r.baseline?.value, r.baseline?.year, r.target?.value, r.target?.year]).toEqual([1000, null, 2000, null]);
  });

  it('a table that is not an indicator table gives null', () => {
    expect(parseIndicatorTable(table([['序号', '任务', '牵头单位'], ['1', '加强保护', '市市场监管局']]))).toBeNull();
    expect(parseIndicatorTable(table([['姓名', '职务'], ['张三', '局长']]))).toBeNull();
  });
});

describe('extractIndicators on tables', () => {
  it('notes ①② attach to their rows; caption gives attribute and ids follow document order', () => {
    const blocks: Block[] = [
      para('到2025年，专利申请量达到5000件。', 1),
      para('“十四五”知识产权主要预期指标', 2),
      table(
        [
          ['序号', '指标', '2020年', '2025年'],
          ['1', '每万人高价值发明专利拥有量（件）①', '1', '2'],
          ['2', '知识产权质押融资登记金额（亿元）②', '6.3', '10'],
        ],
        3,
      ),
      para('注：①是指符合条件的有效发明专利。②是指经登记的质押融资金额。', 6),
    ];
    const { indicators, diagnostics } = extractIndicators(goalsDoc(blocks));
    expect(indicators.map((i) => [i.id, i.source, i.name, i.canonicalName, i.attribute, i.note])).toEqual([
      ['i1', 'goals', '专利申请量', '专利申请量', null, null],
      ['i2', 'table', '每万人高价值发明专利拥有量', '每万人口高价值发明专利拥有量', '预期性', '是指符合条件的有效发明专利。'],
      ['i3', 'table', '知识产权质押融资登记金额', '知识产权质押融资金额', '预期性', '是指经登记的质押融资金额。'],
    ]);
    expect(indicators[2].target).toEqual({ year: 2025, value: 10, comparator: '=', hedge: null, raw: '10', normalized: { value: 1000000000, unit: '元' } });
    expect(indicators[2].baseline).toEqual({ year: 2020, value: 6.3, raw: '6.3', normalized: { value: 630000000, unit: '元' } });
    expect(indicators.every((i) => i.sectionId === 's1')).toBe(true);
    expect(diagnostics).toEqual([]);
  });

  it('items numbered on from a note (注：1. … 2. …) are notes, not targets; the text after them is read again', () => {
    const blocks: Block[] = [
      table(
        [
          ['指标', '2020年', '2025年'],
          ['排水管网覆盖率（%）', '80', '90'],
        ],
        1,
      ),
      para('注：1. 覆盖率指已建管网的面积占建成区面积的比例。', 4),
      // hand-written, after the real note 3 of a 内涝治理 plan (`不低于100立方米/小时的标准`)
      para('2. 泵站排水能力不低于50立方米/秒的标准，由水利部门评价。', 5),
      para('到2025年，新建泵站达到12座。', 6),
    ];
    const { indicators } = extractIndicators(goalsDoc(blocks));
    expect(indicators.map((i) => [i.source, i.name, i.target.value])).toEqual([
      ['table', '排水管网覆盖率', 90],
      ['goals', '泵站', 12],
    ]);
  });

  it('a table continued after a page break (续表, no header) goes on with the header and category', () => {
    const blocks: Block[] = [
      table(
        [
          ['类别', '指标', '2020年', '2025年', '属性'],
          [{ t: '创造', rs: 2 }, '发明专利申请量（件）', '100', '200', '预期性'],
          ['PCT国际专利申请量（件）', '10', '20', '预期性'],
        ],
        1,
      ),
      para('续表', 4),
      table([['', '有效注册商标量（万件）', '5', '9', '约束性']], 5),
    ];
    const { indicators } = extractIndicators(goalsDoc(blocks));
    expect(indicators.map((i) => [i.name, i.category, i.unit, i.baseline?.value, i.target.value, i.attribute, i.target.normalized])).toEqual([
      ['发明专利申请量', '创造', '件', 100, 200, '预期性', { value: 200, unit: '件' }],
      ['PCT国际专利申请量', '创造', '件', 10, 20, '预期性', { value: 20, unit: '件' }],
      ['有效注册商标量', '创造', '万件', 5, 9, '约束性', { value: 90000, unit: '件' }],
    ]);
  });

  it('the 注 after the last part of a continued table defines marks of every part', () => {
    const blocks: Block[] = [
      table([['指标', '2020年', '2025年'], ['发明专利拥有量（件）①', '1', '2']], 1),
      para('续表', 3),
      table([['质押融资金额（亿元）②', '3', '4']], 4),
      para('注：①指有效发明专利。②指登记金额。③未用。', 5),
    ];
    const { indicators, diagnostics } = extractIndicators(goalsDoc(blocks));
    expect(indicators.map((i) => [i.name, i.note])).toEqual([
      ['发明专利拥有量', '指有效发明专利。'],
      ['质押融资金额', '指登记金额。'],
    ]);
    expect(diagnostics.map((d) => [d.code, d.actual])).toEqual([['indicators.note-unused', '未用。']]);
  });

  it('a mark without a note is reported', () => {
    const { diagnostics } = extractIndicators(goalsDoc([table([['指标', '2025年'], ['发明专利拥有量①', '2']], 1)]));
    expect(diagnostics.map((d) => d.code)).toEqual(['indicators.note-missing']);
  });

  it('a continued table that repeats its header is read the same way', () => {
    const header = ['序号', '指标', '2025年'];
    const blocks: Block[] = [table([header, ['1', '专利申请量（件）', '10']], 1), table([header, ['2', '商标申请量（件）', '20']], 3)];
    expect(extractIndicators(goalsDoc(blocks)).indicators.map((i) => [i.id, i.name, i.target.value])).toEqual([
      ['i1', '专利申请量', 10],
      ['i2', '商标申请量', 20],
    ]);
  });

  it('a target cell that is not a number is kept as written and reported', () => {
    const blocks: Block[] = [table([['指标', '2020年', '2025年'], ['知识产权保护水平', '良好', '持续提升']], 1)];
    const { indicators, diagnostics } = extractIndicators(goalsDoc(blocks));
    expect(indicators[0].target).toMatchObject({ value: null, raw: '持续提升' });
    expect(diagnostics.map((d) => d.code)).toEqual(['indicators.target-not-numeric']);
  });

  it('numbers in a background section are not read; task sections give source task', () => {
    const background = section('s1', '发展基础', ['发展基础'], [para('“十三五”期间，专利授权量达到2764件。', 1)]);
    const goals = section('s2', '发展目标', ['发展目标'], [para('到2025年，专利授权量达到5000件。', 2)]);
    const tasks = section('s3', '重点任务', ['重点任务'], [para('培育知识产权示范企业20家。', 3)]);
    const blocks = [...background.blocks, ...goals.blocks, ...tasks.blocks];
    const doc: SegmentedDocument = {
      ingest: { format: 'txt', encoding: 'utf-8', lineCount: 3, lines: blocks.map((b) => (b as ParagraphBlock).text), blocks, diagnostics: [] },
      sections: [background, goals, tasks],
      parts: [],
      placed: [
        { block: blocks[0], part: 'body', sectionId: 's1', isHeading: false },
        { block: blocks[1], part: 'body', sectionId: 's2', isHeading: false },
        { block: blocks[2], part: 'body', sectionId: 's3', isHeading: false },
      ],
      diagnostics: [],
    };
    expect(extractIndicators(doc).indicators.map((i) => [i.id, i.source, i.name, i.target.value, i.target.year, i.sectionId, i.line])).toEqual([
      ['i1', 'goals', '专利授权量', 5000, 2025, 's2', 2],
      ['i2', 'task', '知识产权示范企业', 20, null, 's3', 3],
    ]);
  });
});

describe('headers without a year column', () => {
  it('a “十四五”目标 column is dated by the plan period; a 现状值 column is the baseline', () => {
    const t = table([
      ['指标', '单位', '现状值', '“十四五”目标', '属性'],
      ['有效发明专利拥有量', '万件', '1.2', '≥2', '约束性'],
    ]);
    const [r] = parseIndicatorTable(t)!.rows;
    expect([r.unit, r.baseline?.value, r.baseline?.year, r.target?.value, r.target?.comparator, r.target?.year, r.attribute]).toEqual(['万件', 1.2, null, 2, '>=', 2025, '约束性']);
  });
});
