// PROVISIONAL stub
import type { IngestResult } from '../ingest/blocks.js';
import type { SegmentedDocument } from './types.js';
export function segment(ingest: IngestResult): SegmentedDocument {
  return { ingest, sections: [], parts: [], placed: ingest.blocks.map((block) => ({ block, part: 'body', sectionId: null, isHeading: false })), diagnostics: [] };
}
