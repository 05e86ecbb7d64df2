/**
 * planlens library entry point. parsePlan() runs the whole pipeline on one file (see parse.ts);
 * the compare functions line several plans up; the zod schemas are the types of the JSON.
 */
export * from './schema/plan.js';
export type { Block, IngestResult, TableBlock, ParagraphBlock, ListItemBlock, TableCell } from './ingest/blocks.js';
export type { SegmentedDocument, SectionNode, PlacedBlock } from './segment/types.js';
export { InputError } from './errors.js';
export { ingest, formatOf } from './ingest/index.js';
export { segment } from './segment/index.js';
export { parsePlan, parsePlanBytes, analyzePlan, analyzePlanBytes, type ParseOptions, type AnalyzedPlan } from './parse.js';
export * from './compare/index.js';
