/**
 * The documents of a comparison: a short stable id (d1, d2 … in input order), the path, and the label a
 * column is headed with (region and period, or the file name when the region is unknown).
 */
import { basename } from 'node:path';
import type { PlanDocument } from '../schema/plan.js';

export interface DocumentRef {
  id: string;
  path: string;
  region: string | null;
  period: { start: number | null; end: number } | null;
  /** column header: `宿州市 2021–2025`; made unique when two documents would read the same */
  label: string;
}

export function documentRefs(docs: PlanDocument[]): DocumentRef[] {
  const refs = docs.map((doc, i) => {
    const name = doc.meta.region ?? basename(doc.source.path);
    const period = doc.meta.period ? `${doc.meta.period.start ?? ''}–${doc.meta.period.end}` : (doc.meta.horizon?.length ? [...doc.meta.horizon].sort().join('/') : '');
    return {
      id: `d${i + 1}`,
      path: doc.source.path,
      region: doc.meta.region,
      period: doc.meta.period,
      label: [name, period].filter(Boolean).join(' '),
      status: doc.meta.status,
    };
  });
  // two versions of one plan (draft and issued) or one plan in two formats: tell the columns apart
  const seen = new Map<string, number>();
  for (const r of refs) seen.set(r.label, (seen.get(r.label) ?? 0) + 1);
  return refs.map(({ status, ...r }) => {
    if ((seen.get(r.label) ?? 0) < 2) return r;
    const sameStatus = refs.filter((o) => o.label === r.label && o.status === status).length > 1;
    return { ...r, label: `${r.label} ${sameStatus ? basename(r.path) : status === 'draft' ? '(draft)' : '(final)'}` };
  });
}
