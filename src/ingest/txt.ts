/**
 * .txt ingest: bytes → lines → blocks. Encoding is detected (encoding.ts), lines are split at any line
 * ending so line N is line N in an editor, conversion debris is repaired (debris.ts), flattened tables
 * are rebuilt (flat-tables.ts), and every other non-blank line becomes one paragraph, except where a
 * page break cut a paragraph in two: those pieces are joined into one block spanning their lines.
 *
 * Accounting: every non-blank line ends up inside some block's line..endLine range or in a diagnostic
 * (page numbers, lines that were only bookmarks, empty cell markers).
 */
import { splitNestedDecimalItems } from './nested-decimal-items.js';
import type { Block, IngestResult, ParagraphBlock } from './blocks.js';
import type { Diagnostic } from '../schema/plan.js';
import { decodeText, splitLines } from './encoding.js';
import { hardWrapWidth, joinHardWrapped, splitRunOnLine, wholeLineDebris, joinSplitParagraphs, repairLineDebris, splitGluedPartHeading, stripGluedPageMark, type SplitPiece } from './debris.js';
import { detectFlatTables } from './flat-tables.js';
import { findRunningHeads } from './running-heads.js';
import { splitGluedHeadings } from './glued-headings.js';
import { BOX_LABEL_SOURCE } from '../nlp/box-label.js';
import { sortDiagnostics } from './html-blocks.js';

// a line that opens with a box label: `专栏8　环境治理保护重点工程（一）…`
const BOX_LABEL_START = new RegExp(`^${BOX_LABEL_SOURCE}`);

export function ingestTxt(bytes: Uint8Array, path: string): IngestResult {
  const decoded = decodeText(bytes, path);
  const lines = splitLines(decoded.text);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];

  const cleaned = lines.map((l, i) => {
    const r = repairLineDebris(l, i + 1);
    diagnostics.push(...r.diagnostics);
    return r.text;
  });

  const scan = detectFlatTables(cleaned, lines);
  diagnostics.push(...scan.diagnostics);
  const blocks: Block[] = [...scan.blocks];

  // Paragraph candidates between the lines that tables and boxes took; a page-break split can only be
  // joined within one such stretch.
  // a PDF copy breaks every line at the page width: rejoin those lines first
  const wrapWidth = hardWrapWidth(cleaned.filter((_, i) => !scan.claimed.has(i + 1)));
  let run: SplitPiece[] = [];
  // pieces cut from a run-on line that opens with a box label (专栏N): the box's own text
  const boxPieces = new Set<SplitPiece>();
  const flush = (): void => {
    if (wrapWidth !== null) {
      const unwrapped = joinHardWrapped(run, wrapWidth);
      diagnostics.push(...unwrapped.diagnostics);
      run = unwrapped.pieces;
    }
    const joined = joinSplitParagraphs(run, { minGap: 1 });
    diagnostics.push(...joined.diagnostics);
    for (const p of joined.paragraphs) {
      const block: ParagraphBlock = {
        type: 'paragraph',
        line: p.line,
        endLine: p.endLine,
        text: p.text,
        raw: lines.slice(p.line - 1, p.endLine).join('\n'),
      };
      if (p.pieces.every((x) => boxPieces.has(x))) block.framed = true;
      blocks.push(block);
    }
    run = [];
  };
  const runningHeads = findRunningHeads(cleaned);
  let lastText = '';
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    if (scan.claimed.has(line)) {
      flush();
      continue;
    }
    const head = runningHeads.get(line);
    if (head) {
      diagnostics.push(head);
      continue;
    }
    let text = cleaned[i].trim();
    if (!text) continue; // blank, or only bookmarks (reported by repairLineDebris)
    const unmarked = stripGluedPageMark(text, line);
    if (unmarked) {
      diagnostics.push(...unmarked.diagnostics);
      text = unmarked.text.trim();
    }
    const dropped = wholeLineDebris(text, line, { pageWrapped: wrapWidth !== null });
    if (dropped) {
      diagnostics.push(dropped);
      continue;
    }
    // a database export repeats the title line at the top: keep one, say so
    if (line <= 20 && [...text].length >= 8 && text === lastText) {
      diagnostics.push({ severity: 'info', code: 'debris.repeated-line', message: 'removed a repeated copy of the line above (an export header repeats the title)', line, actual: text.slice(0, 60) });
      continue;
    }
    lastText = text;
    const glued = splitGluedPartHeading(text);
    if (glued) {
      // two blocks on one line: the text, then the heading that lost its own line
      diagnostics.push({ severity: 'info', code: 'debris.glued-heading', message: `split the heading “${glued[1]}” from the text it was glued to`, line, actual: text });
      run.push({ text: glued[0], line });
      flush();
      run.push({ text: glued[1], line });
      continue;
    }
    const runOn = splitRunOnLine(text);
    if (runOn) {
      // a whole plan on one line: one block per heading or item, all on that line
      diagnostics.push({ severity: 'info', code: 'debris.run-on-line', message: `split a line of ${[...text].length} characters that holds a whole text into ${runOn.length} paragraphs at its heading and item numbers`, line });
      flush();
      const inBox = BOX_LABEL_START.test(runOn[0]);
      for (const piece of runOn) {
        const p: SplitPiece = { text: piece, line };
        if (inBox) boxPieces.add(p);
        run.push(p);
        flush();
      }
      continue;
    }
    const gluedHeadings = splitGluedHeadings(text);
    if (gluedHeadings) {
      // a box and the heading after it glued onto a paragraph's last line: one block per piece; the
      // first piece may still continue the paragraph above, the last may run on into the next line
      diagnostics.push({ severity: 'info', code: 'debris.glued-heading', message: `split a line into ${gluedHeadings.length} paragraphs before the box label or heading number glued to it`, line, actual: gluedHeadings.slice(1).map((p) => p.slice(0, 20)).join(' | ') });
      gluedHeadings.forEach((piece, k) => {
        if (k > 0) flush();
        run.push({ text: piece, line });
      });
      continue;
    }
    run.push({ text, line });
  }
  flush();

  blocks.sort((a, b) => a.line - b.line);
  // stable: diagnostics of one line keep the order in which the repairs were made
  const ordered = sortDiagnostics(diagnostics);
  return { format: 'txt', encoding: decoded.encoding, lineCount: lines.length, lines, blocks: splitNestedDecimalItems(blocks), diagnostics: ordered };
}
