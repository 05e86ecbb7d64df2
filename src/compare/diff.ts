/**
 * `diff <old> <new>`: what changed between two versions of one plan (a draft and the issued text).
 *
 * - Indicators are paired by canonical name (the name as written without one); a pair whose target,
 *   baseline, milestones, unit or attribute differ is "changed", with the difference of the targets.
 * - Tasks are paired first by their text (without the names of their responsible units), then by TF-IDF
 *   similarity at or above REWORD_THRESHOLD ("reworded"); the rest are added or removed. For each pair,
 *   lead and support units are compared by canonical name ("units changed").
 * - Sections (not the ones that are a task's own heading, nor the table of contents) are paired by title,
 *   then, under paired parents, by the slot between paired neighbours, by the tasks and subsections they
 *   hold, or by title similarity ("renamed"); a pair under another parent or out of order among its
 *   siblings is "moved". Renumbering alone is no change: it follows from additions and removals.
 */
import type { Indicator, NumericValue, PlanDocument, Section, Task } from '../schema/plan.js';
import { COMPARATOR_SIGN, formatNumber, inDisplayUnit, tidy } from './indicators.js';
import { indicatorKey } from '../extract/indicators/canonical.js';
import { numberedTitle, sectionLabel } from './sections.js';
import { TfIdf, cosine, expandCompounds, roundScore, terms, type Tokenizer } from './similarity.js';
import { taskTerms } from './tasks.js';
import { taskTextWithoutUnits } from './themes.js';

export type ChangeKind = 'indicator' | 'task' | 'section' | 'unit';
export type ChangeType = 'added' | 'removed' | 'changed' | 'reworded' | 'renamed' | 'moved';

export interface Change {
  kind: ChangeKind;
  change: ChangeType;
  /** what changed: an indicator's name, a task's or section's title */
  subject: string;
  old: string | null;
  new: string | null;
  detail: string | null;
  oldRef: { id: string; line: number } | null;
  newRef: { id: string; line: number } | null;
  /** indicators: new target − old target, in the old target's unit */
  difference?: number | null;
  /** tasks reworded, sections renamed: similarity of the pair */
  score?: number;
}

export interface DiffSide {
  path: string;
  title: string | null;
  region: string | null;
  status: 'draft' | 'final';
}

export interface PlanDiff {
  old: DiffSide;
  new: DiffSide;
  summary: Record<ChangeKind, Partial<Record<ChangeType, number>>>;
  changes: Change[];
}

/** Least similarity for a task of the new version to count as the old one reworded. */
export const REWORD_THRESHOLD = 0.5;
/** Least title similarity for two sections in different slots to count as one renamed. */
const RENAME_THRESHOLD = 0.5;

const side = (doc: PlanDocument): DiffSide => ({ path: doc.source.path, title: doc.meta.title, region: doc.meta.region, status: doc.meta.status });

export function diffPlans(oldDoc: PlanDocument, newDoc: PlanDocument, tok: Tokenizer): PlanDiff {
  const tasks = pairTasks(oldDoc, newDoc, tok);
  const changes = [...diffIndicators(oldDoc, newDoc), ...diffTasks(oldDoc, newDoc, tasks), ...diffSections(oldDoc, newDoc, tok, tasks)];
  const summary: PlanDiff['summary'] = { indicator: {}, task: {}, section: {}, unit: {} };
  for (const c of changes) summary[c.kind][c.change] = (summary[c.kind][c.change] ?? 0) + 1;
  return { old: side(oldDoc), new: side(newDoc), summary, changes };
}

// ---- indicators ---------------------------------------------------------------------------------


function valueKey(v: { year: number | null; value: NumericValue | null } | null): string {
  return v ? `${v.year ?? ''}:${v.value === null ? '' : formatNumber(v.value)}` : '';
}

/** What differs between two versions of an indicator (empty when nothing that matters does). */
function indicatorDifferences(a: Indicator, b: Indicator): string[] {
  const out: string[] = [];
  const ta = a.target;
  const tb = b.target;
  const sameValue = (x: typeof ta, y: typeof tb) => {
    const nx = x.normalized;
    const ny = y.normalized;
    // 0.4亿元 and 4000万元 are the same target written in another unit
    if (nx && ny && nx.unit === ny.unit) return formatNumber(nx.value) === formatNumber(ny.value);
    return x.value !== null && y.value !== null ? formatNumber(x.value) === formatNumber(y.value) && a.unit === b.unit : x.raw === y.raw;
  };
  if (!sameValue(ta, tb)) out.push('target');
  if (ta.comparator !== tb.comparator) out.push('comparator');
  if (ta.hedge !== tb.hedge) out.push('hedge');
  if (ta.year !== tb.year) out.push('target year');
  if (valueKey(a.baseline) !== valueKey(b.baseline)) out.push('baseline');
  if (a.milestones.map(valueKey).join(',') !== b.milestones.map(valueKey).join(',')) out.push('milestones');
  if (a.attribute !== b.attribute) out.push('attribute');
  if (a.unit !== b.unit && !out.includes('target')) {
    const na = a.target.normalized?.unit;
    if (!(na && na === b.target.normalized?.unit)) out.push('unit');
  }
  return out;
}

function indicatorRef(i: Indicator) {
  return { id: i.id, line: i.line };
}

/** `力争≥32000件 (2020); 基线 0.35亿元 (2020)` */
function withUnit(i: Indicator): string {
  const unit = i.unit ?? '';
  const year = (y: number | null | undefined) => (y ? ` (${y})` : '');
  const t = i.target;
  const target = t.value === null ? t.raw : `${t.hedge ?? ''}${COMPARATOR_SIGN[t.comparator]}${formatNumber(t.value)}${unit}${year(t.year)}`;
  const baseline = i.baseline && i.baseline.value !== null ? `; 基线 ${formatNumber(i.baseline.value)}${unit}${year(i.baseline.year)}` : '';
  return target + baseline;
}

export function diffIndicators(oldDoc: PlanDocument, newDoc: PlanDocument): Change[] {
  const remaining = [...newDoc.indicators];
  const pairs: [Indicator, Indicator][] = [];
  const unpaired: Indicator[] = [];
  // identical first, so a changed figure is paired with its own old version and not a repeat elsewhere
  const rest: Indicator[] = [];
  for (const a of oldDoc.indicators) {
    const k = remaining.findIndex((b) => indicatorKey(b) === indicatorKey(a) && b.source === a.source && indicatorDifferences(a, b).length === 0);
    if (k >= 0) remaining.splice(k, 1);
    else rest.push(a);
  }
  for (const a of rest) {
    const sameKey = remaining.filter((b) => indicatorKey(b) === indicatorKey(a));
    const b = sameKey.find((x) => x.source === a.source && x.target.year === a.target.year) ?? sameKey.find((x) => x.source === a.source) ?? sameKey[0];
    if (b) {
      remaining.splice(remaining.indexOf(b), 1);
      pairs.push([a, b]);
    } else unpaired.push(a);
  }
  const changes: Change[] = [];
  for (const [a, b] of pairs) {
    const diffs = indicatorDifferences(a, b);
    if (diffs.length === 0) continue;
    changes.push({
      kind: 'indicator',
      change: 'changed',
      subject: a.canonicalName ?? a.name,
      old: withUnit(a),
      new: withUnit(b),
      detail: [diffs.join(', '), differenceText(a, b)].filter(Boolean).join('; '),
      oldRef: indicatorRef(a),
      newRef: indicatorRef(b),
      difference: difference(a, b),
    });
  }
  for (const a of unpaired) {
    changes.push({ kind: 'indicator', change: 'removed', subject: a.canonicalName ?? a.name, old: withUnit(a), new: null, detail: a.source, oldRef: indicatorRef(a), newRef: null });
  }
  for (const b of remaining) {
    changes.push({ kind: 'indicator', change: 'added', subject: b.canonicalName ?? b.name, old: null, new: withUnit(b), detail: b.source, oldRef: null, newRef: indicatorRef(b) });
  }
  return changes;
}

/** New target − old target in the old one's unit; null for ranges or targets that cannot be compared. */
function difference(a: Indicator, b: Indicator): number | null {
  const x = a.target.value;
  const y = inDisplayUnit(b.target, b.unit, a.unit);
  if (typeof x !== 'number' || !y || typeof y.value !== 'number') return null;
  if (!y.converted && a.unit !== b.unit) return null;
  return tidy(y.value - x);
}

function differenceText(a: Indicator, b: Indicator): string {
  const d = difference(a, b);
  if (d === null || d === 0) return '';
  const x = a.target.value as number;
  const pct = x !== 0 ? ` (${d > 0 ? '+' : ''}${tidy((d / x) * 100).toFixed(1)}%)` : '';
  // a share moves by percentage points (百分点), not by per cent of itself
  const unit = a.unit === '%' ? '个百分点' : a.unit === '‰' ? '个千分点' : (a.unit ?? '');
  return `${d > 0 ? '+' : ''}${d}${unit}${pct}`;
}

// ---- tasks and units ----------------------------------------------------------------------------

const normalizedText = (t: Task) => taskTextWithoutUnits(t).normalize('NFKC').replace(/\s+/g, '');
const taskLabel = (t: Task) => numberedTitle(t.number, t.title, '. ');
const taskRef = (t: Task) => ({ id: t.id, line: t.line });

/** Canonical name of each unit name as written, from the plan's unit list. */
function canonicalUnits(doc: PlanDocument): Map<string, string> {
  const m = new Map<string, string>();
  for (const u of doc.units) {
    m.set(u.name, u.name);
    for (const a of u.aliases) m.set(a, u.name);
  }
  return m;
}

export interface TaskPairing {
  /** score: null when the text is the same, else the similarity of the reworded pair */
  pairs: { a: Task; b: Task; score: number | null }[];
  removed: Task[];
  added: Task[];
}

export function pairTasks(oldDoc: PlanDocument, newDoc: PlanDocument, tok: Tokenizer): TaskPairing {
  const pairs: { a: Task; b: Task; score: number | null }[] = [];
  const freeOld = new Set(oldDoc.tasks.map((_, i) => i));
  const freeNew = new Set(newDoc.tasks.map((_, i) => i));
  // the same text: the same task, whatever its number now
  const newTexts = newDoc.tasks.map(normalizedText);
  oldDoc.tasks.forEach((a, i) => {
    const text = normalizedText(a);
    const j = newTexts.findIndex((t, k) => freeNew.has(k) && t === text);
    if (j >= 0) {
      pairs.push({ a, b: newDoc.tasks[j], score: null });
      freeOld.delete(i);
      freeNew.delete(j);
    }
  });
  if (freeOld.size && freeNew.size) {
    const lists = [...oldDoc.tasks, ...newDoc.tasks].map((t) => taskTerms(tok, t));
    const expanded = expandCompounds(lists);
    const model = new TfIdf(expanded);
    const n = oldDoc.tasks.length;
    const candidates: { i: number; j: number; s: number }[] = [];
    for (const i of freeOld) {
      for (const j of freeNew) {
        const s = cosine(model.vector(expanded[i]), model.vector(expanded[n + j]));
        if (s >= REWORD_THRESHOLD) candidates.push({ i, j, s });
      }
    }
    candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
    for (const { i, j, s } of candidates) {
      if (!freeOld.has(i) || !freeNew.has(j)) continue;
      pairs.push({ a: oldDoc.tasks[i], b: newDoc.tasks[j], score: roundScore(s) });
      freeOld.delete(i);
      freeNew.delete(j);
    }
  }
  pairs.sort((x, y) => oldDoc.tasks.indexOf(x.a) - oldDoc.tasks.indexOf(y.a));
  return {
    pairs,
    removed: oldDoc.tasks.filter((_, i) => freeOld.has(i)),
    added: newDoc.tasks.filter((_, j) => freeNew.has(j)),
  };
}

export function diffTasks(oldDoc: PlanDocument, newDoc: PlanDocument, pairing: TaskPairing): Change[] {
  const { pairs, removed, added } = pairing;
  const changes: Change[] = [];
  const oldUnits = canonicalUnits(oldDoc);
  const newUnits = canonicalUnits(newDoc);
  for (const { a, b, score } of pairs) {
    if (score !== null) {
      changes.push({ kind: 'task', change: 'reworded', subject: b.title, old: a.text, new: b.text, detail: `similarity ${score}`, oldRef: taskRef(a), newRef: taskRef(b), score });
    }
    for (const role of ['lead', 'support'] as const) {
      const before = a.units[role].map((u) => oldUnits.get(u) ?? u);
      const after = b.units[role].map((u) => newUnits.get(u) ?? u);
      const gone = before.filter((u) => !after.includes(u));
      const come = after.filter((u) => !before.includes(u));
      if (gone.length === 0 && come.length === 0) continue;
      changes.push({
        kind: 'unit',
        change: 'changed',
        subject: taskLabel(b),
        old: a.units[role].join('、') || null,
        new: b.units[role].join('、') || null,
        detail: [role === 'lead' ? '牵头/责任 (lead)' : '配合 (support)', ...gone.map((u) => `− ${u}`), ...come.map((u) => `+ ${u}`)].join('; '),
        oldRef: taskRef(a),
        newRef: taskRef(b),
      });
    }
  }
  for (const a of removed) changes.push({ kind: 'task', change: 'removed', subject: taskLabel(a), old: a.text, new: null, detail: null, oldRef: taskRef(a), newRef: null });
  for (const b of added) changes.push({ kind: 'task', change: 'added', subject: taskLabel(b), old: null, new: b.text, detail: null, oldRef: null, newRef: taskRef(b) });
  return changes;
}

// ---- sections -----------------------------------------------------------------------------------

interface Node {
  section: Section;
  parent: Node | null;
  index: number;
  /** ids of the tasks filed under this section */
  tasks: Task[];
}

/** Sections compared by diff: the body outline without the sections that are a task's own heading. */
function outlineNodes(doc: PlanDocument): Node[] {
  const taskHeading = (s: Section, parent: Section | null) =>
    doc.tasks.some((t) => t.line === s.line || (parent !== null && t.sectionId === parent.id && t.title === s.title));
  const nodes: Node[] = [];
  const walk = (list: Section[], parent: Node | null) => {
    for (const s of list) {
      if (s.kind === 'toc' || taskHeading(s, parent?.section ?? null)) continue;
      const node: Node = { section: s, parent, index: nodes.length, tasks: doc.tasks.filter((t) => t.sectionId === s.id) };
      nodes.push(node);
      walk(s.children, node);
    }
  };
  walk(doc.sections, null);
  return nodes;
}

const foldTitle = (s: string) => s.normalize('NFKC').replace(/[\s，,。.、；;：:]/g, '');

function sectionPathLabel(n: Node): string {
  const parts: string[] = [];
  for (let x: Node | null = n; x; x = x.parent) parts.unshift(sectionLabel({ ...x.section }, false));
  return parts.join(' › ');
}

const sectionRef = (n: Node) => ({ id: n.section.id, line: n.section.line });

export function diffSections(oldDoc: PlanDocument, newDoc: PlanDocument, tok: Tokenizer, tasks: TaskPairing): Change[] {
  const olds = outlineNodes(oldDoc);
  const news = outlineNodes(newDoc);
  const partner = new Map<Node, Node>();
  const back = new Map<Node, Node>();
  const link = (a: Node, b: Node) => {
    partner.set(a, b);
    back.set(b, a);
  };
  // 1. the same title (in order, so repeated titles such as 加强组织领导 pair up in turn)
  for (const a of olds) {
    const b = news.find((x) => !back.has(x) && x.section.kind === a.section.kind && foldTitle(x.section.title) === foldTitle(a.section.title));
    if (b) link(a, b);
  }
  // 2. renamed: under paired parents, by slot, content or title similarity
  const taskPartner = new Map(tasks.pairs.map((p) => [p.a, p.b]));
  const titleTerms = expandCompounds([...olds, ...news].map((n) => terms(tok, n.section.title)));
  const model = new TfIdf(titleTerms);
  const titleVector = (n: Node, isNew: boolean) => model.vector(titleTerms[isNew ? olds.length + n.index : n.index]);
  const scores = new Map<string, number>();
  let changed = true;
  while (changed) {
    changed = false;
    const candidates: { a: Node; b: Node; slot: boolean; content: number; title: number }[] = [];
    for (const a of olds) {
      if (partner.has(a)) continue;
      for (const b of news) {
        if (back.has(b) || a.section.kind !== b.section.kind) continue;
        const parentsPaired = a.parent === null ? b.parent === null : partner.get(a.parent) === b.parent;
        if (!parentsPaired) continue;
        const title = cosine(titleVector(a, false), titleVector(b, true));
        const content = contentOverlap(a, b, olds, partner, taskPartner);
        const slot = sameSlot(a, b, olds, news, partner, back);
        if (slot || content >= 0.5 || title >= RENAME_THRESHOLD) candidates.push({ a, b, slot, content, title });
      }
    }
    candidates.sort((x, y) => Number(y.slot) - Number(x.slot) || y.content - x.content || y.title - x.title || x.a.index - y.a.index || x.b.index - y.b.index);
    for (const c of candidates) {
      if (partner.has(c.a) || back.has(c.b)) continue;
      link(c.a, c.b);
      scores.set(c.a.section.id, roundScore(c.title));
      changed = true;
    }
  }

  const changes: Change[] = [];
  for (const a of olds) {
    const b = partner.get(a);
    if (!b) continue;
    if (foldTitle(a.section.title) !== foldTitle(b.section.title)) {
      changes.push({
        kind: 'section',
        change: 'renamed',
        subject: b.section.title,
        old: sectionPathLabel(a),
        new: sectionPathLabel(b),
        detail: `title similarity ${scores.get(a.section.id) ?? 0}`,
        oldRef: sectionRef(a),
        newRef: sectionRef(b),
        score: scores.get(a.section.id) ?? 0,
      });
    }
  }
  for (const a of movedSections(olds, news, partner)) {
    const b = partner.get(a)!;
    changes.push({ kind: 'section', change: 'moved', subject: b.section.title, old: sectionPathLabel(a), new: sectionPathLabel(b), detail: null, oldRef: sectionRef(a), newRef: sectionRef(b) });
  }
  for (const a of olds) if (!partner.has(a)) changes.push({ kind: 'section', change: 'removed', subject: a.section.title, old: sectionPathLabel(a), new: null, detail: null, oldRef: sectionRef(a), newRef: null });
  for (const b of news) if (!back.has(b)) changes.push({ kind: 'section', change: 'added', subject: b.section.title, old: null, new: sectionPathLabel(b), detail: null, oldRef: null, newRef: sectionRef(b) });
  return changes;
}

/** Share of what the old section holds (subsections, tasks) that went into the new one. */
function contentOverlap(a: Node, b: Node, olds: Node[], partner: Map<Node, Node>, taskPartner: Map<Task, Task>): number {
  const kids = olds.filter((n) => n.parent === a);
  const total = kids.length + a.tasks.length;
  if (total === 0) return 0;
  let kept = 0;
  for (const k of kids) if (partner.get(k)?.parent === b) kept++;
  for (const t of a.tasks) if (b.tasks.includes(taskPartner.get(t) as Task)) kept++;
  return kept / total;
}

/** Between the same paired neighbours: the previous and next paired siblings of both correspond. */
function sameSlot(a: Node, b: Node, olds: Node[], news: Node[], partner: Map<Node, Node>, back: Map<Node, Node>): boolean {
  const siblingsA = olds.filter((n) => n.parent === a.parent);
  const siblingsB = news.filter((n) => n.parent === b.parent);
  const ia = siblingsA.indexOf(a);
  const ib = siblingsB.indexOf(b);
  const prevA = siblingsA.slice(0, ia).reverse().find((n) => partner.has(n)) ?? null;
  const nextA = siblingsA.slice(ia + 1).find((n) => partner.has(n)) ?? null;
  const prevB = siblingsB.slice(0, ib).reverse().find((n) => back.has(n)) ?? null;
  const nextB = siblingsB.slice(ib + 1).find((n) => back.has(n)) ?? null;
  if ((prevA ? partner.get(prevA) : null) !== prevB || (nextA ? partner.get(nextA) : null) !== nextB) return false;
  // the slot must hold one section on each side, or it is a removal plus an addition
  const between = (list: Node[], lo: Node | null, hi: Node | null, isOld: boolean) =>
    list.filter((n) => (lo === null || n.index > lo.index) && (hi === null || n.index < hi.index) && (isOld ? !partner.has(n) : !back.has(n))).length;
  return between(siblingsA, prevA, nextA, true) === 1 && between(siblingsB, prevB, nextB, false) === 1;
}

/** Paired sections under another parent, or out of order among their paired siblings (not on the longest run kept in order). */
function movedSections(olds: Node[], news: Node[], partner: Map<Node, Node>): Node[] {
  const moved = new Set<Node>();
  for (const a of olds) {
    const b = partner.get(a);
    if (!b) continue;
    const parentMoved = a.parent === null ? b.parent !== null : partner.get(a.parent) !== b.parent;
    if (parentMoved) moved.add(a);
  }
  const groups = new Map<Node | null, Node[]>();
  for (const a of olds) {
    if (!partner.has(a) || moved.has(a)) continue;
    if (!groups.has(a.parent)) groups.set(a.parent, []);
    groups.get(a.parent)!.push(a);
  }
  for (const siblings of groups.values()) {
    const order = siblings.map((a) => news.indexOf(partner.get(a)!));
    const keep = longestIncreasing(order);
    siblings.forEach((a, i) => {
      if (!keep.has(i)) moved.add(a);
    });
  }
  return olds.filter((a) => moved.has(a));
}

/** Indices of one longest strictly increasing subsequence (patience sorting). */
function longestIncreasing(xs: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]] < xs[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) keep.add(k);
  return keep;
}
