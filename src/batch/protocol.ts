/**
 * What the batch pool and its workers exchange, and how a failure is described. Errors cross the
 * thread boundary as plain data: the CLI prints `message` as one line (no stack unless --debug).
 */
import { InputError } from '../errors.js';
import type { PlanDocument } from '../schema/plan.js';
import type { CacheSettings } from '../cache/index.js';

/**
 * What a worker sends back for a parsed file: the document itself, or its JSON text (compact for
 * ndjson, indented by 2 as `parse` prints it). Text is made in the worker, in parallel, and crosses
 * the thread boundary as one string, far cheaper than cloning the object graph.
 */
export type OutcomeFormat = 'object' | 'json' | 'json-pretty';

export interface WorkerRequest {
  id: number;
  file: string;
  displayPath?: string;
  format: OutcomeFormat;
  /** --cache: look the file up, and store it when parsed */
  cache?: CacheSettings;
}

export interface OutcomeError {
  /** the file the message is about (an InputError may name another path than the one queued) */
  file: string;
  message: string;
  /** true for a bug or crash in planlens, false for a problem with the input the user can act on */
  internal: boolean;
  stack?: string;
}

export interface WorkerReply {
  id: number;
  doc: PlanDocument | null;
  text: string | null;
  error: OutcomeError | null;
  ms: number;
}

/** The result for one file of a batch: error, or doc or text as asked. */
export interface FileOutcome {
  /** position of the file in the list given */
  index: number;
  file: string;
  /** the document (format "object"), else null */
  doc: PlanDocument | null;
  /** its JSON (formats "json" and "json-pretty"), else null */
  text: string | null;
  error: OutcomeError | null;
  /** time spent parsing it, in milliseconds (not part of any output that must be deterministic) */
  ms: number;
}

export function toOutcomeError(file: string, err: unknown): OutcomeError {
  if (err instanceof InputError) return { file: err.file, message: err.message, internal: false };
  const e = err instanceof Error ? err : new Error(String(err));
  return { file, message: e.message, internal: true, stack: e.stack };
}

export function serialize(doc: PlanDocument, format: OutcomeFormat): { doc: PlanDocument | null; text: string | null } {
  if (format === 'json') return { doc: null, text: JSON.stringify(doc) };
  if (format === 'json-pretty') return { doc: null, text: JSON.stringify(doc, null, 2) };
  return { doc, text: null };
}
