/**
 * A generic tabular renderer shared by every command that prints rows (indicators, tasks, units, compare):
 * the command decides the columns and rows, this module decides nothing about planning documents.
 */
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import type ExcelJS from 'exceljs';
import { lazyPackage } from '../lazy-package.js';

const jszip = lazyPackage<{ defaults: { date: Date | null } }>('jszip');
/** the date of every entry of an xlsx file: the zip format's earliest */
const ZIP_DATE = new Date(Date.UTC(1980, 0, 1));

export const ROW_FORMATS = ['table', 'csv', 'tsv', 'md', 'json', 'xlsx'] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

export type CellValue = string | number | boolean | null | undefined;
export type Row = Record<string, CellValue>;

export interface ColumnSpec {
  /** key of the value in each row */
  key: string;
  /** header as shown to people */
  header: string;
  align?: 'left' | 'right';
  /** widest the column may get in `table` (wrapped beyond that); unlimited by default */
  maxWidth?: number;
}

export interface RenderOptions {
  /** colour in `table`; default: stdout is a TTY and NO_COLOR is unset */
  color?: boolean;
  /** xlsx: rows are split into one sheet per distinct value of this key (plus an "all" sheet) */
  sheetBy?: string | ((row: Row) => string);
  /** xlsx: name of the sheet holding every row (default "all") */
  allSheetName?: string;
  /** table: fit into this many terminal columns, wrapping the widest columns first */
  width?: number;
  /**
   * table: wrap cells by display width before cli-table3 sees them (its own wrapping counts characters,
   * so a CJK cell wider than its column is cut with "…" instead of wrapped)
   */
  wrapByWidth?: boolean;
}

export function isRowFormat(s: string): s is RowFormat {
  return (ROW_FORMATS as readonly string[]).includes(s);
}

/** Colour only for a terminal that wants it (contract: NO_COLOR, --no-color, not a TTY → none). */
export function defaultColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}

/** Render rows in any format; text formats give a string, xlsx gives bytes. */
export async function renderRows(columns: ColumnSpec[], rows: Row[], format: RowFormat, options: RenderOptions = {}): Promise<string | Uint8Array> {
  switch (format) {
    case 'table':
      return renderTable(columns, rows, options);
    case 'csv':
      return renderCsv(columns, rows);
    case 'tsv':
      return renderTsv(columns, rows);
    case 'md':
      return renderMarkdown(columns, rows);
    case 'json':
      return renderJsonRows(columns, rows);
    case 'xlsx':
      return renderXlsx(columns, rows, options);
  }
}

/** A cell as text: null/undefined → empty, numbers as JS prints them (no locale grouping). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

/** Terminal table with columns aligned by display width (CJK characters take two columns). */
export function renderTable(columns: ColumnSpec[], rows: Row[], options: RenderOptions = {}): string {
  const chalk = new Chalk({ level: (options.color ?? defaultColor()) ? 1 : 0 });
  const colWidths = columns.map((c) => {
    const widest = Math.max(stringWidth(c.header), ...rows.map((r) => maxLineWidth(cellText(r[c.key]))));
    // +2 for cli-table3's one-space padding on each side
    return Math.min(widest, c.maxWidth ?? Infinity) + 2;
  });
  if (options.width !== undefined) fitWidths(colWidths, options.width);
  // wrapByWidth: everything is wrapped here, by display width, before colour codes are added (cli-table3's
  // own wrapping counts characters, escape codes included)
  const wrapped = options.wrapByWidth === true;
  const table = new Table({
    head: columns.map((c, i) => chalk.bold.cyan(wrapped ? wrapToWidth(c.header, colWidths[i] - 2) : c.header)),
    colWidths,
    colAligns: columns.map((c) => c.align ?? 'left'),
    wordWrap: !wrapped,
    wrapOnWordBoundary: false,
    style: { head: [], border: [] },
  });
  const wrap = (text: string, i: number) => (wrapped ? wrapToWidth(text, colWidths[i] - 2) : text);
  for (const r of rows) table.push(columns.map((c, i) => wrap(cellText(r[c.key]), i)));
  return table.toString() + '\n';
}

/**
 * Narrow the widest columns one step at a time until the table (cells plus one border per column and one
 * more) fits the width; no column goes below 8 (6 characters and padding) or its natural width.
 */
export function fitWidths(widths: number[], total: number): void {
  const floor = 8;
  const overall = () => widths.reduce((a, b) => a + b, 0) + widths.length + 1;
  while (overall() > total) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) if (widths[i] > floor && (widest < 0 || widths[i] > widths[widest])) widest = i;
    if (widest < 0) return;
    widths[widest]--;
  }
}

/**
 * Wrap each line of a text to a display width (CJK characters count two). A line breaks after its last
 * space or Chinese enumeration comma when there is one (so `(2025)` stays whole), else at the width.
 */
export function wrapToWidth(text: string, width: number): string {
  if (width < 2) return text;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let current = '';
    let currentWidth = 0;
    for (const ch of line) {
      const w = stringWidth(ch);
      if (currentWidth + w > width && current !== '') {
        const chars = [...current];
        let cut = -1;
        // never at the indentation a line starts with
        const start = chars.findIndex((c) => !/\s/.test(c));
        for (let k = chars.length - 1; k >= Math.max(1, start + 1); k--) {
          if (/[\s、，,；;]/.test(chars[k])) {
            cut = k + 1;
            break;
          }
        }
        if (cut > 0 && cut < chars.length) {
          out.push(chars.slice(0, cut).join('').trimEnd());
          current = chars.slice(cut).join('');
        } else {
          out.push(current.trimEnd());
          current = '';
        }
        currentWidth = stringWidth(current);
        if (current === '' && /\s/.test(ch)) continue;
      }
      current += ch;
      currentWidth += w;
    }
    out.push(current);
  }
  return out.join('\n');
}

function maxLineWidth(s: string): number {
  return Math.max(0, ...s.split('\n').map((l) => stringWidth(l)));
}

/** RFC 4180 CSV with a UTF-8 BOM and CRLF, so Excel opens Chinese text intact. */
export function renderCsv(columns: ColumnSpec[], rows: Row[]): string {
  const lines = [columns.map((c) => csvField(c.header)), ...rows.map((r) => columns.map((c) => csvField(cellText(r[c.key]))))];
  return '\uFEFF' + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Tab-separated: tabs and line breaks inside a value become spaces (TSV has no quoting). */
export function renderTsv(columns: ColumnSpec[], rows: Row[]): string {
  const field = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  const lines = [columns.map((c) => field(c.header)), ...rows.map((r) => columns.map((c) => field(cellText(r[c.key]))))];
  return lines.map((l) => l.join('\t')).join('\n') + '\n';
}

/** GitHub-flavoured Markdown table, padded by display width so the source reads as a table too. */
export function renderMarkdown(columns: ColumnSpec[], rows: Row[]): string {
  const field = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
  const body = rows.map((r) => columns.map((c) => field(cellText(r[c.key]))));
  const head = columns.map((c) => field(c.header));
  const widths = columns.map((_, i) => Math.max(3, stringWidth(head[i]), ...body.map((b) => stringWidth(b[i]))));
  const pad = (s: string, i: number) => {
    const gap = ' '.repeat(widths[i] - stringWidth(s));
    return columns[i].align === 'right' ? gap + s : s + gap;
  };
  const rule = columns.map((c, i) => (c.align === 'right' ? '-'.repeat(widths[i] - 1) + ':' : '-'.repeat(widths[i])));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head.map(pad)), line(rule), ...body.map((b) => line(b.map(pad)))].join('\n') + '\n';
}

/** JSON array of row objects keyed by column key, in column order. */
export function renderJsonRows(columns: ColumnSpec[], rows: Row[]): string {
  const out = rows.map((r) => Object.fromEntries(columns.map((c) => [c.key, r[c.key] ?? null])));
  return JSON.stringify(out, null, 2) + '\n';
}

/** Excel workbook: bold header row, frozen pane below it, auto filter; one sheet per group plus "all". */
export async function renderXlsx(columns: ColumnSpec[], rows: Row[], options: RenderOptions = {}): Promise<Uint8Array> {
  // exceljs costs about half a second to load: only the xlsx format pays for it
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  // fixed timestamps: the same rows give the same workbook properties
  wb.creator = 'planlens';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const used = new Set<string>();
  const allName = sheetName(options.allSheetName ?? 'all', used);
  if (options.sheetBy !== undefined) {
    const keyOf = typeof options.sheetBy === 'function' ? options.sheetBy : (r: Row) => cellText(r[options.sheetBy as string]);
    const groups = new Map<string, Row[]>(); // insertion order = first appearance in rows
    for (const r of rows) {
      const k = keyOf(r);
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k)!.push(r);
    }
    for (const [k, groupRows] of groups) addSheet(wb, sheetName(k || 'unnamed', used), columns, groupRows);
  }
  addSheet(wb, allName, columns, rows);
  // zip entries carry a date, now by default: the same rows must give the same bytes (exceljs writes
  // through the jszip it requires, so its defaults are set on that instance)
  jszip().defaults.date = ZIP_DATE;
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

function addSheet(wb: ExcelJS.Workbook, name: string, columns: ColumnSpec[], rows: Row[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    // Excel widths are in characters; CJK characters count double
    width: Math.min(60, Math.max(6, stringWidth(c.header), ...rows.map((r) => maxLineWidth(cellText(r[c.key])))) + 2),
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    ws.addRow(Object.fromEntries(columns.map((c) => [c.key, xlsxValue(r[c.key])])));
  }
  if (columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function xlsxValue(v: CellValue): string | number | boolean | null {
  return v === undefined ? null : v;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'sheet';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}
