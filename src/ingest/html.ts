// PROVISIONAL stub; to be replaced by the cheerio-based reader.
import { InputError } from '../errors.js';
import type { IngestResult } from './blocks.js';
export async function ingestHtml(_bytes: Uint8Array, path: string): Promise<IngestResult> {
  throw new InputError(path, '.html support is not built yet');
}
