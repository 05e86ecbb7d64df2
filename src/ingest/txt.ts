// PROVISIONAL minimal .txt ingest (UTF-8 only, one paragraph per non-blank line); to be replaced.
import type { IngestResult, Block } from './blocks.js';

export function ingestTxt(bytes: Uint8Array, _path: string): IngestResult {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  lines.forEach((l, i) => {
    if (l.trim()) blocks.push({ type: 'paragraph', line: i + 1, endLine: i + 1, text: l.trim(), raw: l });
  });
  return { format: 'txt', encoding: 'utf-8', lineCount: lines.length, lines, blocks, diagnostics: [] };
}
