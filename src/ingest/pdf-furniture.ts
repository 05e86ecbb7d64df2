/**
 * Page furniture of a PDF: running headers, running footers and page numbers. They sit at the top or
 * bottom edge of a page, outside the text column, and are not part of the plan's text.
 *
 * A page number is a line at the edge that is only a number in one of the usual dressings (`—1—`,
 * `- 2 -`, `第3页`, `3/20`) or a lone number. A running header or footer is an edge line whose text
 * (digits ignored) recurs at the same edge on other pages.
 */
import { isPageNumberLine } from './debris.js';
import type { PdfLine } from './pdf-lines.js';

export interface Furniture {
  line: PdfLine;
  kind: 'page-number' | 'running-header' | 'running-footer';
}

/** How far into the page (fraction of its height) an edge line may lie. */
const EDGE = 0.14;
/** How many lines at each edge are looked at. */
const EDGE_LINES = 2;

const LONE_NUMBER = /^[\s\-—–－·•(（[【]*\d{1,4}[\s\-—–－·•)）\]】]*$/;

export function isPageNumberText(text: string): boolean {
  return isPageNumberLine(text) || LONE_NUMBER.test(text);
}

const key = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, '');

export function findFurniture(pages: Array<{ height: number; lines: PdfLine[] }>): Furniture[] {
  interface Candidate { line: PdfLine; edge: 'top' | 'bottom' }
  const candidates: Candidate[] = [];
  for (const p of pages) {
    const { lines, height } = p;
    for (let i = 0; i < Math.min(EDGE_LINES, lines.length); i++) {
      if (lines[i].y > height * (1 - EDGE)) candidates.push({ line: lines[i], edge: 'top' });
      else break;
    }
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - EDGE_LINES); i--) {
      if (lines[i].y < height * EDGE && !candidates.some((c) => c.line === lines[i])) candidates.push({ line: lines[i], edge: 'bottom' });
      else break;
    }
  }
  const pagesOf = new Map<string, Set<number>>();
  for (const c of candidates) {
    const k = `${c.edge}:${key(c.line.text)}`;
    const s = pagesOf.get(k) ?? new Set<number>();
    s.add(c.line.page);
    pagesOf.set(k, s);
  }
  const out: Furniture[] = [];
  for (const c of candidates) {
    if (isPageNumberText(c.line.text)) {
      out.push({ line: c.line, kind: 'page-number' });
      continue;
    }
    const seen = pagesOf.get(`${c.edge}:${key(c.line.text)}`)!.size;
    // recurring on at least two pages and on a third of them (a one-page file has no running lines)
    if (pages.length >= 2 && seen >= 2 && seen * 3 >= pages.length) {
      out.push({ line: c.line, kind: c.edge === 'top' ? 'running-header' : 'running-footer' });
    }
  }
  return out;
}
