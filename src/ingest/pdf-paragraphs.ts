/**
 * PDF lines → paragraphs. A PDF keeps each printed line apart; a paragraph wraps over several. Two
 * consecutive lines are one paragraph unless something on the page says a new one starts:
 * - the next line is indented (公文 paragraphs start two characters in; a title's centred second line
 *   after a full first line is a wrap, not an indent), or
 * - the line stops well short of the right edge of the text column (a paragraph's last line; short
 *   by less than the next line's first unbreakable unit, a number or a character with its closing
 *   punctuation, is a wrap), or
 * - the next line starts like a heading (一、 （一） 第二章 1.), or
 *   (but a line set in further than a label line that does not end a sentence is its hanging wrap), or
 * - the font size changes, or the gap between the lines is wider than the line pitch, or
 * - a box (专栏 frame) starts or ends between them, or
 * - the line ends a sentence (。！？；：) in a document whose paragraphs are not marked by indents
 *   (where they are, a full line ending in 。 followed by an unindented line is mid-paragraph).
 */
import type { PdfLine } from './pdf-lines.js';
import { joinWrapped, mostCommon } from './pdf-lines.js';

export interface FlowLine {
  line: PdfLine;
  /** index of the box (专栏 frame) the line sits in, if any */
  box?: number;
}

export interface PdfParagraph {
  text: string;
  lines: PdfLine[];
  box?: number;
}

export interface Column {
  left: number;
  right: number;
  size: number;
  pitch: number;
  indents: boolean;
}

const HEADING_START = /^(?:第[一二三四五六七八九十百零〇\d]+[章节编篇部条]|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)|[①-⑳]|附件\s*\d*[:：]?$|专栏)/;
const SENTENCE_END = /[。！？!?；;：:…][”’」』）)]*$/;

/**
 * The text column shared by the pages. Its left edge is the leftmost start that several body lines
 * share (paragraph starts are indented, wrapped lines start at the edge). Its right edge is the end
 * most lines share (a justified line fills the column exactly; punctuation hanging into the margin at
 * some line ends, a page number or a wide table end elsewhere). With too few lines to share an edge,
 * the outermost line decides.
 */
export function columnOf(lines: PdfLine[]): Column {
  if (!lines.length) return { left: 0, right: 0, size: 10, pitch: 12, indents: false };
  const size = mostCommon(lines.map((l) => l.size));
  const body = lines.filter((l) => Math.abs(l.size - size) < 0.5);
  const shared = Math.max(2, Math.ceil(body.length * 0.05));
  const counted = (values: number[]): Array<[number, number]> => {
    const counts = new Map<number, number>();
    for (const v of values) counts.set(Math.round(v / 2) * 2, (counts.get(Math.round(v / 2) * 2) ?? 0) + 1);
    return [...counts].filter(([, n]) => n >= shared);
  };
  const starts = counted(body.map((l) => l.x0));
  const left = starts.length ? Math.min(...starts.map(([k]) => k)) : Math.min(...body.map((l) => l.x0));
  const ends = counted(body.map((l) => l.x1)).sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  const right = ends.length ? Math.max(ends[0][0], ...body.filter((l) => Math.abs(l.x1 - ends[0][0]) <= 2).map((l) => l.x1)) : Math.max(...body.map((l) => l.x1));
  const pitches: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const a = body[i - 1];
    const b = body[i];
    if (a.page === b.page && a.y > b.y) pitches.push(a.y - b.y);
  }
  const pitch = pitches.length ? mostCommon(pitches) : size * 1.5;
  const indented = body.filter((l) => l.x0 - left > 1.5 * size && l.x0 - left < 2.6 * size).length;
  return { left, right, size, pitch, indents: indented >= 2 && indented >= body.length * 0.04 };
}

const OPENING = '（(《〈「『“‘【[';
const CLOSING = '）)》〉」』”’】]，,。.、；;：:！!？?%％';

/**
 * Width of what a line cannot start without: the first unbreakable unit of its text (opening
 * brackets, then a number or Latin word or one character, then closing punctuation, which may not
 * begin a line). A line that stops short of the edge by less than this was wrapped there because
 * the unit did not fit (`…分别达到⏎25000件`, `…纲要（2021-2035⏎年）》`).
 */
export function firstUnitWidth(text: string, size: number): number {
  const chars = [...text];
  let i = 0;
  while (i < chars.length && OPENING.includes(chars[i])) i++;
  if (i < chars.length && /[A-Za-z0-9]/.test(chars[i])) while (i < chars.length && /[A-Za-z0-9.\-+/]/.test(chars[i])) i++;
  else i++;
  while (i < chars.length && CLOSING.includes(chars[i])) i++;
  return chars.slice(0, i).reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2000 ? 0.55 : 1) * size, 0);
}

function isIndented(l: PdfLine, col: Column): boolean {
  return l.x0 - col.left > 0.7 * l.size;
}

/** Whether line b continues the paragraph that line a is in. */
export function continues(a: FlowLine, b: FlowLine, col: Column): boolean {
  const la = a.line;
  const lb = b.line;
  if (a.box !== b.box) return false;
  if (Math.abs(la.size - lb.size) > 0.15 * Math.max(la.size, lb.size)) return false;
  if (la.page === lb.page && la.y - lb.y > col.pitch * 1.35 * (la.size / col.size)) return false;
  if (la.page !== lb.page && la.page + 1 !== lb.page) return false;
  if (la.segments.length > 1 || lb.segments.length > 1) return false;
  if (HEADING_START.test(lb.text)) return false;
  // a hanging indent: a label line (附件：…) set in, its wrap set in further under the label's text
  // (centred lines of a title block narrow the same way, but both sit on the column's middle)
  const centred = (l: PdfLine): boolean => Math.abs((l.x0 + l.x1) / 2 - (col.left + col.right) / 2) < l.size;
  const hanging = isIndented(la, col) && lb.x0 - la.x0 > 0.7 * lb.size && !SENTENCE_END.test(la.text) && !(centred(la) && centred(lb));
  if (hanging) return true;
  const gap = col.right - la.x1;
  if (gap > 1.5 * la.size && gap > firstUnitWidth(lb.text, lb.size) + 0.5 * la.size) return false;
  // a centred line (a title) wraps onto another centred line: that one is not indented, it is centred
  const centredWrap = la.x0 - col.left < 0.7 * la.size && Math.abs((lb.x0 + lb.x1) / 2 - (col.left + col.right) / 2) < lb.size;
  if (isIndented(lb, col) && !centredWrap) return false;
  if (HEADING_START.test(lb.text)) return false;
  if (SENTENCE_END.test(la.text) && !col.indents) return false;
  return true;
}

export function paragraphsOf(flow: FlowLine[], col: Column): PdfParagraph[] {
  const out: PdfParagraph[] = [];
  let cur: PdfParagraph | null = null;
  let prev: FlowLine | null = null;
  for (const f of flow) {
    if (cur && prev && continues(prev, f, col)) {
      cur.text = joinWrapped(cur.text, f.line.text);
      cur.lines.push(f.line);
    } else {
      cur = { text: f.line.text, lines: [f.line], box: f.box };
      out.push(cur);
    }
    prev = f;
  }
  return out;
}
