/**
 * Every quantitative target of a plan: rows of its indicator tables (source `table`), targets stated in
 * the goals part (主要目标/发展目标/总体目标…, source `goals`) and targets inside tasks (source `task`).
 * Ids follow document order: i1, i2, …
 */
import type { Block, ParagraphBlock, TableBlock } from '../../ingest/blocks.js';
import type { Diagnostic, Indicator, IndicatorSource, NumericValue, YearValue } from '../../schema/plan.js';
import { walkSections, type PlacedBlock, type SectionNode, type SegmentedDocument } from '../../segment/types.js';
import { normalizeValue } from '../../nlp/units.js';
import { matchCanonical } from './canonical.js';
import { extractTextTargets, type TextTarget } from './sentences.js';
import {
  captionAttribute,
  captionYear,
  BRACKETED,
  isBracketed,
  isNoteParagraph,
  parseIndicatorTable,
  parseNotes,
  SIGN_NOTE,
  type ParsedTable,
  type TableCellValue,
  type TableHeader,
} from './table.js';
import { findYears } from './years.js';
import { TABLE } from './words.js';
import { partLabelRole, sectionRole, statedRole, type SectionRole } from './section-role.js';
import { findCurrentYear } from './document-year.js';
import { titlePeriod, titleYear } from './title-period.js';
import { attributeBySigns, signAttributes } from './attribute-marks.js';
import { announcesGoals } from './preamble-goals.js';

/** a table cell that holds no value: empty, or a dash or slash set in its place */
const EMPTY_CELL = /^[\s—–\-－/／─]*$/;
import { isPastTable } from './past-table.js';

export { sectionRole, type SectionRole } from './section-role.js';

export interface IndicatorExtraction {
  indicators: Indicator[];
  diagnostics: Diagnostic[];
}

type Draft = Omit<Indicator, 'id'>;

interface State {
  doc: SegmentedDocument;
  sections: Map<string, SectionNode>;
  parents: Map<string, string | null>;
  /** canonical names by word similarity too, not only by the synonym file */
  similar: boolean;
  sectionYears: Map<string, number>;
  horizon: number | null;
  /** the year of an annual document (政府工作报告): what 今年 means; null for other plans */
  currentYear: number | null;
  /** the text read last ended on a sentence dated in the past (reset at each heading) */
  pastBefore: boolean;
  /**
   * the year before the period the document states (its title's, an annual document's): the base period
   * (基期) of a plan, the year of a 基期值 column that names none
   */
  baseYear: number | null;
  /** first year of the document's period when the document states it (annual year, titled plan period) */
  periodStart: number | null;
  /** year of a target outside the goals part that states none (the title's or the annual document's) */
  drafts: Draft[];
  diagnostics: Diagnostic[];
  /** role set by the last paragraph standing as a part label (`2023年工作回顾` not taken for a heading) */
  labelRole: SectionRole | null;
  /** the block whose lines were looked up last (the lookups of a block come together) */
  lastBlock: BlockLines | null;
  /** the document has no body part (no heading at all): what follows its title is its text */
  bodyless: boolean;
}

export interface IndicatorOptions {
  /**
   * 'similar' (default): names not in the synonym file get a canonical name by word similarity with
   * the canonical forms (canonical.ts). 'exact': synonym-file lookup only; for commands that do not
   * show or group by canonical names.
   */
  canonicalNames?: 'similar' | 'exact';
  /**
   * The year the document was issued (its date line or 文号), for a document whose title states no
   * period: a year before it is past, a year from it on is ahead.
   */
  issuedYear?: number | null;
}

/** Every quantitative target of the plan, from its tables, its goals part and its tasks. */
export function extractIndicators(doc: SegmentedDocument, options: IndicatorOptions = {}): IndicatorExtraction {
  const sections = new Map<string, SectionNode>();
  const parents = new Map<string, string | null>();
  const visit = (nodes: SectionNode[], parent: string | null) => {
    for (const n of nodes) {
      sections.set(n.id, n);
      parents.set(n.id, parent);
      visit(n.children, n.id);
    }
  };
  visit(doc.sections, null);
  const similar = (options.canonicalNames ?? 'similar') === 'similar';
  const textYear = findCurrentYear({
    // titles of sections, and short paragraphs standing as part labels the outline did not take
    titles: [...[...walkSections(doc.sections)].map((s) => s.title), ...doc.placed.flatMap((p) => (p.block.type !== 'table' && !p.isHeading && partLabelRole(p.block.text) ? [p.block.text] : []))],
    paragraphs: doc.placed.flatMap((p) => (p.part === 'body' && p.block.type !== 'table' ? [p.block.text] : [])),
  });
  const titled = titleOfDocument(doc).map(titlePeriod).find((p) => p !== null) ?? null;
  // a title naming one year (某某区2024年工作要点): the document's year when its text names none
  const annual = titled === null ? (titleOfDocument(doc).map(titleYear).find((y) => y !== null) ?? null) : null;
  const currentYear = textYear ?? annual;
  const titleEnd = titled?.end ?? null;
  const horizon = findHorizon(doc, sections, currentYear, titleEnd);
  // a target with no year of its own: in the goals part, the horizon; elsewhere only the year of an annual
  // document (a task of a five-year plan may be due any year of it)
  const statedStart = currentYear ?? titled?.start ?? null;
  const state: State = { doc, sections, parents, similar, sectionYears: new Map(), horizon, currentYear, periodStart: currentYear ?? titled?.start ?? options.issuedYear ?? null, baseYear: statedStart === null ? null : statedStart - 1, labelRole: null, pastBefore: false, drafts: [], diagnostics: [], lastBlock: null, bodyless: !doc.placed.some((p) => p.part === 'body') };

  // a part titled with one year (`2024年工作安排`, a work report's plan part) sets the year of its targets
  for (const [id, n] of sections) {
    const m = /^((?:19|20)\d{2})\s*年(?![—–\-－~～至到\d])/.exec(n.title);
    if (m && n.kind === 'body' && statedRole([n.title]) === 'task') state.sectionYears.set(id, Number(m[1]));
  }

  const placed = doc.placed;
  const consumed = new Set<Block>();
  let lastTable: TableGroup | null = null;
  const groups: TableGroup[] = [];

  for (let i = 0; i < placed.length; i++) {
    const p = placed[i];
    if (consumed.has(p.block)) continue;
    if (p.block.type === 'table') {
      if (p.part === 'toc' || p.part === 'cover' || p.part === 'footer') continue;
      const continues = lastTable && onlyContinuationBetween(placed, lastTable.index, i) ? { header: lastTable.header, category: lastTable.parsed.lastCategory } : undefined;
      const parsed = parseIndicatorTable(p.block, { continues });
      if (!parsed) {
        // a box (专栏) or framed text kept as a table, or a task table: its cells are running text
        readTableCells(state, p);
        continue;
      }
      // the previous plan's results (2015年 | 2020年目标 | 2020年实际 in a 十四五 plan) set no target
      if (isPastTable(parsed.header, state.periodStart)) {
        state.diagnostics.push({ severity: 'info', code: 'indicators.past-table', message: 'an indicator table whose years all lie before the period (results of the past): its rows are not targets', line: p.block.line, actual: parsed.header.texts.join('\t') });
        collectNotes(placed, i, consumed); // its notes go with it
        lastTable = null;
        continue;
      }
      // a table and its continuations share caption, rows and the 注 that follows the last part
      const group: TableGroup = continues && lastTable ? lastTable : { caption: captionBefore(placed, i), index: i, header: parsed.header, parsed, rows: [] };
      if (group !== lastTable) groups.push(group);
      addTableRows(state, p, parsed, group);
      const notes = collectNotes(placed, i, consumed);
      if (notes.size > 0) attachNotes(state, group, notes.notes, notes.line);
      lastTable = Object.assign(group, { index: i, parsed });
      continue;
    }
    if (!p.isHeading && (p.part === 'body' || p.part === 'appendix' || p.part === 'preamble')) {
      const label = partLabelRole(p.block.text);
      if (label) {
        state.labelRole = label;
        continue;
      }
    }
    if (p.isHeading) state.pastBefore = false;
    const section = textSection(state, p);
    if (!section) continue;
    // a heading is read whole: a numbered goal item (`1．发明专利申请量达到一百五十二件。`) may stand as one
    if (p.isHeading || p.block.type !== 'paragraph') {
      readText(state, p, section, p.block.text);
      continue;
    }
    // a sentence wrapped over lines the ingest kept apart (PDF text: `…达到 92%以` / `上，…`) is read whole
    const run = wrappedRun(placed, i, consumed);
    if (run.length === 1) {
      readText(state, p, section, p.block.text);
      continue;
    }
    const last = run[run.length - 1].block;
    const joined: Block = { ...(p.block as ParagraphBlock), endLine: last.endLine, text: run.map((r: PlacedBlock) => (r.block.type === 'table' ? '' : r.block.text)).join('\n') };
    readText(state, { ...p, block: joined }, section, joined.text);
    i += run.length - 1;
  }

  for (const g of groups) {
    for (const r of g.rows) {
      for (const m of r.marks) {
        if (!r.noted.has(m)) state.diagnostics.push({ severity: 'info', code: 'indicators.note-missing', message: `footnote mark ${m} after "${r.draft.name}" has no 注 text after the table`, line: r.draft.line, actual: r.rawName });
      }
    }
  }
  const indicators = state.drafts.map((d, n) => ({ id: `i${n + 1}`, ...d }));
  return { indicators, diagnostics: state.diagnostics };
}

interface TextPlace {
  node: SectionNode | null;
  role: SectionRole;
}

/**
 * Where a body or appendix block lies and what its section's title says of it: every such block is read.
 * A short 方案 or 分工表 may have no heading at all: then its preamble is its text, and read as well.
 */
function textSection(state: State, p: PlacedBlock): TextPlace | null {
  if (p.part !== 'body' && p.part !== 'appendix' && !(p.part === 'preamble' && (state.bodyless || (p.block.type === 'paragraph' && announcesGoals(p.block.text))))) return null;
  const node = p.sectionId ? (state.sections.get(p.sectionId) ?? null) : null;
  return { node, role: (node ? statedRole(node.path) : null) ?? state.labelRole ?? 'task' };
}

function readText(state: State, p: PlacedBlock, section: TextPlace, text: string): void {
  if (!text.trim()) return;
  const id = section.node?.id ?? null;
  const result = extractTextTargets(text, {
    inheritedYear: id ? inheritedYear(state, id) : null,
    horizon: state.horizon,
    currentYear: state.currentYear,
    defaultYear: section.role === 'goals' ? state.horizon : state.currentYear,
    periodStart: state.periodStart,
    // in the goals part a dated past sentence does not carry over to the lines after it
    pastBefore: section.role !== 'goals' && state.pastBefore,
    pastSection: section.role === 'past',
    imperative: section.role !== 'past',
  });
  state.pastBefore = result.endsPast;
  if (id && result.statedYear !== null && !state.sectionYears.has(id)) state.sectionYears.set(id, result.statedYear);
  for (const t of result.targets) state.drafts.push(textDraft(state, p, t, section.role === 'goals' || t.announced ? 'goals' : 'task'));
  for (const d of result.diagnostics) {
    state.diagnostics.push({
      severity: d.code === 'indicators.list-mismatch' ? 'warning' : 'info',
      code: d.code,
      message: d.message,
      line: lineOf(state, p.block, text.slice(d.offset, d.offset + 12)),
      actual: d.actual,
    });
  }
}

/** Cells of a table that is not an indicator table, read as paragraphs (each spanning cell once). */
function readTableCells(state: State, p: PlacedBlock): void {
  const section = textSection(state, p);
  if (!section || p.block.type !== 'table') return;
  const seen = new Set<TableBlock['rows'][number][number]>();
  for (const row of p.block.rows) {
    for (const cell of row) {
      if (seen.has(cell)) continue;
      seen.add(cell);
      readText(state, p, section, cell.text);
    }
  }
}

/**
 * Paragraphs from `i` on that continue one another: each but the last ends without a sentence's end and
 * the next starts on the very next line, in the same section (so the joined text is the file's text).
 */
function wrappedRun(placed: PlacedBlock[], i: number, consumed: Set<Block>): PlacedBlock[] {
  const run = [placed[i]];
  for (let k = i + 1; k < placed.length && run.length < 50; k++) {
    const prev = run[run.length - 1].block;
    const next = placed[k];
    if (prev.type !== 'paragraph' || /[。！？!?；;：:]\s*$/.test(prev.text)) break;
    if (next.block.type !== 'paragraph' || next.isHeading || consumed.has(next.block) || next.sectionId !== placed[i].sectionId || next.part !== placed[i].part) break;
    if (next.block.line !== prev.endLine + 1) break;
    run.push(next);
  }
  return run;
}

/**
 * The plan's target year: the first `到2025年` of the goals part, else the year of an annual document,
 * else the commonest target year.
 */
function findHorizon(doc: SegmentedDocument, sections: Map<string, SectionNode>, currentYear: number | null, titleEnd: number | null): number | null {
  if (titleEnd !== null) return titleEnd;
  const counts = new Map<number, number>();
  for (const p of doc.placed) {
    if (p.part !== 'body' || !p.sectionId || p.block.type === 'table') continue;
    const section = sections.get(p.sectionId);
    const years = findYears(p.isHeading ? (section?.inlineBody ?? '') : p.block.text).filter((y) => y.target && !y.plan);
    if (section && sectionRole(section.path) === 'goals' && years.length) return years[0].year;
    for (const y of years) counts.set(y.year, (counts.get(y.year) ?? 0) + 1);
  }
  if (currentYear !== null) return currentYear;
  let best: number | null = null;
  for (const [year, n] of [...counts.entries()].sort((a, b) => a[0] - b[0])) if (best === null || n > counts.get(best)!) best = year;
  return best;
}

/** The first few lines of text of a document: where its title stands (a cover notice's 印发…的通知 included). */
const NUMBERED_HEADING = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十百]+[章节部分篇])/;
function titleOfDocument(doc: SegmentedDocument): string[] {
  const out: string[] = [];
  for (const p of doc.placed) {
    if (p.block.type === 'table' || !p.block.text.trim()) continue;
    if (p.part === 'body' && !p.isHeading) break;
    // a sentence (`2024年是实施“十四五”规划的关键一年。`) is no line of a title
    if (/[。！？；]/.test(p.block.text)) break;
    // a numbered heading (一、…, 第一章…) opens the text: no line of the title
    if (p.isHeading && NUMBERED_HEADING.test(p.block.text)) break;
    out.push(p.block.text);
    if (out.length >= 6) break;
  }
  return [out.slice(0, 3).join('')];
}

function inheritedYear(state: State, sectionId: string): number | null {
  for (let id: string | null = sectionId; id; id = state.parents.get(id) ?? null) {
    const y = state.sectionYears.get(id);
    if (y !== undefined) return y;
  }
  return null;
}

/** Between two tables only a 续表 marker or nothing: the second continues the first. */
function onlyContinuationBetween(placed: PlacedBlock[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const b = placed[k].block;
    if (b.type === 'table') return false;
    const t = b.text.replace(/\s+/g, '');
    if (t && !TABLE.continuedMarkers.some((m) => t.startsWith(m)) && !isNoteParagraph(t)) return false;
  }
  return true;
}

/** The short paragraph right before a table is its caption (`“十四五”知识产权发展主要指标`). */
function captionBefore(placed: PlacedBlock[], index: number): string {
  for (let k = index - 1; k >= 0 && k >= index - 2; k--) {
    const b = placed[k].block;
    if (b.type === 'table') return '';
    const t = b.text.trim();
    if (!t) continue;
    return t.length <= 60 && !/[。；;]$/.test(t) ? t : '';
  }
  return '';
}

/** 注：①…②… paragraphs after a table: footnotes by mark. They are consumed (not read as goals text). */
function collectNotes(placed: PlacedBlock[], index: number, consumed: Set<Block>): { notes: Map<string, string>; line: number; size: number } {
  const notes = new Map<string, string>();
  let line = placed[index].block.endLine;
  // 注：1.… 2.… 3.…: the items numbered on from a note's first item are notes too
  let item = 0;
  for (let k = index + 1; k < placed.length && k <= index + 4 + item; k++) {
    const b = placed[k].block;
    if (b.type === 'table') break;
    if (!b.text.trim()) continue;
    const number = noteItemNumber(b.text);
    if (isNoteParagraph(b.text)) item = number ?? 0;
    else if (item > 0 && number === item + 1) item = number;
    else break;
    for (const [mark, note] of parseNotes(b.text)) if (!notes.has(mark)) notes.set(mark, note);
    consumed.add(b);
    line = b.line;
  }
  return { notes, line, size: notes.size };
}

/** `注：1.…` → 1, `2. …` → 2: the number of a numbered note item, else null. */
function noteItemNumber(text: string): number | null {
  const m = /^\s*(?:注[：:]\s*)?(\d{1,2})\s*[.．、]/.exec(text);
  return m ? Number(m[1]) : null;
}

interface TableGroup {
  caption: string;
  /** placed index of the last table of the group */
  index: number;
  header: TableHeader;
  parsed: ParsedTable;
  rows: { draft: Draft; marks: string[]; signs: string[]; noted: Set<string>; rawName: string }[];
}

/** Notes go to the rows of the whole table (a continued table included) that carry their marks. */
function attachNotes(state: State, group: TableGroup, notes: Map<string, string>, line: number): void {
  const used = new Set<string>();
  const meanings = new Map<string, '预期性' | '约束性'>();
  for (const [k, v] of notes) if (k.startsWith(SIGN_NOTE)) meanings.set(k.slice(SIGN_NOTE.length), v as '预期性' | '约束性');
  for (const r of group.rows) {
    const texts: string[] = [];
    for (const m of r.marks) {
      const note = notes.get(m);
      if (!note) continue;
      texts.push(note);
      r.noted.add(m);
      used.add(m);
    }
    const bracketNote = notes.get(BRACKETED);
    if (bracketNote && isBracketed(r.draft.target.raw)) {
      texts.push(bracketNote);
      used.add(BRACKETED);
    }
    if (texts.length) r.draft.note = [r.draft.note, ...texts].filter(Boolean).join(' ');
    if (r.draft.attribute === null && meanings.size > 0) {
      r.draft.attribute = attributeBySigns(r.signs, meanings);
      for (const s of r.signs) if (meanings.has(s)) used.add(SIGN_NOTE + s);
    }
  }
  // a sign note speaks of the table as a whole (其余为预期性指标 included): it is used when any sign is
  if ([...used].some((k) => k.startsWith(SIGN_NOTE))) for (const k of notes.keys()) if (k.startsWith(SIGN_NOTE)) used.add(k);
  for (const [mark, note] of notes) {
    if (!used.has(mark)) state.diagnostics.push({ severity: 'info', code: 'indicators.note-unused', message: `note ${mark} after the table names no indicator row`, line, actual: note });
  }
}

function yearValue(c: TableCellValue): YearValue {
  const v: YearValue = { year: c.year, value: c.value, raw: c.raw };
  const normalized = normalizeValue(c.value, c.unit);
  if (normalized) v.normalized = normalized;
  return v;
}

function addTableRows(state: State, p: PlacedBlock, parsed: ParsedTable, group: TableGroup): void {
  const block = p.block as TableBlock;
  // a caption that says what signs mean (`主要指标（★为约束性指标）`) gives no attribute to the whole table
  const captionSigns = signAttributes(group.caption);
  const attribute = captionSigns.size > 0 ? null : captionAttribute(group.caption);
  const fallbackYear = captionYear(group.caption) ?? (p.sectionId ? inheritedYear(state, p.sectionId) : null) ?? state.horizon;
  let searchFrom = block.line;
  for (const row of parsed.rows) {
    const line = findLine(state, block.line, block.endLine, row.rawName, searchFrom);
    searchFrom = line;
    const target = row.target;
    if (target?.unparsed && target.raw) {
      state.diagnostics.push({ severity: 'info', code: 'indicators.target-not-numeric', message: `target of "${row.name}" is not a number; kept as written`, line, actual: target.raw });
    }
    const targetValue = target?.value ?? null;
    const targetUnit = target?.unit ?? row.unit;
    const normalized = normalizeValue(targetValue, targetUnit);
    const draft: Draft = {
      name: row.name,
      canonicalName: matchCanonical(row.name, state.similar).canonicalName,
      unit: row.unit,
      // a baseline or milestone cell left empty or struck through (—, -, /) states nothing: no year either
      baseline: row.baseline && !(row.baseline.value === null && EMPTY_CELL.test(row.baseline.raw)) ? yearValue({ ...row.baseline, year: row.baseline.year ?? state.baseYear }) : null,
      milestones: row.milestones.filter((c) => !(c.value === null && EMPTY_CELL.test(c.raw))).map(yearValue),
      target: {
        year: target?.year ?? fallbackYear,
        value: targetValue,
        comparator: target?.comparator ?? '=',
        hedge: null,
        raw: target?.raw ?? '',
        ...(normalized ? { normalized } : {}),
      },
      attribute: row.attribute ?? attribute ?? (captionSigns.size > 0 ? attributeBySigns(row.signs, captionSigns) : null),
      category: row.category,
      note: row.remark,
      source: 'table',
      sectionId: p.sectionId,
      line,
      quote: row.quote,
    };
    state.drafts.push(draft);
    group.rows.push({ draft, marks: row.marks, signs: row.signs, noted: new Set(), rawName: row.rawName });
  }
  for (const s of parsed.skipped) {
    state.diagnostics.push({ severity: 'info', code: 'indicators.table-row-skipped', message: `indicator table row not read: ${s.why}`, line: block.line, actual: s.text });
  }
}

/**
 * 累计 between a name and its value (知识产权质押融资金额累计达到50亿元) makes the figure a sum over the
 * period, not a level: the name leaves the word out (as the annotations do), so the note keeps it.
 */
function cumulativeNote(t: TextTarget): string | null {
  if (t.name.includes('累计')) return null;
  const nameAt = t.quote.indexOf(t.name);
  const from = nameAt >= 0 ? nameAt + t.name.length : 0;
  const at = t.quote.indexOf(t.raw, from);
  if (at < 0) return null;
  const between = t.quote.slice(Math.max(from, at - 10), at);
  const m = /(?:五年|三年|十年)?累计/.exec(between);
  return m && !/[，,。；;、]/.test(between.slice(m.index)) ? m[0] : null;
}

function textDraft(state: State, p: PlacedBlock, t: TextTarget, source: IndicatorSource): Draft {
  const normalized = normalizeValue(t.value, t.unit);
  let baseline: YearValue | null = null;
  if (t.baseline) {
    baseline = { year: t.baseline.year, value: t.baseline.value, raw: t.baseline.raw };
    const bn = t.baseline.value === null ? undefined : normalizeValue(t.baseline.value, t.unit);
    if (bn) baseline.normalized = bn;
  }
  return {
    name: t.name,
    canonicalName: matchCanonical(t.name, state.similar).canonicalName,
    unit: t.unit,
    baseline,
    milestones: [],
    target: {
      year: t.year,
      value: t.value,
      comparator: t.comparator,
      hedge: t.hedge,
      raw: t.raw,
      ...(normalized ? { normalized } : {}),
    },
    attribute: null,
    category: null,
    note: cumulativeNote(t),
    source,
    sectionId: p.sectionId,
    line: lineOf(state, p.block, t.quote),
    quote: t.quote,
  };
}

/** The source line holding a quote inside a block that spans several lines; the block's line otherwise. */
function lineOf(state: State, block: Block, quote: string): number {
  if (block.endLine <= block.line) return block.line;
  return findLine(state, block.line, block.endLine, quote, block.line);
}

function findLine(state: State, from: number, to: number, text: string, start: number): number {
  const probe = solidPrefix(text, 10);
  if (!probe) return start;
  const block = blockLines(state, from, to);
  // a quote split over lines by a page break: its first characters still start one of them
  return firstLineHolding(block, probe, start) ?? firstLineHolding(block, probe.slice(0, 4), start) ?? start;
}

/** The first `n` characters of a text that are not whitespace (as text.replace(/\s+/g, '').slice(0, n)). */
function solidPrefix(text: string, n: number): string {
  let out = '';
  for (let i = 0; i < text.length && out.length < n; i++) if (!/\s/.test(text[i])) out += text[i];
  return out;
}

/**
 * The lines of one block, whitespace removed, for finding where each of its quotes lies. Scanning the
 * block from its first line for every quote was quadratic in a block with many values (a long table
 * of task cells): after a few lookups the block gets an index from each string of the probe's length
 * to the lines holding it, so a lookup is a binary search.
 */
interface BlockLines {
  from: number;
  /** last line, within the document */
  to: number;
  /** solid[l - from]: line l without whitespace */
  solid: string[];
  lookups: number;
  /** by probe length: the lines (ascending) where each string of that length occurs */
  grams: Map<number, Map<string, number[]>>;
}

/** Lookups in a block before it is indexed (each scans the block: fewer stay linear in all). */
const SCANNED_LOOKUPS = 8;

function blockLines(state: State, from: number, to: number): BlockLines {
  const lines = state.doc.ingest.lines;
  const last = Math.min(to, lines.length);
  if (state.lastBlock?.from === from && state.lastBlock.to === last) return state.lastBlock;
  const solid: string[] = [];
  for (let l = from; l <= last; l++) solid.push(lines[l - 1].replace(/\s+/g, ''));
  state.lastBlock = { from, to: last, solid, lookups: 0, grams: new Map() };
  return state.lastBlock;
}

/** The first line from `start` on (within the block) whose text holds `probe`, whitespace ignored; null if none. */
function firstLineHolding(block: BlockLines, probe: string, start: number): number | null {
  const first = Math.max(block.from, start);
  if (first > block.to) return null;
  if (++block.lookups <= SCANNED_LOOKUPS) {
    for (let l = first; l <= block.to; l++) if (block.solid[l - block.from].includes(probe)) return l;
    return null;
  }
  let index = block.grams.get(probe.length);
  if (!index) {
    index = new Map();
    for (let l = block.from; l <= block.to; l++) {
      const t = block.solid[l - block.from];
      for (let i = 0; i + probe.length <= t.length; i++) {
        const gram = t.slice(i, i + probe.length);
        const at = index.get(gram);
        if (!at) index.set(gram, [l]);
        else if (at[at.length - 1] !== l) at.push(l);
      }
    }
    block.grams.set(probe.length, index);
  }
  const at = index.get(probe);
  if (!at) return null;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < first) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length ? at[lo] : null;
}
