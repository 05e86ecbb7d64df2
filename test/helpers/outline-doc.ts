/**
 * Build a SegmentedDocument from a small outline, so task rules can be tested on exact tree shapes
 * without going through ingest and segment:
 *   `# 一、重点任务`            heading at depth 1 (`##` depth 2 …); number, title and run-in body split
 *   `## [box] 专栏1 名称`       a 专栏 box section
 *   `text`                     a paragraph under the last heading ("" lines are skipped)
 *   `| a | b |`                consecutive rows form one table block
 * Every non-blank outline line is one source line, numbered from 1.
 */
import type { Block, ParagraphBlock, TableBlock } from '../../src/ingest/blocks.js';
import type { PlacedBlock, SectionNode, SegmentedDocument } from '../../src/segment/types.js';

const NUMBER = /^(第[一二三四五六七八九十]+章|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|（\d+）|\(\d+\)|\d+[.．、﹒]|[①②③④⑤⑥⑦⑧⑨⑩])\s*/;

export function outlineDoc(outline: string): SegmentedDocument {
  const roots: SectionNode[] = [];
  const stack: SectionNode[] = [];
  const placed: PlacedBlock[] = [];
  const blocks: Block[] = [];
  let line = 0;
  let table: TableBlock | null = null;
  for (const raw of outline.split('\n')) {
    const text = raw.trim();
    if (!text) continue;
    line++;
    if (!text.startsWith('|')) table = null;
    const h = /^(#+)\s*(\[box\]\s*)?(.*)$/.exec(text);
    if (h) {
      const depth = h[1].length;
      const body = h[3];
      const m = NUMBER.exec(body);
      const number = m ? m[1].replace(/[、.．﹒]$/, '') : body.startsWith('专栏') ? body.split(/\s/)[0] : '';
      const rest = m ? body.slice(m[0].length) : h[2] ? body.slice(number.length).trim() : body;
      const end = /[。；]/.exec(rest);
      const block: ParagraphBlock = { type: 'paragraph', line, endLine: line, text: body, raw: body };
      while (stack.length && stack[stack.length - 1].level >= depth) stack.pop();
      const parent = stack[stack.length - 1];
      const siblings = parent ? parent.children : roots;
      const id = parent ? `${parent.id}.${siblings.length + 1}` : `s${siblings.length + 1}`;
      const title = end ? rest.slice(0, end.index) : rest;
      const node: SectionNode = {
        id,
        level: depth,
        number,
        title,
        line,
        endLine: line,
        kind: h[2] ? 'box' : 'body',
        family: 'test',
        children: [],
        headingBlock: block,
        inlineBody: end ? rest.slice(end.index + 1) : '',
        blocks: [],
        path: [...(parent?.path ?? []), title],
      };
      siblings.push(node);
      stack.push(node);
      for (const s of stack) s.endLine = line;
      blocks.push(block);
      placed.push({ block, part: 'body', sectionId: id, isHeading: true });
      continue;
    }
    const owner = stack[stack.length - 1];
    for (const s of stack) s.endLine = line;
    if (text.startsWith('|')) {
      const cells = text.replace(/^\||\|$/g, '').split('|').map((c) => ({ text: c.trim(), rowSpan: 1, colSpan: 1 }));
      if (!table) {
        table = { type: 'table', line, endLine: line, rows: [], raw: '', origin: 'text-pipe' };
        owner?.blocks.push(table);
        blocks.push(table);
        placed.push({ block: table, part: 'body', sectionId: owner?.id ?? null, isHeading: false });
      }
      table.rows.push(cells);
      table.endLine = line;
      continue;
    }
    const block: ParagraphBlock = { type: 'paragraph', line, endLine: line, text, raw: text };
    owner?.blocks.push(block);
    blocks.push(block);
    placed.push({ block, part: owner ? 'body' : 'title', sectionId: owner?.id ?? null, isHeading: false });
  }
  const lines = outline.split('\n').map((l) => l.trim()).filter(Boolean);
  return {
    ingest: { format: 'txt', encoding: 'utf-8', lineCount: line, lines, blocks, diagnostics: [] },
    sections: roots,
    parts: [],
    placed,
    diagnostics: [],
  };
}
