import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import ExcelJS from 'exceljs';
import { renderRows, renderCsv, renderTable, renderMarkdown, renderTsv, sheetName, type ColumnSpec, type Row } from '../src/render/index.js';

const columns: ColumnSpec[] = [
  { key: 'doc', header: '文件' },
  { key: 'name', header: '指标名称' },
  { key: 'value', header: 'value', align: 'right' },
];
const rows: Row[] = [
  { doc: 'a', name: '每万人口高价值发明专利拥有量', value: 12 },
  { doc: 'b', name: 'say "hi", then\nnew line', value: null },
  { doc: 'a', name: 'x|y', value: 1.5 },
];

describe('renderRows', () => {
  it('csv: BOM, CRLF, RFC 4180 quoting, empty for null', () => {
    const out = renderCsv(columns, rows);
    expect(out.startsWith('\uFEFF文件,指标名称,value\r\n')).toBe(true);
    expect(out).toContain('a,每万人口高价值发明专利拥有量,12\r\n');
    expect(out).toContain('b,"say ""hi"", then\nnew line",\r\n');
    expect(out.endsWith('\r\n')).toBe(true);
  });

  it('tsv: one line per row, tabs and newlines inside values flattened', () => {
    const out = renderTsv(columns, rows);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('b\tsay "hi", then new line\t');
  });

  it('md: pipes escaped, columns padded by display width', () => {
    const out = renderMarkdown(columns, rows);
    const lines = out.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^\| -+ \| -+ \| -+: \|$/);
    expect(out).toContain('x\\|y');
    expect(out).toContain('then<br>new line');
    const widths = lines.map((l) => stringWidth(l));
    expect(new Set(widths).size).toBe(1);
  });

  it('table: CJK-aligned borders, no colour codes when colour is off', () => {
    const out = renderTable(columns, rows.slice(0, 1).concat([{ doc: 'c', name: 'ascii', value: 3 }]), { color: false });
    expect(out).not.toMatch(/\u001b\[/);
    const lines = out.trimEnd().split('\n');
    expect(new Set(lines.map((l) => stringWidth(l))).size).toBe(1);
    expect(out).toContain('每万人口高价值发明专利拥有量');
  });

  it('table: colour codes only when asked', () => {
    expect(renderTable(columns, rows, { color: true })).toMatch(/\u001b\[/);
  });

  it('json: objects keyed by column in column order, null for missing', async () => {
    const out = (await renderRows(columns, rows, 'json')) as string;
    const parsed = JSON.parse(out);
    expect(parsed[1]).toEqual({ doc: 'b', name: 'say "hi", then\nnew line', value: null });
    expect(Object.keys(parsed[0])).toEqual(['doc', 'name', 'value']);
  });

  it('xlsx: a sheet per group plus "all", bold frozen header, numbers stay numbers', async () => {
    const bytes = (await renderRows(columns, rows, 'xlsx', { sheetBy: 'doc' })) as Uint8Array;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['a', 'b', 'all']);
    const all = wb.getWorksheet('all')!;
    expect(all.rowCount).toBe(4);
    expect(all.getRow(1).getCell(2).value).toBe('指标名称');
    expect(all.getRow(1).font?.bold).toBe(true);
    expect(all.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(all.getRow(2).getCell(3).value).toBe(12);
    expect(wb.getWorksheet('a')!.rowCount).toBe(3);
  });

  it('xlsx: the same rows give the same bytes (every zip entry dated 1980-01-01, the workbook dated 1970)', async () => {
    const first = (await renderRows(columns, rows, 'xlsx')) as Uint8Array;
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(first);
    const dates = new Set(Object.values(zip.files).map((f) => f.date.getUTCFullYear()));
    expect(dates).toEqual(new Set([1980]));
    expect(Buffer.from((await renderRows(columns, rows, 'xlsx')) as Uint8Array).equals(Buffer.from(first))).toBe(true);
  });

  it('sheet names are legal and unique', () => {
    const used = new Set<string>();
    expect(sheetName('a/b:c', used)).toBe('a_b_c');
    expect(sheetName('A/B:C', used)).toBe('A_B_C (2)');
    expect(sheetName('x'.repeat(40), used)).toHaveLength(31);
  });
});
