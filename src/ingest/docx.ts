// PROVISIONAL stub; to be replaced by the mammoth-based reader.
import { InputError } from '../errors.js';
import type { IngestResult } from './blocks.js';
export async function ingestDocx(_bytes: Uint8Array, path: string): Promise<IngestResult> {
  throw new InputError(path, '.docx support is not built yet');
}
