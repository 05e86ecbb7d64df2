/**
 * Tables that a conversion flattened into plain text, rebuilt as TableBlocks. Three layouts:
 *
 * - `text-pipe`: one cell per line with a trailing ` |`, `|` alone for an empty cell and runs of pipes
 *   (`||||`) for merged/continuation cells; a caption row may come first. Cells merged down a column
 *   (a 类别 shared by several rows) appear only in the first row of the group, so later rows have
 *   fewer cells; the 序号 column tells where each row starts, and the merge becomes a rowSpan.
 *   Runs of `…|` lines that are prose (a 专栏 box flattened to text) are not tables: they stay
 *   paragraphs (marked `framed`) with the markers removed.
 * - `text-cell-per-line`: every cell on its own line starting with a tab (or a tab-only line followed
 *   by the cell text), rows separated by blank lines; the first row is the header.
 * - `text-tab` / `text-pipe` rows: several consecutive lines with the same number (≥ 2) of tab or `|`
 *   separators.
 *
 * - `text-glued` (src/ingest/glued-indicator-tables.ts): an indicator table whose cells were glued into
 *   one paragraph (`指标2015年2020年属性…比率（%）76.7＞80约束性…`); found in paragraphs after they are joined.
 *
 * Every line a table takes is inside the table's line range (its `raw` keeps the original lines);
 * cells that could not be placed are reported with their text. Each table gets a `debris.flat-table`
 * info diagnostic.
 */
import type { Block, ParagraphBlock, TableBlock, TableCell } from './blocks.js';
import type { Diagnostic } from '../schema/plan.js';
import { isPageNumberLine } from './debris.js';
import { findSerialRowTables } from './serial-tables.js';
import { findSpacedTaskTables } from './spaced-task-tables.js';
import { findCellParagraphTables } from './cell-paragraph-tables.js';
import debrisData from '../data/debris.json' with { type: 'json' };

export interface FlatTableScan {
  /** tables, and paragraphs for captions and box lines, in line order */
  blocks: Block[];
  diagnostics: Diagnostic[];
  /** 1-based lines taken by `blocks` or reported in `diagnostics` */
  claimed: Set<number>;
}

interface Token {
  text: string;
  line: number;
}

// A header cell is short and names what a column holds; data cells rarely do both.
const HEADER_WORDS: string[] = debrisData.tableHeaderWords;
const MAX_HEADER_CHARS = 12;
const YEAR_HEADER = /^(19|20)\d{2}\s*年?\s*(底|末|度)?\s*([（(][^()（）]{0,10}[)）])?\s*(目标|目标值|预期|预期值|基期|现状|现状值|规划值)?$/;
const SERIAL_HEADER = /^(序号|编号|序|No\.?|#)$/i;
const SERIAL_VALUE = /^(\d{1,3})[.、．]?$/;
// Cells of a real data table are short; a 专栏 box holds sentences.
const MAX_TABLE_CELL_CHARS = 40;
const MAX_ANY_TABLE_CELL_CHARS = 80;

function charCount(s: string): number {
  return [...s].length;
}

export function isHeaderCell(text: string): boolean {
  const t = text.trim();
  if (!t || charCount(t) > MAX_HEADER_CHARS) return false;
  if (YEAR_HEADER.test(t) || SERIAL_HEADER.test(t)) return true;
  return HEADER_WORDS.some((w) => t.includes(w));
}

function cell(text: string, rowSpan = 1, colSpan = 1): TableCell {
  return { text, rowSpan, colSpan };
}

/**
 * Find flattened tables in the lines of a text file. `lines[i]` is line i+1 after bookmark removal
 * (whitespace kept: leading tabs matter); `rawLines` are the lines as in the file, for `raw`.
 */
export function detectFlatTables(lines: readonly string[], rawLines: readonly string[] = lines): FlatTableScan {
  const scan: FlatTableScan = { blocks: [], diagnostics: [], claimed: new Set() };
  const ctx: Ctx = { lines, rawLines, scan };
  findCellPerLineTables(ctx);
  findPipeCellRuns(ctx);
  findSeparatedRowTables(ctx);
  const cellParagraphs = findCellParagraphTables(lines, rawLines, scan.claimed);
  scan.blocks.push(...cellParagraphs.blocks);
  scan.diagnostics.push(...cellParagraphs.diagnostics);
  for (const l of cellParagraphs.claimed) scan.claimed.add(l);
  // a task table aligned with spaces, before the indicator tables found by serial numbers
  const spaced = findSpacedTaskTables(lines, rawLines, scan.claimed);
  scan.blocks.push(...spaced.blocks);
  scan.diagnostics.push(...spaced.diagnostics);
  for (const l of spaced.claimed) scan.claimed.add(l);
  const serial = findSerialRowTables(lines, rawLines, scan.claimed);
  scan.blocks.push(...serial.blocks);
  scan.diagnostics.push(...serial.diagnostics);
  for (const l of serial.claimed) scan.claimed.add(l);
  scan.blocks.sort((a, b) => a.line - b.line);
  scan.diagnostics.sort((a, b) => a.line - b.line);
  return scan;
}

interface Ctx {
  lines: readonly string[];
  rawLines: readonly string[];
  scan: FlatTableScan;
}

function claim(ctx: Ctx, from: number, to: number): void {
  for (let l = from; l <= to; l++) ctx.scan.claimed.add(l);
}

function isClaimed(ctx: Ctx, index: number): boolean {
  return ctx.scan.claimed.has(index + 1);
}

function rawRange(ctx: Ctx, from: number, to: number): string {
  return ctx.rawLines.slice(from - 1, to).join('\n');
}

function isBlank(s: string): boolean {
  return s.trim() === '';
}

/** Report page-number lines found inside a table region; they are dropped, not cells. */
function pageNumberDiagnostic(line: number, text: string): Diagnostic {
  return { severity: 'info', code: 'debris.page-number', message: 'removed a page-number line inside a flattened table', line, actual: text.trim() };
}

// ---------------------------------------------------------------------------------------------------
// Layout: one cell per line, tab-prefixed, rows separated by blank lines

const TAB_ONLY = /^[ \u3000]*\t[\t \u3000]*$/;
const TAB_CELL = /^[ \u3000]*\t[\t \u3000]*\S/;

const isTabLine = (l: string): boolean => TAB_ONLY.test(l) || TAB_CELL.test(l);

/**
 * Tables are tried from every tab line in turn, as a table may start after a few stray tab lines. The
 * region read from a later tab line is a suffix of the region read from the first one (each step of the
 * scan depends only on the line it is at), so the lines are scanned once and every start is judged from
 * counts over that one scan; rescanning from each tab line was quadratic in the region's length.
 */
function findCellPerLineTables(ctx: Ctx): void {
  const { lines } = ctx;
  let nextCell = new Map<number, boolean>();
  for (let i = 0; i < lines.length; i++) {
    if (isClaimed(ctx, i) || !isTabLine(lines[i])) continue;
    const scan = scanCellPerLine(ctx, i, nextCell);
    let region: CellPerLineRegion | null = null;
    for (const from of tableStarts(scan)) {
      const r = regionFrom(scan, from);
      if (buildCellPerLineTable(ctx, r)) {
        region = r;
        break;
      }
    }
    if (region) {
      i = region.end - 1;
      nextCell = new Map(); // lines are claimed now: answers about them may change
      continue;
    }
    // no start of this scan makes a table: go on after its last tab line, as trying each did
    i = scan.tokenLine[scan.tokens.length - 1];
  }
}

interface CellPerLineRegion {
  start: number; // 0-based first line
  end: number; // 0-based last line
  groups: Token[][];
  pageNumbers: Token[];
  tabLines: number;
}

/** The cells of a scan from its first tab line: one token per tab line, groups split at blank lines. */
interface CellPerLineScan {
  tokens: Token[];
  /** 0-based line of the tab line each token comes from (a region may start there) */
  tokenLine: number[];
  /** group of each token, and each group's token range [groupStart, groupEnd) */
  groupOf: number[];
  groupStart: number[];
  groupEnd: number[];
  pageNumbers: Token[];
  /** for each page-number line, how many tokens come before it */
  pageAfter: number[];
  /** 0-based last line taken */
  end: number;
}

function scanCellPerLine(ctx: Ctx, start: number, nextCell: Map<number, boolean>): CellPerLineScan {
  const { lines } = ctx;
  const scan: CellPerLineScan = { tokens: [], tokenLine: [], groupOf: [], groupStart: [], groupEnd: [], pageNumbers: [], pageAfter: [], end: start };
  let groupOpen = false;
  const push = (token: Token, line: number): void => {
    if (!groupOpen) {
      scan.groupStart.push(scan.tokens.length);
      scan.groupEnd.push(scan.tokens.length);
      groupOpen = true;
    }
    scan.groupOf.push(scan.groupStart.length - 1);
    scan.tokens.push(token);
    scan.tokenLine.push(line);
    scan.groupEnd[scan.groupEnd.length - 1] = scan.tokens.length;
  };
  // whether the next non-blank, non-page-number line from `from` is a cell; remembered for every line
  // passed over, so a run of blank lines is looked through once, not once per blank line
  const nextContentIsCell = (from: number): boolean => {
    let k = from;
    let answer = false;
    for (; k < lines.length; k++) {
      const known = nextCell.get(k);
      if (known !== undefined) {
        answer = known;
        break;
      }
      if (isClaimed(ctx, k)) break;
      if (isTabLine(lines[k])) {
        answer = true;
        break;
      }
      if (!isBlank(lines[k]) && !isPageNumberLine(lines[k])) break;
    }
    for (let m = from; m < k; m++) nextCell.set(m, answer);
    return answer;
  };
  let i = start;
  while (i < lines.length && !isClaimed(ctx, i)) {
    const l = lines[i];
    if (TAB_ONLY.test(l)) {
      const next = lines[i + 1];
      // a tab-only line followed by plain text: the cell's text moved to its own line (header cells)
      if (next !== undefined && !isClaimed(ctx, i + 1) && !isBlank(next) && !TAB_CELL.test(next) && !TAB_ONLY.test(next)) {
        push({ text: next.trim(), line: i + 2 }, i);
        scan.end = i + 1;
        i += 2;
        continue;
      }
      push({ text: '', line: i + 1 }, i);
      scan.end = i;
      i++;
      continue;
    }
    if (TAB_CELL.test(l)) {
      push({ text: l.trim(), line: i + 1 }, i);
      scan.end = i;
      i++;
      continue;
    }
    if (isBlank(l) || isPageNumberLine(l)) {
      if (!nextContentIsCell(i + 1)) break;
      if (isBlank(l)) groupOpen = false;
      else {
        scan.pageNumbers.push({ text: l, line: i + 1 });
        scan.pageAfter.push(scan.tokens.length);
      }
      i++;
      continue;
    }
    break;
  }
  return scan;
}

/** The region a scan from token `from`'s tab line reads: the tokens from there on. */
function regionFrom(scan: CellPerLineScan, from: number): CellPerLineRegion {
  const k = scan.groupOf[from];
  const groups: Token[][] = [scan.tokens.slice(from, scan.groupEnd[k])];
  for (let g = k + 1; g < scan.groupStart.length; g++) groups.push(scan.tokens.slice(scan.groupStart[g], scan.groupEnd[g]));
  return {
    start: scan.tokenLine[from],
    end: scan.end,
    groups,
    pageNumbers: scan.pageNumbers.filter((_, p) => scan.pageAfter[p] > from),
    tabLines: scan.tokens.length - from,
  };
}

/**
 * The tokens whose region buildCellPerLineTable() accepts, judged without building: the same tests on
 * prefix counts (the build still decides; these only spare building the regions that cannot be tables). The row test needs, for the header's width w, how many rows the later groups
 * make and how many are full; a group of length L adds to those only for widths dividing L, so the
 * groups are added from the last one back and each start is answered when its group is reached.
 */
function tableStarts(scan: CellPerLineScan): number[] {
  const n = scan.tokens.length;
  const groups = scan.groupStart.length;
  if (groups < 2 || n < 4) return [];
  const filledBefore = new Int32Array(n + 1);
  const shortBefore = new Int32Array(n + 1);
  scan.tokens.forEach((t, k) => {
    const filled = t.text !== '';
    filledBefore[k + 1] = filledBefore[k] + (filled ? 1 : 0);
    shortBefore[k + 1] = shortBefore[k] + (filled && charCount(t.text) <= MAX_TABLE_CELL_CHARS ? 1 : 0);
  });
  // full[w]: full rows of width w in the groups added so far; extra[w]: rows beyond one per group
  const full = new Map<number, number>();
  const extra = new Map<number, number>();
  const accepted = new Uint8Array(n);
  for (let g = groups - 1; g >= 0; g--) {
    const from = scan.groupStart[g];
    const to = scan.groupEnd[g];
    for (let s = from; s < to; s++) {
      const later = groups - g - 1;
      if (later < 1 || n - s < 4) continue; // readCellPerLineRegion: fewer than 2 groups or 4 tab lines
      const width = to - s;
      if (width < 2 || filledBefore[to] - filledBefore[s] === 0) continue;
      const filled = filledBefore[n] - filledBefore[s];
      const short = shortBefore[n] - shortBefore[s];
      if (filled < 4 || short / filled < 0.8) continue;
      const fullRows = full.get(width) ?? 0;
      const dataRows = later + (extra.get(width) ?? 0);
      if (fullRows === 0 || fullRows * 2 < dataRows) continue;
      accepted[s] = 1;
    }
    // a group of length L is L/w full rows for each width w dividing L (one row when w = L)
    const len = to - from;
    for (let d = 1; d * d <= len; d++) {
      if (len % d !== 0) continue;
      for (const w of d * d === len ? [d] : [d, len / d]) {
        full.set(w, (full.get(w) ?? 0) + len / w);
        if (w < len) extra.set(w, (extra.get(w) ?? 0) + len / w - 1);
      }
    }
  }
  const starts: number[] = [];
  accepted.forEach((a, s) => {
    if (a) starts.push(s);
  });
  return starts;
}
function buildCellPerLineTable(ctx: Ctx, region: CellPerLineRegion): boolean {
  const header = region.groups[0];
  const width = header.length;
  if (width < 2 || header.every((t) => !t.text)) return false;
  const all = region.groups.flat();
  const filled = all.filter((t) => t.text);
  const short = filled.filter((t) => charCount(t.text) <= MAX_TABLE_CELL_CHARS).length;
  if (filled.length < 4 || short / filled.length < 0.8) return false;

  const diagnostics: Diagnostic[] = [];
  const rowsOfTokens: Token[][] = [header];
  for (const g of region.groups.slice(1)) {
    // several rows without a blank line between them: split by the header's width
    if (g.length > width && g.length % width === 0) {
      for (let k = 0; k < g.length; k += width) rowsOfTokens.push(g.slice(k, k + width));
    } else rowsOfTokens.push(g);
  }
  // Rows of a real table mostly have the header's width; groups of tab-indented prose do not.
  const dataRows = rowsOfTokens.slice(1);
  const fullRows = dataRows.filter((g) => g.length === width).length;
  if (fullRows === 0 || fullRows * 2 < dataRows.length) return false;
  const rows = assembleRows(rowsOfTokens, width, diagnostics);
  const first = region.start + 1;
  const last = region.end + 1;
  const table: TableBlock = {
    type: 'table',
    line: first,
    endLine: last,
    rows,
    raw: rawRange(ctx, first, last),
    origin: 'text-cell-per-line',
  };
  ctx.scan.blocks.push(table);
  ctx.scan.diagnostics.push(
    {
      severity: 'info',
      code: 'debris.flat-table',
      message: `rebuilt a table of ${rows.length} rows × ${width} columns from lines ${first}–${last} (one cell per line, tab-marked, rows separated by blank lines)`,
      line: first,
    },
    ...diagnostics,
    ...region.pageNumbers.map((t) => pageNumberDiagnostic(t.line, t.text)),
  );
  claim(ctx, first, last);
  return true;
}

/**
 * Rows of cells to a rectangular table: a row with fewer cells than the header continues the leading
 * cells of the row above (merged down, becomes rowSpan); surplus cells are reported.
 */
function assembleRows(rowsOfTokens: Token[][], width: number, diagnostics: Diagnostic[]): TableCell[][] {
  const rows: TableCell[][] = [];
  // owner[c]: the cell that covers column c in the latest row (for extending rowSpan)
  let owner: TableCell[] = [];
  rowsOfTokens.forEach((tokens, r) => {
    let own = tokens;
    if (own.length > width) {
      const extra = own.slice(width);
      diagnostics.push({
        severity: 'warning',
        code: 'debris.flat-table-extra-cells',
        message: `row ${r + 1} of a flattened table has ${own.length} cells but the header has ${width}; the last ${extra.length} were left out of the table`,
        line: extra[0].line,
        actual: extra.map((t) => t.text).join(' | '),
      });
      own = own.slice(0, width);
    }
    const missing = width - own.length;
    const row: TableCell[] = [];
    const nextOwner: TableCell[] = [];
    if (missing > 0 && r > 0 && owner.length === width) {
      // the first `missing` columns are covered by the cells above: extend each once
      const extended = new Set<TableCell>();
      for (let c = 0; c < missing; c++) {
        if (!extended.has(owner[c])) owner[c].rowSpan++;
        extended.add(owner[c]);
        nextOwner[c] = owner[c];
      }
      own.forEach((t, k) => {
        const ce = cell(t.text);
        row.push(ce);
        nextOwner[missing + k] = ce;
      });
    } else {
      own.forEach((t, k) => {
        const ce = cell(t.text);
        row.push(ce);
        nextOwner[k] = ce;
      });
      if (missing > 0) {
        diagnostics.push({
          severity: 'warning',
          code: 'debris.flat-table-short-row',
          message: `row ${r + 1} of a flattened table has ${own.length} cells but the header has ${width}; padded with empty cells`,
          line: own[0]?.line ?? 0,
        });
        for (let k = own.length; k < width; k++) {
          const ce = cell('');
          row.push(ce);
          nextOwner[k] = ce;
        }
      }
    }
    owner = nextOwner;
    rows.push(row);
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Layout: one cell per line with a trailing ` |`

/** A line that is one flattened cell: `text |`, `|` alone (empty cell) or only pipes (`||||`). */
function pipeCellLine(line: string): { text: string; pipes: number } | null {
  const t = line.trim();
  if (!t.endsWith('|')) return null;
  if (/^\|+$/.test(t)) return { text: '', pipes: t.length };
  const body = t.slice(0, -1);
  if (body.includes('|')) return null; // several separators: a row, not a cell
  return { text: body.trim(), pipes: 1 };
}

interface PipeToken extends Token {
  /** >1 for a run of pipes with no text: continuation cells of a merged row, or a row marker */
  pipes: number;
}

function findPipeCellRuns(ctx: Ctx): void {
  const { lines } = ctx;
  for (let i = 0; i < lines.length; i++) {
    if (isClaimed(ctx, i) || !pipeCellLine(lines[i])) continue;
    const tokens: PipeToken[] = [];
    const pageNumbers: Token[] = [];
    let j = i;
    let end = i;
    while (j < lines.length && !isClaimed(ctx, j)) {
      const pc = pipeCellLine(lines[j]);
      if (pc) {
        tokens.push({ text: pc.text, pipes: pc.pipes, line: j + 1 });
        end = j;
        j++;
        continue;
      }
      if (isBlank(lines[j]) || isPageNumberLine(lines[j])) {
        // blank and page-number lines may sit inside a run, never at its end
        let k = j;
        while (k < lines.length && !isClaimed(ctx, k) && (isBlank(lines[k]) || isPageNumberLine(lines[k]))) k++;
        if (k < lines.length && !isClaimed(ctx, k) && pipeCellLine(lines[k])) {
          for (let m = j; m < k; m++) if (!isBlank(lines[m])) pageNumbers.push({ text: lines[m], line: m + 1 });
          j = k;
          continue;
        }
      }
      break;
    }
    handlePipeRun(ctx, tokens, pageNumbers);
    i = end;
  }
}

function handlePipeRun(ctx: Ctx, tokens: PipeToken[], pageNumbers: Token[]): void {
  // A table part, if any, comes first; sentence-long cells or a 专栏 title end it (box text follows).
  let cut = tokens.findIndex((t) => charCount(t.text) > MAX_ANY_TABLE_CELL_CHARS || /^专栏\s*\S/.test(t.text));
  if (cut < 0) cut = tokens.length;
  const tablePart = tokens.slice(0, cut);
  let used = 0;
  if (tablePart.length > 0) used = tryPipeTable(ctx, tablePart);
  const rest = tokens.slice(used);
  if (rest.length) framedParagraphs(ctx, rest);
  for (const p of pageNumbers) {
    ctx.scan.diagnostics.push(pageNumberDiagnostic(p.line, p.text));
    ctx.scan.claimed.add(p.line);
  }
}

/** Try to read a table from the start of a pipe run; returns how many tokens it used (0: none). */
function tryPipeTable(ctx: Ctx, tokens: PipeToken[]): number {
  const cells = tokens.filter((t) => t.pipes === 1);
  const filled = cells.filter((t) => t.text);
  if (filled.length < 6) return 0;
  const short = filled.filter((t) => charCount(t.text) <= MAX_TABLE_CELL_CHARS).length;
  if (short / filled.length < 0.8) return 0;

  let pos = 0;
  let caption: PipeToken | null = null;
  let widthHint = 0;
  // Caption row: a first cell followed by a run of pipes (the merged rest of its row), or a first
  // cell that is not a header cell followed by header cells.
  if (tokens.length > 1 && tokens[0].text && tokens[1].pipes > 1) {
    caption = tokens[0];
    widthHint = tokens[1].pipes + 1;
    pos = 2;
  } else if (tokens[0].text && !isHeaderCell(tokens[0].text) && tokens[1] && isHeaderCell(tokens[1].text) && tokens[2] && isHeaderCell(tokens[2].text)) {
    caption = tokens[0];
    pos = 1;
  }
  const header: PipeToken[] = [];
  while (pos < tokens.length && tokens[pos].pipes === 1 && isHeaderCell(tokens[pos].text)) header.push(tokens[pos++]);
  if (header.length < 2) return 0;
  const width = header.length;
  const data = tokens.slice(pos);
  const diagnostics: Diagnostic[] = [];
  if (widthHint && widthHint !== width) {
    diagnostics.push({
      severity: 'warning',
      code: 'debris.flat-table-width',
      message: `the caption row of a flattened table spans ${widthHint} columns but the header has ${width}`,
      line: header[0].line,
    });
  }

  const serial = header.findIndex((t) => SERIAL_HEADER.test(t.text));
  const built = (serial >= 0 ? rowsBySerial(data, width, serial, diagnostics) : null) ?? rowsByWidth(data, width, diagnostics);
  const rows = [header.map((t) => cell(t.text)), ...built.rows];

  // the table's lines start after the caption (with its pipe-run line, which belongs to the table)
  const first = caption && tokens[1].pipes > 1 ? tokens[1].line : header[0].line;
  const last = tokens[tokens.length - 1].line;
  if (caption) {
    const para: ParagraphBlock = {
      type: 'paragraph',
      line: caption.line,
      endLine: caption.line,
      text: caption.text,
      raw: ctx.rawLines[caption.line - 1],
    };
    ctx.scan.blocks.push(para);
    claim(ctx, caption.line, caption.line);
  }
  ctx.scan.blocks.push({ type: 'table', line: first, endLine: last, rows, raw: rawRange(ctx, first, last), origin: 'text-pipe' });
  const dropped = built.droppedEmpty;
  ctx.scan.diagnostics.push(
    {
      severity: 'info',
      code: 'debris.flat-table',
      message:
        `rebuilt a table of ${rows.length} rows × ${width} columns from lines ${caption ? caption.line : first}–${last} (one cell per line with \` |\` markers` +
        `${caption ? '; first line kept as its caption' : ''}${built.merged ? `; ${built.merged} merged cell${built.merged === 1 ? '' : 's'} as rowSpan` : ''}` +
        `${dropped ? `; ${dropped} stray empty marker${dropped === 1 ? '' : 's'} dropped` : ''})`,
      line: caption ? caption.line : first,
    },
    ...diagnostics,
  );
  claim(ctx, first, last);
  return tokens.length;
}

interface BuiltRows {
  rows: TableCell[][];
  merged: number;
  droppedEmpty: number;
}

/**
 * Rows anchored on the 序号 column: each row starts at the next serial number; the cells before it
 * (category columns) are either present (a new group) or absent (merged with the group above).
 */
function rowsBySerial(data: PipeToken[], width: number, serial: number, diagnostics: Diagnostic[]): BuiltRows | null {
  const after = width - serial - 1;
  const anchors: number[] = [];
  let expected: number | null = null;
  let nextFree = 0;
  for (let k = 0; k < data.length; k++) {
    if (k < nextFree || data[k].pipes !== 1) continue;
    const m = SERIAL_VALUE.exec(data[k].text);
    if (!m) continue;
    const v = Number(m[1]);
    if (expected === null) {
      const before = data.slice(0, k).filter((t) => t.text).length;
      if (before > serial) return null;
    } else if (v !== expected) {
      // numbering that restarts at 1 in each category: only right where the next row must start
      // (after its category cells and a stray marker or two), never inside a row's values
      if (!(v === 1 && k <= nextFree + serial + 2)) continue;
    }
    anchors.push(k);
    expected = v + 1;
    nextFree = k + 1 + after;
  }
  if (anchors.length < 2) return null;

  const rows: TableCell[][] = [];
  const lead: (TableCell | null)[] = new Array(serial).fill(null);
  let merged = 0;
  let droppedEmpty = 0;
  let prevEnd = 0;
  anchors.forEach((a, r) => {
    const gap = data.slice(prevEnd, a);
    droppedEmpty += gap.filter((t) => !t.text).length;
    let leading = gap.filter((t) => t.text);
    if (leading.length > serial) {
      const extra = leading.slice(0, leading.length - serial);
      diagnostics.push({
        severity: 'warning',
        code: 'debris.flat-table-extra-cells',
        message: `cells between two rows of a flattened table could not be placed`,
        line: extra[0].line,
        actual: extra.map((t) => t.text).join(' | '),
      });
      leading = leading.slice(leading.length - serial);
    }
    const row: TableCell[] = [];
    const fresh = leading.length;
    for (let c = 0; c < serial; c++) {
      const isNew = c >= serial - fresh || r === 0 || lead[c] === null;
      if (isNew) {
        const tok = c >= serial - fresh ? leading[c - (serial - fresh)] : null;
        const ce = cell(tok ? tok.text : '');
        lead[c] = ce;
        row.push(ce);
      } else {
        lead[c]!.rowSpan++;
        merged++;
      }
    }
    row.push(cell(data[a].text));
    const own = data.slice(a + 1, a + 1 + after);
    own.forEach((t) => row.push(cell(t.text)));
    if (own.length < after) {
      diagnostics.push({
        severity: 'warning',
        code: 'debris.flat-table-short-row',
        message: `the last row of a flattened table has ${own.length + 1} of ${after + 1} cells after 序号; padded with empty cells`,
        line: data[a].line,
      });
      for (let k = own.length; k < after; k++) row.push(cell(''));
    }
    rows.push(row);
    prevEnd = a + 1 + after;
  });
  const trailing = data.slice(prevEnd);
  droppedEmpty += trailing.filter((t) => !t.text).length;
  const lost = trailing.filter((t) => t.text);
  if (lost.length) {
    diagnostics.push({
      severity: 'warning',
      code: 'debris.flat-table-extra-cells',
      message: `cells after the last row of a flattened table could not be placed`,
      line: lost[0].line,
      actual: lost.map((t) => t.text).join(' | '),
    });
  }
  return { rows, merged, droppedEmpty };
}

/** Rows without a 序号 column: split at pipe-run markers if any, else every `width` cells. */
function rowsByWidth(data: PipeToken[], width: number, diagnostics: Diagnostic[]): BuiltRows {
  const groups: PipeToken[][] = [];
  let cur: PipeToken[] = [];
  const markers = data.some((t) => t.pipes > 1);
  for (const t of data) {
    if (t.pipes > 1) {
      if (cur.length) groups.push(cur);
      cur = [];
      continue;
    }
    cur.push(t);
    if (!markers && cur.length === width) {
      groups.push(cur);
      cur = [];
    }
  }
  if (cur.length) groups.push(cur);
  return { rows: assembleRows(groups, width, diagnostics), merged: 0, droppedEmpty: 0 };
}

/** Prose in `…|` lines (a box flattened to text): paragraphs marked framed, markers removed. */
function framedParagraphs(ctx: Ctx, tokens: PipeToken[]): void {
  for (const t of tokens) {
    if (t.text) {
      ctx.scan.blocks.push({ type: 'paragraph', line: t.line, endLine: t.line, text: t.text, raw: ctx.rawLines[t.line - 1], framed: true });
    } else {
      ctx.scan.diagnostics.push({
        severity: 'info',
        code: 'debris.pipe-marker',
        message: 'dropped an empty `|` cell marker (a box or table flattened to text)',
        line: t.line,
        actual: ctx.rawLines[t.line - 1].trim(),
      });
    }
    claim(ctx, t.line, t.line);
  }
  const withText = tokens.filter((t) => t.text);
  if (withText.length) {
    const a = withText[0].line;
    const b = withText[withText.length - 1].line;
    ctx.scan.diagnostics.push({
      severity: 'info',
      code: 'debris.pipe-suffix',
      message: `removed trailing \`|\` cell markers from ${withText.length} line${withText.length === 1 ? '' : 's'} (${a === b ? `line ${a}` : `lines ${a}–${b}`}): box text flattened from a one-cell table`,
      line: a,
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Layout: rows with tab or `|` separators

const MARKDOWN_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

function separatedRow(line: string): { kind: 'tab' | 'pipe'; cells: string[] } | { kind: 'rule' } | null {
  const t = line.trim();
  if (!t) return null;
  if (t.includes('\t')) {
    // a row may open with empty cells (a 类别 merged down from the row above: `\t孕产妇死亡率\t…`):
    // only spaces are trimmed, the tabs kept
    const cells = line.replace(/^[ \u3000\r]+|[ \u3000\r]+$/g, '').split('\t').map((c) => c.trim());
    return cells.length >= 3 ? { kind: 'tab', cells } : null;
  }
  if (MARKDOWN_RULE.test(t) && t.includes('|')) return { kind: 'rule' };
  if ((t.match(/\|/g)?.length ?? 0) >= 2) {
    const inner = t.replace(/^\|/, '').replace(/\|$/, '');
    const cells = inner.split('|').map((c) => c.trim());
    if (cells.length >= 3 && cells.some((c) => c)) return { kind: 'pipe', cells };
  }
  return null;
}

/**
 * A row whose last cells are empty, as its line was written: `高新技术企业数量|家|860|950|1200|` (a pipe
 * ends a row not opened by one: the empty cell after it) or a tab row ending in tabs (trimmed away). The
 * row padded to the table's width, or null when the line is not such a row of it.
 */
function withTrailingEmptyCells(line: string, kind: 'tab' | 'pipe', cells: string[], width: number): string[] | null {
  if (cells.length === width) return cells;
  if (cells.length > width) return null;
  const t = line.replace(/[ \u3000]+$/, '');
  const missing = width - cells.length;
  if (kind === 'tab') {
    const trailingTabs = /\t*$/.exec(t)![0].length;
    return trailingTabs >= missing ? [...cells, ...Array<string>(missing).fill('')] : null;
  }
  // `a|b|c|` with no opening pipe: the trailing pipe separates an empty last cell
  return missing === 1 && t.endsWith('|') && !t.trimStart().startsWith('|') ? [...cells, ''] : null;
}

function findSeparatedRowTables(ctx: Ctx): void {
  const { lines } = ctx;
  for (let i = 0; i < lines.length; i++) {
    if (isClaimed(ctx, i)) continue;
    const first = separatedRow(lines[i]);
    if (!first || first.kind === 'rule') continue;
    const rows: string[][] = [first.cells];
    let j = i + 1;
    let end = i;
    while (j < lines.length && !isClaimed(ctx, j)) {
      const r = separatedRow(lines[j]);
      if (!r) break;
      if (r.kind === 'rule') {
        if (first.kind !== 'pipe') break;
      } else if (r.kind !== first.kind) break;
      else {
        const cells = withTrailingEmptyCells(lines[j], r.kind, r.cells, first.cells.length);
        if (!cells) break;
        rows.push(cells);
      }
      end = j;
      j++;
    }
    if (rows.length < 2) continue;
    const from = i + 1;
    const to = end + 1;
    ctx.scan.blocks.push({
      type: 'table',
      line: from,
      endLine: to,
      rows: rows.map((r) => r.map((c) => cell(c))),
      raw: rawRange(ctx, from, to),
      origin: first.kind === 'tab' ? 'text-tab' : 'text-pipe',
    });
    ctx.scan.diagnostics.push({
      severity: 'info',
      code: 'debris.flat-table',
      message: `rebuilt a table of ${rows.length} rows × ${first.cells.length} columns from lines ${from}–${to} (${first.kind === 'tab' ? 'tab' : '`|`'}-separated rows)`,
      line: from,
    });
    claim(ctx, from, to);
    i = end;
  }
}
