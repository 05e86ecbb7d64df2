/**
 * Tables of a PDF page, rebuilt from the ruling lines the page draws. Horizontal and vertical rules
 * that touch form one grid; the grid's distinct rule positions give its rows and columns; two
 * neighbouring grid cells with no rule between them are one merged cell (rowSpan/colSpan). Each text
 * run goes to the cell that holds its centre; a cell's runs are read line by line.
 *
 * A ruled grid of one cell is a box (a 专栏 frame), not a table: its text stays paragraphs, marked framed.
 */
import type { TableCell } from './blocks.js';
import type { Rule, TextRun } from './pdf-load.js';
import { joinWrapped, linesOf } from './pdf-lines.js';

export interface PdfTable {
  page: number;
  /** bounding box, PDF units */
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** column boundaries, left to right */
  xs: number[];
  rows: TableCell[][];
}

export interface PdfBox {
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** the box's text read as one cell */
  text: string;
}

/** Distance (PDF units) within which two rule ends or positions are the same. */
const SNAP = 2.5;

interface HRule { y: number; x0: number; x1: number }
interface VRule { x: number; y0: number; y1: number }

function splitRules(rules: Rule[]): { h: HRule[]; v: VRule[] } {
  const h: HRule[] = [];
  const v: VRule[] = [];
  for (const r of rules) {
    if (Math.abs(r.y1 - r.y0) <= SNAP && r.x1 - r.x0 > SNAP) h.push({ y: (r.y0 + r.y1) / 2, x0: r.x0, x1: r.x1 });
    else if (Math.abs(r.x1 - r.x0) <= SNAP && r.y1 - r.y0 > SNAP) v.push({ x: (r.x0 + r.x1) / 2, y0: r.y0, y1: r.y1 });
  }
  return { h, v };
}

/** Positions within SNAP of each other are one (their mean). */
function distinct(values: number[]): number[] {
  const sorted = values.slice().sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, x) => s + x, 0) / g.length);
}

/** Groups of rules that touch or cross each other (one table each). */
function connectedGrids(h: HRule[], v: VRule[]): Array<{ h: HRule[]; v: VRule[] }> {
  const n = h.length + v.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number): void => void (parent[find(a)] = find(b));
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      const a = h[i];
      const b = v[j];
      if (b.x >= a.x0 - SNAP && b.x <= a.x1 + SNAP && a.y >= b.y0 - SNAP && a.y <= b.y1 + SNAP) union(i, h.length + j);
    }
  }
  const groups = new Map<number, { h: HRule[]; v: VRule[] }>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const g = groups.get(root) ?? { h: [], v: [] };
    if (i < h.length) g.h.push(h[i]);
    else g.v.push(v[i - h.length]);
    groups.set(root, g);
  }
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

const SENTENCE_END = /[。！？!?；;][”’」』）)]*$/;

/**
 * The text of one cell: its lines joined across wraps; a line that ends a sentence short of the
 * cell's right edge, or a next line indented, ends a paragraph of the cell (kept as a newline, as in
 * a .docx cell).
 */
export function cellText(runs: TextRun[], page: number): string {
  const lines = linesOf(runs, page);
  if (!lines.length) return '';
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  let text = lines[0].text;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    const ends = SENTENCE_END.test(a.text) && right - a.x1 > 1.5 * a.size;
    const indented = b.x0 - left > 1.5 * b.size;
    text = ends || indented ? `${text}\n${b.text}` : joinWrapped(text, b.text);
  }
  return text;
}

const covers = (lo: number, hi: number, a: number, b: number): boolean => lo <= Math.min(a, b) + SNAP && hi >= Math.max(a, b) - SNAP;

export interface PageTables {
  tables: PdfTable[];
  boxes: PdfBox[];
  /** runs not inside any table (boxes keep theirs: box text is paragraphs) */
  rest: TextRun[];
}

export function tablesOfPage(page: number, runs: TextRun[], rules: Rule[]): PageTables {
  const { h, v } = splitRules(rules);
  const tables: PdfTable[] = [];
  const boxes: PdfBox[] = [];
  let rest = runs;
  for (const g of connectedGrids(h, v)) {
    const xs = distinct(g.v.map((r) => r.x));
    const ys = distinct(g.h.map((r) => r.y)).reverse(); // top first
    if (xs.length < 2 || ys.length < 2) continue;
    const [x0, x1, top, bottom] = [xs[0], xs[xs.length - 1], ys[0], ys[ys.length - 1]];
    if (xs.length === 2 && ys.length === 2) {
      // one cell: a frame; its text stays paragraphs unless it continues a table (see continueTable)
      const inside = rest.filter((run) => run.x + run.width / 2 >= x0 && run.x + run.width / 2 <= x1 && run.y <= top && run.y >= bottom);
      boxes.push({ page, x0, x1, top, bottom, text: cellText(inside, page) });
      continue;
    }
    const nr = ys.length - 1;
    const nc = xs.length - 1;
    // a boundary is drawn when some rule runs along it over the whole side of the grid cell
    const vAt = (c: number, r: number): boolean => g.v.some((x) => Math.abs(x.x - xs[c]) <= SNAP && covers(x.y0, x.y1, ys[r], ys[r + 1]));
    const hAt = (r: number, c: number): boolean => g.h.some((x) => Math.abs(x.y - ys[r]) <= SNAP && covers(x.x0, x.x1, xs[c], xs[c + 1]));
    // merged cells: grow right while no rule separates, then down while the whole span is open
    const owner: number[][] = Array.from({ length: nr }, () => Array(nc).fill(-1));
    const cells: Array<{ r: number; c: number; rs: number; cs: number; runs: TextRun[] }> = [];
    for (let r = 0; r < nr; r++) {
      for (let c = 0; c < nc; c++) {
        if (owner[r][c] >= 0) continue;
        let cs = 1;
        while (c + cs < nc && owner[r][c + cs] < 0 && !vAt(c + cs, r)) cs++;
        let rs = 1;
        while (r + rs < nr) {
          let open = true;
          for (let k = c; k < c + cs; k++) if (hAt(r + rs, k) || owner[r + rs][k] >= 0) open = false;
          if (!open) break;
          rs++;
        }
        const id = cells.length;
        cells.push({ r, c, rs, cs, runs: [] });
        for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) owner[r + dr][c + dc] = id;
      }
    }
    const kept: TextRun[] = [];
    for (const run of rest) {
      const cx = run.x + run.width / 2;
      const cy = run.y + run.size * 0.35;
      if (cx < x0 || cx > x1 || cy > top || cy < bottom) {
        kept.push(run);
        continue;
      }
      const c = xs.findIndex((x, i) => i < nc && cx >= x && cx <= xs[i + 1]);
      const r = ys.findIndex((y, i) => i < nr && cy <= y && cy >= ys[i + 1]);
      if (c < 0 || r < 0) kept.push(run);
      else cells[owner[r][c]].runs.push(run);
    }
    rest = kept;
    const rows: TableCell[][] = Array.from({ length: nr }, () => []);
    for (const cell of cells) {
      const text = cellText(cell.runs, page);
      rows[cell.r].push({ text, rowSpan: cell.rs, colSpan: cell.cs });
    }
    tables.push({ page, x0, x1, top, bottom, xs, rows: rows.filter((r) => r.length > 0) });
  }
  return { tables, boxes, rest };
}

/**
 * Whether a table at the top of a page continues one at the bottom of the page before: same columns.
 * A row cut by the page break leaves its first cells empty on the new page; those rows are joined.
 */
export function continueTable(prev: PdfTable, next: PdfTable): boolean {
  if (prev.xs.length !== next.xs.length) return false;
  if (!prev.xs.every((x, i) => Math.abs(x - next.xs[i]) <= 2 * SNAP)) return false;
  const last = prev.rows[prev.rows.length - 1];
  const first = next.rows[0];
  const simple = (row: TableCell[] | undefined): boolean => !!row && row.every((c) => c.rowSpan === 1 && c.colSpan === 1);
  const nc = prev.xs.length - 1;
  if (simple(last) && simple(first) && last.length === nc && first.length === nc) {
    const cut = first.some((c, i) => c.text === '' && last[i].text !== '') && first.some((c) => c.text !== '');
    if (cut && first[0].text === '') {
      first.forEach((c, i) => (last[i].text = joinWrapped(last[i].text, c.text)));
      next.rows.shift();
    }
  }
  prev.rows.push(...next.rows);
  return true;
}

/**
 * Whether a one-cell box at the top of a page continues a table whose last row is one cell as wide
 * (a 专栏 whose content the page break cut): the box's text is appended to that cell.
 */
export function continueTableWithBox(prev: PdfTable, box: PdfBox): boolean {
  const last = prev.rows[prev.rows.length - 1];
  const nc = prev.xs.length - 1;
  if (!last || last.length !== 1 || last[0].colSpan !== nc) return false;
  if (Math.abs(prev.x0 - box.x0) > 2 * SNAP || Math.abs(prev.x1 - box.x1) > 2 * SNAP) return false;
  last[0].text = joinWrapped(last[0].text, box.text);
  return true;
}
