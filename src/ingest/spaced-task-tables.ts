/**
 * Task tables a text export laid out with spaces (`pdftotext -layout`, a table copied as aligned text):
 *   序号  工作任务              牵头单位    配合单位            完成时限
 *   1     开展背街小巷环境整治  区城管局    各街道办事处        2025年9月底前
 * A header line of three or more column names apart by runs of spaces, one of them naming the units
 * responsible (牵头单位, 责任部门 …); then rows numbered 1, 2, 3 … at the line start, whose cells are apart
 * by runs of two or more spaces (or a full-width space). A row with as many cells as the header is read
 * in order; a row with fewer (an empty cell) places each cell under the header column nearest its start,
 * counted in display columns (a Chinese character takes two). A line with no serial number whose cells
 * stand under the columns is the rest of cells wrapped from the row above. Any other line ends the table.
 */
import type { TableBlock, TableCell } from './blocks.js';
import type { Diagnostic } from '../schema/plan.js';
import cues from '../data/responsibility.json' with { type: 'json' };
import { escapeRe } from '../nlp/regex.js';

const CELL_GAP = /(?: {2,}|\t|　+)/;
/** words of a column header in a task table */
const HEADER_CELL = /^(?:序\s*号|编\s*号|.{0,6}(?:任务|举措|措施|事项|内容|目标|工作|项目)|.{0,4}(?:单位|部门|处室)|.{0,2}(?:时限|时间|时间节点|进度安排|备注))$/;
// a column of units responsible names their role (牵头单位, 责任部门, 主要责任单位, 牵头处室); `单位` alone or
// `计量单位` is a unit of measure
const ROLE_LABELS = [...cues.leadLabels, ...cues.supportLabels].filter((l) => /单位|部门/.test(l));
const UNIT_COLUMN = new RegExp(`${ROLE_LABELS.map(escapeRe).join('|')}|(?:牵头|责任|配合)处室`);
const MAX_HEADER_LINE = 160;
const ROW = /^\s*(\d{1,3})[.、．]?(?: |\t|　)/;
const MIN_ROWS = 2;

export interface SpacedTableScan {
  blocks: TableBlock[];
  diagnostics: Diagnostic[];
  claimed: Set<number>;
}

interface Column {
  text: string;
  /** display column where the text starts */
  at: number;
}

const cell = (text: string): TableCell => ({ text, rowSpan: 1, colSpan: 1 });

/** Display width of a string: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** The cells of a line apart by runs of spaces, each with its display column. */
function columns(line: string): Column[] {
  const out: Column[] = [];
  const re = new RegExp(CELL_GAP.source, 'g');
  let from = 0;
  const push = (end: number) => {
    const raw = line.slice(from, end);
    const text = raw.trim();
    if (text) out.push({ text, at: width(line.slice(0, from)) + width(raw) - width(raw.trimStart()) });
  };
  for (let m = re.exec(line); m; m = re.exec(line)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(line.length);
  return out;
}

function headerOf(line: string): Column[] | null {
  const t = line.trim();
  if (t.length > MAX_HEADER_LINE || !CELL_GAP.test(t)) return null;
  const names = t.split(CELL_GAP);
  if (names.length < 3 || !names.every((c) => HEADER_CELL.test(c)) || !names.some((c) => UNIT_COLUMN.test(c))) return null;
  return columns(line);
}

/** A row's cells placed under the header: in order when as many, else each under the nearest column. */
function place(cols: Column[], header: Column[]): string[] | null {
  if (cols.length === header.length) return cols.map((c) => c.text);
  if (cols.length > header.length) return null;
  const out = header.map(() => '');
  for (const c of cols) {
    let best = 0;
    for (let k = 1; k < header.length; k++) if (Math.abs(header[k].at - c.at) < Math.abs(header[best].at - c.at)) best = k;
    if (out[best]) return null;
    out[best] = c.text;
  }
  return out;
}

/** Find space-aligned task tables among the lines not claimed yet. Lines are 1-based in the result. */
export function findSpacedTaskTables(lines: readonly string[], rawLines: readonly string[], claimed: ReadonlySet<number>): SpacedTableScan {
  const out: SpacedTableScan = { blocks: [], diagnostics: [], claimed: new Set() };
  for (let i = 0; i < lines.length; i++) {
    if (claimed.has(i + 1)) continue;
    const header = headerOf(lines[i]);
    if (!header) continue;
    const rows: string[][] = [];
    let j = i + 1;
    let expected = 1;
    let end = i;
    for (; j < lines.length && !claimed.has(j + 1) && lines[j].trim(); j++) {
      const m = ROW.exec(lines[j]);
      const cells = place(columns(lines[j]), header);
      if (!cells) break;
      if (m && Number(m[1]) === expected) {
        rows.push(cells);
        expected++;
      } else if (!m && rows.length > 0) {
        // a cell wrapped onto the next line: its rest stands under its column with no serial number
        const row = rows[rows.length - 1];
        cells.forEach((c, k) => (row[k] += c));
      } else break;
      end = j;
    }
    if (rows.length < MIN_ROWS) continue;
    const first = i + 1;
    const last = end + 1;
    out.blocks.push({ type: 'table', line: first, endLine: last, rows: [header.map((h) => cell(h.text)), ...rows.map((r) => r.map(cell))], raw: rawLines.slice(first - 1, last).join('\n'), origin: 'text-tab' });
    out.diagnostics.push({ severity: 'info', code: 'debris.flat-table', message: `rebuilt a table of ${rows.length + 1} rows × ${header.length} columns from lines ${first}–${last} (cells apart by runs of spaces)`, line: first });
    for (let l = first; l <= last; l++) out.claimed.add(l);
    i = last - 1;
  }
  return out;
}
