/**
 * Segment stage: blocks → the plan's parts (cover, title, 目录, body, appendices, footer) and the
 * section tree of the body, with every block placed somewhere.
 */
import type { Block, IngestResult } from '../ingest/blocks.js';
import type { Diagnostic, Part } from '../schema/plan.js';
import { BARE_LABEL, findParts, normalizeForMatch, tableAppendixLabel } from './parts.js';
import partsData from '../data/document-parts.json' with { type: 'json' };
import { buildOutline, finishSection, finishTree, newSection } from './outline.js';
import { buildTocSection, recoverFromToc, tocCoverage } from './toc.js';
import { walkSections, type PartKind, type PlacedBlock, type SectionNode, type SegmentedDocument } from './types.js';

const PLAN_SELF_REFERENCE = new RegExp(`本(${partsData.planKinds.join('|')})`);

export function segment(ingest: IngestResult): SegmentedDocument {
  const blocks = ingest.blocks;
  const ranges = findParts(blocks);
  const diagnostics: Diagnostic[] = [];
  const slice = (r: [number, number] | null) => (r ? blocks.slice(r[0], r[1]) : []);
  const partOf = new Map<Block, PartKind>();
  const parts: Part[] = [];
  const addPart = (kind: Part['kind'], r: [number, number] | null, title: string | null = null) => {
    if (!r || r[1] <= r[0]) return;
    const bs = blocks.slice(r[0], r[1]);
    for (const b of bs) partOf.set(b, kind);
    parts.push({ kind, line: bs[0].line, endLine: bs[bs.length - 1].endLine, title });
  };
  addPart('cover', ranges.cover);
  addPart('title', ranges.title, ranges.titleText);
  addPart('toc', ranges.toc);
  addPart('title', ranges.titleRepeat);

  // body
  // a 目录 that follows a 前言 lies inside the body range: leave it (and a title repeated after it) out
  const inRange = (i: number, r: [number, number] | null) => r !== null && i >= r[0] && i < r[1];
  // a file holding several documents: the first one's text runs to the second one's title
  const firstEnd = ranges.documents[0]?.[0] ?? ranges.body[1];
  const bodyBlocks = blocks.slice(ranges.body[0], firstEnd).filter((_, k) => !inRange(ranges.body[0] + k, ranges.toc) && !inRange(ranges.body[0] + k, ranges.titleRepeat));
  const outline = buildOutline(bodyBlocks);
  for (const d of outline.diagnostics) diagnostics.push(d);
  let body = outline.sections;
  let preamble = outline.leading;
  // each further document: its title block, its own preamble and its own outline (restarting at 一、)
  const furtherParts: { kind: Part['kind']; range: [number, number]; title: string | null }[] = [];
  ranges.documents.forEach(([tStart, tEnd], k) => {
    const end = ranges.documents[k + 1]?.[0] ?? ranges.body[1];
    const own = buildOutline(blocks.slice(tEnd, end));
    for (const d of own.diagnostics) diagnostics.push(d);
    for (const sec of own.sections) sec.document = k + 2;
    for (const sec of body) sec.document ??= 1;
    body = body.concat(own.sections);
    furtherParts.push({ kind: 'title', range: [tStart, tEnd], title: textOf(blocks[tStart]) });
    if (own.leading.length) furtherParts.push({ kind: 'preamble', range: [tEnd, tEnd + own.leading.length], title: null });
  });

  // text with no heading at all is not lost (the preamble holds it) but has no outline: say so
  const NO_HEADING_CHARS = 300;
  const preambleChars = preamble.reduce((n, b) => n + textOf(b).length, 0);
  if (body.length === 0 && preambleChars >= NO_HEADING_CHARS) {
    diagnostics.push({ severity: 'warning', code: 'outline.no-headings', message: `no heading found: ${preambleChars} characters of text are held as a preamble with no section`, line: preamble[0].line, endLine: preamble[preamble.length - 1].endLine });
  }

  let tocSection: SectionNode | null = null;
  // a 目录 without its heading: the outline listed once with no text, then the body repeats it
  const unlabelled = ranges.toc ? 0 : unlabelledTocLength(body);
  if (unlabelled) {
    const entries = body.slice(0, unlabelled);
    body = body.slice(unlabelled);
    const first = entries[0].headingBlock!;
    tocSection = newSection({ level: 1, number: '', title: '目录', line: first.line, kind: 'toc', family: 'toc', headingBlock: null });
    tocSection.children = entries;
    for (const e of walkSections(entries)) {
      e.kind = 'toc';
      e.level += 1;
    }
    const last = [...walkSections(entries)].pop()!;
    parts.push({ kind: 'toc', line: first.line, endLine: last.headingBlock?.endLine ?? last.line, title: null });
    diagnostics.push({ severity: 'info', code: 'outline.toc-unlabelled', message: `the first ${unlabelled} top-level headings stand without text and the body repeats them: read as a 目录 without its heading`, line: first.line });
  }
  if (ranges.toc) {
    tocSection = buildTocSection(slice(ranges.toc));
    const cov = tocCoverage(tocSection, body);
    if (cov.total >= 3 && cov.found / cov.total < 0.5 && !bodyFollowsToc(tocSection, body)) {
      // the body lost its headings: the 目录 gives the outline; an opening paragraph that speaks of
      // the plan itself (制定本规划) stays the preamble
      const intro = preamble.length && PLAN_SELF_REFERENCE.test(textOf(preamble[0])) ? [preamble[0]] : [];
      const rec = recoverFromToc(tocSection, bodyBlocks.slice(intro.length));
      body = rec.sections;
      preamble = intro;
      for (const d of rec.diagnostics) diagnostics.push(d);
    } else {
      for (const e of cov.missing) {
        diagnostics.push({ severity: 'warning', code: 'outline.toc-entry-missing', message: `目录 entry "${e.title}" has no heading in the body`, line: e.line });
      }
    }
  }
  if (preamble.length) {
    for (const b of preamble) partOf.set(b, 'preamble');
    parts.push({ kind: 'preamble', line: preamble[0].line, endLine: preamble[preamble.length - 1].endLine, title: null });
  }
  for (const p of furtherParts) addPart(p.kind, p.range, p.title);
  finishTree(body, 's');

  // appendices: kept apart from the body, each a section of kind `appendix` whose children are its own
  // outline (a 考评指标 list numbered 一、/（一）/1．is segmented like the body)
  const appendixSections: SectionNode[] = ranges.appendices.map(([s, e]) => {
    const [head, ...rest] = blocks.slice(s, e);
    // `附件1` on its own line: the title is the line under it
    const labelled = BARE_LABEL.test(textOf(head)) && rest.length > 0;
    // an attachment set as one table: label and title are the first cell's lines
    const inTable = tableAppendixLabel(head);
    // `附件1突发环境事件分级标准` / `附件2：任务分工`: the label and the title on one line
    const runIn = !inTable && !labelled ? LABEL_AND_TITLE.exec(textOf(head)) : null;
    const title = inTable ? inTable.title : labelled ? textOf(rest[0]) : runIn ? runIn[2] : textOf(head);
    const number = inTable ? inTable.label : labelled ? textOf(head).replace(/[:：\s]/g, '') : runIn ? runIn[1].replace(/\s/g, '') : '';
    // the table is the appendix's content, not only its heading: it stays among the appendix's blocks
    const node = newSection({ level: 1, number, title, line: head.line, kind: 'appendix', family: 'appendix', headingBlock: inTable ? null : head });
    const inner = labelled ? rest.slice(1) : rest;
    const outline = buildOutline(inner);
    node.blocks = (inTable ? [head] : labelled ? [rest[0]] : []).concat(outline.leading);
    node.children = outline.sections;
    for (const c of walkSections(node.children)) c.level += 1;
    return node;
  });
  finishTree(appendixSections, 'a');
  ranges.appendices.forEach((r, i) => addPart('appendix', r, appendixSections[i].title));
  addPart('footer', ranges.footer);

  if (tocSection) finishSection(tocSection, 'toc');
  // concat, not push(...spread): a plan may have 100,000+ top-level sections
  const sections: SectionNode[] = (tocSection ? [tocSection] : []).concat(body, appendixSections);

  // every block placed: a part, or the innermost section holding it
  const sectionOf = new Map<Block, SectionNode>();
  const headings = new Set<Block>();
  // sections of an appendix's own outline are appendix text, like the appendix itself
  const inAppendix = new Set<SectionNode>();
  for (const a of appendixSections) for (const x of walkSections([a])) inAppendix.add(x);
  for (const s of walkSections(sections)) {
    if (s.headingBlock) {
      sectionOf.set(s.headingBlock, s);
      headings.add(s.headingBlock);
    }
    for (const b of s.blocks) sectionOf.set(b, s);
  }
  const placed: PlacedBlock[] = blocks.map((block) => {
    const s = sectionOf.get(block);
    const part: PartKind = s ? (s.kind === 'toc' ? 'toc' : inAppendix.has(s) ? 'appendix' : 'body') : partOf.get(block) ?? 'body';
    if (!s && !partOf.has(block)) {
      diagnostics.push({ severity: 'warning', code: 'outline.unplaced', message: 'text could not be placed in any section or part', line: block.line, endLine: block.endLine, actual: textOf(block).slice(0, 60) });
    }
    return { block, part, sectionId: s?.id ?? null, isHeading: headings.has(block) };
  });
  return { ingest, sections, parts: parts.sort((a, b) => a.line - b.line), placed, diagnostics };
}

/**
 * How many top-level sections at the start of the body are an unlabelled 目录: at least three headings
 * with no text under any of them, whose titles the next sections repeat in the same order. 0 if none.
 */
function unlabelledTocLength(body: SectionNode[]): number {
  const bare = (s: SectionNode): boolean => s.blocks.length === 0 && !s.inlineBody.trim() && s.children.every(bare);
  let k = 0;
  while (k < body.length && bare(body[k])) k++;
  if (k < 3 || body.length < 2 * k) return 0;
  for (let i = 0; i < k; i++) {
    if (!body[i].number || normalizeForMatch(body[i].title) !== normalizeForMatch(body[k + i].title)) return 0;
  }
  return k;
}

/**
 * True when the body keeps its own top-level headings and they are 目录 entries (an extract of a long
 * plan, or a 目录 that lists more than the file holds): the body outline stands.
 */
function bodyFollowsToc(toc: SectionNode, body: SectionNode[]): boolean {
  const entries = [...walkSections(toc.children)].map((e) => normalizeForMatch(e.title)).filter(Boolean);
  const top = body.filter((s) => s.number && s.kind === 'body');
  if (top.length < 2) return false;
  // a heading wrapped onto a second line keeps only the start of the entry's title
  const listed = top.filter((s) => {
    const t = normalizeForMatch(s.title);
    return t.length >= 4 && entries.some((e) => e === t || e.startsWith(t) || t.startsWith(e));
  });
  return listed.length >= Math.max(2, top.length / 2);
}

const LABEL_AND_TITLE = /^(附[件表]\s*\d{1,2})(?![\d.．、])\s*[:：]?\s*(\S.*)$/;

function textOf(b: Block): string {
  return b.type === 'table' ? (b.rows[0]?.map((c) => c.text).join(' ') ?? '') : b.text.trim();
}
