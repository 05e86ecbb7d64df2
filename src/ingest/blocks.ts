/**
 * The block model every input format is reduced to. Later stages never look at bytes, HTML or docx XML:
 * only at blocks. Every block carries `line` (1-based line of the normalized text for .txt, 1-based
 * paragraph index for .docx/.html/.pdf/.doc) so every message downstream can point back to its source;
 * a PDF block also keeps the page it starts on.
 */
import type { PageMeta } from './page-meta-table.js';
import type { Diagnostic } from '../schema/plan.js';

export interface TableCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

export interface ParagraphBlock {
  type: 'paragraph';
  line: number;
  endLine: number;
  /** text after debris repair; numbering recovered from Word's automatic lists is prefixed here */
  text: string;
  /** the text as found in the source (before repairs) */
  raw: string;
  /** true when the source marked it as a heading (docx Heading style, html h1–h6) */
  heading?: number;
  /**
   * true when the text sat inside a frame or one-cell table in the source (a 专栏 box flattened to
   * `…|` lines in .txt); consecutive framed paragraphs belong to one box
   */
  framed?: boolean;
  /** docx: the number Word's automatic numbering shows before a heading ("二、"), also prefixed to `text` */
  number?: string | null;
  /** pdf: the page the paragraph starts on (1-based) */
  page?: number;
}

export interface ListItemBlock {
  type: 'listItem';
  line: number;
  endLine: number;
  /** text with the recovered number prefixed ("一、加强保护"), so the outline sees what the reader saw */
  text: string;
  raw: string;
  /** recovered number as displayed ("一、", "1."); null when it could not be recovered */
  number: string | null;
  /** 0-based list nesting level from the source */
  depth: number;
  /** pdf: the page the item starts on (1-based) */
  page?: number;
}

export interface TableBlock {
  type: 'table';
  line: number;
  endLine: number;
  rows: TableCell[][];
  raw: string;
  /** how the table was found: a real table element, or rebuilt from flattened text */
  origin: 'docx' | 'html' | 'pdf' | 'doc' | 'text-pipe' | 'text-cell-per-line' | 'text-tab' | 'text-glued';
  /** pdf: the page the table starts on (1-based) */
  page?: number;
}

export type Block = ParagraphBlock | ListItemBlock | TableBlock;

export interface IngestResult {
  format: 'txt' | 'docx' | 'html' | 'pdf' | 'doc';
  encoding: string;
  /** number of lines (txt) or paragraphs (docx/html) of the normalized text */
  lineCount: number;
  /** the normalized source lines (1-based positions = index + 1); for docx/html one per paragraph */
  lines: string[];
  blocks: Block[];
  diagnostics: Diagnostic[];
  /** a web page's metadata table (发文机关, 成文日期, 发文字号 …), kept out of the blocks (html only) */
  pageMeta?: PageMeta;
}

export function blockText(block: Block): string {
  if (block.type === 'table') return block.rows.map((r) => r.map((c) => c.text).join('\t')).join('\n');
  return block.text;
}

/**
 * A table's cells laid out as the reader sees them: a cell spanning rows or columns repeats its text in
 * every position it covers. Rows come out as long as their last covered position (no padding); a
 * rowSpan reaching past the last row adds rows.
 */
export function spanGrid(rows: TableCell[][], text: (cell: TableCell) => string = (cell) => cell.text): (string | undefined)[][] {
  const grid: (string | undefined)[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r][c] !== undefined) c++;
      const rs = Math.max(1, cell.rowSpan || 1);
      const cs = Math.max(1, cell.colSpan || 1);
      for (let dr = 0; dr < rs; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cs; dc++) grid[r + dr][c + dc] = text(cell);
      }
      c += cs;
    }
  });
  return grid;
}
