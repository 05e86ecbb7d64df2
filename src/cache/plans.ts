/** The pipeline behind the cache: a plan parsed from its bytes, or taken from the cache when they did not change. */
import { parsePlanBytes, type ParseOptions } from '../parse.js';
import type { PlanDocument } from '../schema/plan.js';
import type { ResultCache } from './index.js';

/** Entry kind of a parsed PlanDocument. */
export const PLAN_ENTRY = 'plan';

/** The parse options that change a PlanDocument, with their defaults filled in (so equal settings give one key). */
export function planKeyOptions(options: ParseOptions): { canonicalNames: string; displayPath: string | null; indicators?: false } {
  return { canonicalNames: options.canonicalNames ?? 'similar', displayPath: options.displayPath ?? null, ...(options.indicators === false ? { indicators: false as const } : {}) };
}

/** parsePlanBytes() through the cache (none: the plain parse). */
export async function parsePlanCached(bytes: Uint8Array, file: string, options: ParseOptions, cache: ResultCache | null): Promise<PlanDocument> {
  if (!cache) return parsePlanBytes(bytes, file, options);
  const keyOptions = planKeyOptions(options);
  const hit = await cache.get<PlanDocument>(PLAN_ENTRY, file, bytes, keyOptions);
  if (hit.value) return hit.value;
  const doc = await parsePlanBytes(bytes, file, options);
  await cache.set(PLAN_ENTRY, file, bytes, keyOptions, doc);
  return doc;
}
