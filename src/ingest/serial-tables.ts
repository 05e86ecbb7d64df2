/**
 * Indicator tables flattened by PDF extraction, one row per line with cells separated by spaces
 * (`2 全员劳动生产率 预期性 36左右 -`), found by their serial numbers 1, 2, 3 … at the start of lines
 * after a header that names indicator columns (指标, 单位, 属性, a year). A cell too long for its column
 * is split around its row: its first part on lines above (`万元/`, `全社会研发经费支出相当于`) and its rest
 * below (`人`, `全市生产总值比例`); those fragments are given back to the row they surround, as many after
 * a row as there were before it. Columns come from the data: the attribute cell (预期性/约束性), a unit
 * cell, value cells after them and the name before them.
 */
import type { TableBlock, TableCell } from './blocks.js';
import type { Diagnostic } from '../schema/plan.js';
import { isAttributeCell, isEmptyCell } from './table-cells.js';

const ROW = /^\s*(\d{1,2})\s+(\S.*)$/;
const HEADER_WORDS = /指\s*标|单\s*位|属\s*性|序\s*号/;
const UNIT_PIECE = /^(?:[%‰]|[万亿千百]?[\p{Script=Han}A-Za-z²³]{1,3}(?:\/[万亿]?[\p{Script=Han}A-Za-z]{0,3})?\/?)$/u;
const VALUE = /^(?:[\[【(（]?[^\p{Script=Han}]*\d[^\p{Script=Han}]*[\]】)）]?|[\[【].*[\]】]|.*\d.*(?:左右|以上|以下|以内)|[<>≤≥＜＞].*\d.*)$/u;
/** a value column header: a year, or words of a target column */
const VALUE_HEADER = /^(?:(?:19|20)\d{2}年.*|.*(?:年均|累计|目标|现状|基期).*)$/;
const MAX_FRAGMENT = 30;

export interface SerialTableScan {
  blocks: TableBlock[];
  diagnostics: Diagnostic[];
  claimed: Set<number>;
}

interface RowLine {
  line: number;
  serial: number;
  tokens: string[];
}

const cell = (text: string): TableCell => ({ text, rowSpan: 1, colSpan: 1 });

/** Find serial-row tables among the lines not claimed yet. Lines are 1-based in the result. */
export function findSerialRowTables(lines: readonly string[], rawLines: readonly string[], claimed: ReadonlySet<number>): SerialTableScan {
  const out: SerialTableScan = { blocks: [], diagnostics: [], claimed: new Set() };
  for (let i = 0; i < lines.length; i++) {
    if (claimed.has(i + 1) || !HEADER_WORDS.test(lines[i])) continue;
    const compact = lines[i].replace(/\s+/g, '');
    // a header line is short and names at least two columns
    if (compact.length > 30 || [/指标/, /单位/, /属性/, /序号?/].filter((r) => r.test(compact)).length < 2) continue;
    const table = readTable(lines, i, claimed);
    if (!table) continue;
    const first = table.headerStart + 1;
    const last = table.end + 1;
    const block: TableBlock = { type: 'table', line: first, endLine: last, rows: table.rows, raw: rawLines.slice(first - 1, last).join('\n'), origin: 'text-tab' };
    out.blocks.push(block);
    out.diagnostics.push({ severity: 'info', code: 'debris.flat-table', message: `rebuilt a table of ${table.rows.length} rows from lines ${first}–${last} (one row per line, cells separated by spaces, rows found by serial number)`, line: first });
    for (let l = first; l <= last; l++) out.claimed.add(l);
    i = table.end;
  }
  return out;
}

interface ReadTable {
  headerStart: number;
  end: number;
  rows: TableCell[][];
}

function readTable(lines: readonly string[], anchor: number, claimed: ReadonlySet<number>): ReadTable | null {
  // header: the anchor and its neighbours up to the row numbered 1
  let firstRow = -1;
  for (let k = anchor + 1; k < Math.min(lines.length, anchor + 6); k++) {
    const m = ROW.exec(lines[k]);
    if (m && m[1] === '1') {
      firstRow = k;
      break;
    }
  }
  if (firstRow < 0) return null;
  let headerStart = anchor;
  // header lines above the anchor: short, and not the caption (表1 …主要指标)
  const isCaption = (t: string) => /^(?:附?表\s*\d|专栏)|指标(?:表)?$/.test(t.replace(/\s+/g, ''));
  while (headerStart > 0 && anchor - headerStart < 2 && lines[headerStart - 1].trim() && lines[headerStart - 1].replace(/\s+/g, '').length <= 20 && !isCaption(lines[headerStart - 1]) && !claimed.has(headerStart)) headerStart--;
  const headerTokens = lines.slice(headerStart, firstRow).flatMap((l) => l.trim().split(/\s+/));
  const valueHeaders = headerTokens.filter((t) => VALUE_HEADER.test(t));

  const rows: RowLine[] = [];
  const fragments = new Map<number, string[]>(); // fragments after row index k (-1: none before the first row)
  let expected = 1;
  let end = firstRow;
  let pending: string[] = [];
  for (let k = firstRow; k < lines.length; k++) {
    if (claimed.has(k + 1)) break;
    const text = lines[k].trim();
    if (!text) {
      if (pending.length || rows.length === 0) break;
      continue;
    }
    const m = ROW.exec(lines[k]);
    if (m && Number(m[1]) === expected) {
      if (rows.length) fragments.set(rows.length - 1, pending);
      pending = [];
      rows.push({ line: k, serial: expected, tokens: m[2].trim().split(/\s+/) });
      expected++;
      end = k;
      continue;
    }
    if (m || text.replace(/\s+/g, '').length > MAX_FRAGMENT || /^(?:注|备注|说明|资料来源)/.test(text)) break;
    pending.push(text);
    if (pending.length > 4) break;
  }
  // fragments after the last row belong to it only as far as it had some before it
  if (rows.length < 3) return null;
  const before: string[][] = rows.map(() => []);
  const after: string[][] = rows.map(() => []);
  for (let r = 0; r < rows.length - 1; r++) {
    const between = fragments.get(r) ?? [];
    const mine = Math.min(before[r].length, between.length);
    after[r] = between.slice(0, mine);
    before[r + 1] = between.slice(mine);
  }
  const last = rows.length - 1;
  const tail = pending.slice(0, before[last].length);
  after[last] = tail;
  if (tail.length) end = rows[last].line + tail.length;

  let width = 0;
  const built = rows.map((r, n) => {
    const c = rowCells(r.tokens, before[n], after[n]);
    width = Math.max(width, c.values.length);
    return { serial: String(r.serial), ...c };
  });
  let valueHead = columnHeaders(valueHeaders, width);
  let valuesOf = (values: string[]) => Array.from({ length: valueHead.length }, (_, k) => values[k] ?? '');
  // value columns giving one year's target in two forms (`2025年` and `年均[累计]` under one `“十四五”目标`)
  // become one column holding whichever a row fills
  const years = new Set(valueHead.map((h) => /(?:19|20)\d{2}/.exec(h)?.[0]).filter(Boolean));
  if (valueHead.length > 1 && years.size <= 1) {
    const head = valueHead.find((h) => /(?:19|20)\d{2}/.test(h)) ?? '目标值';
    valueHead = [head];
    valuesOf = (values: string[]) => [values.find((v) => v && !isEmptyCell(v)) ?? ''];
  }
  const header = ['序号', '指标', '单位', '属性', ...valueHead].map(cell);
  const body = built.map((b) => [b.serial, b.name, b.unit, b.attribute, ...valuesOf(b.values)].map(cell));
  return { headerStart, end, rows: [header, ...body] };
}

/** The cells of one row: name, unit, attribute, values, with the fragments above and below it. */
export function rowCells(tokens: string[], above: string[], below: string[]): { name: string; unit: string; attribute: string; values: string[] } {
  let a = tokens.findIndex((t) => isAttributeCell(t));
  let values: string[];
  let lead: string[];
  if (a >= 0) {
    lead = tokens.slice(0, a);
    values = tokens.slice(a + 1);
  } else {
    // no attribute column: the values are the trailing tokens that read as values
    let v = tokens.length;
    while (v > 1 && (VALUE.test(tokens[v - 1]) || isEmptyCell(tokens[v - 1]))) v--;
    lead = tokens.slice(0, v);
    values = tokens.slice(v);
    a = -1;
  }
  let unit = '';
  if (lead.length > 0 && (UNIT_PIECE.test(lead[lead.length - 1]) || isEmptyCell(lead[lead.length - 1])) && (lead.length > 1 || /^[%‰/]/.test(lead[0]) || lead[0].length <= 2)) {
    unit = lead.pop()!;
    if (isEmptyCell(unit)) unit = '';
  }
  // Fragments above and below a row: on a line of several pieces, the first continues the name and the
  // next ones the unit (the columns' order), pieces holding a value cell's text go to the values; a lone
  // piece is a unit when it is one character or holds `/` (`万元/` … `人`), else a part of the name.
  const isValuePiece = (p: string) => /^[[【]|[\]】]$|[：:]/.test(p) || (VALUE.test(p) && !/\p{Script=Han}\d{1,2}$/u.test(p));
  const split = (fs: string[]) => {
    const names: string[] = [];
    const units: string[] = [];
    const values: string[] = [];
    for (const f of fs) {
      const parts = f.split(/\s+/).filter(Boolean);
      parts.forEach((p, k) => {
        if (isValuePiece(p)) values.push(p);
        else if (parts.length > 1) (k === 0 ? names : units).push(p);
        else if ([...p].length === 1 || p.includes('/')) units.push(p);
        else names.push(p);
      });
    }
    return { names, units, values };
  };
  const up = split(above);
  const down = split(below);
  return {
    // a footnote number glued to the name (拥有量1) is a mark, kept apart as ① would be
    name: [...up.names, ...lead, ...down.names].join('').replace(/(?<=\p{Script=Han})(\d{1,2})$/u, (d) => String.fromCharCode(0x2460 + Number(d) - 1)),
    unit: [...up.units, unit, ...down.units].join(''),
    attribute: a >= 0 ? tokens[a] : '',
    values: [...up.values, ...down.values].length > 0 && values.every((v) => isEmptyCell(v)) ? [[...up.values, ...down.values].join('；')] : values,
  };
}

/** Headers for `width` value columns: the last value headers of the header lines, else 目标值. */
function columnHeaders(found: string[], width: number): string[] {
  if (width === 0) return [];
  const tail = found.slice(-width);
  while (tail.length < width) tail.unshift('目标值');
  return tail;
}

