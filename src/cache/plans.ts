/** The pipeline behind the cache: a plan parsed from its bytes, or taken from the cache when they did not change. */
import { analyzeIngested, parsePlanBytes, type ParseOptions } from '../parse.js';
import type { IngestResult } from '../ingest/blocks.js';
import type { PlanDocument } from '../schema/plan.js';
import type { ResultCache } from './index.js';

/** Entry kind of a parsed PlanDocument. */
export const PLAN_ENTRY = 'plan';

/** The parse options that change a PlanDocument, with their defaults filled in (so equal settings give one key). */
export function planKeyOptions(options: ParseOptions): { canonicalNames: string; displayPath: string | null; indicators?: false } {
  return { canonicalNames: options.canonicalNames ?? 'similar', displayPath: options.displayPath ?? null, ...(options.indicators === false ? { indicators: false as const } : {}) };
}

/**
 * parsePlanBytes() through the cache (none: the plain parse). `ingested`: the file's ingest stage, when it
 * ran elsewhere (on the ingest thread); asked for only when the cache does not have the file.
 */
export async function parsePlanCached(
  bytes: Uint8Array,
  file: string,
  options: ParseOptions,
  cache: ResultCache | null,
  ingested?: () => Promise<IngestResult>,
): Promise<PlanDocument> {
  const parse = async (): Promise<PlanDocument> => (ingested ? analyzeIngested(await ingested(), bytes, file, options).plan : parsePlanBytes(bytes, file, options));
  if (!cache) return parse();
  const keyOptions = planKeyOptions(options);
  const hit = await cache.get<PlanDocument>(PLAN_ENTRY, file, bytes, keyOptions);
  if (hit.value) return hit.value;
  const doc = await parse();
  await cache.set(PLAN_ENTRY, file, bytes, keyOptions, doc);
  return doc;
}
