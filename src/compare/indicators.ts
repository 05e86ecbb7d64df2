/**
 * `compare --by indicators`: one row per indicator across plans, one column per plan.
 *
 * Indicators are put on one row by their canonical name (the extract stage's synonyms and similarity
 * decide that; the name as written when there is none) and by the kind of unit, so a count and a
 * percentage that happen to share a name never share a row. Each row is shown in one unit: values are
 * converted through their normalized form (base unit) into the unit most plans wrote, so 5000万元 and
 * 0.5亿元 line up. Rows are sorted by how many plans set them, then by category (theme), then by first
 * appearance.
 */
import type { Indicator, NumericValue, PlanDocument } from '../schema/plan.js';
import { splitUnit } from '../nlp/units.js';
import { documentRefs, type DocumentRef } from './documents.js';
import { themeOf, themeRank } from './themes.js';
import { indicatorKey } from '../extract/indicators/canonical.js';

export interface IndicatorRow {
  canonicalName: string;
  /** normalized (base) unit of the row: 元 for 万元 and 亿元 */
  unit: string | null;
  category: string | null;
  /** the unit the row's values are shown in (the one most plans wrote) */
  displayUnit: string | null;
  /** how many plans set this indicator */
  plans: number;
  /** document id → its indicators on this row ([] when it sets none) */
  cells: Record<string, Indicator[]>;
}

export interface IndicatorComparison {
  documents: DocumentRef[];
  rows: IndicatorRow[];
}

export interface IndicatorCompareOptions {
  /** only rows set by at least two plans */
  onlyShared?: boolean;
  /** only rows whose canonical name or a name as written contains one of these */
  indicator?: string[];
}

const SOURCE_ORDER: Record<Indicator['source'], number> = { table: 0, goals: 1, task: 2 };

/** Names compared without spaces and full-width forms. */
export function foldName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Base unit an indicator's values are in (元 for 亿元); null when it has none. */
function baseUnit(ind: Indicator): string | null {
  if (ind.target.normalized) return ind.target.normalized.unit;
  return ind.unit ? splitUnit(ind.unit).base : null;
}

/**
 * Unit family: 件/万人 and 件 are one family, because a per-capita indicator's name already says "per
 * 10 000 people" and plans write the unit either way; 件 and % are not.
 */
function unitFamily(unit: string | null): string | null {
  return unit === null ? null : unit.split('/')[0];
}

function mostCommon<T>(items: T[], tieBreak: (a: T, b: T) => number = () => 0): T | undefined {
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [x, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== undefined && tieBreak(x, best) < 0)) {
      best = x;
      bestCount = n;
    }
  }
  return best;
}

interface Member {
  doc: number;
  order: number;
  ind: Indicator;
}

export function compareIndicators(docs: PlanDocument[], options: IndicatorCompareOptions = {}): IndicatorComparison {
  const documents = documentRefs(docs);
  // key → members, in order of first appearance (document order, then indicator order)
  const byKey = new Map<string, Member[]>();
  let order = 0;
  docs.forEach((doc, d) => {
    for (const ind of doc.indicators) {
      const key = indicatorKey(ind);
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key)!.push({ doc: d, order: order++, ind });
    }
  });

  const rows: (IndicatorRow & { first: number })[] = [];
  for (const members of byKey.values()) {
    for (const group of splitByUnit(members)) rows.push(makeRow(group, documents));
  }
  const filters = (options.indicator ?? []).map(foldName).filter(Boolean);
  const kept = rows.filter((r) => {
    if (options.onlyShared && r.plans < 2) return false;
    if (filters.length === 0) return true;
    const names = [r.canonicalName, ...Object.values(r.cells).flat().map((i) => i.name)].map(foldName);
    return filters.some((f) => names.some((n) => n.includes(f)));
  });
  kept.sort((a, b) => b.plans - a.plans || themeRank(a.category) - themeRank(b.category) || compareNullable(a.category, b.category) || a.first - b.first);
  return { documents, rows: kept.map(({ first: _first, ...r }) => r) };
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Members of one name split by unit family; members without a unit join the largest family. */
function splitByUnit(members: Member[]): Member[][] {
  const families = new Map<string | null, Member[]>();
  for (const m of members) {
    const f = unitFamily(baseUnit(m.ind));
    if (!families.has(f)) families.set(f, []);
    families.get(f)!.push(m);
  }
  const unitless = families.get(null);
  families.delete(null);
  const groups = [...families.values()];
  if (unitless) {
    const largest = groups.reduce<Member[] | null>((best, g) => (best === null || g.length > best.length ? g : best), null);
    if (largest) largest.push(...unitless);
    else groups.push(unitless);
  }
  return groups.map((g) => g.sort((a, b) => a.order - b.order));
}

function makeRow(members: Member[], documents: DocumentRef[]): IndicatorRow & { first: number } {
  const withUnit = members.filter((m) => baseUnit(m.ind) !== null);
  const unit = mostCommon(withUnit.map((m) => baseUnit(m.ind))) ?? null;
  // the unit most plans wrote; on a tie the larger scale (亿元 over 万元) reads with fewer digits
  const written = withUnit.filter((m) => m.ind.unit && splitUnit(m.ind.unit).base === unit).map((m) => m.ind.unit as string);
  const displayUnit =
    mostCommon(written, (a, b) => splitUnit(b).factor - splitUnit(a).factor) ?? mostCommon(withUnit.map((m) => m.ind.unit as string).filter(Boolean)) ?? null;
  const cells: Record<string, Indicator[]> = {};
  for (const doc of documents) cells[doc.id] = [];
  for (const m of members) cells[documents[m.doc].id].push(m.ind);
  for (const id of Object.keys(cells)) cells[id] = sortCell(cells[id]);
  const first = members[0];
  const canonicalName = first.ind.canonicalName ?? first.ind.name;
  const categories = members.map((m) => m.ind.category ?? null).filter((c): c is string => c !== null);
  const category = mostCommon(categories) ?? themeOf(`${canonicalName} ${members.map((m) => m.ind.name).join(' ')}`);
  return {
    canonicalName,
    unit,
    category,
    displayUnit,
    plans: new Set(members.map((m) => m.doc)).size,
    cells,
    first: first.order,
  };
}

/** Table figures first, then goals, then task text; in document order within each. */
function sortCell(inds: Indicator[]): Indicator[] {
  return [...inds].sort((a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || a.line - b.line);
}

// ---- values in the row's unit -------------------------------------------------------------------

/** Round away binary noise (0.1 × 3) so values print as people write them. */
export function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * A value object in the row's display unit. Converted through its normalized form when the base units
 * agree; otherwise the value as written (same family: 件/万人 shown in a 件 row).
 */
export function inDisplayUnit(
  v: { value: NumericValue | null; normalized?: { value: NumericValue; unit: string | null } } | null | undefined,
  ownUnit: string | null,
  displayUnit: string | null,
): { value: NumericValue; converted: boolean } | null {
  if (!v || v.value === null) return null;
  if (displayUnit && v.normalized && ownUnit !== displayUnit) {
    const { factor, base } = splitUnit(displayUnit);
    if (base === v.normalized.unit) {
      const n = v.normalized.value;
      return { value: Array.isArray(n) ? [tidy(n[0] / factor), tidy(n[1] / factor)] : tidy(n / factor), converted: true };
    }
  }
  return { value: v.value, converted: false };
}

export function formatNumber(v: NumericValue): string {
  return Array.isArray(v) ? `${v[0]}–${v[1]}` : String(v);
}

export const COMPARATOR_SIGN: Record<Indicator['target']['comparator'], string> = { '=': '', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '≈': '≈', range: '' };

/** `力争≥1.5 (2025)`: hedge, comparator, value in the row's unit, year; the unit as written when converted. */
export function targetText(ind: Indicator, displayUnit: string | null): string {
  const v = inDisplayUnit(ind.target, ind.unit, displayUnit);
  if (!v) return ind.target.raw ? `${ind.target.raw}` : '—';
  const as = v.converted ? ` [${formatNumber(ind.target.value as NumericValue)}${ind.unit ?? ''}]` : '';
  const year = ind.target.year === null ? '' : ` (${ind.target.year})`;
  return `${ind.target.hedge ?? ''}${COMPARATOR_SIGN[ind.target.comparator]}${formatNumber(v.value)}${year}${as}`;
}

export function baselineText(ind: Indicator, displayUnit: string | null): string | null {
  const v = inDisplayUnit(ind.baseline, ind.unit, displayUnit);
  if (!v) return null;
  const year = ind.baseline?.year === null || ind.baseline?.year === undefined ? '' : ` (${ind.baseline.year})`;
  return `基线 ${formatNumber(v.value)}${year}`;
}

/** Key of a target for dropping repeats in one cell (the same figure from the table and the goals text). */
function targetKey(ind: Indicator, displayUnit: string | null): string {
  const v = inDisplayUnit(ind.target, ind.unit, displayUnit);
  return `${ind.target.hedge ?? ''}${ind.target.comparator}${v ? formatNumber(v.value) : ind.target.raw}`;
}

/**
 * The text of a cell: each distinct target on its own line, its baseline after it. A repeat of the same
 * figure (same value, comparator and hedge; year equal or missing in one) is shown once.
 */
export function cellText(inds: Indicator[], displayUnit: string | null): string {
  const lines: string[] = [];
  const shown: { key: string; year: number | null }[] = [];
  for (const ind of inds) {
    const key = targetKey(ind, displayUnit);
    const year = ind.target.year;
    if (shown.some((s) => s.key === key && (s.year === year || s.year === null || year === null))) continue;
    shown.push({ key, year });
    lines.push(targetText(ind, displayUnit));
    const b = baselineText(ind, displayUnit);
    if (b) lines.push(b);
  }
  return lines.join('\n');
}

/** The indicator a chart shows for a cell: the first with a numeric target. */
export function chartIndicator(inds: Indicator[]): Indicator | null {
  return inds.find((i) => i.target.value !== null) ?? null;
}

/** Target of a cell in the row's unit, as one number for sorting (a range by its low end). */
export function sortValue(inds: Indicator[], displayUnit: string | null): number | null {
  const ind = chartIndicator(inds);
  const v = ind && inDisplayUnit(ind.target, ind.unit, displayUnit);
  return v ? (Array.isArray(v.value) ? v.value[0] : v.value) : null;
}
