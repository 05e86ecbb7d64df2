/**
 * Small text helpers the rules share: where a piece of text sits in a source line, which characters
 * count as Chinese, and which part of a line is a heading's number and title (never fixed).
 */
import type { Block } from '../ingest/blocks.js';
import type { SectionNode } from '../segment/types.js';
import { walkSections } from '../segment/types.js';
import { matchHeadingNumber, splitTitle } from '../segment/numbering.js';
import type { CheckDocument } from './types.js';

/** CJK ideographs (BMP and Extension A, compatibility ideographs). */
export const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Chinese (full-width) punctuation and quotes: text next to them is Chinese text too. */
export const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u30fb]/;

export function isChinese(ch: string | undefined): boolean {
  return ch !== undefined && (CJK.test(ch) || CJK_PUNCT.test(ch));
}

/** 1-based column of `needle` in `line` at or after `from` (0-based), or 1 when it is not there. */
export function columnOf(line: string | undefined, needle: string, from = 0): number {
  if (!line || !needle) return 1;
  const i = line.indexOf(needle, from);
  return i < 0 ? 1 : i + 1;
}

/** The source line (1-based), or '' past the end. */
export function lineText(doc: CheckDocument, line: number): string {
  return doc.lines[line - 1] ?? '';
}

/**
 * Find `needle` in the lines `line`..`endLine` (a block may span several source lines); the position
 * of the first hit, else the block's first line at column 1.
 */
export function locate(doc: CheckDocument, needle: string, line: number, endLine = line): { line: number; column: number } {
  if (needle) {
    for (let l = line; l <= Math.min(endLine, doc.lines.length); l++) {
      const i = lineText(doc, l).indexOf(needle);
      if (i >= 0) return { line: l, column: i + 1 };
    }
  }
  return { line: Math.max(1, line), column: 1 };
}

/** Comparable form of a title: width folded, spaces, punctuation, dot leaders and trailing page numbers gone. */
export function titleKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/(?:[.·•_\-—–\s]{3,}|…+)\s*\d*\s*$/u, '') // dot leaders and a page number in a 目录 line
    .replace(/\s+\d{1,3}$/u, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Where a heading's number and title sit in its source line: fixes never touch that span. */
export interface HeadingSpan {
  section: SectionNode;
  /** 0-based index in the source line where the number starts */
  start: number;
  /** 0-based index just past the title (and its closing punctuation) */
  end: number;
  /** the number prefix as written in the line (`1、 `, `(一)`), '' when unnumbered */
  prefix: string;
}

/**
 * Heading spans by source line, for every section whose heading is a block of this file (sections
 * recovered from a 目录 have none). The span runs over the number and the title; a run-in body after
 * the title (`（一）加强组织领导。在市委…`) is ordinary text.
 */
export function headingSpans(doc: CheckDocument): Map<number, HeadingSpan> {
  const spans = new Map<number, HeadingSpan>();
  for (const s of walkSections(doc.segmented.sections)) {
    const block = s.headingBlock;
    if (!block || block.type === 'table') continue;
    const line = block.line;
    const src = lineText(doc, line);
    const m = matchHeadingNumber(block.text);
    const prefix = m ? m.prefix.trimEnd() : '';
    const start = prefix ? src.indexOf(prefix) : -1;
    const titleText = m ? splitTitle(m.rest).title : s.title;
    let end: number;
    const titleAt = titleText ? src.indexOf(titleText, Math.max(0, start)) : -1;
    if (titleAt >= 0) {
      end = titleAt + titleText.length;
      // the title's own closing mark (`。` `：`) belongs to it
      if (/^[。.：:；;]/.test(src.slice(end))) end += 1;
    } else {
      end = src.length; // cannot tell where the title ends: protect the whole line
    }
    spans.set(line, { section: s, start: start >= 0 ? start : 0, end, prefix });
  }
  return spans;
}

/** Lines of the file covered by each block, for mapping a block to its source lines. */
export function blockLines(block: Block): number[] {
  const out: number[] = [];
  for (let l = block.line; l <= block.endLine; l++) out.push(l);
  return out;
}
