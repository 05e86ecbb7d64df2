/**
 * Unit names: which written names denote the same body, and each body with the tasks it leads and
 * supports. Matching rules (full/half-width, spaces, bracket kinds, trailing bracketed notes, 人民政府 =
 * 政府) only build a key; the names the document wrote are never rewritten — they stay in each task and
 * in Unit.aliases. Known bodies and their aliases come from src/data/units.json.
 */
import data from '../data/units.json' with { type: 'json' };
import typeData from '../data/unit-types.json' with { type: 'json' };
import type { Task, Unit } from '../schema/plan.js';
import { stripTrailingBrackets } from './responsible.js';

interface Body {
  name: string;
  aliases: string[];
}

const PREFIXES = [...data.prefixes].sort((a, b) => b.length - a.length);

/** Key of a name for comparison only: width, spaces, bracket kinds and 人民政府/政府 do not matter. */
export function matchKey(name: string): string {
  let s = name.normalize('NFKC').replace(/\s+/g, '');
  s = s.replace(/[〈《【〔「<[{]/g, '(').replace(/[〉》】〕」>\]}]/g, ')');
  s = stripTrailingBrackets(s);
  return s.replace(/人民政府/g, '政府');
}

function buildIndex(bodies: Body[]): Map<string, Body> {
  const index = new Map<string, Body>();
  for (const b of bodies) {
    for (const n of [b.name, ...b.aliases]) {
      const k = matchKey(n);
      const had = index.get(k);
      // an alias shared by two bodies would merge different bodies: refuse it loudly at load
      if (had && had !== b) throw new Error(`units.json: "${n}" names both ${had.name} and ${b.name}`);
      index.set(k, b);
    }
  }
  return index;
}

const BODY_INDEX = buildIndex(data.bodies);

export interface UnitMatch {
  /** canonical name from the data file, or null for a body the data file does not know */
  canonical: string | null;
  /** key that decides which written names are the same body */
  key: string;
}

export interface UnitOptions {
  /** the plan's own region (`甲市`): `甲市市场监督管理局` is then the same body as `市市场监管局` */
  region?: string | null;
}

/**
 * Match a written name against the known bodies: `市市场监管局` → 市市场监督管理局. Only the plan's own
 * region is read as the level prefix: in a county-level plan `乙市市场监督管理局` (the prefecture) is another body than `市市场监管局`.
 */
export function matchUnit(name: string, options: UnitOptions = {}): UnitMatch {
  let key = matchKey(name);
  const region = options.region ? matchKey(options.region) : '';
  const level = region.slice(-1);
  if (region.length >= 2 && PREFIXES.includes(level) && key.startsWith(region) && key.length > region.length) {
    key = level + key.slice(region.length);
  }
  for (const p of PREFIXES) {
    if (!key.startsWith(p) || key.length === p.length) continue;
    const body = BODY_INDEX.get(key.slice(p.length));
    if (body) return { canonical: p + body.name, key: matchKey(p + body.name) };
  }
  const body = BODY_INDEX.get(key);
  if (body) return { canonical: body.name, key: matchKey(body.name) };
  return { canonical: null, key };
}

export interface BodyType {
  id: string;
  name: string;
}

const BODY_TYPES = [...typeData.types, typeData.government].map((t) => ({ id: t.id, name: t.name, patterns: t.patterns.map((p) => new RegExp(p)) }));
const OTHER_TYPE: BodyType = { id: typeData.other.id, name: typeData.other.name };

/** Every body type, in the data file's order (government departments last but one, 其他 last). */
export const BODY_TYPE_LIST: BodyType[] = [...BODY_TYPES.map(({ id, name }) => ({ id, name })), OTHER_TYPE];

/**
 * The type of body a name denotes (party department, government department, lower government, vertical
 * office, court, enterprise, association …), read from its name's form by src/data/unit-types.json.
 */
export function bodyType(name: string, aliases: readonly string[] = []): BodyType {
  const keys = [name, ...aliases].map(matchKey);
  // the narrowest type any written form shows: `市委网信办` is a party department whatever its long name
  for (const t of BODY_TYPES) if (keys.some((k) => t.patterns.some((re) => re.test(k)))) return { id: t.id, name: t.name };
  return OTHER_TYPE;
}

/** Whether two written names denote the same body. */
export function sameUnit(a: string, b: string, options: UnitOptions = {}): boolean {
  return matchUnit(a, options).key === matchUnit(b, options).key;
}

interface Group {
  key: string;
  canonical: string | null;
  written: string[];
  counts: Map<string, number>;
  lead: string[];
  support: string[];
  /** the same ids as lead/support, for constant-time membership (a unit may lead thousands of rows) */
  leadSet: Set<string>;
  supportSet: Set<string>;
  first: number;
}

/**
 * Each responsible unit of the tasks with the tasks it leads and supports. Order: most tasks led, then
 * most supported, then first appearance — the bodies carrying the load come first.
 */
export function collectUnits(tasks: Task[], options: UnitOptions = {}): Unit[] {
  const groups = new Map<string, Group>();
  let order = 0;
  const groupOf = (name: string): Group => {
    const m = matchUnit(name, options);
    let g = groups.get(m.key);
    if (!g) {
      g = { key: m.key, canonical: m.canonical, written: [], counts: new Map(), lead: [], support: [], leadSet: new Set(), supportSet: new Set(), first: order++ };
      groups.set(m.key, g);
    }
    // counts doubles as the set of written forms: `written` keeps their first-seen order
    if (!g.counts.has(name)) g.written.push(name);
    g.counts.set(name, (g.counts.get(name) ?? 0) + 1);
    return g;
  };
  for (const t of tasks) {
    for (const n of t.units.lead) {
      const g = groupOf(n);
      if (!g.leadSet.has(t.id)) {
        g.leadSet.add(t.id);
        g.lead.push(t.id);
      }
    }
    for (const n of t.units.support) {
      const g = groupOf(n);
      // a body named twice in one task (`市科技局` leads, `市科技局(市知识产权局)` supports) leads it
      if (!g.leadSet.has(t.id) && !g.supportSet.has(t.id)) {
        g.supportSet.add(t.id);
        g.support.push(t.id);
      }
    }
  }
  mergeBarePrefix(groups);
  const units = [...groups.values()].map((g) => {
    const name = g.canonical ?? unknownCanonical(g);
    return { unit: { name, aliases: g.written.filter((w) => w !== name), lead: g.lead, support: g.support, type: bodyType(name, g.written).id }, g };
  });
  units.sort((a, b) => b.g.lead.length - a.g.lead.length || b.g.support.length - a.g.support.length || a.g.first - b.g.first);
  return units.map((u) => u.unit);
}

const taskNumber = (id: string) => Number(id.replace(/\D/g, ''));

/**
 * A plan listing several bodies of its own level may drop the level before one (`市住建局、审批服务局`):
 * a name that is another unit's name without its level prefix, the only such unit, is that body.
 */
function mergeBarePrefix(groups: Map<string, Group>): void {
  for (const [key, g] of [...groups]) {
    const fuller = PREFIXES.map((p) => groups.get(p + key)).filter((h): h is Group => h !== undefined && h !== g);
    if (fuller.length !== 1) continue;
    const into = fuller[0];
    for (const w of g.written) {
      if (!into.counts.has(w)) into.written.push(w);
      into.counts.set(w, (into.counts.get(w) ?? 0) + (g.counts.get(w) ?? 0));
    }
    for (const id of g.lead) into.leadSet.add(id);
    for (const id of g.support) if (!into.leadSet.has(id)) into.supportSet.add(id);
    into.lead = [...into.leadSet].sort((a, b) => taskNumber(a) - taskNumber(b));
    into.support = [...into.supportSet].filter((id) => !into.leadSet.has(id)).sort((a, b) => taskNumber(a) - taskNumber(b));
    into.first = Math.min(into.first, g.first);
    groups.delete(key);
  }
}

/**
 * A body the data file does not know is named as the document names it: the form without a bracketed
 * note when the document uses one (`各区人民政府` over `各区人民政府〈含开发区管委会,下同〉`), else the most
 * frequent form, ties to the first written.
 */
function unknownCanonical(g: Group): string {
  const plain = g.written.filter((w) => stripTrailingBrackets(w) === w.trim());
  const pool = plain.length ? plain : g.written;
  let best = pool[0];
  for (const w of pool) if ((g.counts.get(w) ?? 0) > (g.counts.get(best) ?? 0)) best = w;
  return best;
}
