/**
 * `compare --by units`: what kinds of bodies lead the work in each plan and how much. Each responsible
 * unit is put in a kind (src/data/unit-kinds.json: IP office / market regulator, science and technology,
 * courts and police, local governments …); per plan and kind: the units, the tasks they lead (share of the
 * plan's tasks that have a lead unit) and the tasks they support. The same per type of body (party
 * department, government department, lower government, vertical office, enterprise, association …;
 * src/data/unit-types.json via bodyType()), so a reader sees which kinds of bodies carry each plan.
 */
import kindData from '../data/unit-kinds.json' with { type: 'json' };
import type { PlanDocument, Unit } from '../schema/plan.js';
import { documentRefs, type DocumentRef } from './documents.js';
import { BODY_TYPE_LIST, bodyType } from '../extract/units.js';

export const UNIT_KINDS: { name: string; keywords: string[] }[] = kindData.kinds;
export const OTHER_KIND: string = kindData.other;

export function unitKind(unit: Pick<Unit, 'name' | 'aliases'>): string {
  for (const kind of UNIT_KINDS) {
    if ([unit.name, ...unit.aliases].some((n) => kind.keywords.some((k) => n.includes(k)))) return kind.name;
  }
  return OTHER_KIND;
}

export interface UnitKindCell {
  units: string[];
  /** tasks led by a unit of this kind */
  lead: string[];
  /** share of the plan's tasks with a lead unit that a unit of this kind leads, 0…1 */
  leadShare: number;
  /** tasks supported by a unit of this kind */
  support: string[];
}

export interface UnitKindRow {
  kind: string;
  cells: Record<string, UnitKindCell>;
}

export interface UnitComparison {
  documents: DocumentRef[];
  /** document id → number of tasks that name a lead unit */
  ledTasks: Record<string, number>;
  /** by field of work (unit-kinds.json) */
  rows: UnitKindRow[];
  /** by type of body (unit-types.json): party department, government department, lower government … */
  types: UnitKindRow[];
}

/** The type of body of a unit: as parsed, or read from its name for a plan parsed before types existed. */
export function unitType(unit: Pick<Unit, 'name' | 'aliases' | 'type'>): string {
  const id = unit.type ?? bodyType(unit.name, unit.aliases).id;
  return BODY_TYPE_LIST.find((t) => t.id === id)?.name ?? bodyType(unit.name, unit.aliases).name;
}

function taskOrder(a: string, b: string): number {
  return Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')) || (a < b ? -1 : a > b ? 1 : 0);
}

function kindRows(docs: PlanDocument[], documents: DocumentRef[], kinds: string[], kindOf: (u: Unit) => string): UnitKindRow[] {
  const rows: UnitKindRow[] = kinds.map((kind) => ({ kind, cells: {} }));
  docs.forEach((doc, d) => {
    const id = documents[d].id;
    const led = new Set(doc.units.flatMap((u) => u.lead));
    kinds.forEach((kind, k) => {
      const units = doc.units.filter((u) => kindOf(u) === kind);
      const lead = [...new Set(units.flatMap((u) => u.lead))].sort(taskOrder);
      const support = [...new Set(units.flatMap((u) => u.support))].sort(taskOrder);
      rows[k].cells[id] = {
        units: units.map((u) => u.name),
        lead,
        leadShare: led.size ? Math.round((lead.length / led.size) * 1000) / 1000 : 0,
        support,
      };
    });
  });
  // kinds no plan uses are left out; the others keep the data file's order
  return rows.filter((r) => Object.values(r.cells).some((c) => c.units.length > 0));
}

export function compareUnits(docs: PlanDocument[]): UnitComparison {
  const documents = documentRefs(docs);
  const ledTasks: Record<string, number> = {};
  docs.forEach((doc, d) => (ledTasks[documents[d].id] = new Set(doc.units.flatMap((u) => u.lead)).size));
  return {
    documents,
    ledTasks,
    rows: kindRows(docs, documents, [...UNIT_KINDS.map((k) => k.name), OTHER_KIND], unitKind),
    types: kindRows(docs, documents, BODY_TYPE_LIST.map((t) => t.name), unitType),
  };
}
