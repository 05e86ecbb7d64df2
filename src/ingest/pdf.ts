/**
 * .pdf ingest: bytes → pdfjs text runs (pdf-load.ts) → per page tables from ruling lines
 * (pdf-tables.ts) and lines (pdf-lines.ts) → page furniture removed (pdf-furniture.ts) → tables without
 * rules from line positions (pdf-grid.ts) → paragraphs rebuilt across line wraps and page breaks
 * (pdf-paragraphs.ts) → blocks.
 *
 * Positions are those of .docx: one per paragraph, one per table row (`lines` holds the row's cells
 * joined by a tab); each block also keeps the page it starts on. Furniture and text that is not laid
 * out (rotated stamps) are reported as `info` diagnostics, not dropped silently.
 */
import { InputError } from '../errors.js';
import type { Diagnostic } from '../schema/plan.js';
import type { Block, IngestResult, ParagraphBlock, TableBlock } from './blocks.js';
import { repairBlocks, sortDiagnostics } from './html-blocks.js';
import { openPdf, type PdfPageText, type Rule } from './pdf-load.js';
import { linesOf, type PdfLine } from './pdf-lines.js';
import { findFurniture } from './pdf-furniture.js';
import { columnOf, paragraphsOf, type Column, type FlowLine } from './pdf-paragraphs.js';
import { gridTables } from './pdf-grid.js';
import { continueTable, continueTableWithBox, tablesOfPage, type PdfBox, type PdfTable } from './pdf-tables.js';

type FlowItem =
  | { kind: 'line'; flow: FlowLine; top: number }
  | { kind: 'table'; table: PdfTable; top: number }
  | { kind: 'box'; box: PdfBox; top: number };

/**
 * Whether a page may hold a ruled table or box: at least two of its lines are split into columns by
 * wide gaps, or start slightly inside the text column (the padding of a frame around them).
 */
function mayHoldTable(lines: PdfLine[], column: Column): boolean {
  const split = lines.filter((l) => l.segments.length > 1).length;
  const inset = lines.filter((l) => l.x0 - column.left > 2 && l.x0 - column.left < 0.6 * l.size).length;
  return split >= 2 || inset >= 2;
}

const inBox = (l: PdfLine, boxes: PdfBox[]): number | undefined => {
  const k = boxes.findIndex((b) => l.page === b.page && l.x0 >= b.x0 - 1 && l.x1 <= b.x1 + 1 && l.y <= b.top && l.y >= b.bottom);
  return k < 0 ? undefined : k;
};

export async function ingestPdf(bytes: Uint8Array, path: string): Promise<IngestResult> {
  const pdf = await openPdf(bytes, path);
  try {
    const inked = pdf.pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.text.replace(/\s+/g, '').length, 0), 0);
    if (inked === 0) throw new InputError(path, 'no text in this PDF (scanned?); run OCR first');
    return await layout(pdf.pages, (n) => pdf.rules(n), path);
  } finally {
    await pdf.close();
  }
}

async function layout(pages: PdfPageText[], rulesOf: (page: number) => Promise<Rule[]>, path: string): Promise<IngestResult> {
  const diagnostics: Diagnostic[] = [];
  const perPage: Array<{ page: PdfPageText; lines: PdfLine[]; tables: PdfTable[]; boxes: PdfBox[] }> = [];
  let boxes: PdfBox[] = [];
  const firstLines = pages.map((page) => linesOf(page.runs, page.number));
  const firstColumn = columnOf(firstLines.flat());
  for (const page of pages) {
    let lines = firstLines[page.number - 1];
    let tables: PdfTable[] = [];
    let pageBoxes: PdfBox[] = [];
    // ruling lines cost a second pass over the page's drawing; read them only where the text hints at them
    if (mayHoldTable(lines, firstColumn)) {
      const found = tablesOfPage(page.number, page.runs, await rulesOf(page.number));
      tables = found.tables;
      pageBoxes = found.boxes;
      if (tables.length) lines = linesOf(found.rest, page.number);
    }
    boxes = boxes.concat(pageBoxes);
    perPage.push({ page, lines, tables, boxes: pageBoxes });
  }

  const furniture = findFurniture(perPage.map((p) => ({ height: p.page.height, lines: p.lines })));
  const removed = new Set(furniture.map((f) => f.line));
  const bodyLines = perPage.flatMap((p) => p.lines.filter((l) => !removed.has(l)));
  const column = columnOf(bodyLines);

  // reading order: per page, top to bottom; a table stands where its top is
  const flow: FlowItem[] = [];
  for (const p of perPage) {
    // tables drawn without rules, from the positions of the lines left (not inside a ruled box)
    const kept = p.lines.filter((l) => !removed.has(l));
    const grid = gridTables(kept.filter((l) => inBox(l, boxes) === undefined), column.pitch);
    const inGrid = new Set(kept.filter((l) => !grid.rest.includes(l) && inBox(l, boxes) === undefined));
    const items: FlowItem[] = [
      ...kept.filter((l) => !inGrid.has(l)).map((l): FlowItem => ({ kind: 'line', flow: { line: l, box: inBox(l, boxes) }, top: l.y + l.size })),
      ...[...p.tables, ...grid.tables].map((t): FlowItem => ({ kind: 'table', table: t, top: t.top })),
    ];
    // a box comes just before its first line
    for (const b of p.boxes) {
      const own = items.filter((it) => it.kind === 'line' && it.flow.box !== undefined && boxes[it.flow.box] === b);
      items.push({ kind: 'box', box: b, top: Math.max(b.top, ...own.map((it) => it.top)) + 0.01 });
    }
    items.sort((a, b) => b.top - a.top);
    let skipBox: PdfBox | null = null;
    for (const it of items) {
      const prev = flow[flow.length - 1];
      if (it.kind === 'box') {
        // a box that goes on with the table cut at the bottom of the page before joins it; its lines go too
        if (prev?.kind === 'table' && prev.table.page + 1 === it.box.page && continueTableWithBox(prev.table, it.box)) skipBox = it.box;
        continue;
      }
      if (it.kind === 'line' && skipBox && it.flow.box !== undefined && boxes[it.flow.box] === skipBox) continue;
      // a table cut by a page break goes on at the top of the next page
      if (it.kind === 'table' && prev?.kind === 'table' && prev.table.page + 1 === it.table.page && continueTable(prev.table, it.table)) continue;
      flow.push(it);
    }
  }

  const blocks: Block[] = [];
  const lines: string[] = [];
  let run: FlowLine[] = [];
  const flushParagraphs = (): void => {
    for (const p of paragraphsOf(run, column)) {
      lines.push(p.text);
      const block: ParagraphBlock = {
        type: 'paragraph',
        line: lines.length,
        endLine: lines.length,
        text: p.text,
        // the repairs (html-blocks.ts) start from raw: the text as the PDF has it, line wraps joined
        raw: p.text,
        page: p.lines[0].page,
      };
      if (p.box !== undefined) block.framed = true;
      blocks.push(block);
    }
    run = [];
  };
  for (const it of flow) {
    if (it.kind === 'box') continue;
    if (it.kind === 'line') {
      run.push(it.flow);
      continue;
    }
    flushParagraphs();
    const rows = it.table.rows;
    const first = lines.length + 1;
    for (const row of rows) lines.push(row.map((c) => c.text).join('\t'));
    const table: TableBlock = {
      type: 'table',
      line: first,
      endLine: lines.length,
      rows,
      raw: lines.slice(first - 1).join('\n'),
      origin: 'pdf',
      page: it.table.page,
    };
    blocks.push(table);
  }
  flushParagraphs();

  const lineOfPage = (page: number): number => {
    const b = blocks.find((x) => (x.page ?? 0) >= page);
    return b ? b.line : lines.length;
  };
  for (const f of furniture) {
    const what = f.kind === 'page-number' ? 'a page number' : f.kind === 'running-header' ? 'a running header' : 'a running footer';
    diagnostics.push({
      severity: 'info',
      code: f.kind === 'page-number' ? 'debris.page-number' : `pdf.${f.kind}`,
      message: `removed ${what} (page ${f.line.page})`,
      line: lineOfPage(f.line.page),
      actual: f.line.text,
    });
  }
  for (const p of pages) {
    if (p.skewed > 0) {
      diagnostics.push({
        severity: 'info',
        code: 'pdf.rotated-text',
        message: `left out ${p.skewed} rotated or mirrored text run${p.skewed === 1 ? '' : 's'} on page ${p.number} (stamps, watermarks, margin notes)`,
        line: lineOfPage(p.number),
        actual: p.skewedText,
      });
    }
  }

  const repaired = repairBlocks(blocks);
  diagnostics.push(...repaired.diagnostics);
  if (repaired.blocks.length === 0) throw new InputError(path, 'no text in this PDF (scanned?); run OCR first');
  return {
    format: 'pdf',
    encoding: 'utf-8',
    lineCount: lines.length,
    lines,
    blocks: repaired.blocks,
    diagnostics: sortDiagnostics(diagnostics),
  };
}
