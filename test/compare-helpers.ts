/** Small hand-made plans for the compare and diff tests, and the sample paths. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeValue } from '../src/nlp/units.js';
import type { Indicator, NumericValue, PlanDocument, Section, Task, Unit } from '../src/schema/plan.js';
import type { Tokenizer } from '../src/nlp/tokenizer.js';

export const SAMPLES = 'fixtures/txt';
export const samplePaths = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(SAMPLES, f));

let counter = 0;

export function indicator(o: {
  name: string;
  canonicalName: string | null;
  unit: string | null;
  value: NumericValue | null;
  comparator?: Indicator['target']['comparator'];
  hedge?: '力争' | null;
  year?: number | null;
  source?: Indicator['source'];
  baseline?: { year: number | null; value: number | null } | null;
  category?: string | null;
}): Indicator {
  const normalized = normalizeValue(o.value, o.unit);
  const baselineNormalized = o.baseline ? normalizeValue(o.baseline.value, o.unit) : undefined;
  return {
    id: `i${++counter}`,
    name: o.name,
    canonicalName: o.canonicalName,
    unit: o.unit,
    baseline: o.baseline ? { ...o.baseline, ...(baselineNormalized ? { normalized: baselineNormalized } : {}) } : null,
    milestones: [],
    target: {
      year: o.year === undefined ? null : o.year,
      value: o.value,
      comparator: o.comparator ?? '=',
      hedge: o.hedge ?? null,
      raw: o.value === null ? '' : String(o.value),
      ...(normalized ? { normalized } : {}),
    },
    attribute: null,
    category: o.category ?? null,
    source: o.source ?? 'table',
    sectionId: null,
    line: counter,
    quote: o.name,
  };
}

export function section(id: string, title: string, children: Section[] = [], o: Partial<Section> = {}): Section {
  const level = id.split('.').length;
  return { id, level, number: '', title, line: Number(id.replace(/\D/g, '')) || 1, endLine: 1, kind: 'body', family: 'cn-dun', children, ...o };
}

export function task(id: string, sectionId: string, title: string, text: string, lead: string[] = [], support: string[] = []): Task {
  return { id, sectionId, number: id.slice(1), title, text, line: 1000 + Number(id.slice(1)), units: { lead, support } };
}

export function planWith(
  path: string,
  region: string | null,
  indicators: Indicator[],
  more: { sections?: Section[]; tasks?: Task[]; units?: Unit[]; period?: { start: number; end: number } | null } = {},
): PlanDocument {
  return {
    schemaVersion: '1',
    source: { path, format: 'txt', encoding: 'utf-8', sha256: '', chars: 0 },
    meta: {
      title: null,
      region,
      province: null,
      level: null,
      docNumber: null,
      issuer: null,
      issueDate: null,
      period: more.period === undefined ? { start: 2021, end: 2025 } : more.period,
      status: 'final',
      kind: null,
    },
    parts: [],
    sections: more.sections ?? [],
    tasks: more.tasks ?? [],
    indicators,
    units: more.units ?? [],
    diagnostics: [],
  };
}

/** A tokenizer for hand-written cases that need no dictionary: splits on spaces. */
export const spaceTokenizer: Tokenizer = { cut: (text) => text.split(/\s+/).filter(Boolean) };
