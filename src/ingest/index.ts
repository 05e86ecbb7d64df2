/**
 * Ingest stage: bytes of a .txt/.docx/.doc/.pdf/.html file → one block model (see blocks.ts).
 */
import { extname } from 'node:path';
import { InputError } from '../errors.js';
import type { IngestResult } from './blocks.js';
import { splitGluedIndicatorTables } from './glued-indicator-tables.js';
import { joinNumbersAlone } from './number-alone.js';
import { sortDiagnostics } from './html-blocks.js';

export type InputFormat = IngestResult['format'];

export const SUPPORTED_EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.doc': 'doc',
};

export function formatOf(path: string): InputFormat | null {
  return SUPPORTED_EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

/** Turn the bytes of one file into blocks. Throws InputError for input that cannot be read as a plan. */
export async function ingest(bytes: Uint8Array, path: string, format = formatOf(path)): Promise<IngestResult> {
  return withNumbersJoined(withGluedTables(await read(bytes, path, format)));
}

/** Whatever the format, a heading number may stand alone on its line over its title (`第一章` / `发展基础`). */
function withNumbersJoined(result: IngestResult): IngestResult {
  const joined = joinNumbersAlone(result.blocks);
  if (joined.diagnostics.length === 0) return result;
  return { ...result, blocks: joined.blocks, diagnostics: sortDiagnostics([...result.diagnostics, ...joined.diagnostics]) };
}

/** Whatever the format, a paragraph may hold an indicator table whose cells a copy glued together. */
function withGluedTables(result: IngestResult): IngestResult {
  const glued = splitGluedIndicatorTables(result.blocks);
  if (glued.diagnostics.length === 0) return result;
  const diagnostics = sortDiagnostics([...result.diagnostics, ...glued.diagnostics]);
  return { ...result, blocks: glued.blocks, diagnostics };
}

async function read(bytes: Uint8Array, path: string, format: InputFormat | null): Promise<IngestResult> {
  if (!format) {
    throw new InputError(path, `unsupported file type "${extname(path) || '(none)'}"; planlens reads .txt, .docx, .doc, .pdf, .html and .htm`);
  }
  // each reader is loaded when first needed: mammoth, jszip and cheerio cost a .txt-only run ~0.4 s
  if (format === 'txt') return (await import('./txt.js')).ingestTxt(bytes, path);
  if (format === 'docx') return (await import('./docx.js')).ingestDocx(bytes, path);
  if (format === 'pdf') return (await import('./pdf.js')).ingestPdf(bytes, path);
  if (format === 'doc') return (await import('./doc.js')).ingestDoc(bytes, path);
  return (await import('./html.js')).ingestHtml(bytes, path);
}
