/**
 * Tasks: the work items of the plan's task part (重点任务, 主要任务, 工作措施 …) with their responsible
 * units, deadline and the quantitative targets they contain.
 *
 * The section tree already holds numbered items as section nodes. Which nodes are tasks:
 *  - the task part is found by section titles (src/data/task-sections.json);
 *  - inside it, a node with numbered children is a group, unless its heading line carries a body
 *    (`1.加强保护。具体包括：` + （1）（2）…: one task holding its sub-items);
 *  - a leaf is a task, except a leaf with a bare title among groups, which is a group without numbered
 *    items: each of its paragraphs is a task titled by its first sentence;
 *  - a table with a 责任单位 column gives one task per row;
 *  - 专栏 boxes are not tasks.
 * Responsible units are read from the task's whole text (clauses end or follow the task); a task with no
 * clause of its own takes the clause written for its group.
 */
import sectionWords from '../data/task-sections.json' with { type: 'json' };
import { blockText, spanGrid, type Block, type TableBlock } from '../ingest/blocks.js';
import type { Diagnostic, Indicator, Task } from '../schema/plan.js';
import type { SectionNode, SegmentedDocument } from '../segment/types.js';
import { parseResponsibility, parseUnitCell, withoutClauses, type Responsibility } from './responsible.js';

export interface TaskExtraction {
  tasks: Task[];
  diagnostics: Diagnostic[];
}

/** A task before ids are given: the text it was read from and where it ends. */
interface Draft {
  number: string;
  title: string;
  text: string;
  sectionId: string;
  line: number;
  endLine: number;
  /** units from a table's columns (already split); null: read them from the text */
  tableUnits: { lead: string[]; support: string[]; deadline: string | null } | null;
  /** units of the group, for a task without a clause of its own */
  inherited: Responsibility | null;
  /** order among drafts on the same line (table rows) */
  seq: number;
}

interface Context {
  drafts: Draft[];
  diagnostics: Diagnostic[];
  usedTables: Set<Block>;
}

type Classification = 'task' | 'nontask' | null;

/** Task words win over non-task words: `主要目标和重点任务` holds tasks. */
export function classifySectionTitle(title: string): Classification {
  const t = title.replace(/\s+/g, '');
  if (sectionWords.task.some((w) => t.includes(w))) return 'task';
  if (sectionWords.nonTask.some((w) => t.includes(w))) return 'nontask';
  return null;
}

// The end punctuation of a title. Its run may only start where the run starts (lookbehind): from every
// character of a long run not at the end, `[…]+$` was quadratic. Same matches.
const TITLE_END_MARKS = /(?<![\s。．.：:])[\s。．.：:]+$/g;
const TITLE_END_PUNCTUATION = /(?<![。；;，,：:\s])[。；;，,：:\s]+$/g;

function endsWithTaskWord(title: string): boolean {
  const t = title.replace(TITLE_END_MARKS, '');
  return sectionWords.task.some((w) => t.endsWith(w));
}

/**
 * Roots of the task part: sections titled as task parts, outermost first. Inside a non-task part only a
 * title ending in a task word counts (a safeguard titled `加强重点工作督查` is not a task part).
 */
export function findTaskRoots(sections: SectionNode[]): SectionNode[] {
  const roots: SectionNode[] = [];
  const walk = (nodes: SectionNode[], underNonTask: boolean) => {
    for (const n of nodes) {
      // an appendix (a 考评指标 list, a 任务分工 list) is read like the body
      if (n.kind === 'appendix') walk(n.children, false);
      if (n.kind !== 'body') continue;
      const cls = classifySectionTitle(n.title);
      if (cls === 'task' && (!underNonTask || endsWithTaskWord(n.title))) roots.push(n);
      else walk(n.children, underNonTask || cls === 'nontask');
    }
  };
  walk(sections, false);
  return roots;
}

export function extractTasks(doc: SegmentedDocument, indicators: Indicator[]): TaskExtraction {
  const ctx: Context = { drafts: [], diagnostics: [], usedTables: new Set() };
  let roots = findTaskRoots(doc.sections);
  if (roots.length === 0) {
    // no section says 任务/措施: a plan of the 工作方案 kind may put its work items straight under the
    // top-level headings; take the top-level sections that are not goals, principles or safeguards
    const tops = doc.sections.flatMap((s) => (s.kind === 'appendix' ? s.children : [s]));
    roots = tops.filter((s) => s.kind === 'body' && classifySectionTitle(s.title) === null && hasWorkItems(s));
    if (roots.length > 0) {
      ctx.diagnostics.push({
        severity: 'info',
        code: 'task.part-inferred',
        message: `no section is titled as a task part (重点任务, 主要任务, 工作措施 …); tasks were read from ${roots
          .map((r) => `"${r.number ? r.number + ' ' : ''}${r.title}"`)
          .join(', ')}`,
        line: roots[0].line,
      });
    } else if (doc.sections.some((s) => s.kind === 'body')) {
      ctx.diagnostics.push({
        severity: 'info',
        code: 'task.part-missing',
        message: 'no task part found: no section is titled 重点任务, 主要任务, 工作措施 or the like',
        line: 0,
      });
    }
  }
  for (const root of roots) collectContainer(root, groupUnits(root), ctx);
  collectOutsideTables(doc, ctx);

  ctx.drafts.sort((a, b) => a.line - b.line || a.seq - b.seq);
  const byLine = indexByLine(indicators.filter((ind) => ind.source === 'task'));
  const tableQuotes = new Map<string, (text: string) => Indicator[]>();
  const tasks = ctx.drafts.map((d, i) => toTask(d, `t${i + 1}`, byLine, tableQuotes));
  reportUnits(doc, roots, ctx, tasks);
  return { tasks, diagnostics: ctx.diagnostics };
}

/** A top-level section worth reading as a task part: it has numbered items or responsibility clauses. */
function hasWorkItems(s: SectionNode): boolean {
  if (s.children.some((c) => c.kind === 'body')) return true;
  return s.blocks.some((b) => parseResponsibility(blockText(b)).clauses.length > 0);
}

// ---------------------------------------------------------------------------------------------------
// walking the task part

function bodyChildren(n: SectionNode): SectionNode[] {
  return n.children.filter((c) => c.kind === 'body');
}

/**
 * Responsibility written for a whole group: in its heading, or in its introduction when it has numbered
 * items (a group without them holds its tasks in its paragraphs, whose clauses are theirs alone).
 */
function groupUnits(n: SectionNode): Responsibility | null {
  const intro = bodyChildren(n).length > 0 ? textBlocks(n.blocks).map(blockText) : [];
  const text = [headingText(n), ...intro].join('\n');
  const r = parseResponsibility(text);
  return r.clauses.length ? r : null;
}

function collectContainer(node: SectionNode, inherited: Responsibility | null, ctx: Context): void {
  collectTables(node, inherited, ctx);
  const kids = bodyChildren(node);
  if (kids.length === 0) {
    collectParagraphTasks(node, inherited, ctx);
    return;
  }
  const anyGroup = kids.some((k) => bodyChildren(k).length > 0 && !runInTask(k));
  for (const k of kids) {
    const inline = runInTask(k);
    const own = groupUnits(k);
    if (bodyChildren(k).length > 0) {
      // `（一）工程` over `1.` items is a group; `1.加强保护。具体包括：` over （1）（2） is one task
      if (inline) ctx.drafts.push(numberedDraft(node, k, inherited, ctx));
      else collectContainer(k, own ?? inherited, ctx);
    } else if (anyGroup && !inline) {
      // a group without numbered items among groups that have them: its paragraphs are the tasks
      const before = ctx.drafts.length;
      collectContainer(k, own ?? inherited, ctx);
      if (ctx.drafts.length === before) {
        ctx.diagnostics.push({
          severity: 'warning',
          code: 'task.group-empty',
          message: `task group "${k.number}${k.title}" holds no work items (no numbered items, no paragraphs)`,
          line: k.line,
        });
      }
    } else {
      ctx.drafts.push(numberedDraft(node, k, inherited, ctx));
    }
  }
}

// `（一）产业提升计划。围绕…实施如下项目：` over `1.` `2.` items is a group although it runs in: a heading of
// a group family (一、 （一）) over items numbered 1. 1、 keeps GB/T 9704's levels
const GROUP_FAMILIES = new Set(['part', 'chapter', 'jie', 'cn-dun', 'paren-cn', 'unnumbered', 'part-container']);
const ITEM_FAMILIES = new Set(['arabic-dot', 'arabic-dun']);

/** A heading that carries its body on its line and is one task, its children being sub-items. */
function runInTask(k: SectionNode): boolean {
  if (!k.inlineBody.trim()) return false;
  return !(GROUP_FAMILIES.has(k.family) && bodyChildren(k).some((c) => ITEM_FAMILIES.has(c.family)));
}

/** Blocks that carry running text of a task (tables and 专栏 frames are not task text). */
function textBlocks(blocks: Block[]): Block[] {
  return blocks.filter((b) => b.type !== 'table' && !(b.type === 'paragraph' && b.framed));
}

function headingText(n: SectionNode): string {
  if (n.headingBlock && n.headingBlock.type !== 'table') return n.headingBlock.text;
  return `${n.number}${n.title}`;
}

/** The heading line without its number: `1.积极探索…。在…` → `积极探索…。在…`. */
function headingWithoutNumber(n: SectionNode): string {
  const text = headingText(n);
  const at = n.title ? text.indexOf(n.title) : -1;
  if (at >= 0) return text.slice(at);
  return `${n.title}${n.inlineBody ? '。' + n.inlineBody : ''}`;
}

function numberedDraft(parent: SectionNode, n: SectionNode, inherited: Responsibility | null, ctx: Context): Draft {
  // a bare heading line is a title: the line after it starts a new sentence, never a page-break cut
  const parts: TextPart[] = [
    { text: headingWithoutNumber(n), line: n.headingBlock?.line ?? n.line, endLine: n.headingBlock?.endLine ?? n.line, title: !n.inlineBody.trim() },
  ];
  const addBlocks = (s: SectionNode) => {
    for (const b of textBlocks(s.blocks)) parts.push({ text: blockText(b), line: b.line, endLine: b.endLine });
  };
  addBlocks(n);
  // a task whose heading carries a body keeps its sub-items as part of its text (专栏 boxes stay out)
  const walk = (s: SectionNode) => {
    for (const c of s.children) {
      if (c.kind !== 'body') continue;
      parts.push({
        text: headingText(c),
        line: c.headingBlock?.line ?? c.line,
        endLine: c.headingBlock?.endLine ?? c.line,
        title: !c.inlineBody.trim(),
        heading: true,
      });
      addBlocks(c);
      walk(c);
    }
  };
  walk(n);
  const text = joinParts(parts, ctx);
  // the task ends with its last line of text, not with a 专栏 box placed under it (a loop, not
  // Math.max(...): spreading a task of some 130,000 parts overflows the stack)
  let endLine = -Infinity;
  for (const p of parts) endLine = Math.max(endLine, p.endLine ?? p.line);
  return {
    number: n.number,
    title: cleanTitle(n.title),
    text,
    sectionId: parent.id,
    line: parts[0].line,
    endLine,
    tableUnits: null,
    inherited,
    seq: 0,
  };
}

/**
 * The nodes under n, in document order: one list filled on the way down (copying each subtree's list
 * into its parent's was quadratic in the depth).
 */
function descendants(n: SectionNode, out: SectionNode[] = []): SectionNode[] {
  for (const c of n.children) {
    out.push(c);
    descendants(c, out);
  }
  return out;
}

/** Paragraphs of a group without numbered items: one task each, titled by its first sentence. */
function collectParagraphTasks(node: SectionNode, inherited: Responsibility | null, ctx: Context): void {
  let current: { draft: Draft; parts: { text: string; line: number }[] } | null = null;
  const finish = () => {
    if (!current) return;
    current.draft.text = joinParts(current.parts, ctx);
    ctx.drafts.push(current.draft);
    current = null;
  };
  // the heading of a group with a run-in body (`（六）培育文化。加强…`) is its first paragraph
  const paragraphs: { text: string; line: number; endLine: number }[] = [];
  if (node.inlineBody.trim()) paragraphs.push({ text: node.inlineBody.trim(), line: node.line, endLine: node.line });
  for (const b of textBlocks(node.blocks)) paragraphs.push({ text: blockText(b).trim(), line: b.line, endLine: b.endLine });
  for (const p of paragraphs) {
    if (!p.text) continue;
    const onlyClause = withoutClauses(p.text).replace(/[。；;，,\s]/g, '') === '';
    const continues = current !== null && !endsSentence(current.parts[current.parts.length - 1].text);
    if (current && (onlyClause || continues)) {
      current.parts.push({ text: p.text, line: p.line });
      current.draft.endLine = p.endLine;
      continue;
    }
    if (onlyClause) continue; // a group's clause before any paragraph: groupUnits() has read it
    finish();
    current = {
      draft: {
        number: '',
        title: firstSentence(p.text),
        text: '',
        sectionId: node.id,
        line: p.line,
        endLine: p.endLine,
        tableUnits: null,
        inherited,
        seq: 0,
      },
      parts: [{ text: p.text, line: p.line }],
    };
  }
  finish();
}

const SENTENCE_END = /[。；;！!？?]/;
const TERMINAL = /[。；;！!？?：:）)」”’"】〉》…]\s*$/;

function endsSentence(text: string): boolean {
  return TERMINAL.test(text);
}

/** Title of an unnumbered task: its first sentence without the full stop (and without a unit clause). */
export function firstSentence(text: string): string {
  const bare = withoutClauses(text);
  const m = SENTENCE_END.exec(bare);
  return cleanTitle(m ? bare.slice(0, m.index) : bare);
}

function cleanTitle(title: string): string {
  return withoutClauses(title).replace(TITLE_END_PUNCTUATION, '').trim();
}

/**
 * Join the lines of one task with line breaks, except inside a bracket that a page break left open
 * (`（牵头单位：…、武` / `汉东湖…管委会）`): there the lines are one clause, joined and said in a diagnostic.
 */
interface TextPart {
  text: string;
  line: number;
  endLine?: number;
  /** a heading without run-in body: what follows is never joined to it */
  title?: boolean;
  /** a heading: it starts a line of its own, never joined to what precedes it */
  heading?: boolean;
}

/** Bracket depth after reading `text` from `depth` on (a closing bracket with none open is ignored). */
function bracketDepthAfter(depth: number, text: string): number {
  for (const ch of text) {
    if ('（(〈【[〔'.includes(ch)) depth++;
    else if ('）)〉】]〕'.includes(ch) && depth > 0) depth--;
  }
  return depth;
}

function joinParts(parts: TextPart[], ctx: Context): string {
  let out = '';
  // the bracket depth at the end of `out`, kept up as parts are added: reading the whole joined text
  // again for every part was quadratic in the number of parts
  let depth = 0;
  parts.forEach((p, i) => {
    const text = p.text.trim();
    if (i === 0) {
      out = text;
      depth = bracketDepthAfter(0, text);
      return;
    }
    // only inside a bracket left open (a unit list cut by a page break) is the cut certain; elsewhere
    // the ingest has joined what it could, and a line break is kept rather than guessed away
    const cut = !parts[i - 1].title && !p.heading && depth > 0;
    depth = bracketDepthAfter(depth, text);
    if (cut) {
      ctx.diagnostics.push({
        severity: 'info',
        code: 'task.text-rejoined',
        message: `joined a unit clause cut across lines ${parts[i - 1].line} and ${p.line} (page break)`,
        line: p.line,
        actual: `${out.slice(-8)}|${text.slice(0, 8)}`,
      });
      out += text;
    } else out += '\n' + text;
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------
// tables with a 责任单位 column

interface TableRoles {
  header: number;
  number: number | null;
  title: number | null;
  lead: number[];
  support: number[];
  deadline: number | null;
  text: number[];
}

/** Cells of a table as a full grid: a merged cell's text repeated in every row and column it covers. */
export function tableGrid(table: TableBlock): string[][] {
  const grid = spanGrid(table.rows, (cell) => cell.text.trim());
  let width = 0;
  for (const r of grid) width = Math.max(width, r.length); // not Math.max(...): a long table overflows the stack
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

const LEAD_HEAD = /牵头|责任(单位|部门|主体)|主责|负责(单位|部门)|承办/;
const SUPPORT_HEAD = /配合|协同|参与|协办|协助/;
const NUMBER_HEAD = /^(序号|编号|序)$/;
const DEADLINE_HEAD = /时限|时间|进度|期限/;
const TITLE_HEAD = /任务|事项|名称|工作|内容|措施|举措|项目/;

export function tableRoles(grid: string[][]): TableRoles | null {
  for (let h = 0; h < Math.min(3, grid.length); h++) {
    const head = grid[h].map((c) => c.replace(/\s+/g, ''));
    const lead = head.flatMap((c, i) => (LEAD_HEAD.test(c) && !SUPPORT_HEAD.test(c) ? [i] : []));
    if (lead.length === 0) continue;
    const support = head.flatMap((c, i) => (SUPPORT_HEAD.test(c) ? [i] : []));
    const used = new Set([...lead, ...support]);
    const find = (re: RegExp) => {
      const i = head.findIndex((c, j) => !used.has(j) && re.test(c));
      if (i >= 0) used.add(i);
      return i >= 0 ? i : null;
    };
    const number = find(NUMBER_HEAD);
    const deadline = find(DEADLINE_HEAD);
    const title = find(TITLE_HEAD);
    const text = head.flatMap((c, i) => (!used.has(i) && c ? [i] : []));
    return { header: h, number, title: title ?? text[0] ?? null, lead, support, deadline, text };
  }
  return null;
}

/** One draft per row of a table with a 责任单位 column; rows spanning the whole width are group titles. */
function tableDrafts(table: TableBlock, sectionId: string, inherited: Responsibility | null): Draft[] | null {
  const grid = tableGrid(table);
  const roles = tableRoles(grid);
  if (!roles || roles.title === null) return null;
  const drafts: Draft[] = [];
  for (let r = roles.header + 1; r < grid.length; r++) {
    const row = grid[r];
    if (row.every((c) => c === row[0])) continue; // a merged row: group title or note
    const titleCell = row[roles.title];
    if (!titleCell) continue;
    const textCols = [roles.title, ...roles.text.filter((i) => i !== roles.title)];
    const text = [...new Set(textCols.map((i) => row[i]).filter(Boolean))].join('\n');
    const cells = [...roles.lead.map((i) => parseUnitCell(row[i], 'lead')), ...roles.support.map((i) => parseUnitCell(row[i], 'support'))];
    const lead = unique(cells.flatMap((c) => c.lead));
    const leads = new Set(lead); // not lead.includes() for every name: quadratic in a long unit cell
    const support = unique(cells.flatMap((c) => c.support)).filter((n) => !leads.has(n));
    const deadlines = unique([...(roles.deadline !== null && row[roles.deadline] ? [row[roles.deadline]] : []), ...cells.flatMap((c) => c.deadlines)]);
    const deadline = deadlines.length ? deadlines.join('；') : null;
    drafts.push({
      number: roles.number !== null ? row[roles.number] : '',
      title: firstSentence(titleCell),
      text,
      sectionId,
      line: table.line,
      endLine: table.endLine,
      tableUnits: { lead, support, deadline },
      inherited,
      seq: r,
    });
  }
  return drafts;
}

function collectTables(node: SectionNode, inherited: Responsibility | null, ctx: Context): void {
  for (const b of node.blocks) {
    if (b.type !== 'table') continue;
    const drafts = tableDrafts(b, node.id, inherited);
    if (!drafts) continue;
    ctx.usedTables.add(b);
    for (const d of drafts) ctx.drafts.push(d); // not push(...drafts): a long table overflows the stack
  }
}

/**
 * Task tables outside the task part (a 重点任务分工表 in an appendix): their rows are the tasks when the
 * body gave none with units; otherwise the table repeats the body's tasks and is only mentioned.
 */
function collectOutsideTables(doc: SegmentedDocument, ctx: Context): void {
  const bodyHasUnits = ctx.drafts.some((d) => d.tableUnits || parseResponsibility(d.text).clauses.length > 0);
  for (const p of doc.placed) {
    const b = p.block;
    if (b.type !== 'table' || ctx.usedTables.has(b)) continue;
    const drafts = tableDrafts(b, p.sectionId ?? '', null);
    if (!drafts || drafts.length === 0) continue;
    if (bodyHasUnits) {
      ctx.diagnostics.push({
        severity: 'info',
        code: 'task.table-not-read',
        message: `a table with a responsible-unit column (${drafts.length} rows) lies outside the task part; its rows were not added as tasks because the task part already names units`,
        line: b.line,
      });
      continue;
    }
    ctx.usedTables.add(b);
    for (const d of drafts) ctx.drafts.push(d); // not push(...drafts): a long table overflows the stack
  }
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

// ---------------------------------------------------------------------------------------------------
// output

/** Indicators sorted by line (ties in list order), with each one's place in the list. */
interface LineIndex {
  entries: { ind: Indicator; order: number }[];
}

/**
 * Filtering every indicator for every task was quadratic (tasks × indicators, a quarter of the time of a
 * 20 MB plan): the indicators are sorted by line once and each task takes its line range by binary search.
 */
function indexByLine(indicators: Indicator[]): LineIndex {
  const entries = indicators.map((ind, order) => ({ ind, order }));
  entries.sort((a, b) => a.ind.line - b.ind.line || a.order - b.order);
  return { entries };
}

/** The indicators on lines from..to, in list order. */
function indicatorsOnLines(index: LineIndex, from: number, to: number): Indicator[] {
  const { entries } = index;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].ind.line < from) lo = mid + 1;
    else hi = mid;
  }
  const found: { ind: Indicator; order: number }[] = [];
  for (let k = lo; k < entries.length && entries[k].ind.line <= to; k++) found.push(entries[k]);
  return found.sort((a, b) => a.order - b.order).map((e) => e.ind);
}

/** Below this many candidates a row's text is searched for each quote in turn. */
const FEW_QUOTES = 8;

/**
 * A search for many quotes at once (Aho–Corasick): given a text, the candidates whose quote occurs in
 * it (text.includes(quote)), in list order. The rows of a task table share their line range, so every
 * row had every indicator of the table as a candidate, each searched for in turn: quadratic in the rows.
 * Here each row's text is read once, whatever the number of quotes.
 */
function quoteSearch(candidates: Indicator[]): (text: string) => Indicator[] {
  if (candidates.length <= FEW_QUOTES) return (text) => candidates.filter((ind) => text.includes(ind.quote));
  // a trie of the quotes (UTF-16 code units, as includes() compares them), each node with the
  // candidates whose quote ends there
  const next: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  candidates.forEach((ind, order) => {
    let node = 0;
    for (let i = 0; i < ind.quote.length; i++) {
      const c = ind.quote.charCodeAt(i);
      let child = next[node].get(c);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        ends.push([]);
        next[node].set(c, child);
      }
      node = child;
    }
    ends[node].push(order);
  });
  // fail: the longest proper suffix that is a trie node; output: the nearest node down the fail chain
  // where a quote ends
  const fail = new Int32Array(next.length);
  const output = new Int32Array(next.length).fill(-1);
  const queue: number[] = [0];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    for (const [c, child] of next[node]) {
      let f = fail[node];
      while (node !== 0 && f !== 0 && !next[f].has(c)) f = fail[f];
      fail[child] = node !== 0 && next[f].has(c) ? next[f].get(c)! : 0;
      output[child] = ends[fail[child]].length > 0 ? fail[child] : output[fail[child]];
      queue.push(child);
    }
  }
  const seen = new Int32Array(next.length).fill(-1);
  let row = 0;
  return (text) => {
    row++;
    const found: number[] = [...ends[0]]; // empty quotes occur in every text
    const report = (from: number): void => {
      // a node met before in this text has had its whole output chain reported
      for (let n = from; n > 0 && seen[n] !== row; n = output[n]) {
        seen[n] = row;
        for (const order of ends[n]) found.push(order);
      }
    };
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (node !== 0 && !next[node].has(c)) node = fail[node];
      node = next[node].get(c) ?? 0;
      report(ends[node].length > 0 ? node : output[node]);
    }
    return found.sort((a, b) => a - b).map((order) => candidates[order]);
  };
}

function toTask(d: Draft, id: string, taskIndicators: LineIndex, tableQuotes: Map<string, (text: string) => Indicator[]>): Task {
  let lead: string[];
  let support: string[];
  let deadlines: string[];
  if (d.tableUnits) {
    lead = d.tableUnits.lead;
    support = d.tableUnits.support;
    deadlines = d.tableUnits.deadline ? [d.tableUnits.deadline] : [];
  } else {
    const own = parseResponsibility(d.text);
    const r = own.lead.length + own.support.length > 0 ? own : (d.inherited ?? own);
    lead = r.lead;
    support = r.support;
    deadlines = own.deadlines.length ? own.deadlines : r.deadlines;
  }
  let inTask: Indicator[];
  if (!d.tableUnits) inTask = indicatorsOnLines(taskIndicators, d.line, d.endLine);
  else {
    // a table row: the indicators of the table whose quote is in the row's text
    const key = `${d.line}:${d.endLine}`;
    let search = tableQuotes.get(key);
    if (!search) {
      search = quoteSearch(indicatorsOnLines(taskIndicators, d.line, d.endLine));
      tableQuotes.set(key, search);
    }
    inTask = search(d.text);
  }
  const indicatorIds = inTask.map((ind) => ind.id);
  return {
    id,
    sectionId: d.sectionId,
    number: d.number,
    title: d.title,
    text: d.text,
    line: d.line,
    deadline: deadlines.length ? deadlines.join('；') : null,
    indicatorIds,
    units: { lead: [...lead], support: [...support] },
  };
}

/**
 * Say what a reader would want checked: tasks without units in a plan whose other tasks name them, and
 * responsibility clauses found outside any task.
 */
function reportUnits(doc: SegmentedDocument, roots: SectionNode[], ctx: Context, tasks: Task[]): void {
  const withUnits = tasks.filter((t) => t.units.lead.length + t.units.support.length > 0).length;
  if (withUnits > 0 && withUnits >= tasks.length / 2) {
    for (const t of tasks) {
      if (t.units.lead.length + t.units.support.length > 0) continue;
      ctx.diagnostics.push({
        severity: 'warning',
        code: 'task.units-missing',
        message: `task ${t.id} "${t.title}" names no responsible unit, while ${withUnits} of ${tasks.length} tasks do`,
        line: t.line,
      });
    }
  }
  // lines inside a task: each line added once (the rows of a task table all span the table, and adding
  // the whole span for every row was quadratic in the rows)
  const inTasks = new Set<number>();
  let covered = -Infinity;
  for (const d of [...ctx.drafts].sort((a, b) => a.line - b.line)) {
    for (let l = Math.max(d.line, covered + 1); l <= d.endLine; l++) inTasks.add(l);
    covered = Math.max(covered, d.endLine);
  }
  const rootIds = new Set(roots.flatMap((r) => [r, ...descendants(r)]).map((s) => s.id));
  for (const p of doc.placed) {
    if (p.part !== 'body' || p.block.type === 'table' || inTasks.has(p.block.line)) continue;
    if (p.sectionId && rootIds.has(p.sectionId)) continue; // group headings and introductions
    const r = parseResponsibility(blockText(p.block));
    if (r.clauses.length === 0) continue;
    ctx.diagnostics.push({
      severity: 'info',
      code: 'task.units-outside-tasks',
      message: 'a responsible-unit clause lies outside the task part; it was not attached to any task',
      line: p.block.line,
      actual: r.clauses.map((c) => c.raw).join(' '),
    });
  }
}
