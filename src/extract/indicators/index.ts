import type { Diagnostic, Indicator } from '../../schema/plan.js';
import type { SegmentedDocument } from '../../segment/types.js';

export interface IndicatorExtraction {
  indicators: Indicator[];
  diagnostics: Diagnostic[];
}

/** Every quantitative target of the plan, from its tables, its goals part and its tasks. (stub) */
export function extractIndicators(_doc: SegmentedDocument): IndicatorExtraction {
  return { indicators: [], diagnostics: [] };
}
