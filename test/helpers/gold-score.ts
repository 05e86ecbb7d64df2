/**
 * Scores parsed plans against hand-made gold annotations (format: fixtures/annotated/SPEC.md).
 *
 * The rules follow the shared reference scorer the annotations were made for, so the project's floors and
 * the figures in issue notes mean the same thing:
 * - titles match when equal after normalization, when one is a prefix of the other covering ≥ 60 %, or when
 *   their character-bigram Dice coefficient is ≥ 0.8;
 * - sections are compared in order (longest common subsequence), top level against the shallowest body
 *   depth found (an appendix's own outline counts from the appendix's depth);
 * - an indicator matches a gold one on value (allowing 万/亿 scale), target year and a name similarity ≥ 0.4.
 */
import type { PlanDocument } from '../../src/index.js';

export interface GoldIndicator {
  name: string;
  unit?: string | null;
  target?: number | number[] | null;
  targetYear?: number | null;
  baseline?: number | null;
  baselineYear?: number | null;
  comparator?: string;
  attribute?: string | null;
  source: 'table' | 'goals' | 'task';
}

export interface Gold {
  file: string;
  region: string | null;
  province: string | null;
  title: string | null;
  docNumber: string | null;
  issueDate: string | null;
  period: { start: number | null; end: number | null } | null;
  status: string;
  kind: string | null;
  topSections: string[];
  level2Sections: { parent: string; title: string }[];
  tasks: { section: string; number: string; title: string }[];
  tasksNotAnnotated?: boolean;
  indicators: GoldIndicator[];
  responsibilities?: { task: string; lead: string[]; support: string[] }[];
}

export interface Tally {
  metaOk: number;
  metaN: number;
  topHit: number;
  topN: number;
  l2Hit: number;
  l2G: number;
  l2P: number;
  taskHit: number;
  taskG: number;
  taskP: number;
  indG: Record<'goals' | 'table' | 'task', number>;
  indHit: Record<'goals' | 'table' | 'task', number>;
  indP: number;
  indPHit: number;
  unitOk: number;
  cmpOk: number;
  matched: number;
  baseOk: number;
  baseN: number;
  attrOk: number;
  attrN: number;
  respOk: number;
  respN: number;
}

export interface DocScore {
  doc: string;
  tally: Tally;
  miss: string[];
  extra: string[];
}

export interface Summary {
  docs: number;
  meta: number;
  topSections: number;
  level2Recall: number;
  level2Precision: number;
  taskRecall: number;
  taskPrecision: number;
  responsibilities: number;
  indicatorRecallGoalsTable: number;
  indicatorRecallTask: number;
  indicatorPrecision: number;
  unitAccuracy: number;
  comparatorAccuracy: number;
  baselineAccuracy: number;
  attributeAccuracy: number;
}

const LEADING_NUMBER = /^\s*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|专栏\s*\d+)/;
const IGNORED = /[\s“”"'‘’《》〈〉<>()（）【】[\]，,。.、；;：:！!？?—\-－_·|]/g;

export function normTitle(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKC')
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(LEADING_NUMBER, '')
    .replace(IGNORED, '')
    .toLowerCase();
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out.length ? out : [s];
}

export function dice(x: string, y: string): number {
  const a = normTitle(x);
  const b = normTitle(y);
  if (!a || !b) return 0;
  if (a === b) return 1;
  const A = bigrams(a);
  const B = bigrams(b);
  const counts = new Map<string, number>();
  for (const g of A) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of B) {
    const c = counts.get(g) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(g, c - 1);
    }
  }
  return (2 * shared) / (A.length + B.length);
}

export function titleMatch(gold: string, got: string | null | undefined): boolean {
  const a = normTitle(gold);
  const b = normTitle(got);
  if (!a || !b) return false;
  if (a === b) return true;
  if ((a.startsWith(b) || b.startsWith(a)) && Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.6) return true;
  return dice(gold, got ?? '') >= 0.8;
}

const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };
function scaleOf(unit: unknown): number {
  const u = String(unit ?? '');
  let k = 1;
  for (let i = 0; i < u.length - 1 && SCALE[u[i]]; i++) k *= SCALE[u[i]];
  return k;
}
const asArray = (v: unknown): number[] => (Array.isArray(v) ? v : [v]).map(Number);
const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));

function valueEqual(gv: unknown, gu: unknown, pv: unknown, pu: unknown, normalized?: unknown): boolean {
  if (gv == null || pv == null) return false;
  const G = asArray(gv);
  const P = asArray(pv);
  if (G.length !== P.length) return false;
  if (G.every((x, i) => close(x, P[i]))) return true;
  const gs = scaleOf(gu);
  const ps = scaleOf(pu);
  if (G.every((x, i) => close(x * gs, P[i] * ps))) return true;
  if (normalized != null) {
    const N = asArray(normalized);
    if (G.length === N.length && G.every((x, i) => close(x * gs, N[i]))) return true;
  }
  return false;
}

const COMPARATOR_FAMILY: Record<string, string> = { '>=': 'lb', '>': 'lb', '<=': 'ub', '<': 'ub', '=': 'eq', '≈': 'approx', range: 'range' };
const cmpFamily = (c: unknown) => COMPARATOR_FAMILY[String(c)] ?? String(c);
const squashUnit = (u: unknown) => String(u ?? '').normalize('NFKC').replace(/\s/g, '');
const unitKey = (u: string) =>
  u.normalize('NFKC').replace(/\s/g, '').replace(/[〈<（(]/g, '(').replace(/[〉>）)]/g, ')');
function sameUnits(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const A = [...new Set((a ?? []).map(unitKey))].sort();
  const B = [...new Set((b ?? []).map(unitKey))].sort();
  return A.length === B.length && A.every((x, i) => x === B[i]);
}

type Section = PlanDocument['sections'][number];
interface DepthSection {
  title: string;
  kind: string;
  depth: number;
}
function flatten(sections: readonly Section[], depth = 1, out: DepthSection[] = []): DepthSection[] {
  for (const s of sections) {
    out.push({ title: s.title, kind: s.kind ?? 'body', depth });
    flatten(s.children, s.kind === 'appendix' ? depth : depth + 1, out);
  }
  return out;
}

function lcs<A, B>(a: readonly A[], b: readonly B[], eq: (x: A, y: B) => boolean): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) row[j] = eq(a[i - 1], b[j - 1]) ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    prev = row;
  }
  return prev[b.length];
}

export function emptyTally(): Tally {
  return {
    metaOk: 0, metaN: 0, topHit: 0, topN: 0, l2Hit: 0, l2G: 0, l2P: 0, taskHit: 0, taskG: 0, taskP: 0,
    indG: { goals: 0, table: 0, task: 0 }, indHit: { goals: 0, table: 0, task: 0 }, indP: 0, indPHit: 0,
    unitOk: 0, cmpOk: 0, matched: 0, baseOk: 0, baseN: 0, attrOk: 0, attrN: 0, respOk: 0, respN: 0,
  };
}

/** Score one parsed document against its gold annotation. */
export function scoreDocument(doc: string, plan: PlanDocument, gold: Gold): DocScore {
  const T = emptyTally();
  const miss: string[] = [];
  const extra: string[] = [];
  const m = plan.meta;

  const metaChecks: [string, boolean, unknown, unknown][] = [
    ['region', normTitle(m.region) === normTitle(gold.region), m.region, gold.region],
    ['title', gold.title == null ? m.title == null : titleMatch(gold.title, m.title), m.title, gold.title],
    ['docNumber', gold.docNumber == null ? m.docNumber == null : normTitle(m.docNumber) === normTitle(gold.docNumber), m.docNumber, gold.docNumber],
    ['issueDate', (m.issueDate ?? null) === (gold.issueDate ?? null), m.issueDate, gold.issueDate],
    [
      'period',
      (m.period?.start ?? null) === (gold.period?.start ?? null) && (m.period?.end ?? null) === (gold.period?.end ?? null),
      m.period,
      gold.period,
    ],
    ['status', m.status === gold.status, m.status, gold.status],
    ['kind', gold.kind == null || normTitle(m.kind) === normTitle(gold.kind), m.kind, gold.kind],
  ];
  for (const [field, ok, got, want] of metaChecks) {
    T.metaN++;
    if (ok) T.metaOk++;
    else miss.push(`meta.${field}: got ${JSON.stringify(got ?? null)} want ${JSON.stringify(want ?? null)}`);
  }

  const flat = flatten(plan.sections).filter((s) => s.kind === 'body');
  const minDepth = flat.reduce((d, s) => Math.min(d, s.depth), 99);
  const top = flat.filter((s) => s.depth === minDepth).map((s) => s.title);
  const level2 = flat.filter((s) => s.depth === minDepth + 1).map((s) => s.title);
  const topHit = lcs(gold.topSections, top, titleMatch);
  T.topHit += topHit;
  T.topN += Math.max(gold.topSections.length, top.length);
  if (topHit < gold.topSections.length || top.length !== gold.topSections.length)
    miss.push(`top sections: got ${JSON.stringify(top)} want ${JSON.stringify(gold.topSections)}`);
  const goldL2 = gold.level2Sections.map((s) => s.title);
  const l2Hit = lcs(goldL2, level2, titleMatch);
  T.l2Hit += l2Hit;
  T.l2G += goldL2.length;
  T.l2P += level2.length;
  if (l2Hit < goldL2.length || level2.length !== goldL2.length)
    miss.push(`level-2 sections: matched ${l2Hit} of ${goldL2.length}, produced ${level2.length}`);

  const tasks = gold.tasksNotAnnotated ? [] : plan.tasks;
  const usedTasks = new Set<number>();
  const taskOf = new Map<string, (typeof tasks)[number]>();
  for (const g of gold.tasks) {
    const i = tasks.findIndex((t, k) => !usedTasks.has(k) && titleMatch(g.title, t.title));
    if (i >= 0) {
      usedTasks.add(i);
      T.taskHit++;
      taskOf.set(g.title, tasks[i]);
    } else miss.push(`task missing: ${g.title}`);
  }
  T.taskG += gold.tasks.length;
  T.taskP += tasks.length;
  if (tasks.length > T.taskHit) extra.push(`${tasks.length - T.taskHit} extra tasks`);

  for (const r of gold.responsibilities ?? []) {
    T.respN++;
    const t = taskOf.get(r.task) ?? tasks.find((x) => titleMatch(r.task, x.title));
    if (t && sameUnits(t.units?.lead, r.lead) && sameUnits(t.units?.support, r.support)) T.respOk++;
    else
      miss.push(
        `units of "${r.task}": got ${JSON.stringify(t?.units ?? null)} want lead ${JSON.stringify(r.lead)} support ${JSON.stringify(r.support)}`,
      );
  }

  const found = plan.indicators;
  const usedInd = new Set<number>();
  for (const g of gold.indicators) {
    if (g.target == null) continue; // non-numeric targets are not scored
    const src = g.source in T.indG ? g.source : 'goals';
    T.indG[src]++;
    let best = -1;
    let bestSim = 0;
    found.forEach((x, k) => {
      if (usedInd.has(k)) return;
      if (!valueEqual(g.target, g.unit, x.target?.value, x.unit, x.target?.normalized)) return;
      const year = x.target?.year ?? null;
      if (g.targetYear != null && year != null && year !== g.targetYear) return;
      if (g.targetYear != null && year == null && src !== 'task') return;
      const sim = Math.max(dice(g.name, x.name), dice(g.name, x.canonicalName ?? ''));
      const contains = normTitle(x.name).includes(normTitle(g.name)) || normTitle(g.name).includes(normTitle(x.name));
      const s = contains ? Math.max(sim, 0.5) : sim;
      if (s >= 0.4 && s > bestSim) {
        bestSim = s;
        best = k;
      }
    });
    if (best < 0) {
      miss.push(`indicator missing [${src}]: ${g.name} ${g.comparator} ${JSON.stringify(g.target)}${g.unit ?? ''} @${g.targetYear}`);
      continue;
    }
    usedInd.add(best);
    T.indHit[src]++;
    T.matched++;
    const x = found[best];
    if (squashUnit(x.unit) === squashUnit(g.unit) || scaleOf(x.unit) !== scaleOf(g.unit)) T.unitOk++;
    else miss.push(`unit of ${g.name}: got ${x.unit} want ${g.unit}`);
    if (cmpFamily(x.target?.comparator) === cmpFamily(g.comparator)) T.cmpOk++;
    else miss.push(`comparator of ${g.name}: got ${x.target?.comparator} want ${g.comparator}`);
    if (g.source === 'table') {
      T.attrN++;
      if ((x.attribute ?? null) === (g.attribute ?? null)) T.attrOk++;
      else miss.push(`attribute of ${g.name}: got ${x.attribute} want ${g.attribute}`);
      T.baseN++;
      const baseline = x.baseline;
      const ok =
        g.baseline == null
          ? baseline == null || baseline.value == null
          : baseline != null && valueEqual(g.baseline, g.unit, baseline.value, x.unit) && baseline.year === g.baselineYear;
      if (ok) T.baseOk++;
      else miss.push(`baseline of ${g.name}: got ${JSON.stringify(baseline)} want ${g.baseline}@${g.baselineYear}`);
    }
  }
  const scored = found.filter((x) => x.target?.value != null);
  T.indP += scored.length;
  T.indPHit += usedInd.size;
  found.forEach((x, k) => {
    if (!usedInd.has(k) && x.target?.value != null)
      extra.push(`indicator not in gold: ${x.name} ${x.target?.comparator ?? ''} ${JSON.stringify(x.target?.value)}${x.unit ?? ''}`);
  });
  return { doc, tally: T, miss, extra };
}

export function addTally(into: Tally, t: Tally): Tally {
  for (const k of Object.keys(t) as (keyof Tally)[]) {
    const v = t[k];
    if (typeof v === 'number') (into[k] as number) += v;
    else for (const s of ['goals', 'table', 'task'] as const) (into[k] as Tally['indG'])[s] += v[s];
  }
  return into;
}

const ratio = (a: number, b: number) => (b ? a / b : a === 0 ? 1 : 0);

export function summarize(scores: readonly DocScore[]): Summary {
  const T = scores.reduce((acc, s) => addTally(acc, s.tally), emptyTally());
  return {
    docs: scores.length,
    meta: ratio(T.metaOk, T.metaN),
    topSections: ratio(T.topHit, T.topN),
    level2Recall: ratio(T.l2Hit, T.l2G),
    level2Precision: ratio(T.l2Hit, T.l2P),
    taskRecall: ratio(T.taskHit, T.taskG),
    taskPrecision: ratio(T.taskHit, T.taskP),
    responsibilities: ratio(T.respOk, T.respN),
    indicatorRecallGoalsTable: ratio(T.indHit.goals + T.indHit.table, T.indG.goals + T.indG.table),
    indicatorRecallTask: ratio(T.indHit.task, T.indG.task),
    indicatorPrecision: ratio(T.indPHit, T.indP),
    unitAccuracy: ratio(T.unitOk, T.matched),
    comparatorAccuracy: ratio(T.cmpOk, T.matched),
    baselineAccuracy: ratio(T.baseOk, T.baseN),
    attributeAccuracy: ratio(T.attrOk, T.attrN),
  };
}
