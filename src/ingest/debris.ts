/**
 * Conversion debris shared by every input format: what Word→text exports, PDF copies and web pages
 * leave in the text that is not part of the plan. Each repair is reported as an `info` diagnostic with
 * a stable code, so nothing changes silently:
 *
 * - `debris.bookmark`        `[bookmark: _Toc…]` markers glued into a line: removed
 * - `debris.invisible`       zero-width characters and stray BOMs inside the text: removed
 * - `debris.page-number`     a line that is only a page number (`—1—`, `- 2 -`, `第3页`, `3/20`, `II I`): removed
 * - `debris.export-header`   a database-export header line (`【法宝引证码】…`, `原文链接：https://…`): removed
 * - `debris.page-break-join` a paragraph cut by a page break (`…和精` / blank / `品版权,…`): joined
 * - `debris.line-wrap-join`  a line broken inside brackets (`…副主任(汉南区` / `人民政府副区长)`): joined
 *
 * The .docx and .html readers call `repairParagraphText` on each paragraph and `joinSplitParagraphs`
 * over the paragraph list; the .txt reader does the same per line.
 */
import type { Diagnostic } from '../schema/plan.js';
import debrisData from '../data/debris.json' with { type: 'json' };
import { parseChineseInteger } from '../nlp/numbers.js';
import { cutAt } from '../nlp/cut.js';
import { NO_UNIT_AFTER, QUANTITY_WORD } from '../nlp/units.js';

export interface TextRepair {
  /** repaired text; '' when the whole paragraph was debris (a page number, only bookmarks) */
  text: string;
  diagnostics: Diagnostic[];
}

// `[bookmark: _Toc123]`, also with full-width brackets/colon; bounded so it cannot run across a line.
const BOOKMARK = /[[［]\s*bookmark\s*[:：][^\]］\n]{0,200}[\]］]/gi;
// Zero-width space/joiners, word joiner, soft hyphen and BOMs left inside text by copy-paste.
const INVISIBLE = /[\u200B-\u200D\u2060\u00AD\uFEFF]/g;

/**
 * Remove bookmark markers and invisible characters from one line, keeping its surrounding whitespace
 * (the .txt table detector needs leading tabs). Use `repairParagraphText` for a whole paragraph.
 */
export function repairLineDebris(text: string, line: number): TextRepair {
  const diagnostics: Diagnostic[] = [];
  let out = text;
  const bookmarks = out.match(BOOKMARK);
  if (bookmarks) {
    out = out.replace(BOOKMARK, '');
    diagnostics.push({
      severity: 'info',
      code: 'debris.bookmark',
      message: `removed ${bookmarks.length} Word bookmark marker${bookmarks.length === 1 ? '' : 's'} left by the conversion`,
      line,
      actual: bookmarks.join(''),
    });
  }
  const invisible = out.match(INVISIBLE);
  if (invisible) {
    out = out.replace(INVISIBLE, '');
    diagnostics.push({
      severity: 'info',
      code: 'debris.invisible',
      message: `removed ${invisible.length} invisible character${invisible.length === 1 ? '' : 's'} (zero-width space, soft hyphen or BOM)`,
      line,
    });
  }
  return { text: out, diagnostics };
}

const DASHES = '\\-—–－‐‑‒―─━~～·•';
const CN_NUM = '〇零一二三四五六七八九十百';
const PAGE_NUMBER_PATTERNS: RegExp[] = [
  // —1—, - 2 -, — 12 —, ·3·
  new RegExp(`^[${DASHES}]{1,3}\\s*\\d{1,4}\\s*[${DASHES}]{1,3}$`),
  // 第3页, 第 3 页 共 20 页, 第3页/共20页
  new RegExp(`^第\\s*(\\d{1,4}|[${CN_NUM}]{1,4})\\s*页(\\s*[,，/、]?\\s*共\\s*(\\d{1,4}|[${CN_NUM}]{1,4})\\s*页)?$`),
  // 共20页 第3页
  /^共\s*\d{1,4}\s*页\s*[,，/、]?\s*第\s*\d{1,4}\s*页$/,
  // Page 3, Page 3 of 20, P.3
  /^(page|p\.)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  // roman page marks of a front matter copied from a PDF, spaces and all: I, II I, I I, iv
  /^[IVX](\s{0,2}[IVX]){0,5}$/,
  /^[ivx](\s{0,2}[ivx]){0,5}$/,
  // a page number letter-spaced by the PDF copy: 1 4, 2 0
  /^\d( \d){1,3}$/,
];
const PAGE_OF_TOTAL = /^(\d{1,4})\s*\/\s*(\d{1,4})$/;

/** True when the whole line is a page number (`—1—`, `- 2 -`, `第3页`, `3/20`, `Page 4 of 9`). */
export function isPageNumberLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 24) return false;
  if (PAGE_NUMBER_PATTERNS.some((re) => re.test(t))) return true;
  const m = PAGE_OF_TOTAL.exec(t);
  // 3/20: page 3 of 20; a page number never exceeds the total and page 0 does not exist
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]);
}

const EXPORT_HEADER = debrisData.exportHeaderLines.map((s) => new RegExp(s, 'i'));

/**
 * True when the whole line is a header a legal database or web page adds to an exported document
 * (`【法宝引证码】CLI.…`, `原文链接：https://…`): not part of the plan.
 */
export function isExportHeaderLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 300 && EXPORT_HEADER.some((re) => re.test(t));
}

/**
 * The diagnostic for a dropped whole-line debris (page number, export header), or null for a kept line.
 * `pageWrapped`: the text is a PDF copy broken at the page width, where a line of one to three bare digits
 * is a page number too (in other text it may be a table cell or a list's number).
 */
export function wholeLineDebris(text: string, line: number, options: { pageWrapped?: boolean } = {}): Diagnostic | null {
  const t = text.trim();
  if (isPageNumberLine(t) || (options.pageWrapped && /^\d{1,3}$/.test(t))) return { severity: 'info', code: 'debris.page-number', message: 'removed a page-number line', line, actual: t };
  if (isExportHeaderLine(t)) return { severity: 'info', code: 'debris.export-header', message: 'removed a database-export header line', line, actual: t.slice(0, 80) };
  return null;
}

// A roman page mark glued to the start of a line (`II浙江省…`, `II 目 录`); not a class such as `IV类水体`.
const GLUED_ROMAN = /^\s*([IVX]{1,4})\s*(?=[\u4e00-\u9fa5])(?![类级期型号度代])/;
// A page number glued before a 目录 entry or heading numbered 一、: `2十三、巩固…`
const GLUED_DIGITS_BEFORE_CN_HEADING = /^\s*(\d{1,3})(?=[一二三四五六七八九十]{1,3}、)/;
// A heading word of the front matter, letter-spaced as printed, glued after the text of another line
// (`2021 年 9 月 前    言`, `…会议批准目 录`): the PDF copy lost the line break before it.
const GLUED_PART_WORD = /^(.*\S)\s*((?:目\s+录|前\s+言|序\s+言|总\s+则|附\s+则|结\s+语))\s*$/;

/** A page mark glued to the start of a line, removed; null when the line has none. */
export function stripGluedPageMark(text: string, line: number): TextRepair | null {
  const m = GLUED_ROMAN.exec(text) ?? GLUED_DIGITS_BEFORE_CN_HEADING.exec(text);
  if (!m) return null;
  return {
    text: text.slice(m[0].length),
    diagnostics: [{ severity: 'info', code: 'debris.page-number', message: `removed the page mark “${m[1]}” glued to the start of the line`, line, actual: m[1] }],
  };
}

/**
 * A front-matter heading (目录, 前言, 总则 …, letter-spaced) glued after other text on one line: the
 * two parts, or null. The heading word must be letter-spaced (`前    言`) or be 目录 itself.
 */
export function splitGluedPartHeading(text: string): [string, string] | null {
  const m = GLUED_PART_WORD.exec(text.trim());
  if (!m || [...m[1]].length < 2) return null;
  return [m[1].trim(), m[2]];
}

/**
 * Repair one paragraph of any format: bookmark markers and invisible characters removed, surrounding
 * whitespace trimmed; a paragraph that is only a page number comes back as '' (drop it).
 */
export function repairParagraphText(text: string, line: number): TextRepair {
  const repaired = repairLineDebris(text, line);
  const trimmed = repaired.text.trim();
  const dropped = trimmed ? wholeLineDebris(trimmed, line) : null;
  if (dropped) return { text: '', diagnostics: [...repaired.diagnostics, dropped] };
  return { text: trimmed, diagnostics: repaired.diagnostics };
}

// ---------------------------------------------------------------------------------------------------
// Paragraphs split by page breaks

const NEW_BLOCK_STARTS = debrisData.newBlockStarts.map((s) => new RegExp(s));
const CN_DIGITS = '〇零一二三四五六七八九十百两';

// Shapes that open a new heading or list item; such a line is never the tail of the previous one.
const ITEM_STARTS: RegExp[] = [
  new RegExp(`^[${CN_DIGITS}]{1,4}\\s*[、.．,，]`), // 一、
  new RegExp(`^[（(]\\s*[${CN_DIGITS}]{1,4}\\s*[)）]`), // （一） (一)
  /^\d{1,3}\s*[、.．﹒](?!\d)/, // 1. 1、 1． (not 3.5)
  new RegExp(`^\\d{1,2}(?:[.．]\\d{1,2}){1,3}(?![\\d.．])${NO_UNIT_AFTER}\\s*[\\u4e00-\\u9fa5“]`), // 2.3 / 2.3.1 (not 2.69 万亿元)
  /^[（(]\s*\d{1,3}\s*[)）]/, // （1） (1)
  /^\d{1,3}\s*[)）]/, // 1）
  /^[\u2460-\u249b\u24eb-\u24f4\u2776-\u2793]/, // ① ⑴ ⒈ ❶
  new RegExp(`^第\\s*([${CN_DIGITS}]{1,4}|\\d{1,3})\\s*[章节条款部篇编]`), // 第一章
  /^[一二三四五六七八九十]{1,3}是/, // 一是…、二是…
  /^[-—–•●○■□◆◇▪▫·*►▶➢➤✓√※★☆]/, // bullets, ——
];

/** True when the line starts a heading, a numbered/bulleted item or another kind of new block. */
export function startsNewItem(text: string): boolean {
  const t = text.trim();
  return ITEM_STARTS.some((re) => re.test(t)) || NEW_BLOCK_STARTS.some((re) => re.test(t));
}

const DATE_LINE = new RegExp(
  `^[\\d${CN_DIGITS}]{2,4}\\s*年\\s*[\\d${CN_DIGITS}]{1,2}\\s*月(\\s*[\\d${CN_DIGITS}]{1,3}\\s*日)?\\s*(印发|发布|制定|修订)?$`,
);
const WHOLE_PARENTHETICAL = /^[（(][^()（）]*[)）]$/;

/** Lines that stand on their own: a date, a whole bracketed line (`(2017—2020年)`), an addressee line. */
function isStandaloneLine(t: string): boolean {
  return DATE_LINE.test(t) || WHOLE_PARENTHETICAL.test(t) || (/[:：]$/.test(t) && [...t].length <= 40);
}

const TERMINAL = new Set([...'。．.！!？?；;…：:']);
const CLOSERS = new Set([...')）」』】〉》]］']);
const QUOTE_CLOSERS = new Set([...'”’"\'']);
const SOFT_ENDINGS = new Set([...'，,、']);
// Punctuation inside a line that shows it is running prose rather than a title, name or date.
const PROSE_PUNCTUATION = /[。，,；;！？!?]/;
const SENTENCE_END = /[。；;！!？?]/;

/**
 * True when the text ends a sentence: final punctuation, or a closing bracket (a heading's period,
 * a task's `（牵头单位：…）`). A closing quote ends a sentence only after final punctuation.
 */
export function endsSentence(text: string): boolean {
  const chars = [...text.trim()];
  const last = chars[chars.length - 1];
  if (last === undefined) return true;
  if (TERMINAL.has(last) || CLOSERS.has(last)) return true;
  if (QUOTE_CLOSERS.has(last)) {
    const before = chars[chars.length - 2];
    return before === undefined || TERMINAL.has(before);
  }
  return false;
}

const OPEN_TO_CLOSE: Record<string, string> = { '(': ')', '（': '）', '〈': '〉', '《': '》', '[': ']', '【': '】', '“': '”' };
const CLOSE_TO_OPEN: Record<string, string> = Object.fromEntries(Object.entries(OPEN_TO_CLOSE).map(([o, c]) => [c, o]));

/** Brackets opened in the text and not closed by its end (innermost last). Half/full width kept apart. */
function unclosedBrackets(text: string): string[] {
  const stack: string[] = [];
  // the pattern finds the brackets (natively); most paragraphs hold a few
  ANY_BRACKET.lastIndex = 0;
  for (let m = ANY_BRACKET.exec(text); m; m = ANY_BRACKET.exec(text)) {
    const ch = m[0];
    if (ch in OPEN_TO_CLOSE) stack.push(ch);
    else {
      const i = stack.lastIndexOf(CLOSE_TO_OPEN[ch]);
      if (i >= 0) stack.splice(i, 1);
    }
  }
  return stack;
}
const ANY_BRACKET = new RegExp(`[${Object.entries(OPEN_TO_CLOSE).flat().join('').replace(/[\\\]\[^-]/g, '\\$&')}]`, 'g');

/** True when the text closes a bracket of kind `open` before opening one of that kind. */
function closesBracketFirst(text: string, open: string): boolean {
  const close = OPEN_TO_CLOSE[open];
  let depth = 0;
  for (const ch of text) {
    if (ch === open) depth++;
    else if (ch === close) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

export interface SplitPiece {
  text: string;
  /** first line (txt) or paragraph index (docx/html) */
  line: number;
  /** last line; defaults to `line` */
  endLine?: number;
}

export interface JoinedParagraph<T extends SplitPiece> {
  text: string;
  line: number;
  endLine: number;
  /** the input pieces that make up this paragraph, in order */
  pieces: T[];
}

export interface JoinOptions {
  /**
   * Least number of skipped lines/paragraphs between two pieces for the page-break rule to apply.
   * Text files separate a page-break split by at least one blank line (default 1); readers whose
   * paragraphs are adjacent (docx/html with empty paragraphs dropped) pass 0.
   */
  minGap?: number;
  /** Most skipped lines between two pieces that can still be one paragraph (default 8). */
  maxGap?: number;
}

// A printed line holds ~25–40 characters; a text cut by a page break is at least about one line
// long, while titles, names, dates and signatures usually are shorter.
const MIN_SPLIT_HEAD_CHARS = 20;

type JoinKind = 'page-break' | 'line-wrap';

function joinKind(prev: string, next: string, gap: number, options: Required<JoinOptions>): JoinKind | null {
  if (gap > options.maxGap) return null;
  const p = prev.trim();
  const n = next.trim();
  if (!p || !n || startsNewItem(n) || isStandaloneLine(n)) return null;

  // Brackets left open at the end of one line and closed at the start of the next: the strongest
  // sign of a broken line, valid with or without blank lines between.
  const open = unclosedBrackets(p);
  if (open.length > 0 && open[open.length - 1] !== '“' && closesBracketFirst(n, open[open.length - 1])) {
    return gap === 0 ? 'line-wrap' : 'page-break';
  }

  if (gap < options.minGap) return null;
  if (endsSentence(p)) return null;
  // a numbered line without a sentence end is a heading standing on its own line (work reports title
  // their （一） with long comma slogans); the paragraph after the blank line is its body, not its tail
  if (startsNewItem(p) && !SENTENCE_END.test(p)) return null;
  const pChars = [...p];
  const softEnd = SOFT_ENDINGS.has(pChars[pChars.length - 1]);
  // Titles, names and signatures carry no sentence punctuation; a cut paragraph does.
  const head = softEnd ? pChars.slice(0, -1).join('') : p;
  if (!PROSE_PUNCTUATION.test(head) && !softEnd) return null;
  if (pChars.length < MIN_SPLIT_HEAD_CHARS && !softEnd) return null;
  return 'page-break';
}

/**
 * Join paragraphs that a page break (or a hard line wrap inside brackets) cut in two. A piece is
 * appended to the previous one when the previous one does not end a sentence, reads as prose, and the
 * piece does not start a heading, numbered item, bullet, date or other new block. Pieces must be in
 * document order; pass only pieces that may touch (a table between two pieces: call once per side).
 */
export function joinSplitParagraphs<T extends SplitPiece>(
  pieces: readonly T[],
  options: JoinOptions = {},
): { paragraphs: JoinedParagraph<T>[]; diagnostics: Diagnostic[] } {
  const opts: Required<JoinOptions> = { minGap: options.minGap ?? 1, maxGap: options.maxGap ?? 8 };
  const paragraphs: JoinedParagraph<T>[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const piece of pieces) {
    const text = piece.text.trim();
    const endLine = piece.endLine ?? piece.line;
    const prev = paragraphs[paragraphs.length - 1];
    const kind = prev ? joinKind(prev.text, text, piece.line - prev.endLine - 1, opts) : null;
    if (prev && kind) {
      diagnostics.push({
        severity: 'info',
        code: kind === 'line-wrap' ? 'debris.line-wrap-join' : 'debris.page-break-join',
        message:
          kind === 'line-wrap'
            ? `joined line ${piece.line} to line ${prev.endLine}: a line broken inside brackets`
            : `joined line ${piece.line} to the paragraph at line ${prev.line}: text cut by a page break`,
        line: piece.line,
        actual: `${tail(prev.text)}⏎${head(text)}`,
      });
      prev.text = glue(prev.text, text);
      prev.endLine = endLine;
      prev.pieces.push(piece);
    } else {
      paragraphs.push({ text, line: piece.line, endLine, pieces: [piece] });
    }
  }
  return { paragraphs, diagnostics };
}

/**
 * Everything a reader needs for a list of plain paragraphs in one call: `repairParagraphText` on each
 * (page numbers and bookmark-only paragraphs dropped), then `joinSplitParagraphs`. Pass one stretch
 * of consecutive plain paragraphs (split the list at tables, list items and headings).
 */
export function repairParagraphs<T extends SplitPiece>(
  pieces: readonly T[],
  options: JoinOptions = {},
): { paragraphs: JoinedParagraph<T>[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const kept: T[] = [];
  for (const piece of pieces) {
    const repaired = repairParagraphText(piece.text, piece.line);
    diagnostics.push(...repaired.diagnostics);
    if (repaired.text) kept.push({ ...piece, text: repaired.text });
  }
  const joined = joinSplitParagraphs(kept, options);
  return { paragraphs: joined.paragraphs, diagnostics: [...diagnostics, ...joined.diagnostics].sort((a, b) => a.line - b.line) };
}

function glue(a: string, b: string): string {
  // Chinese needs no space; two Latin words cut apart do.
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

function tail(s: string): string {
  const c = [...s];
  return c.length > 12 ? `…${c.slice(-12).join('')}` : s;
}

function head(s: string): string {
  const c = [...s];
  return c.length > 12 ? `${c.slice(0, 12).join('')}…` : s;
}

// ---------------------------------------------------------------------------------------------------
// Text copied from a PDF: every line broken at the page width

/** Display width of a line: CJK and full-width characters count 2, others 1. */
function displayWidth(t: string): number {
  let w = 0;
  for (const ch of t) w += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
}

const WRAP_MIN_LINES = 40;
const WRAP_SHARE = 0.4;
const WRAP_BAND = 3;

/**
 * The width at which a PDF copy broke its lines, or null when the text is not hard-wrapped: at least
 * 40 % of the longer lines fall into one band of three display widths (typed text varies far more).
 */
export function hardWrapWidth(lines: readonly string[]): number | null {
  const widths = lines.map((l) => l.trim()).filter((l) => [...l].length >= 8).map(displayWidth);
  if (widths.length < WRAP_MIN_LINES) return null;
  const count = new Map<number, number>();
  for (const w of widths) count.set(w, (count.get(w) ?? 0) + 1);
  let best = 0;
  let width = 0;
  for (const w of count.keys()) {
    let n = 0;
    for (let k = 0; k < WRAP_BAND; k++) n += count.get(w - k) ?? 0;
    if (n > best || (n === best && w > width)) [best, width] = [n, w];
  }
  if (best / widths.length >= WRAP_SHARE) return width;
  // a paragraph's first line stops an indent short of the width (the indent lost in the copy): in a text
  // of short paragraphs, two or three lines each, first lines are as many as full ones, and the full
  // width is the top of the band that holds both
  let withFirstLines = 0;
  for (const w of count.keys()) {
    let n = 0;
    for (let k = 0; k <= FIRST_LINE_INDENT; k++) n += count.get(w - k) ?? 0;
    if (n > withFirstLines || (n === withFirstLines && w > width)) [withFirstLines, width] = [n, w];
  }
  return withFirstLines / widths.length >= WRAP_SHARE ? width : null;
}
/** the display width of a first-line indent (two ideographic spaces) */
const FIRST_LINE_INDENT = 4;

// Measure words and units a number at the start of a wrapped line is followed by (`3个`, `12万亩`);
// any other character right after digits that open a line marks a page number the PDF glued on.
const AFTER_QUANTITY = new RegExp(`^(?:[\\d.．]|${QUANTITY_WORD})`, 'u');
// PM 2.5 / PM 10 written as `PM ` with the subscript on the next line
const SUBSCRIPT_LINE = /^\d{1,2}(?:\.\d)?$/;
const SUBSCRIPT_GAP = /(PM) (?=[^\d\s])/;
// a 目录 entry fills the width with its leader: `…发展........12`
const TOC_LEADER_END = /[.…·．]{3,}\s*\d{0,3}\s*$/;
const GLUED_PAGE_DIGITS = /^(\d{1,3})(?=[\u4e00-\u9fa5“《（])/;

/**
 * Rejoin the lines of a hard-wrapped text: a line that fills the page width and does not end a sentence
 * continues on the next line, unless that one opens a heading or item. A page number glued to the
 * start of a continuation line (`12本一致`) is removed. Returns the pieces joined and what was done.
 */
export function joinHardWrapped<T extends SplitPiece>(pieces: readonly T[], width: number): { pieces: SplitPiece[]; diagnostics: Diagnostic[] } {
  const out: SplitPiece[] = [];
  const diagnostics: Diagnostic[] = [];
  const full = (t: string) => displayWidth(t) >= width - 4;
  for (const piece of pieces) {
    let text = piece.text.trim();
    const prev = out[out.length - 1];
    // a subscript the PDF copy set on a line of its own: `细颗粒物（PM ）…` / `2.5`
    if (prev && SUBSCRIPT_LINE.test(text) && SUBSCRIPT_GAP.test(prev.text)) {
      prev.text = prev.text.replace(SUBSCRIPT_GAP, `$1${text}`);
      diagnostics.push({ severity: 'info', code: 'debris.subscript', message: `put the subscript “${text}” back after its symbol`, line: piece.line, actual: text });
      continue;
    }
    const gap = prev ? piece.line - (prev.endLine ?? prev.line) - 1 : Infinity;
    const lastLine = prev ? prev.text.slice(prev.text.length - lastLen(prev)) : '';
    if (prev && gap <= 3 && full(lastLine) && !endsSentence(prev.text) && !TOC_LEADER_END.test(prev.text)) {
      const glued = GLUED_PAGE_DIGITS.exec(text);
      if (glued && !AFTER_QUANTITY.test(text.slice(glued[1].length))) {
        diagnostics.push({ severity: 'info', code: 'debris.page-number', message: `removed the page number “${glued[1]}” glued to the start of the line`, line: piece.line, actual: glued[1] });
        text = text.slice(glued[1].length);
      }
      if (!startsNewItem(text)) {
        prev.text = glue(prev.text, text);
        prev.endLine = piece.endLine ?? piece.line;
        (prev as SplitPiece & { lastLen?: number }).lastLen = text.length;
        continue;
      }
    }
    out.push({ text, line: piece.line, endLine: piece.endLine ?? piece.line });
  }
  const joined = out.filter((p) => (p.endLine ?? p.line) > p.line).length;
  if (joined) diagnostics.push({ severity: 'info', code: 'debris.hard-wrap-join', message: `rejoined the lines of ${joined} paragraph${joined === 1 ? '' : 's'} broken at the page width (${width}) by a PDF copy`, line: out.find((p) => (p.endLine ?? p.line) > p.line)!.line });
  return { pieces: out, diagnostics };
}

function lastLen(p: SplitPiece): number {
  return (p as SplitPiece & { lastLen?: number }).lastLen ?? p.text.length;
}

// ---------------------------------------------------------------------------------------------------
// A whole plan on one line: the line breaks were lost (a database field, a copied web page)

const RUN_ON_MIN_CHARS = 1500;
const RUN_ON_MIN_SPLITS = 4;
// 一 … 九十九 (a 分工方案 runs to （二十五） and beyond)
const cnOrdinal = (s: string): number => parseChineseInteger(s) ?? -1;
// a heading number inside running text: 一、 （一） 1． 1.
// (an item may open with a year: `2．2021年6月底前建立…` is item 2, not a decimal)
// (a 办法 or 条例 numbers 第一章 and 第一条, each set off from its text by a space; a reference to an
// article, `依照第十条规定`, has none)
const INLINE_NUMBER = /([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)]|(\d{1,2})[．.](?:(?!\d)|(?=\d{4}年))|第([一二三四五六七八九十百零〇]{1,5})([章节条])[\s\u3000]/g;

/**
 * The places where a line that holds a whole plan breaks into headings and items: before a number that
 * continues its family's count (一、 after 一、 → 二、; （一） after a 一、; 1． after a （一）…), an item number
 * (1．) only after a sentence end, a closing bracket or a colon. Returns the pieces, or null when the
 * line is not such a run-on text.
 */
export function splitRunOnLine(text: string): string[] | null {
  if (text.length < RUN_ON_MIN_CHARS) return null;
  // the paragraphs kept their first-line indent (two ideographic spaces) when the line breaks were
  // lost: each indent starts a paragraph; a piece still holding a whole text is cut at its numbers
  const indented = text.split(PARAGRAPH_INDENT).map((p) => p.trim()).filter(Boolean);
  if (indented.length > RUN_ON_MIN_SPLITS) return indented.flatMap(splitLeadingNote).flatMap(splitAppendixLabel).flatMap((p) => splitAtNumbers(p) ?? [p]);
  return splitAtNumbers(text);
}

const PARAGRAPH_INDENT = /\u3000{2,}/;
// a note that stood on its own line (`（此件公开发布）`) before the next line, kept apart by one space
const LEADING_NOTE = /^([（(][^（()）]{1,20}[）)])\s+(\S.*)$/s;

// an attachment's label after a space (`…工作组职责 附件1突发环境事件分级标准`) opens the attachment;
// a reference (`见附件1`) has no space before it
const APPENDIX_LABEL = /\s(?=附件\s*\d{1,2}(?![\d.．、]))/g;

function splitAppendixLabel(p: string): string[] {
  return p.split(APPENDIX_LABEL).map((x) => x.trim()).filter(Boolean);
}

function splitLeadingNote(p: string): string[] {
  const m = LEADING_NOTE.exec(p);
  return m ? [m[1], m[2]] : [p];
}

function splitAtNumbers(text: string): string[] | null {
  if (text.length < RUN_ON_MIN_CHARS) return null;
  const last = { dun: 0, paren: 0, arabic: 0, 章: 0, 节: 0, 条: 0 };
  // （一） starts again at 1 under each higher number (一、, 第一条 …)
  let afterDun = false;
  const cuts: number[] = [];
  for (const m of text.matchAll(INLINE_NUMBER)) {
    const at = m.index ?? 0;
    const before = text[at - 1] ?? '';
    if (m[4] !== undefined) {
      const kind = m[5] as '章' | '节' | '条';
      const n = cnOrdinal(m[4]);
      // 条 count on across chapters, 节 start again in each chapter
      if (n !== last[kind] + 1 && !(kind === '节' && n === 1)) continue;
      last[kind] = n;
      afterDun = true;
    } else if (m[1] !== undefined) {
      const n = cnOrdinal(m[1]);
      // 一、 inside an enumeration (`一、二、三产业`) is not a heading: the next character is another number
      if (n !== last.dun + 1 || /[一二三四五六七八九十]/.test(text[at + m[0].length] ?? '')) continue;
      last.dun = n;
      afterDun = true;
    } else if (m[2] !== undefined) {
      // （五） may run on across 一、 groups, or start again at （一） in each
      const n = cnOrdinal(m[2]);
      if (n !== last.paren + 1 && !(n === 1 && afterDun)) continue;
      afterDun = false;
      last.paren = n;
    } else {
      const n = Number(m[3]);
      if (!/[。；;！!？?）)：:]/.test(before) || (n !== last.arabic + 1 && n !== 1)) continue;
      last.arabic = n;
    }
    if (at > 0) cuts.push(at);
  }
  if (cuts.length < RUN_ON_MIN_SPLITS) return null;
  return cutAt(text, cuts);
}
