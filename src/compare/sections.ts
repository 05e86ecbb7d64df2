/**
 * `compare --by sections`: the outlines of several plans side by side, sections on one row when their
 * titles say the same thing. Titles are compared as TF-IDF vectors over jieba tokens without filler
 * words (加强, 推进, 新局面 …), so 全面加强知识产权保护, 开创知识产权严保护新局面 and 增强知识产权保护效能
 * all reduce to 知识产权 + 保护 and meet. The parents' titles weigh in a little (a 保护 section under
 * 主要任务 is closer to one under 重点任务 than to one under 总体目标).
 *
 * Rows are built by greedy average-linkage clustering: the most similar pair of sections first, two
 * groups merge when no plan would appear twice in the result and their average similarity stays at or
 * above the threshold. Rows follow the plans' order (mean relative position of their sections).
 */
import type { PlanDocument, Section } from '../schema/plan.js';
import { documentRefs, type DocumentRef } from './documents.js';
import { TfIdf, cosine, expandCompounds, roundScore, terms, type Tokenizer, type Vector } from './similarity.js';

export interface SectionRef {
  id: string;
  number: string;
  title: string;
  level: number;
}

export interface SectionRow {
  /** average similarity of the row's sections; null for a section no other plan matches */
  score: number | null;
  cells: Record<string, SectionRef | null>;
}

export interface SectionComparison {
  documents: DocumentRef[];
  rows: SectionRow[];
}

export interface SectionCompareOptions {
  /** deepest outline level compared (1 = top); default 2 */
  depth?: number;
  /** least similarity for two sections to share a row; default SECTION_THRESHOLD */
  threshold?: number;
}

/** Tuned on titles of IP plans: the 保护/创造/运用 … groups meet, 加强组织领导 stays with its likes. */
export const SECTION_THRESHOLD = 0.35;
/** A section at another level is less likely the same part of the plan. */
const LEVEL_PENALTY = 0.8;
const CHILDREN_WEIGHT_TOP = 0.6;
const CHILDREN_WEIGHT = 0.25;

interface Item {
  doc: number;
  index: number;
  /** position in its plan's outline, 0…1 */
  position: number;
  section: Section;
  parent: number | null;
  vector: Vector;
  /** the titles of everything below the section, one bag of words; null without children */
  children: Vector | null;
}


/** Body sections down to `depth`, in outline order. */
function outlineOf(sections: Section[], depth: number): { section: Section; parent: Section | null }[] {
  const out: { section: Section; parent: Section | null }[] = [];
  const walk = (list: Section[], parent: Section | null) => {
    for (const s of list) {
      if (s.kind !== 'body' || s.level > depth) continue;
      out.push({ section: s, parent });
      walk(s.children, s);
    }
  };
  walk(sections, null);
  return out;
}

export function sectionSimilarityItems(docs: PlanDocument[], tok: Tokenizer, depth: number): Item[] {
  const raw = docs.flatMap((doc, d) => {
    const outline = outlineOf(doc.sections, depth);
    return outline.map((o, index) => ({ doc: d, index, outline, ...o }));
  });
  const titleTerms = raw.map((r) => terms(tok, r.section.title));
  const childTerms = raw.map((r) => r.section.children.filter((c) => c.kind !== 'toc').flatMap((s) => terms(tok, s.title)));
  const expanded = expandCompounds([...titleTerms, ...childTerms]);
  const model = new TfIdf(expanded.slice(0, raw.length));
  const items: Item[] = raw.map((r, i) => ({
    doc: r.doc,
    index: r.index,
    position: r.outline.length > 1 ? r.index / (r.outline.length - 1) : 0,
    section: r.section,
    parent: null,
    vector: model.vector(expanded[i]),
    children: childTerms[i].length ? model.vector(expanded[raw.length + i]) : null,
  }));
  // parent links by identity within the same document
  raw.forEach((r, i) => {
    if (r.parent === null) return;
    const p = raw.findIndex((o) => o.doc === r.doc && o.section === r.parent);
    items[i].parent = p >= 0 ? p : null;
  });
  return items;
}

/** Similarity of two sections of different plans. */
function pairScore(items: Item[], a: Item, b: Item): number {
  // top-level parts are named generically (主要任务, 工作措施), so what they hold decides; lower sections are
  // named by their subject, and what they hold (task titles) only confirms it
  const w = a.section.level === 1 && b.section.level === 1 ? CHILDREN_WEIGHT_TOP : CHILDREN_WEIGHT;
  const title = a.children && b.children ? (1 - w) * cosine(a.vector, b.vector) + w * cosine(a.children, b.children) : cosine(a.vector, b.vector);
  if (title === 0) return 0;
  const pa = a.parent === null ? null : items[a.parent];
  const pb = b.parent === null ? null : items[b.parent];
  const parent = pa === null && pb === null ? 1 : pa !== null && pb !== null ? cosine(pa.vector, pb.vector) : 0.5;
  const level = a.section.level === b.section.level ? 1 : LEVEL_PENALTY;
  return title * (0.8 + 0.2 * parent) * level;
}


export function compareSections(docs: PlanDocument[], tok: Tokenizer, options: SectionCompareOptions = {}): SectionComparison {
  const documents = documentRefs(docs);
  const depth = options.depth ?? 2;
  const threshold = options.threshold ?? SECTION_THRESHOLD;
  const items = sectionSimilarityItems(docs, tok, depth);
  const n = items.length;
  const score = (i: number, j: number) => scores[i * n + j];
  const scores = new Float64Array(n * n);
  const pairs: { i: number; j: number; s: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (items[i].doc === items[j].doc) continue;
      const s = pairScore(items, items[i], items[j]);
      scores[i * n + j] = scores[j * n + i] = s;
      if (s >= threshold) pairs.push({ i, j, s });
    }
  }
  // highest first; ties in input order, so the result does not depend on sort stability quirks
  pairs.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);

  const clusterOf = items.map((_, i) => i);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  const average = (x: number[], y: number[]) => {
    let s = 0;
    for (const a of x) for (const b of y) s += score(a, b);
    return s / (x.length * y.length);
  };
  for (const { i, j } of pairs) {
    const ci = clusterOf[i];
    const cj = clusterOf[j];
    if (ci === cj) continue;
    const x = members.get(ci)!;
    const y = members.get(cj)!;
    const docsX = new Set(x.map((k) => items[k].doc));
    if (y.some((k) => docsX.has(items[k].doc))) continue;
    if (average(x, y) < threshold) continue;
    const merged = [...x, ...y];
    members.set(ci, merged);
    members.delete(cj);
    for (const k of y) clusterOf[k] = ci;
  }

  const rows = [...members.values()].map((m) => {
    m.sort((a, b) => a - b);
    const cells: Record<string, SectionRef | null> = {};
    for (const d of documents) cells[d.id] = null;
    for (const k of m) {
      const s = items[k].section;
      cells[documents[items[k].doc].id] = { id: s.id, number: s.number, title: s.title, level: s.level };
    }
    let sum = 0;
    let count = 0;
    for (let a = 0; a < m.length; a++) for (let b = a + 1; b < m.length; b++) (sum += score(m[a], m[b])), count++;
    const position = m.reduce((p, k) => p + items[k].position, 0) / m.length;
    return { row: { score: count ? roundScore(sum / count) : null, cells }, position, first: m[0] };
  });
  rows.sort((a, b) => a.position - b.position || a.first - b.first);
  return { documents, rows: rows.map((r) => r.row) };
}

/**
 * `（一）全面加强知识产权保护`, indented by level for a side-by-side outline (`indent`: the string repeated
 * per level below the top; an ideographic space for HTML, where ordinary spaces collapse).
 */
export function sectionLabel(s: SectionRef | null, indent: string | false = '  '): string {
  if (!s) return '';
  const pad = indent ? indent.repeat(Math.max(0, s.level - 1)) : '';
  return `${pad}${numberedTitle(s.number, s.title)}`;
}

/**
 * A heading's or task's number written as the plan writes it before its title: `1.`, `一、`, `专栏1 `,
 * and a number that already closes itself (（一）, (1), ①, 第一条) as it is. Task lists put a space after
 * `1.` (`afterDigits`), as they always have.
 */
export function numberedTitle(n: string | null | undefined, title: string, afterDigits = '.'): string {
  const number = !n ? '' : /^\d+$/.test(n) ? `${n}${afterDigits}` : /^[一二三四五六七八九十百零〇]+$/.test(n) ? `${n}、` : /^专栏/.test(n) || /^第.+[条章节部分]$/.test(n) ? `${n} ` : n;
  return `${number}${title}`;
}
