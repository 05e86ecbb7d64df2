/**
 * Whole results of a command over several files (`compare`): what it printed for the same inputs, with
 * the same bytes, under the same options. A per-file entry saves the parse of an unchanged plan; a
 * comparison also reads every plan, cuts its text and lays out a table, which on unchanged inputs gives
 * the same bytes again. So with --cache the second `compare` of unchanged plans reads the files, hashes
 * them and prints the stored output (about a tenth of the first run).
 *
 * The entry is keyed by the command, its options and the input paths in order; it holds the SHA-256 of
 * the inputs' own hashes in order, so one changed, added or removed plan is a miss and the command runs
 * (its unchanged plans still come from their per-file entries). Only a run with no error is stored, so a
 * hit never hides a message that a cold run would print.
 */
import { createHash } from 'node:crypto';
import type { ResultCache } from './index.js';
import { sha256Hex } from '../hash.js';

export const RESULT_ENTRY = 'result';

/** What a command printed: text, or bytes (xlsx) as base64. */
interface StoredOutput {
  text?: string;
  base64?: string;
}

/** One digest for the inputs: changes when any file's bytes change, or the list does. */
export function inputsDigest(contents: readonly Uint8Array[]): Uint8Array {
  const all = createHash('sha256');
  for (const bytes of contents) all.update(Buffer.from(sha256Hex(bytes), 'hex'));
  return all.digest();
}

/** The label of a result entry in messages (damaged entry), in place of a file name. */
function label(command: string, files: readonly string[]): string {
  return `${command} of ${files.length} file${files.length === 1 ? '' : 's'}`;
}

/** The stored output of `command` over these inputs, if they did not change. */
export async function storedResult(cache: ResultCache, command: string, files: readonly string[], digest: Uint8Array, options: unknown): Promise<string | Uint8Array | undefined> {
  const hit = await cache.get<StoredOutput>(RESULT_ENTRY, label(command, files), digest, { command, files, options });
  const v = hit.value;
  if (!v || typeof v !== 'object') return undefined;
  if (typeof v.text === 'string') return v.text;
  if (typeof v.base64 === 'string') return new Uint8Array(Buffer.from(v.base64, 'base64'));
  return undefined;
}

export async function storeResult(cache: ResultCache, command: string, files: readonly string[], digest: Uint8Array, options: unknown, output: string | Uint8Array): Promise<void> {
  const value: StoredOutput = typeof output === 'string' ? { text: output } : { base64: Buffer.from(output).toString('base64') };
  await cache.set(RESULT_ENTRY, label(command, files), digest, { command, files, options }, value);
}
