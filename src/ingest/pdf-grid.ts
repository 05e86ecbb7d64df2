/**
 * Tables drawn without ruling lines, rebuilt from the positions of their text: three or more
 * consecutive lines, each split by wide gaps into two or more segments, whose segments start at the
 * same few x positions (the columns). Each line is a row; each segment goes to the column it starts
 * at (or the nearest to its left).
 *
 * A run whose last column holds only page numbers is a table of contents (`发展基础 …… 3`), not a table:
 * it stays lines, for the outline stage to recognize.
 */
import type { TableCell } from './blocks.js';
import type { PdfLine } from './pdf-lines.js';
import type { PdfTable } from './pdf-tables.js';

/** Fewest rows of a table found by positions alone (a header and two rows). */
const MIN_ROWS = 3;

export interface GridResult {
  tables: PdfTable[];
  /** the lines that are not in any table, in order */
  rest: PdfLine[];
}

/** Column starts shared by at least half of the lines (positions within 0.8 of a font size are one). */
function columnStarts(lines: PdfLine[]): number[] {
  const size = lines[0].size;
  const starts = lines.flatMap((l) => l.segments.map((s) => s.x0)).sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const x of starts) {
    const g = groups[groups.length - 1];
    if (g && x - g[g.length - 1] <= 0.8 * size) g.push(x);
    else groups.push([x]);
  }
  return groups.filter((g) => g.length * 2 >= lines.length).map((g) => Math.min(...g));
}

function asTable(lines: PdfLine[], cols: number[]): PdfTable | null {
  const size = lines[0].size;
  const rows: TableCell[][] = [];
  for (const l of lines) {
    const cells: string[] = cols.map(() => '');
    for (const s of l.segments) {
      let k = -1;
      for (let c = 0; c < cols.length; c++) if (s.x0 >= cols[c] - 0.8 * size) k = c;
      if (k < 0) return null;
      cells[k] = cells[k] ? `${cells[k]} ${s.text}` : s.text;
    }
    rows.push(cells.map((text) => ({ text, rowSpan: 1, colSpan: 1 })));
  }
  const last = rows.map((r) => r[r.length - 1].text);
  if (last.every((t) => /^\d{1,3}$/.test(t))) return null; // a table of contents
  const x1 = Math.max(...lines.map((l) => l.x1));
  return {
    page: lines[0].page,
    x0: cols[0],
    x1,
    top: lines[0].y + size,
    bottom: lines[lines.length - 1].y - 0.3 * size,
    xs: [...cols, x1],
    rows,
  };
}

/** Borderless tables among the lines of one page (top to bottom). */
export function gridTables(lines: PdfLine[], pitch: number): GridResult {
  const tables: PdfTable[] = [];
  const rest: PdfLine[] = [];
  let run: PdfLine[] = [];
  const flush = (): void => {
    let table: PdfTable | null = null;
    if (run.length >= MIN_ROWS) {
      const cols = columnStarts(run);
      if (cols.length >= 2) table = asTable(run, cols);
    }
    if (table) tables.push(table);
    else rest.push(...run);
    run = [];
  };
  for (const l of lines) {
    const prev = run[run.length - 1];
    const joins = l.segments.length >= 2 && (!prev || (prev.y - l.y <= 2 * Math.max(pitch, l.size * 1.2) && Math.abs(prev.size - l.size) < 0.15 * l.size));
    if (!joins) {
      flush();
      if (l.segments.length >= 2) run.push(l);
      else rest.push(l);
      continue;
    }
    run.push(l);
  }
  flush();
  rest.sort((a, b) => b.y - a.y);
  return { tables, rest };
}
