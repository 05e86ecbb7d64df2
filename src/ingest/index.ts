/**
 * Ingest stage: bytes of a .txt/.docx/.html file → one block model (see blocks.ts).
 */
import { extname } from 'node:path';
import { InputError } from '../errors.js';
import type { IngestResult } from './blocks.js';
import { ingestTxt } from './txt.js';
import { ingestDocx } from './docx.js';
import { ingestHtml } from './html.js';

export type InputFormat = IngestResult['format'];

export const SUPPORTED_EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
};

export function formatOf(path: string): InputFormat | null {
  return SUPPORTED_EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

/** Turn the bytes of one file into blocks. Throws InputError for input that cannot be read as a plan. */
export async function ingest(bytes: Uint8Array, path: string, format = formatOf(path)): Promise<IngestResult> {
  if (!format) {
    throw new InputError(path, `unsupported file type "${extname(path) || '(none)'}"; planlens reads .txt, .docx, .html and .htm`);
  }
  if (format === 'txt') return ingestTxt(bytes, path);
  if (format === 'docx') return ingestDocx(bytes, path);
  return ingestHtml(bytes, path);
}
