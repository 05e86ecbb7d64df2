/**
 * `check --cache`: a file's lint result (FileResult), stored under the rules in force and the run options
 * as well as the file, so a changed configuration is a miss like a changed file. The result is cached
 * rather than the parse: the rules need the whole stage output (lines, blocks, sections), far larger
 * than what they report, and the result is all the reporters read.
 */
import { readPlanFile } from '../parse.js';
import { checkBytes, type FileResult, type ResolvedRules, type RunOptions } from '../check/index.js';
import type { ResultCache } from './index.js';

/** Entry kind of a check result. */
export const CHECK_ENTRY = 'check';

/** Read and check one file, through the cache (none: the plain check). */
export async function checkFileCached(file: string, rules: ResolvedRules, options: RunOptions, cache: ResultCache | null): Promise<FileResult> {
  const bytes = await readPlanFile(file);
  if (!cache) return (await checkBytes(bytes, file, rules, options)).result;
  const keyOptions = { rules, run: options };
  const hit = await cache.get<FileResult>(CHECK_ENTRY, file, bytes, keyOptions);
  if (hit.value) return hit.value;
  const { result } = await checkBytes(bytes, file, rules, options);
  await cache.set(CHECK_ENTRY, file, bytes, keyOptions, result);
  return result;
}
