/**
 * .doc (Word 97–2003 binary) ingest with word-extractor: body text → paragraphs and tables; headers,
 * footers, comments and text boxes kept apart (reported, never mixed into the body).
 *
 * word-extractor gives the body as text: one paragraph a line; a table row as its cells each closed by
 * a tab (the cell mark), so a row's line ends in a tab; a cell with several paragraphs spreads its row
 * over several lines until that closing tab. Merged cells are not marked in that text: a merged cell
 * shows as empty cells beside it.
 *
 * Files named .doc that are something else are common on government sites: a Word HTML export (read
 * as .html), a .docx (read as .docx), RTF (refused with what to do).
 *
 * Word's automatic numbering is stored apart from the text (as in .docx); the numbers of auto-numbered
 * paragraphs are recovered by doc-numbering.ts where the file's list tables can be read.
 */
import { InputError, firstLine } from '../errors.js';
import type { Diagnostic } from '../schema/plan.js';
import type { Block, IngestResult, TableBlock, TableCell } from './blocks.js';
import { repairBlocks, sortDiagnostics } from './html-blocks.js';
import { isEncrypted, readWordStreams, recoverDocNumbers, type WordStreams } from './doc-numbering.js';

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** a .doc bigger than this is not a plan (word-extractor holds the whole file and its text in memory) */
const MAX_DOC_BYTES = 200 * 1024 * 1024;


export async function ingestDoc(bytes: Uint8Array, path: string): Promise<IngestResult> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length === 0) throw new InputError(path, 'the file is empty (0 bytes); check that the download or export finished');
  if (buf.length > MAX_DOC_BYTES) throw new InputError(path, `the .doc is ${Math.round(buf.length / 1024 / 1024)} MB, far more than any plan; refused`);
  if (!buf.subarray(0, 8).equals(OLE_MAGIC)) {
    const head = buf.subarray(0, 2048).toString('latin1').trimStart().toLowerCase();
    if (buf[0] === 0x50 && buf[1] === 0x4b) return withNote(await (await import('./docx.js')).ingestDocx(bytes, path), 'a .docx package');
    if (head.startsWith('<') || head.includes('<html')) return withNote(await (await import('./html.js')).ingestHtml(bytes, path), 'a Word HTML page');
    if (head.startsWith('{\\rtf')) throw new InputError(path, 'this .doc is an RTF file; open it in Word or WPS and save it as .docx');
    throw new InputError(path, 'not a Word 97–2003 .doc: the file is not an OLE compound document');
  }

  let streams: WordStreams;
  try {
    streams = await readWordStreams(buf);
  } catch (err) {
    throw new InputError(path, `the .doc is damaged or not a Word 97–2003 document: ${firstLine(err)}`);
  }
  if (isEncrypted(streams.word)) throw new InputError(path, 'the .doc is encrypted with a password; open it and save a copy without the password');

  const { default: WordExtractor } = await import('word-extractor');
  let extracted: Awaited<ReturnType<InstanceType<typeof WordExtractor>['extract']>>;
  try {
    extracted = await new WordExtractor().extract(buf);
  } catch (err) {
    throw new InputError(path, `the .doc could not be read (damaged or encrypted?): ${firstLine(err)}`);
  }
  const raw = { filterUnicode: false };
  let body = extracted.getBody(raw);
  const diagnostics: Diagnostic[] = [];
  const numbering = await recoverDocNumbers(streams);
  if (numbering.count) body = numbering.apply(body);
  if (numbering.note) diagnostics.push({ severity: numbering.severity, code: numbering.code, message: numbering.note, line: 0 });

  const { blocks, lines } = blocksOfBody(body);
  const apart: Array<[string, string]> = [
    ['header', extracted.getHeaders({ ...raw, includeFooters: false })],
    ['footer', extracted.getFooters(raw)],
    ['comment', extracted.getAnnotations(raw)],
    ['text box', extracted.getTextboxes({ ...raw, includeHeadersAndFooters: false, includeBody: true })],
  ];
  for (const [what, text] of apart) {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) diagnostics.push({ severity: 'info', code: `doc.${what.replace(' ', '-')}`, message: `the ${what} text of the .doc is kept apart from the body`, line: 0, actual: t.slice(0, 200) });
  }
  for (const note of [extracted.getFootnotes(raw), extracted.getEndnotes(raw)]) {
    for (const p of note.split('\n').map((s) => s.trim()).filter(Boolean)) {
      lines.push(p);
      blocks.push({ type: 'paragraph', line: lines.length, endLine: lines.length, text: p, raw: p });
    }
  }

  const repaired = repairBlocks(blocks);
  diagnostics.push(...repaired.diagnostics);
  if (repaired.blocks.length === 0) throw new InputError(path, 'the document contains no text');
  return { format: 'doc', encoding: 'utf-16le', lineCount: lines.length, lines, blocks: repaired.blocks, diagnostics: sortDiagnostics(diagnostics) };
}

function withNote(result: IngestResult, what: string): IngestResult {
  result.diagnostics.unshift({ severity: 'info', code: 'doc.not-binary', message: `the file is named .doc but is ${what}; read as such`, line: 0 });
  return result;
}

/** Body text → paragraphs and table rows, one position each. */
export function blocksOfBody(body: string): { blocks: Block[]; lines: string[] } {
  const blocks: Block[] = [];
  const lines: string[] = [];
  const textLines = body.replace(/\r\n?/g, '\n').split('\n');
  let table: TableBlock | null = null;
  let pendingRow: string | null = null;
  for (const l of textLines) {
    if (pendingRow !== null || l.includes('\t')) {
      const rowText: string = pendingRow !== null ? `${pendingRow}\n${l}` : l;
      if (!rowText.endsWith('\t')) {
        pendingRow = rowText; // a cell with more paragraphs: the row goes on
        continue;
      }
      pendingRow = null;
      const cells: TableCell[] = rowText
        .slice(0, -1)
        .split('\t')
        .map((c) => ({ text: c.replace(/\s*\n\s*/g, '\n').trim(), rowSpan: 1, colSpan: 1 }));
      lines.push(cells.map((c) => c.text.replace(/\n/g, ' ')).join('\t'));
      const t: TableBlock = table ?? { type: 'table', line: lines.length, endLine: lines.length, rows: [], raw: '', origin: 'doc' };
      if (!table) {
        table = t;
        blocks.push(t);
      }
      t.rows.push(cells);
      t.endLine = lines.length;
      continue;
    }
    table = null;
    const text = l.trim();
    if (!text) continue;
    lines.push(text);
    blocks.push({ type: 'paragraph', line: lines.length, endLine: lines.length, text, raw: text });
  }
  if (pendingRow !== null) {
    for (const p of pendingRow.split('\n').map((s) => s.trim()).filter(Boolean)) {
      lines.push(p);
      blocks.push({ type: 'paragraph', line: lines.length, endLine: lines.length, text: p, raw: p });
    }
  }
  // a table's raw text is its lines, joined once when all rows are in (not again for every row)
  for (const b of blocks) if (b.type === 'table') b.raw = lines.slice(b.line - 1, b.endLine).join('\n');
  return { blocks, lines };
}
