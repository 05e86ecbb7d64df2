/**
 * HTML → blocks, shared by the .docx reader (mammoth's HTML) and the .html reader (the article of a web
 * page). One walk over the DOM collects inline text until a block boundary and emits one unit per
 * paragraph.
 *
 * Positions (`line` of a block, index into `lines`): one per text unit in document order: a p, h1–h6,
 * li, a div's own text, or one line of text separated by <br>; a table takes one position per row
 * (`lines` holds the row's cells joined by a tab), so a message about row 5 of an indicator table can
 * point at it. For .docx this is Word's paragraph order (a soft line break starts a new position, as
 * it starts a new line in a .txt export).
 *
 * The .docx reader marks each paragraph whose number Word generates with NUMBER_MARK_START + number +
 * NUMBER_MARK_END (or NUMBER_UNRECOVERED + reason + NUMBER_MARK_END) at its start; the walker moves that number into
 * ListItemBlock.number / ParagraphBlock.number and prefixes it to the text.
 */
import { splitNestedDecimalItems } from './nested-decimal-items.js';
import type { AnyNode, Element } from 'domhandler';
import type { Block, ListItemBlock, ParagraphBlock, TableBlock, TableCell } from './blocks.js';
import type { Diagnostic } from '../schema/plan.js';
import { joinSplitParagraphs, repairLineDebris, repairParagraphText, type SplitPiece } from './debris.js';

// Private-use characters: they never occur in Word's text or in a plan.
export const NUMBER_MARK_START = '\uE000';
export const NUMBER_MARK_END = '\uE001';
export const NUMBER_UNRECOVERED = '\uE002';
// \uE000number\uE001 or \uE002why-not\uE001
const LEADING_MARK = /^[\s\u00a0\u3000]*(?:\uE000([^\uE001]*)\uE001|\uE002([^\uE001]*)\uE001)/;
const ANY_MARK = /\uE000([^\uE001]*)\uE001|\uE002[^\uE001]*\uE001/g;

export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'iframe', 'object', 'embed',
  'svg', 'canvas', 'select', 'option', 'button', 'input', 'textarea', 'map', 'audio', 'video', 'img',
]);

export const BLOCK_TAGS = new Set([
  'html', 'body', 'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'td', 'th', 'caption', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'hr',
  'form', 'fieldset', 'legend', 'center', 'details', 'summary', 'menu', 'dir', 'hgroup', 'dialog',
]);

export interface WalkOptions {
  /** 'docx': numbers come from the reader's marks; 'html': <ol> numbers from its start/type attributes */
  source: 'docx' | 'html';
  /** elements whose content is not walked at all */
  skip?: (el: Element) => boolean;
  /** html: a text unit that is site furniture (print/share links) even inside the article */
  isBoilerplate?: (text: string, linkChars: number) => boolean;
  /** units to put first (the article title found outside the article container) */
  prepend?: Array<{ text: string; heading?: number }>;
}

export interface WalkResult {
  blocks: Block[];
  /** one normalized string per position */
  lines: string[];
  /** list items whose number the source hides and that could not be recovered */
  unrecovered: Array<{ line: number; reason: string }>;
  /** how many paragraphs got a number recovered from Word's automatic numbering */
  recovered: number;
  /** text units left out as boilerplate */
  dropped: string[];
}

interface UnitContext {
  kind: 'p' | 'h' | 'li';
  heading?: number;
  depth: number;
  /** html <ol>: the number a browser would show */
  listNumber?: string | null;
  ordered?: boolean;
  /** set once the list item's first unit was emitted; later units of the same li are paragraphs */
  emitted?: boolean;
  /** docx footnote/endnote body: "[3]" */
  notePrefix?: string;
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (isElement(node)) return node.children.map(textOf).join('');
  return '';
}

const CJK = '\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef';
// A line break in the HTML source between two CJK characters is not a space when rendered.
const CJK_NEWLINE = new RegExp(`([${CJK}])[ \\t\\u00a0]*[\\r\\n]+[ \\t\\u00a0]*(?=[${CJK}])`, 'g');

/** Whitespace as a browser renders it: collapsed, trimmed; no gap at a source line break inside Chinese. */
export function normalizeText(s: string): string {
  return s.replace(CJK_NEWLINE, '$1').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

export function cjkCount(s: string): number {
  let n = 0;
  for (const ch of s) if (/[\u3400-\u9fff\uf900-\ufaff]/.test(ch)) n++;
  return n;
}

function intAttr(el: Element, name: string): number {
  const n = Number.parseInt(el.attribs[name] ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

function htmlListNumber(li: Element): string | null {
  const list = li.parent && isElement(li.parent as AnyNode) ? (li.parent as Element) : null;
  if (!list || list.name !== 'ol') return null;
  let n = Number.parseInt(list.attribs.start ?? '1', 10);
  if (!Number.isFinite(n)) n = 1;
  let value = n - 1;
  for (const sib of list.children) {
    if (!isElement(sib) || sib.name !== 'li') continue;
    const v = Number.parseInt(sib.attribs.value ?? '', 10);
    value = Number.isFinite(v) ? v : value + 1;
    if (sib === li) break;
  }
  const type = li.attribs.type ?? list.attribs.type ?? '1';
  const letter = (k: number) => String.fromCharCode(97 + ((k - 1) % 26));
  const romanOf = (k: number) => {
    const t: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
    let out = '';
    for (const [v, s] of t) while (k >= v) (out += s), (k -= v);
    return out;
  };
  const shown = type === 'a' ? letter(value) : type === 'A' ? letter(value).toUpperCase() : type === 'i' ? romanOf(value) : type === 'I' ? romanOf(value).toUpperCase() : String(value);
  return `${shown}.`;
}

/** Text of a table cell: block boundaries and <br> become newlines; Word number marks become the numbers. */
function cellText(el: Element): string {
  const parts: string[] = [];
  const visit = (node: AnyNode): void => {
    if (node.type === 'text') {
      parts.push(node.data);
      return;
    }
    if (!isElement(node) || SKIPPED_TAGS.has(node.name)) return;
    if (node.name === 'br') {
      parts.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(node.name);
    if (block) parts.push('\n');
    for (const c of node.children) visit(c);
    if (node.name === 'td' || node.name === 'th') parts.push(' ');
    if (block) parts.push('\n');
  };
  for (const c of el.children) visit(c);
  return parts
    .join('')
    .replace(ANY_MARK, (_m, n: string | undefined) => (n === undefined ? '' : numberPrefix(n)))
    .split('\n')
    .map(normalizeText)
    .filter(Boolean)
    .join('\n');
}

function numberPrefix(number: string): string {
  // a number that ends in a letter or digit ("1", "A") needs a gap before the text; "一、" or "1." does not
  return /[A-Za-z0-9]$/.test(number) ? `${number} ` : number;
}

function hasDescendant(el: Element, pred: (e: Element) => boolean): boolean {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (pred(c) || hasDescendant(c, pred)) return true;
  }
  return false;
}

/** Rows that belong to this table (not to a nested one). */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (!isElement(c)) continue;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') {
      for (const r of c.children) if (isElement(r) && r.name === 'tr') rows.push(r);
    }
  }
  return rows;
}

/**
 * A web page may use a table for layout (the whole article in a cell). Such a table is walked as
 * blocks: it holds another table or headings, or it is one or two columns of running text.
 */
export function isLayoutTable(table: Element): boolean {
  if (hasDescendant(table, (e) => e.name === 'table' || /^h[1-6]$/.test(e.name))) return true;
  const rows = tableRows(table);
  const maxCells = Math.max(0, ...rows.map((r) => r.children.filter((c) => isElement(c) && (c.name === 'td' || c.name === 'th')).length));
  return maxCells <= 2 && cjkCount(textOf(table)) > 3000;
}

export function walkBlocks(roots: AnyNode[], options: WalkOptions): WalkResult {
  const blocks: Block[] = [];
  const lines: string[] = [];
  const unrecovered: Array<{ line: number; reason: string }> = [];
  const dropped: string[] = [];
  let recovered = 0;

  let buf = '';
  let linkChars = 0;
  const stack: UnitContext[] = [{ kind: 'p', depth: 0 }];
  let listDepth = 0;

  const emit = (ctx: UnitContext, rawText: string, links: number): void => {
    let text = rawText;
    // undefined: no mark; '': Word shows no number for this paragraph
    let number: string | undefined;
    let lost: string | null = null;
    const m = LEADING_MARK.exec(text);
    if (m) {
      if (m[2] !== undefined) lost = m[2] || 'unknown numbering';
      else number = m[1];
      text = text.slice(m[0].length);
    }
    text = normalizeText(text.replace(ANY_MARK, ''));
    if (!text) return;
    if (options.isBoilerplate?.(text, links)) {
      dropped.push(text);
      return;
    }
    const isItem = ctx.kind === 'li' && !ctx.emitted;
    if (ctx.kind === 'li') ctx.emitted = true;
    if (isItem && options.source === 'html' && number === undefined && ctx.listNumber) number = ctx.listNumber;
    if (ctx.notePrefix && isItem) {
      // a footnote body: keep its mark so the reference in the text still points somewhere
      const line = lines.length + 1;
      const shown = `${ctx.notePrefix} ${text}`;
      lines.push(shown);
      blocks.push({ type: 'paragraph', line, endLine: line, text: shown, raw: shown });
      return;
    }
    const line = lines.length + 1;
    const shown = number ? numberPrefix(number) + text : text;
    lines.push(shown);
    if (number && options.source === 'docx') recovered++;
    if (isItem) {
      if (options.source === 'docx' && ctx.ordered && (lost !== null || number === undefined)) {
        unrecovered.push({ line, reason: lost ?? 'the list item was not found among the numbered paragraphs' });
      }
      const item: ListItemBlock = { type: 'listItem', line, endLine: line, text: shown, raw: text, number: number || null, depth: ctx.depth };
      blocks.push(item);
      return;
    }
    if (lost !== null) unrecovered.push({ line, reason: lost });
    const para: ParagraphBlock = { type: 'paragraph', line, endLine: line, text: shown, raw: text };
    if (ctx.kind === 'h' && ctx.heading) para.heading = ctx.heading;
    if (number) para.number = number;
    blocks.push(para);
  };

  const flush = (): void => {
    if (buf) emit(stack[stack.length - 1], buf, linkChars);
    buf = '';
    linkChars = 0;
  };

  const emitTable = (table: Element): void => {
    const caption = table.children.find((c): c is Element => isElement(c) && c.name === 'caption');
    if (caption) emit({ kind: 'p', depth: 0 }, textOf(caption), 0);
    const rows: TableCell[][] = tableRows(table).map((tr) =>
      tr.children
        .filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'))
        .map((cell) => ({ text: cellText(cell), rowSpan: intAttr(cell, 'rowspan'), colSpan: intAttr(cell, 'colspan') })),
    );
    if (!rows.some((r) => r.some((c) => c.text))) return;
    const first = lines.length + 1;
    for (const r of rows) lines.push(r.map((c) => c.text.replace(/\n/g, ' ')).join('\t'));
    const block: TableBlock = {
      type: 'table',
      line: first,
      endLine: lines.length,
      rows,
      raw: rows.map((r) => r.map((c) => c.text).join('\t')).join('\n'),
      origin: options.source,
    };
    blocks.push(block);
  };

  const visit = (node: AnyNode, inLink: boolean): void => {
    if (node.type === 'text') {
      buf += node.data;
      if (inLink) linkChars += cjkCount(node.data);
      return;
    }
    if (!isElement(node) || SKIPPED_TAGS.has(node.name)) return;
    if (options.skip?.(node)) return;
    const name = node.name;
    if (name === 'br') {
      flush();
      return;
    }
    if (name === 'a' && options.source === 'docx' && /^#(footnote|endnote)-ref-/.test(node.attribs.href ?? '')) return; // "↑" back-links
    if (name === 'table' && !(options.source === 'html' && isLayoutTable(node))) {
      flush();
      emitTable(node);
      return;
    }
    if (!BLOCK_TAGS.has(name)) {
      for (const c of node.children) visit(c, inLink || name === 'a');
      return;
    }

    flush();
    const parent = stack[stack.length - 1];
    let ctx: UnitContext | null = null;
    if (name === 'ul' || name === 'ol') listDepth++;
    if (name === 'li') {
      const ordered = isElement(node.parent as AnyNode) && (node.parent as Element).name === 'ol';
      ctx = { kind: 'li', depth: Math.max(listDepth - 1, 0), ordered, listNumber: options.source === 'html' ? htmlListNumber(node) : null };
      const note = /^(footnote|endnote)-(\d+)$/.exec(node.attribs.id ?? '');
      if (note && options.source === 'docx') ctx.notePrefix = `[${note[2]}]`;
    } else if (/^h[1-6]$/.test(name)) {
      ctx = { kind: 'h', heading: Number(name[1]), depth: 0 };
    } else if (parent.kind === 'li' && !parent.emitted) {
      ctx = null; // <li><p>text</p></li>: the paragraph is the item
    } else {
      ctx = { kind: 'p', depth: 0 };
    }
    if (ctx) stack.push(ctx);
    for (const c of node.children) visit(c, inLink);
    flush();
    if (ctx) stack.pop();
    if (name === 'ul' || name === 'ol') listDepth--;
  };

  for (const unit of options.prepend ?? []) emit({ kind: unit.heading ? 'h' : 'p', heading: unit.heading, depth: 0 }, unit.text, 0);
  for (const r of roots) visit(r, false);
  flush();
  return { blocks, lines, unrecovered, recovered, dropped };
}

/**
 * Conversion debris in paragraphs of a docx or a web page, repaired with the same functions as .txt:
 * bookmark markers and invisible characters removed, page-number paragraphs dropped, paragraphs cut by
 * a page break joined (a list item may take a continuation; nothing is appended to a heading, and a
 * list item or heading never continues the previous paragraph). Tables split the runs.
 */
export function repairBlocks(blocks: Block[]): { blocks: Block[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const cleaned: Block[] = [];
  for (const b of blocks) {
    if (b.type === 'table') {
      for (const row of b.rows) {
        for (const cell of row) {
          const r = repairLineDebris(cell.text, b.line);
          diagnostics.push(...r.diagnostics);
          cell.text = r.text.trim();
        }
      }
      cleaned.push(b);
      continue;
    }
    const number = b.type === 'listItem' ? b.number : (b.number ?? null);
    const r = repairParagraphText(b.raw, b.line);
    diagnostics.push(...r.diagnostics);
    if (!r.text) continue;
    cleaned.push({ ...b, raw: b.raw, text: number ? numberPrefix(number) + r.text : r.text });
  }

  type Piece = SplitPiece & { block: Block };
  const out: Block[] = [];
  let run: Piece[] = [];
  const flushRun = (): void => {
    if (!run.length) return;
    const joined = joinSplitParagraphs(run, { minGap: 0 });
    diagnostics.push(...joined.diagnostics);
    for (const p of joined.paragraphs) {
      const head = p.pieces[0].block as Exclude<Block, TableBlock>;
      if (p.pieces.length === 1) out.push(head);
      else out.push({ ...head, text: p.text, endLine: p.endLine, raw: p.pieces.map((x) => (x.block as Exclude<Block, TableBlock>).raw).join('\n') });
    }
    run = [];
  };
  for (const b of cleaned) {
    const continuation = b.type === 'paragraph' && !b.heading;
    if (b.type === 'table' || !continuation) flushRun();
    if (b.type === 'table') {
      out.push(b);
      continue;
    }
    run.push({ text: b.text, line: b.line, endLine: b.endLine, block: b });
    // nothing continues a heading
    if (b.type === 'paragraph' && b.heading) flushRun();
  }
  flushRun();
  return { blocks: splitNestedDecimalItems(out), diagnostics };
}

/** By line, keeping the order in which repairs were recorded within a line. */
export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds
    .map((d, k) => ({ d, k }))
    .sort((x, y) => x.d.line - y.d.line || x.k - y.k)
    .map((x) => x.d);
}
