/**
 * PDF lines → paragraphs. A PDF keeps each printed line apart; a paragraph wraps over several. Two
 * consecutive lines are one paragraph unless something on the page says a new one starts:
 * - the next line is indented (公文 paragraphs start two characters in; a title's centred second line
 *   after a full first line is a wrap, not an indent), or
 * - the line stops well short of the right edge of the text column (a paragraph's last line), or
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
 * The text column shared by the pages: its left edge is the leftmost start that several body lines
 * share, its right edge the rightmost end that several share (a wrapped line fills the column; one
 * stray line further out, a page number or a wide table, does not move the edges).
 */
export function columnOf(lines: PdfLine[]): Column {
  if (!lines.length) return { left: 0, right: 0, size: 10, pitch: 12, indents: false };
  const size = mostCommon(lines.map((l) => l.size));
  const body = lines.filter((l) => Math.abs(l.size - size) < 0.5);
  const shared = Math.max(2, Math.ceil(body.length * 0.05));
  const edge = (values: number[], pick: 'min' | 'max'): number => {
    const counts = new Map<number, number>();
    for (const v of values) counts.set(Math.round(v / 2) * 2, (counts.get(Math.round(v / 2) * 2) ?? 0) + 1);
    const common = [...counts].filter(([, n]) => n >= shared).map(([k]) => k);
    const pool = common.length ? common : values;
    return pick === 'min' ? Math.min(...pool) : Math.max(...pool);
  };
  const left = edge(body.map((l) => l.x0), 'min');
  const right = edge(body.map((l) => l.x1), 'max');
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
  if (col.right - la.x1 > 1.5 * la.size) return false;
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
