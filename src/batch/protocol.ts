/**
 * What the batch pool and its workers exchange, and how a failure is described. Errors cross the
 * thread boundary as plain data: the CLI prints `message` as one line (no stack unless --debug).
 */
import { InputError } from '../errors.js';
import type { PlanDocument } from '../schema/plan.js';

export interface WorkerRequest {
  id: number;
  file: string;
  displayPath?: string;
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
  error: OutcomeError | null;
  ms: number;
}

/** The result for one file of a batch: exactly one of doc and error is set. */
export interface FileOutcome {
  /** position of the file in the list given */
  index: number;
  file: string;
  doc: PlanDocument | null;
  error: OutcomeError | null;
  /** time spent parsing it, in milliseconds (not part of any output that must be deterministic) */
  ms: number;
}

export function toOutcomeError(file: string, err: unknown): OutcomeError {
  if (err instanceof InputError) return { file: err.file, message: err.message, internal: false };
  const e = err instanceof Error ? err : new Error(String(err));
  return { file, message: e.message, internal: true, stack: e.stack };
}
