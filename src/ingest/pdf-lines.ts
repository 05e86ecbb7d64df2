/**
 * PDF text runs → lines. A PDF has no lines, only glyph runs placed at positions: runs whose baselines
 * lie within a fraction of the font size of each other form one line, read left to right. Within a
 * line a wide gap (several characters) separates segments (table columns, a signature set apart);
 * a narrow gap is a space or nothing.
 *
 * Spaces follow Chinese typesetting, not the PDF: a converter puts a space (or a gap) between Chinese
 * and a digit or Latin word (`到 2025 年`), which Chinese text does not have (`到2025年`); a space is
 * kept only between two Latin letters or digits (`PCT 国际` → `PCT国际`, `Page 3` stays), or where the
 * gap is at least a full character wide (two names set apart on one line).
 */
import type { TextRun } from './pdf-load.js';

export interface LineSegment {
  x0: number;
  x1: number;
  text: string;
}

export interface PdfLine {
  page: number;
  /** baseline, PDF units from the page bottom */
  y: number;
  x0: number;
  x1: number;
  /** the most common font size of the line's runs */
  size: number;
  text: string;
  segments: LineSegment[];
  runs: TextRun[];
}

/** Gap (in font sizes) from which two runs are separate segments. */
export const SEGMENT_GAP = 2;
/** Gap (in font sizes) from which a space between two Chinese characters is kept. */
const WIDE_SPACE = 0.6;
/** Gap (in font sizes) from which two Latin words have a space between them though none is drawn. */
const IMPLIED_SPACE = 0.15;

const ASCII_WORD = /[A-Za-z0-9%.,:;!?'")\]/+\-]/;

/**
 * Normalize the spaces of a line of Chinese text: runs of whitespace become one space, kept only
 * between two printable ASCII characters; `\u2002` (a wide gap marker put by the line builder) becomes
 * a kept space.
 */
export function chineseSpacing(text: string): string {
  return text
    .replace(/[ \t\u00a0\u3000\u2000\u2001\u2003-\u200a]*\u2002[ \t\u00a0\u3000\u2000-\u200a]*/g, '\u2002')
    .replace(/[ \t\u00a0\u3000\u2000\u2001\u2003-\u200a]+/g, ' ')
    .replace(/ (?![\x21-\x7e])|(?<![\x21-\x7e]) /g, '')
    .replace(/\u2002+/g, ' ')
    .trim();
}


/** Concatenate two pieces of text that a line wrap or a cell wrap separated. */
export function joinWrapped(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const last = a[a.length - 1];
  const first = b[0];
  // an English word or number wrapped at a space; Chinese wraps anywhere without one
  if (/[A-Za-z0-9,;:]/.test(last) && /[A-Za-z0-9(]/.test(first) && !(/[0-9]/.test(last) && /[0-9]/.test(first))) return `${a} ${b}`;
  return a + b;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  let best = values[0] ?? 0;
  let bestN = 0;
  for (const v of values) {
    const k = Math.round(v * 2) / 2;
    const n = (counts.get(k) ?? 0) + 1;
    counts.set(k, n);
    if (n > bestN || (n === bestN && k < best)) (best = k), (bestN = n);
  }
  return best;
}

/** Text of runs already sorted left to right, split into segments at wide gaps. */
export function segmentsOf(runs: TextRun[], size: number): LineSegment[] {
  const segments: LineSegment[] = [];
  let cur: { x0: number; x1: number; parts: string[] } | null = null;
  for (const r of runs) {
    const blank = r.text.trim() === '';
    if (cur) {
      const gap = r.x - cur.x1;
      if (!blank && gap > SEGMENT_GAP * size) {
        segments.push({ x0: cur.x0, x1: cur.x1, text: chineseSpacing(cur.parts.join('')) });
        cur = null;
      } else if (!blank) {
        if (gap > WIDE_SPACE * size) cur.parts.push('\u2002');
        else if (gap > IMPLIED_SPACE * size) cur.parts.push(' ');
      }
    }
    if (!cur) {
      if (blank) continue;
      cur = { x0: r.x, x1: r.x, parts: [] };
    }
    cur.parts.push(blank ? ' ' : r.text);
    if (!blank) cur.x1 = Math.max(cur.x1, r.x + r.width);
  }
  if (cur) segments.push({ x0: cur.x0, x1: cur.x1, text: chineseSpacing(cur.parts.join('')) });
  return segments.filter((s) => s.text);
}

/**
 * Group runs into lines, top of the page first. Runs are taken by baseline: a run belongs to a line
 * when its baseline is within 40% of the smaller font size (superscripts and mixed fonts stay on
 * their line; the next line is a whole line pitch away).
 */
export function linesOf(runs: TextRun[], page: number): PdfLine[] {
  const sorted = runs.filter((r) => r.text.trim() !== '' || r.width > 0).slice().sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = Number.NaN;
  let minSize = Number.NaN;
  for (const r of sorted) {
    if (current.length && Math.abs(r.y - baseline) <= 0.4 * Math.min(minSize, r.size)) {
      current.push(r);
      if (r.text.trim()) minSize = Math.min(minSize, r.size);
      continue;
    }
    if (current.length) groups.push(current);
    current = [r];
    baseline = r.y;
    minSize = r.size;
  }
  if (current.length) groups.push(current);

  const lines: PdfLine[] = [];
  for (const g of groups) {
    const inked = g.filter((r) => r.text.trim() !== '');
    if (!inked.length) continue;
    g.sort((a, b) => a.x - b.x);
    const size = mostCommon(inked.map((r) => r.size));
    const segments = segmentsOf(g, size);
    if (!segments.length) continue;
    // the main baseline: that of the largest share of the text (a superscript ① sits higher)
    const y = mostCommon(inked.map((r) => r.y));
    lines.push({
      page,
      y,
      x0: segments[0].x0,
      x1: segments[segments.length - 1].x1,
      size,
      text: segments.map((s) => s.text).join(' '),
      segments,
      runs: g,
    });
  }
  return lines;
}

export { mostCommon };
