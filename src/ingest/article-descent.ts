/**
 * Where a web page's article stops narrowing. The .html reader (html.ts) weighs every text unit by
 * its article-like characters and walks down from <body> into the heaviest child while that child
 * holds most of the page's weight. Two things stop that walk, whatever the site calls its elements:
 *
 * - A data table is one block of the article, never the article: the walk does not enter a table whose
 *   text is spread over its cells (no cell holds half of it) and that the block walker reads as a table.
 *   A table framing the page (the article in one cell) is entered. A small
 *   page whose plan is a title, one sentence and a 任务分工 table would otherwise become its table's cells.
 * - Running text right beside the heaviest child belongs to the same article: the walk does not enter a
 *   child when its nearest sibling with text, before or after it, holds a sentence of running text (a
 *   unit that ends a sentence and is not link text or site furniture), e.g. the 引言 paragraph above a
 *   big table. Only the nearest: a footer's sentence past the share/print links does not count.
 */
import type { Element } from 'domhandler';
import { isElement, isLayoutTable } from './html-blocks.js';

export interface WeighedUnit {
  el: Element;
  text: string;
  /** article-like characters; 0 for link rows, navigation and site furniture */
  weight: number;
}

export interface DescentOptions {
  /** share of the page's weight the next container must hold */
  share: number;
  /** a lower share for a container whose id/class names it as content */
  hintedShare: number;
  isHinted: (el: Element) => boolean;
}

/** A sentence of running text: it ends as a sentence does and carries some weight of its own. */
const SENTENCE_END = /[。！？；：]$/;
const MIN_SENTENCE_WEIGHT = 8;

export function isRunningSentence(unit: WeighedUnit): boolean {
  return unit.weight >= MIN_SENTENCE_WEIGHT && SENTENCE_END.test(unit.text.trim());
}

function parentOf(el: Element): Element | null {
  const p = el.parent;
  return p && isElement(p) ? p : null;
}

/** The article container: the deepest element reached from `body` under the rules above. */
export function descendToArticle(body: Element, units: WeighedUnit[], options: DescentOptions): Element {
  const weight = new Map<Element, number>();
  // the children of each element that hold a running sentence somewhere below them
  const sentenceIn = new Set<Element>();
  const texted = new Set<Element>();
  for (const u of units) {
    if (u.text) for (let el: Element | null = u.el; el && !texted.has(el); el = parentOf(el)) texted.add(el);
    const sentence = isRunningSentence(u);
    for (let el: Element | null = u.el; el; el = parentOf(el)) {
      weight.set(el, (weight.get(el) ?? 0) + u.weight);
      if (sentence) sentenceIn.add(el);
    }
  }
  const total = weight.get(body) ?? 0;
  if (total === 0) return body;
  let cur = body;
  for (;;) {
    let best: Element | null = null;
    for (const c of cur.children) {
      if (isElement(c) && (weight.get(c) ?? 0) > (best ? (weight.get(best) ?? 0) : 0)) best = c;
    }
    if (!best) break;
    const share = (weight.get(best) ?? 0) / total;
    if (!(share >= options.share || (options.isHinted(best) && share >= options.hintedShare))) break;
    if (isDataTable(best, weight)) break;
    const siblings = cur.children.filter((c): c is Element => isElement(c) && (c === best || texted.has(c)));
    const at = siblings.indexOf(best);
    if ([siblings[at - 1], siblings[at + 1]].some((s) => s && sentenceIn.has(s))) break;
    cur = best;
  }
  return cur;
}

/**
 * A table, or a part of one (tbody, tr, td), that tabulates: its text is spread over its cells. A table
 * that frames the article (one cell holds most of its text) or that the block walker reads as layout
 * (it holds a table or headings) is entered like any other container.
 */
function isDataTable(el: Element, weight: Map<Element, number>): boolean {
  if (!TABLE_PARTS.has(el.name)) return false;
  let table: Element | null = el;
  while (table && table.name !== 'table') table = parentOf(table);
  if (!table || isLayoutTable(table)) return false;
  const total = weight.get(table) ?? 0;
  let heaviestCell = 0;
  const visit = (e: Element): void => {
    for (const c of e.children) {
      if (!isElement(c) || c.name === 'table') continue;
      if (c.name === 'td' || c.name === 'th') heaviestCell = Math.max(heaviestCell, weight.get(c) ?? 0);
      else visit(c);
    }
  };
  visit(table);
  return heaviestCell < FRAMING_CELL_SHARE * total;
}

/** One cell with this share of a table's text makes the table a frame around that text. */
const FRAMING_CELL_SHARE = 0.5;
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
