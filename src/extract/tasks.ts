import type { Diagnostic, Indicator, Task } from '../schema/plan.js';
import type { SegmentedDocument } from '../segment/types.js';

export interface TaskExtraction {
  tasks: Task[];
  diagnostics: Diagnostic[];
}

/** Numbered work items of the task part with their responsible units. (stub) */
export function extractTasks(_doc: SegmentedDocument, _indicators: Indicator[]): TaskExtraction {
  return { tasks: [], diagnostics: [] };
}
