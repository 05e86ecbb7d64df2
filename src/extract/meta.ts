// PROVISIONAL stub
import type { Meta } from '../schema/plan.js';
import type { SegmentedDocument } from '../segment/types.js';
export function extractMeta(_doc: SegmentedDocument): Meta {
  return { title: null, region: null, province: null, level: null, docNumber: null, issuer: null, issueDate: null, period: null, status: 'final', kind: null };
}
