/** What the ingest thread (ingest-worker.ts) and its owner (ingest-ahead.ts) exchange. */
import type { IngestResult } from '../ingest/blocks.js';
import type { OutcomeError } from './protocol.js';

export interface IngestThreadData {
  /** the files the thread reads, in order, with their index in the batch */
  files: readonly { index: number; file: string }[];
}

/** One file, ingested or failed (unreadable, unsupported, corrupt): its bytes when they could be read. */
export interface IngestReply {
  /** the file's index in the batch */
  index: number;
  bytes: Uint8Array | null;
  ingested: IngestResult | null;
  error: OutcomeError | null;
}
