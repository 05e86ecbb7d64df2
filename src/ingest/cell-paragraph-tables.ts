/**
 * Indicator tables exported from Word one cell per paragraph, blank lines between cells: a header of
 * short column names (序号, 类别, 主要指标, 2020年现状, 2025年目标, 指标属性), then rows that each start
 * with their serial number 1, 2, 3 …. A cell merged with the one above leaves an empty paragraph (three
 * blank lines instead of one); a cell may be split over two paragraphs (a category `综合` / `治理`, a header
 * `指标` / `属性`, tiered values `重点城市≥30` / `一般城市≥15`). The columns of a row are found from what its
 * paragraphs hold: the attribute last, the name (the first long text), a unit after the name, the values
 * between; category pieces between the serial and the name.
 */
import type { TableBlock, TableCell } from './blocks.js';
import type { Diagnostic } from '../schema/plan.js';
import { isAttributeCell } from './table-cells.js';

const SERIAL = /^\d{1,2}$/;
const HEADER = /^(?:序号|编号|类别|类型|领域|(?:主要)?指标(?:名称)?|指标|单位|计量单位|属性|指标属性|其中[:：]?.*|.*(?:19|20)\d{2}年.*|.*(?:目标|现状|基期|计划任务).*)$/;
const UNIT = /^(?:[%‰]|[万亿千百]?(?:公里|千米|平方米|立方米|m³|m²|个|家|项|座|所|条|处|名|人|户|套|台|件|吨|亩|元|辆|次|场|张)(?:\/[\p{Script=Han}A-Za-z]{1,3})?)$/u;
const TIERED = /^[\p{Script=Han}]{1,8}\s*[≥≤><＞＜]\s*\d/u;
const MAX_HEADER_PARAGRAPHS = 14;

interface Para {
  text: string;
  line: number;
}

export interface CellParagraphScan {
  blocks: TableBlock[];
  diagnostics: Diagnostic[];
  claimed: Set<number>;
}

/** Paragraphs of lines from `from`: each non-blank line; an empty cell for each extra pair of blank lines. */
function paragraphs(lines: readonly string[], from: number, claimed: ReadonlySet<number>): Para[] {
  const out: Para[] = [];
  let blanks = 0;
  for (let i = from; i < lines.length && !claimed.has(i + 1); i++) {
    const t = lines[i].trim();
    if (!t) {
      blanks++;
      continue;
    }
    if (out.length > 0) for (let k = 3; k <= blanks; k += 2) out.push({ text: '', line: i });
    blanks = 0;
    out.push({ text: t, line: i + 1 });
    if (out.length > 400) break;
  }
  return out;
}

export function findCellParagraphTables(lines: readonly string[], rawLines: readonly string[], claimed: ReadonlySet<number>): CellParagraphScan {
  const out: CellParagraphScan = { blocks: [], diagnostics: [], claimed: new Set() };
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (claimed.has(i + 1) || out.claimed.has(i + 1) || !/^(?:序号|编号)$/.test(t)) continue;
    // one cell per paragraph: the next line is blank
    if (lines[i + 1]?.trim()) continue;
    const paras = paragraphs(lines, i, claimed);
    const table = readTable(paras);
    if (!table) continue;
    const first = i + 1;
    const last = table.endLine;
    out.blocks.push({ type: 'table', line: first, endLine: last, rows: table.rows, raw: rawLines.slice(first - 1, last).join('\n'), origin: 'text-cell-per-line' });
    out.diagnostics.push({ severity: 'info', code: 'debris.flat-table', message: `rebuilt a table of ${table.rows.length} rows from lines ${first}–${last} (one cell per paragraph, rows found by serial number)`, line: first });
    for (let l = first; l <= last; l++) out.claimed.add(l);
    i = last - 1;
  }
  return out;
}

function readTable(paras: Para[]): { rows: TableCell[][]; endLine: number } | null {
  // header: column names up to the paragraph `1`
  const firstRow = paras.findIndex((p) => p.text === '1');
  if (firstRow < 2 || firstRow > MAX_HEADER_PARAGRAPHS) return null;
  const header = joinSplitHeader(paras.slice(0, firstRow).map((p) => p.text));
  if (!header.every((h) => HEADER.test(h))) return null;
  const valueHeads = header.filter((h) => /(?:19|20)\d{2}年|目标|现状|基期|计划任务|其中/.test(h));
  if (valueHeads.length === 0) return null;
  const hasCategory = header.some((h) => /^(?:类别|类型|领域)$/.test(h));
  const hasUnit = header.some((h) => /^(?:计量)?单位$/.test(h));
  const hasAttribute = header.some((h) => /属性/.test(h));

  // rows: from serial n to serial n + 1
  const rows: Para[][] = [];
  let expected = 1;
  let start = firstRow;
  let k = firstRow + 1;
  for (; k <= paras.length; k++) {
    const p = paras[k];
    const ends = !p || p.text === String(expected + 1) || /^(?:注|备注|说明)[:：]/.test(p.text) || (p.text.length > 40 && !TIERED.test(p.text));
    if (!ends) continue;
    rows.push(paras.slice(start, k));
    if (!p || p.text !== String(expected + 1)) break;
    expected++;
    start = k;
  }
  if (rows.length < 2) return null;
  const lastRow = rows[rows.length - 1];
  // the last row ends at its attribute when the table has that column
  let lastCells = lastRow;
  if (hasAttribute) {
    const a = lastRow.findIndex((p) => isAttributeCell(p.text));
    if (a >= 0) lastCells = lastRow.slice(0, a + 1);
  }
  rows[rows.length - 1] = lastCells;
  const endLine = lastCells[lastCells.length - 1].line;

  let category = '';
  const body = rows.map((r) => {
    const texts = r.map((p) => p.text);
    const serial = texts[0];
    let rest = texts.slice(1);
    let attribute = '';
    if (hasAttribute && rest.length && isAttributeCell(rest[rest.length - 1])) attribute = rest.pop()!;
    const nameAt = rest.findIndex((t) => /\p{Script=Han}{4,}/u.test(t) && !TIERED.test(t));
    const name = nameAt >= 0 ? rest[nameAt] : '';
    const cat = rest.slice(0, Math.max(0, nameAt)).join('');
    if (cat) category = cat;
    rest = rest.slice(nameAt + 1);
    let unit = '';
    if (hasUnit && rest.length && UNIT.test(rest[0])) unit = rest.shift()!;
    const values = spread(rest, valueHeads.length);
    return [serial, ...(hasCategory ? [category] : []), name, ...(hasUnit ? [unit] : []), ...values, ...(hasAttribute ? [attribute] : [])];
  });
  const head = ['序号', ...(hasCategory ? ['类别'] : []), '指标', ...(hasUnit ? ['单位'] : []), ...valueHeads, ...(hasAttribute ? ['属性'] : [])];
  const toCells = (r: string[]) => r.map((text): TableCell => ({ text, rowSpan: 1, colSpan: 1 }));
  return { rows: [toCells(head), ...body.map(toCells)], endLine };
}

/** Header names split over two paragraphs (`指标` / `属性`) joined back when the second names nothing alone. */
function joinSplitHeader(texts: string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    if (!t) continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && /^(?:属性|名称|单位)$/.test(t) && /^(?:指标|计量)$/.test(prev)) out[out.length - 1] = prev + t;
    else out.push(t);
  }
  return out;
}

/**
 * Value paragraphs over `columns` value columns: one each when they match; tiered values
 * (`重点城市≥30`, `一般城市≥15`) of one cell are joined, consecutive tiers filling a column together.
 */
export function spread(values: string[], columns: number): string[] {
  const vs = values.filter((v, i) => v || i < columns);
  if (vs.length <= columns) return [...vs, ...Array(columns - vs.length).fill('')];
  // split the tiers evenly over the columns the plain values leave
  const plain = vs.filter((v) => !TIERED.test(v));
  const tiers = vs.filter((v) => TIERED.test(v));
  const free = columns - plain.length;
  if (free <= 0) return vs.slice(0, columns);
  const per = Math.ceil(tiers.length / free);
  const out: string[] = [];
  let t = 0;
  for (const v of vs) {
    if (!TIERED.test(v)) out.push(v);
    else if (t % per === 0) {
      out.push(tiers.slice(t, t + per).join('；'));
      t++;
    } else t++;
  }
  return out.slice(0, columns);
}
