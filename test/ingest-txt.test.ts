import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/index.js';
import { ingestTxt } from '../src/ingest/txt.js';
import { spanGrid, type Block, type IngestResult, type ParagraphBlock, type TableBlock, type TableCell } from '../src/ingest/blocks.js';
import { InputError } from '../src/errors.js';

const DIR = 'fixtures/txt';
const SAMPLES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const read = (name: string): Buffer => readFileSync(join(DIR, SAMPLES.find((f) => f.startsWith(name))!));
const parsed = new Map(SAMPLES.map((f) => [f.slice(0, 3), ingestTxt(readFileSync(join(DIR, f)), f)]));
const sample = (id: string): IngestResult => parsed.get(id)!;

const paragraphs = (r: IngestResult): ParagraphBlock[] => r.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
const tables = (r: IngestResult): TableBlock[] => r.blocks.filter((b): b is TableBlock => b.type === 'table');
const blockAt = (r: IngestResult, line: number): Block | undefined => r.blocks.find((b) => b.line <= line && line <= b.endLine);
const texts = (b: Block): string[] => (b.type === 'table' ? b.rows.flat().map((c) => c.text) : [b.text]);

// rowSpan/colSpan expanded into the grid a reader sees, to check logical widths
const grid = (rows: TableCell[][]) => spanGrid(rows);

describe('the five samples', () => {
  it('are read as UTF-8 with one entry in `lines` per editor line', () => {
    for (const f of SAMPLES) {
      const r = sample(f.slice(0, 3));
      expect(r.encoding).toBe('utf-8');
      expect(r.format).toBe('txt');
      const editorLines = readFileSync(join(DIR, f), 'utf8').split('\n');
      if (editorLines[editorLines.length - 1] === '') editorLines.pop();
      expect(r.lineCount).toBe(editorLines.length);
      expect(r.lines).toEqual(editorLines);
    }
  });

  it('account for every non-blank line: inside a block range or named by a diagnostic', () => {
    for (const f of SAMPLES) {
      const r = sample(f.slice(0, 3));
      const diagLines = new Set(r.diagnostics.map((d) => d.line));
      const missing = r.lines
        .map((l, i) => ({ l, n: i + 1 }))
        .filter(({ l, n }) => l.trim() !== '' && !blockAt(r, n) && !diagLines.has(n));
      expect(missing, f).toEqual([]);
    }
  });

  it('give blocks in line order with no overlapping line ranges', () => {
    for (const f of SAMPLES) {
      const r = sample(f.slice(0, 3));
      for (let k = 1; k < r.blocks.length; k++) {
        expect(r.blocks[k].line, f).toBeGreaterThan(r.blocks[k - 1].endLine);
      }
      for (const b of r.blocks) expect(b.endLine).toBeGreaterThanOrEqual(b.line);
    }
  });

  it('leave no bookmark marker, trailing cell marker or empty text in any block', () => {
    for (const f of SAMPLES) {
      for (const b of sample(f.slice(0, 3)).blocks) {
        for (const t of texts(b)) {
          expect(t).not.toMatch(/bookmark/i);
          expect(t).not.toMatch(/\|$/);
        }
        if (b.type !== 'table') expect(b.text).not.toBe('');
      }
    }
  });

  it('report each removed bookmark with its line (大冶 headings)', () => {
    const r = sample('000');
    const lines = r.diagnostics.filter((d) => d.code === 'debris.bookmark').map((d) => d.line);
    expect(lines).toEqual([4, 7, 8, 9, 17, 18, 20, 24]);
    expect((blockAt(r, 7) as ParagraphBlock).text).toBe('一、基础与形势');
    expect((blockAt(r, 7) as ParagraphBlock).raw).toMatch(/^\[bookmark: _Toc432976468\]/);
    expect((blockAt(r, 4) as ParagraphBlock).text).toBe('（征求意见稿）');
  });

  it('keep one paragraph per line where nothing needs repair (泰安)', () => {
    const r = sample('004');
    const nonBlank = r.lines.filter((l) => l.trim()).length;
    expect(r.blocks).toHaveLength(nonBlank);
    expect(r.blocks.every((b) => b.type === 'paragraph' && b.line === b.endLine)).toBe(true);
    expect((blockAt(r, 6) as ParagraphBlock).text).toBe('1、 编制背景');
  });
});

describe('page-break joins on the 武汉 sample', () => {
  const r = sample('003');

  it('joins `…驰名商标和精` / blank / `品版权,…` into the block of line 25', () => {
    const b = blockAt(r, 25) as ParagraphBlock;
    expect(b.type).toBe('paragraph');
    expect([b.line, b.endLine]).toEqual([25, 27]);
    expect(b.text).toContain('驰名商标和精品版权,形成一批');
    expect(b.text.startsWith('(一)知识产权创造有效支撑产业创新能力提升。')).toBe(true);
    expect(b.raw.split('\n')).toEqual([r.lines[24], '', r.lines[26]]);
  });

  it('joins `…武` / blank / `汉东湖新技术开发区管委会)` into the task of line 123', () => {
    const b = blockAt(r, 125) as ParagraphBlock;
    expect([b.line, b.endLine]).toEqual([123, 125]);
    expect(b.text.startsWith('6.强力推进知识产权人才队伍建设。')).toBe(true);
    expect(b.text.endsWith('武汉东湖新技术开发区管委会)')).toBe(true);
  });

  it('joins exactly the seven split tasks and goals, each reported', () => {
    const joins = r.diagnostics.filter((d) => d.code === 'debris.page-break-join').map((d) => d.line);
    expect(joins).toEqual([27, 47, 59, 67, 87, 117, 125]);
    const spans = paragraphs(r).filter((b) => b.endLine > b.line).map((b) => [b.line, b.endLine]);
    expect(spans).toEqual([[25, 27], [45, 47], [57, 59], [65, 67], [85, 87], [115, 117], [123, 125], [181, 182]]);
    expect((blockAt(r, 47) as ParagraphBlock).text).toContain('开展重点产业知识产权预警分析,');
    expect((blockAt(r, 59) as ParagraphBlock).text).toContain('畅通行政保护与司法保护');
  });

  it('joins a member entry broken inside its brackets', () => {
    const b = blockAt(r, 181) as ParagraphBlock;
    expect(b.text).toBe('晏冠亮 武汉经济技术开发区管委会副主任(汉南区人民政府副区长)');
    expect(r.diagnostics.some((d) => d.code === 'debris.line-wrap-join' && d.line === 182)).toBe(true);
  });

  it('does not join titles, headings, dates, signatures or the member list', () => {
    for (const line of [3, 5, 7, 9, 15, 17, 21, 23, 37, 39, 135, 137, 155, 157, 178, 180, 183, 185, 186, 187, 189, 191]) {
      const b = blockAt(r, line)!;
      expect([b.line, b.endLine], `line ${line}`).toEqual([line, line]);
    }
  });
});

describe('the 邵阳 flattened table (` |` cells, `||||` markers, merged 类别)', () => {
  const r = sample('001');
  const [table] = tables(r);

  it('is one text-pipe table after its caption paragraph', () => {
    expect(tables(r)).toHaveLength(1);
    expect(table.origin).toBe('text-pipe');
    expect([table.line, table.endLine]).toEqual([55, 89]);
    const caption = blockAt(r, 54) as ParagraphBlock;
    expect(caption.text).toBe('“十四五”知识产权发展主要预期指标');
    expect(table.raw.split('\n')).toEqual(r.lines.slice(54, 89));
    expect(r.diagnostics.some((d) => d.code === 'debris.flat-table' && d.line === 54)).toBe(true);
  });

  it('has the header and six data rows, categories merged with rowSpan', () => {
    expect(table.rows[0].map((c) => c.text)).toEqual(['类别', '序号', '指标名称', '2020年', '2025年']);
    const g = grid(table.rows);
    expect(g).toHaveLength(7);
    for (const row of g) expect(row).toHaveLength(5);
    expect(g.slice(1).map((row) => row[0])).toEqual(['创造', '创造', '保护', '保护', '运用', '运用']);
    expect(g.slice(1).map((row) => row[1])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(table.rows[1][0]).toEqual({ text: '创造', rowSpan: 2, colSpan: 1 });
    expect(table.rows[2]).toHaveLength(4);
    expect(g[1]).toEqual(['创造', '1', '每万人口高质量发明专利拥有量(件)', '0.85', '3']);
    expect(g[2]).toEqual(['创造', '2', 'PCT国际专利申请量(件)', '22', '35']);
    expect(g[4]).toEqual(['保护', '4', '知识产权民事一审案件服判息诉率', '', '85%以上']);
    expect(g[6]).toEqual(['运用', '6', '年度知识产权质押融资金额(亿元)', '0.35', '1.5']);
  });

  it('keeps the 专栏 boxes as framed paragraphs without the `|` markers', () => {
    const title = blockAt(r, 100) as ParagraphBlock;
    expect(title).toMatchObject({ type: 'paragraph', text: '专栏3 高校、科研院所知识产权运营体系建设', framed: true });
    for (const line of [93, 94, 101, 102, 104, 109, 110, 116, 117, 120, 121]) {
      const b = blockAt(r, line) as ParagraphBlock;
      expect(b.type).toBe('paragraph');
      expect(b.framed).toBe(true);
      expect(b.raw.trimEnd().endsWith('|')).toBe(true);
    }
    expect((blockAt(r, 105) as ParagraphBlock).framed).toBeUndefined();
    expect(r.diagnostics.some((d) => d.code === 'debris.pipe-marker' && d.line === 103)).toBe(true);
    expect(r.diagnostics.filter((d) => d.code === 'debris.pipe-suffix').map((d) => d.line)).toEqual([93, 100, 109, 116, 120]);
  });

  it('leaves the 目录 and the body one paragraph per line (no blank lines, nothing joined)', () => {
    expect(r.diagnostics.filter((d) => d.code.endsWith('-join'))).toEqual([]);
    expect((blockAt(r, 6) as ParagraphBlock).text).toBe('一、发展基础和发展形势');
  });
});

describe('the 宿州 flattened table (one cell per line, tab-only lines between cells)', () => {
  const r = sample('002');
  const [table] = tables(r);

  it('is one text-cell-per-line table with the header row and ten data rows', () => {
    expect(tables(r)).toHaveLength(1);
    expect(table.origin).toBe('text-cell-per-line');
    expect([table.line, table.endLine]).toEqual([39, 120]);
    expect(table.rows[0].map((c) => c.text)).toEqual(['序号', '指标', '2021年', '2023年', '2025年', '属性']);
    expect(table.rows).toHaveLength(11);
    for (const row of table.rows) expect(row).toHaveLength(6);
    expect(table.rows.slice(1).map((row) => row[0].text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('keeps every value: the 高价值发明专利 row reads 1 / 1.5 / 2 / 预期性', () => {
    expect(table.rows[1].map((c) => c.text)).toEqual(['1', '每万人高价值发明专利拥有量（件）①', '1', '1.5', '2', '预期性']);
    expect(table.rows[3].map((c) => c.text)).toEqual(['3', '知识产权使用费年进出口额（亿元）', '/', '1', '2', '预期性']);
    expect(table.rows[10].map((c) => c.text)).toEqual(['10', '省级知识产权信息公共服务网点（家）', '1', '2', '5', '预期性']);
  });

  it('keeps the caption and the 注 paragraph outside the table', () => {
    expect((blockAt(r, 38) as ParagraphBlock).text).toBe('宿州市“十四五”知识产权发展主要指标');
    expect((blockAt(r, 123) as ParagraphBlock).text.startsWith('注：①')).toBe(true);
  });

  it('removes the bookmark before the signature date', () => {
    expect((blockAt(r, 13) as ParagraphBlock).text).toBe('2022年11月9日');
  });
});

describe('encodings and line endings', () => {
  const utf8 = read('003');
  const text = utf8.toString('utf8');
  const base = sample('003');
  const shape = (r: IngestResult) => ({ blocks: r.blocks, lines: r.lines, codes: r.diagnostics.map((d) => [d.code, d.line]) });

  it.each([
    ['gb18030', iconv.encode(text, 'gb18030')],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])],
    ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])],
  ])('reads the sample saved as %s to the same blocks', (encoding, bytes) => {
    const r = ingestTxt(bytes, 'x.txt');
    expect(r.encoding).toBe(encoding);
    expect(shape(r)).toEqual(shape(base));
  });

  it('reads GBK bytes as gb18030 (GBK is a subset)', () => {
    const r = ingestTxt(iconv.encode('一、总体要求\n（一）指导思想\n到2025年，全市知识产权创造水平明显提升。', 'gbk'), 'x.txt');
    expect(r.encoding).toBe('gb18030');
    expect(r.blocks.map((b) => (b as ParagraphBlock).text)).toEqual(['一、总体要求', '（一）指导思想', '到2025年，全市知识产权创造水平明显提升。']);
  });

  it('reads a short GB18030 heading that chardet alone takes for Big5', () => {
    const r = ingestTxt(iconv.encode('一、总体要求', 'gb18030'), 'x.txt');
    expect(r.encoding).toBe('gb18030');
    expect((r.blocks[0] as ParagraphBlock).text).toBe('一、总体要求');
  });

  it('reads ASCII-heavy UTF-16LE without a BOM and says so', () => {
    const r = ingestTxt(iconv.encode('Plan 2025\nline two\n', 'utf-16le'), 'x.txt');
    expect(r.encoding).toBe('utf-16le');
    expect(r.lines).toEqual(['Plan 2025', 'line two']);
    expect(r.diagnostics.some((d) => d.code === 'encoding.utf16-without-bom')).toBe(true);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('gives the same lines and blocks with %s line endings', (_name, eol) => {
    const r = ingestTxt(Buffer.from(text.split('\n').join(eol), 'utf8'), 'x.txt');
    expect(shape(r)).toEqual(shape(base));
  });

  it('counts mixed line endings as editors do', () => {
    const r = ingestTxt(Buffer.from('一\r\n二\r三\n\n四', 'utf8'), 'x.txt');
    expect(r.lines).toEqual(['一', '二', '三', '', '四']);
    expect(r.blocks.map((b) => [b.line, (b as ParagraphBlock).text])).toEqual([[1, '一'], [2, '二'], [3, '三'], [5, '四']]);
  });

  it('strips stray NUL bytes and reports the lines', () => {
    const r = ingestTxt(Buffer.from('一、总体要求\n到2025年，全\u0000市知识产权创造水平明显提升。\n', 'utf8'), 'x.txt');
    expect((r.blocks[1] as ParagraphBlock).text).toBe('到2025年，全市知识产权创造水平明显提升。');
    const d = r.diagnostics.find((x) => x.code === 'encoding.nul-removed');
    expect(d).toMatchObject({ severity: 'info', line: 2 });
  });

  it('keeps UTF-8 with one corrupt byte as UTF-8 and warns', () => {
    const good = Buffer.from('到2025年，全市知识产权创造、保护和运用阶段性目标任务如期完成。', 'utf8');
    const bytes = Buffer.concat([good, Buffer.from([0xff]), good]);
    const r = ingestTxt(bytes, 'x.txt');
    expect(r.encoding).toBe('utf-8');
    expect(r.diagnostics.some((d) => d.code === 'encoding.invalid-utf8')).toBe(true);
  });
});

describe('bad input', () => {
  const fails = async (bytes: Uint8Array, pattern: RegExp): Promise<void> => {
    const err = await ingest(bytes, 'plan.txt').then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).file).toBe('plan.txt');
    expect((err as InputError).message).toMatch(pattern);
    expect((err as InputError).message).not.toContain('\n');
  };

  it('refuses an empty file', () => fails(new Uint8Array(0), /empty/));
  it('refuses a whitespace-only file', () => fails(Buffer.from(' \n\t\r\n　\n'), /only whitespace/));
  it('refuses whitespace-only UTF-16', () => fails(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('  \r\n ', 'utf-16le')]), /only whitespace/));
  it('refuses a file holding only a BOM', () => fails(Buffer.from([0xef, 0xbb, 0xbf]), /byte-order mark/));
  it('refuses a PDF renamed .txt', () => fails(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF/));
  it('refuses a zip/docx renamed .txt', () => fails(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), /zip.*\.docx/));
  it('refuses an old binary Word file', () => fails(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /\.doc/));
  it('refuses an HTML page renamed .txt', () => fails(Buffer.from('\uFEFF<!DOCTYPE html>\n<html><body><p>一、总体要求</p></body></html>'), /HTML.*\.html/));
  it('refuses binary data', () => {
    const bytes = new Uint8Array(4096);
    let x = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = x = (x * 73 + 41) % 256;
    return fails(bytes, /does not look like a text file/);
  });
  it('refuses text full of control bytes', () => fails(Buffer.from('abc\u0001\u0002\u0003\u0004def\u0005\u0006'.repeat(20)), /does not look like a text file/));
});
