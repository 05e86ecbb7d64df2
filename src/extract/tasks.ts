/**
 * Tasks: the work items of a plan with their responsible units, deadline and the quantitative targets
 * they contain.
 *
 * A work item is recognized by its form, wherever it stands (src/extract/work-items.ts decides which):
 *  - every part of the body and every appendix is read, except parts stating principles, background or
 *    goals; a part's title is one signal (a task part decides a tie, a safeguard part needs its items to
 *    continue the numbering or name units);
 *  - inside a part, a node with numbered children is a group, unless its heading line carries a body
 *    (`1.加强保护。具体包括：` + （1）（2）…: a task whose sub-items are tasks of their own, after it);
 *  - a group's numbered item (一、 （一）) whose text runs over two or more run-in titled items (a paragraph
 *    `提升创新策源功能。…`, `一是加快转型升级。…`, src/extract/run-in-items.ts) keeps its heading and
 *    introduction, and those items are tasks of their own after it;
 *  - a leaf is a candidate, except a leaf with a bare title among groups, which is a group without
 *    numbered items: each of its paragraphs is a task titled by its first sentence;
 *  - the work items are the candidates numbered in the plan's work-item style;
 *  - a table with a 责任单位 column gives one task per row;
 *  - 专栏 boxes are not tasks.
 * Responsible units are read from the task's whole text (clauses end or follow the task); a task with no
 * clause of its own takes the clause written for its group, a sub-item the clause of its item.
 */
import { blockText, spanGrid, type Block, type TableBlock } from '../ingest/blocks.js';
import type { Diagnostic, Indicator, Task } from '../schema/plan.js';
import { matchHeadingNumber } from '../segment/numbering.js';
import type { SectionNode, SegmentedDocument } from '../segment/types.js';
import { namesAUnit, parseResponsibility, parseUnitCell, underOptions, withoutClauses, type ClauseOptions, type Responsibility } from './responsible.js';
import { cutPositionalNote, firstListedLeadsFrom } from './lead-convention.js';
import {
  classifyPartTitle,
  endsWithTaskWord,
  isBareNameEntry,
  isPrincipleHeading,
  liftFromBoxes,
  numberStyle,
  opensWithAction,
  ordinalOf,
  outlineBlocks,
  recoverSiblings,
  selectWorkItems,
  splitRunOn,
  type PartClass,
} from './work-items.js';
import { cutAtEnumeratedItems, runInTitle } from './run-in-items.js';
import { assignedItemTitle, cutAtAssignedItems } from './assigned-items.js';
import { headRows } from './table-head.js';
import { unitOfHeading } from './unit-headings.js';
import { bracketDeadlines, openingDeadlines } from './bracket-deadline.js';
import { withoutItemLabel } from './title-label.js';

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
  /** how it was found (see work-items.ts) */
  origin: 'numbered' | 'paragraph' | 'table';
  /** what the title of the part holding it says */
  part: PartClass;
  /** a paragraph of a group without numbered items among groups that have them */
  amongGroups: boolean;
  /** a table row: the text of its task column as written (a merged cell repeats it over several rows) */
  rowTask?: string;
  /** the clauses of its own text, read once (see ownUnits) */
  own?: Responsibility;
  /** the items run into or numbered under it, tasks of their own once it is kept (see subItemDrafts) */
  subItems?: Draft[];
  /** cut from a paragraph it shares with other tasks: its indicators are those quoted in its text */
  byQuote?: boolean;
  /**
   * a numbered group read as one item holding its items (the drafts collected inside it): kept when its
   * number is in the work items' style, and then they are its sub-items, not tasks found apart
   */
  holds?: Draft[];
}

/** The responsibility a draft's own text states (read once: selection, restated rows and output all ask). */
function ownUnits(d: Draft): Responsibility {
  d.own ??= parseResponsibility(d.text);
  return d.own;
}

interface Context {
  drafts: Draft[];
  /** the class of the part being walked */
  part: PartClass;
  /** the last task table read and the document's blocks in order (to see a table continued) */
  tables: TableContext;
  diagnostics: Diagnostic[];
  usedTables: Set<Block>;
}

interface TableContext {
  last: TableState | null;
  blocks: Block[];
  order: Map<Block, number>;
  /** the line from which the plan's lists are read by the positional convention (see lead-convention.ts) */
  firstListedFrom: number;
}

/** What a section title says its part holds (src/data/task-sections.json): task, principle, safeguard or null. */
export function classifySectionTitle(title: string): PartClass {
  return classifyPartTitle(title);
}

// The end punctuation of a title. Its run may only start where the run starts (lookbehind): from every
// character of a long run not at the end, `[…]+$` was quadratic. Same matches.
const TITLE_END_PUNCTUATION = /(?<![。；;，,：:\s])[。；;，,：:\s]+$/g;

export interface TaskRoot {
  node: SectionNode;
  part: PartClass;
}

/**
 * The parts read for work items, outermost first: every top-level section and appendix, with what its
 * title says. Parts stating principles, background or goals are left out; inside one, only a section
 * whose title ends in a task word is read (`二、总体要求` > `（四）重点工作`).
 */
export function findTaskRoots(sections: SectionNode[]): TaskRoot[] {
  const roots: TaskRoot[] = [];
  const inside = (nodes: SectionNode[]) => {
    for (const n of nodes) {
      if (n.kind !== 'body') continue;
      if (classifyPartTitle(n.title) === 'task' && endsWithTaskWord(n.title)) roots.push({ node: n, part: 'task' });
      else inside(n.children);
    }
  };
  for (const n of sections) {
    if (n.kind !== 'body' && n.kind !== 'appendix') continue;
    const part = classifyPartTitle(n.title);
    if (part === 'principle') inside(n.children);
    else roots.push({ node: n, part });
  }
  return roots;
}

export function extractTasks(doc: SegmentedDocument, indicators: Indicator[]): TaskExtraction {
  const blocks = doc.placed.map((p) => p.block);
  const ctx: Context = {
    drafts: [],
    diagnostics: [],
    usedTables: new Set(),
    part: null,
    tables: {
      last: null,
      blocks,
      order: new Map(blocks.map((b, i) => [b, i])),
      // `列第一位者为牵头单位`: in the whole plan (a note apart from any list) or from a clause saying 下同 on
      firstListedFrom: firstListedLeadsFrom(conventionTexts(blocks), namesAUnit),
    },
  };
  const roots = findTaskRoots(doc.sections);
  if (!doc.sections.some((s) => s.kind === 'body')) {
    const runOn = runOnRoot(doc);
    if (runOn) roots.push({ node: runOn, part: null });
  }
  for (const root of roots) {
    ctx.part = root.part;
    // `一、稳定粮食播种面积。将…（A牵头）` at the top with no items under it: a work item as at any level
    if (topLevelItem(root.node)) ctx.drafts.push(numberedDraft(root.node, root.node, null, ctx));
    else collectContainer(root.node, groupUnits(root.node), ctx);
  }
  ctx.drafts.sort((a, b) => a.line - b.line || a.seq - b.seq);
  const keep = selectWorkItems(
    ctx.drafts.map((d) => ({
      origin: d.origin,
      style: numberStyle(d.number),
      ordinal: ordinalOf(d.number),
      part: d.part,
      amongGroups: d.amongGroups,
      hasUnits: namesUnits(d),
      leadsWork: d.origin === 'paragraph' && opensWithAction(d.text),
      holder: d.holds !== undefined,
    })),
  );
  const kept = ctx.drafts.filter((_, i) => keep.has(i));
  const held = new Set(kept.flatMap((d) => d.holds ?? []));
  ctx.drafts = restatedRows(kept.filter((d) => !held.has(d)).flatMap(withSubItems));
  reportParts(doc, roots, ctx);
  collectOutsideTables(doc, ctx);

  ctx.drafts.sort((a, b) => a.line - b.line || a.seq - b.seq);
  markSharedLines(ctx.drafts);
  const byLine = indexByLine(indicators.filter((ind) => ind.source === 'task'));
  const tableQuotes = new Map<string, (text: string) => Indicator[]>();
  const tasks = ctx.drafts.map((d, i) => toTask(d, `t${i + 1}`, byLine, tableQuotes, { firstListedLeads: d.endLine >= ctx.tables.firstListedFrom }));
  reportUnits(
    doc,
    roots.map((r) => r.node),
    ctx,
    tasks,
  );
  return { tasks, diagnostics: ctx.diagnostics };
}

/** Paragraphs and table cells with their lines, where a plan may state the positional convention. */
function conventionTexts(blocks: Block[]): { text: string; line: number }[] {
  return blocks.flatMap((b) => (b.type === 'table' ? b.rows.flatMap((r) => r.map((c) => ({ text: c.text, line: b.line }))) : [{ text: b.text, line: b.line }]));
}

/**
 * A top-level numbered heading written as a work item: its body runs in after its title and nothing is
 * numbered or tabled under it (a 通知 or 意见 whose 一、 二、 are its items).
 */
function topLevelItem(n: SectionNode): boolean {
  if (!n.number || !n.inlineBody.trim() || n.kind !== 'body') return false;
  if (bodyChildren(n).length > 0 || n.blocks.some((b) => b.type === 'table')) return false;
  // an article (第X条) is a rule of a 办法 or 条例, unless it names who carries it out (若干措施)
  return n.family !== 'article' || articleNamesDoer(n);
}

/** An article (第X条) that names who carries it out (`（责任单位：市工信局）`) is a measure of a 若干措施, not a rule. */
function articleNamesDoer(n: SectionNode): boolean {
  return parseResponsibility([headingText(n), ...textBlocks(n.blocks).map(blockText)].join('\n')).clauses.length > 0;
}

/**
 * A plan with no outline at all whose text runs on in one paragraph (an export that lost its line
 * breaks): its paragraphs cut at their inline numbers, read as one part.
 */
function runOnRoot(doc: SegmentedDocument): SectionNode | null {
  const blocks: Block[] = [];
  let cut = false;
  for (const p of doc.placed) {
    if (p.part !== 'preamble' && p.part !== 'body') continue;
    const pieces = splitRunOn(p.block);
    if (pieces) cut = true;
    for (const b of pieces ?? [p.block]) blocks.push(b);
  }
  if (!cut) return null;
  const first = blocks[0];
  return {
    id: 's0',
    level: 0,
    number: '',
    title: '',
    line: first.line,
    endLine: blocks[blocks.length - 1].endLine,
    kind: 'body',
    family: 'run-on',
    children: [],
    headingBlock: null,
    inlineBody: '',
    blocks,
    path: [],
  };
}

/** Say where the work items were found when no part is titled as a task part, or that there are none. */
function reportParts(doc: SegmentedDocument, roots: TaskRoot[], ctx: Context): void {
  if (roots.some((r) => r.part === 'task')) return;
  if (ctx.drafts.length > 0) {
    const top = doc.sections.filter((s) => ctx.drafts.some((d) => s.line <= d.line && d.line <= s.endLine));
    ctx.diagnostics.push({
      severity: 'info',
      code: 'task.part-inferred',
      message: `no section is titled as a task part (重点任务, 主要任务, 工作措施 …); work items were recognized by their form in ${top
        .map((r) => `"${r.number ? r.number + ' ' : ''}${r.title}"`)
        .join(', ')}`,
      line: ctx.drafts[0].line,
    });
  } else if (doc.sections.some((s) => s.kind === 'body')) {
    ctx.diagnostics.push({
      severity: 'info',
      code: 'task.part-missing',
      message: 'no work items found: no numbered item, task table or task part (重点任务, 主要任务, 工作措施 …)',
      line: 0,
    });
  }
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
  // `一、县发展和改革局` over its items: a plan divided by unit
  return r.clauses.length ? r : bodyChildren(n).length > 0 ? unitOfHeading(n.title) : null;
}

function collectContainer(node: SectionNode, inherited: Responsibility | null, ctx: Context, amongGroups = false): void {
  collectTables(node, inherited, ctx);
  // principles or goals written inside a part (`（二）基本原则`) hold no work items
  const kids = recoverSiblings(bodyChildren({ ...node, children: liftFromBoxes(node.children) })).filter((k) => !isPrincipleHeading(k.title));
  if (kids.length === 0) {
    // an appendix or part read as one section whose paragraphs are numbered: its items rebuilt from them
    const outlined = bodyChildren(node).length === 0 ? outlineBlocks(node) : null;
    if (outlined) collectContainer(outlined, inherited, ctx, amongGroups);
    else collectParagraphTasks(node, inherited, ctx, amongGroups);
    return;
  }
  // a heading with a run-in body and numbered children: one task holding sub-items, or a group
  const oneTask = (k: SectionNode) => runInTask(k) && !holdsItems(k, kids);
  const anyGroup = kids.some((k) => bodyChildren(k).length > 0 && !oneTask(k));
  const bareNames: SectionNode[] = [];
  const articles: SectionNode[] = [];
  // the items numbered directly under this node, in order
  const items: Draft[] = [];
  const item = (d: Draft): Draft => (items.push(d), d);
  // entries numbered alike under one heading are of one kind: in a list mostly of work items, an entry
  // that only names a thing (`6.淘汰国三营运柴油货车`, its verb not a known one) is a work item too
  const listOfNames = entriesNamingThings(kids);
  for (const k of kids) {
    // an article (第X条) of a 办法 or 条例 is a rule; its （一） clauses are its conditions, not work items;
    // under a chapter as at the top, an article naming who carries it out is a measure
    if (k.family === 'article' && !articleNamesDoer(k)) {
      articles.push(k);
      continue;
    }
    const inline = runInTask(k);
    const own = groupUnits(k);
    if (bodyChildren(k).length > 0) {
      // `（一）工程` over `1.` items is a group; `1.加强保护。具体包括：` over （1）（2） is one task
      if (oneTask(k)) ctx.drafts.push(item(numberedDraft(node, k, inherited, ctx)));
      else {
        const before = ctx.drafts.length;
        collectContainer(k, own ?? inherited, ctx);
        // a group written as an item is (a sentence: a run-in body or a full stop) read as one item holding
        // its items too, in case its number is the work items' style; a bare title (`3.2 预警`) is a section.
        // (Its notes are those of the drafts just collected: a scratch list keeps them from being said twice.)
        // (Rows of a task table inside it are never its sub-items: such a group stays a group.)
        const held = ctx.drafts.slice(before);
        if (writtenAsItem(k) && held.every((d) => d.origin !== 'table')) {
          const holder = numberedDraft(node, k, inherited, { ...ctx, diagnostics: [] });
          holder.holds = held;
          ctx.drafts.push(holder);
        }
      }
    } else if (anyGroup && !inline) {
      // a group without numbered items among groups that have them: its paragraphs are the tasks
      const before = ctx.drafts.length;
      collectContainer(k, own ?? inherited, ctx, true);
      if (ctx.drafts.length === before) {
        ctx.diagnostics.push({
          severity: 'warning',
          code: 'task.group-empty',
          message: `task group "${k.number}${k.title}" holds no work items (no numbered items, no paragraphs)`,
          line: k.line,
        });
      }
    } else if (k.blocks.some((b) => b.type === 'table' && tableRoles(tableGrid(b)) !== null)) {
      // `2.…任务分工表` over the table: the heading of a task table, its rows are the items
      collectContainer(k, own ?? inherited, ctx);
    } else if (listOfNames.has(k)) {
      bareNames.push(k);
    } else {
      ctx.drafts.push(item(numberedDraft(node, k, inherited, ctx)));
    }
  }
  shareClosingClause(items);
  if (articles.length) {
    ctx.diagnostics.push({
      severity: 'info',
      code: 'task.articles-are-rules',
      message: `${articles.length} article${articles.length === 1 ? '' : 's'} (第X条) under "${node.number}${node.title}" read as rules, not work items`,
      line: articles[0].line,
    });
  }
  if (bareNames.length) {
    ctx.diagnostics.push({
      severity: 'info',
      code: 'task.list-of-names',
      message: `${bareNames.length} numbered entr${bareNames.length === 1 ? 'y' : 'ies'} under "${node.number}${node.title}" only name a thing (no action, no text of their own, e.g. "${bareNames[0].title}"): read as a list, not as work items`,
      line: bareNames[0].line,
    });
  }
}

const squashTitle = (t: string) => t.normalize('NFKC').replace(/[\s\p{P}]/gu, '');

/**
 * A 任务分工表 that restates the plan's numbered tasks (an appendix listing each task with its units):
 * a row whose task is a numbered task of the text gives that task its units instead of standing as a
 * task of its own. Rows matching no task stay tasks.
 */
function restatedRows(drafts: Draft[]): Draft[] {
  const byTitle = new Map<string, Draft>();
  for (const d of drafts) if (d.origin === 'numbered') byTitle.set(squashTitle(d.title), d);
  if (byTitle.size === 0) return drafts;
  const restated = new Set<Draft>();
  for (const d of drafts) {
    if (d.origin !== 'table' || !d.tableUnits) continue;
    const task = byTitle.get(squashTitle(firstSentence(d.rowTask ?? d.title))) ?? byTitle.get(squashTitle(d.title));
    if (!task || ownUnits(task).clauses.length > 0) continue;
    const units = task.tableUnits ?? { lead: [], support: [], deadline: null };
    const lead = unique([...units.lead, ...d.tableUnits.lead]);
    const support = unique([...units.support, ...d.tableUnits.support]);
    const deadline = unique([units.deadline, d.tableUnits.deadline].filter((x): x is string => !!x)).join('；') || null;
    task.tableUnits = { lead, support, deadline };
    restated.add(d);
  }
  return drafts.filter((d) => !restated.has(d));
}

/**
 * Whether a numbered heading with a run-in body (`（一）产业提升行动。围绕…`) introduces a group of work
 * items rather than being one item with sub-points. Sub-points follow an introduction ending in a colon
 * (`具体包括：`); work items number on across groups (`（二）…` holding `9.…`) or name their own units
 * where the heading names none.
 */
function holdsItems(k: SectionNode, siblings: SectionNode[]): boolean {
  const own = [headingText(k), ...textBlocks(k.blocks).map(blockText)].join('\n');
  if (/[:：]\s*$/.test(own.trim())) return false;
  const firstOrdinal = (n: SectionNode) => {
    const c = bodyChildren(n)[0];
    return c ? (ordinalOf(c.number) ?? 0) : 0;
  };
  if (siblings.some((s) => firstOrdinal(s) > 1)) return true;
  const childUnits = bodyChildren(k).some((c) => parseResponsibility([headingText(c), ...textBlocks(c.blocks).map(blockText)].join('\n')).clauses.length > 0);
  return childUnits && parseResponsibility(own).clauses.length === 0;
}

// `（一）产业提升计划。围绕…实施如下项目：` over `1.` `2.` items is a group although it runs in: a heading of
// a group family (一、 （一）) over items numbered 1. 1、 keeps GB/T 9704's levels
const GROUP_FAMILIES = new Set(['part', 'chapter', 'jie', 'cn-dun', 'paren-cn', 'unnumbered', 'part-container']);
const ITEM_FAMILIES = new Set(['arabic-dot', 'arabic-dun']);

/** A heading written as a sentence: a run-in body after its title, or its line closed by a full stop. */
/**
 * Entries numbered alike under one heading are of one kind: where half of them or more only name a thing
 * (`6.淘汰国三营运柴油货车`, `● 城市轨道交通3号线`: no action, no text of their own, no sub-items) they are a
 * list of names, those entries not work items.
 */
function entriesNamingThings(kids: SectionNode[]): Set<SectionNode> {
  // a line that is only a responsibility clause closing the list is no text of the entry it follows
  const hasText = (k: SectionNode) => !!k.inlineBody.trim() || textBlocks(k.blocks).some((b) => blockText(b).trim() && !isClauseLine(blockText(b)));
  const nameOnly = kids.filter((k) => bodyChildren(k).length === 0 && isBareNameEntry(k.title, hasText(k), writtenAsItem(k)));
  return new Set(nameOnly.length * 2 >= kids.length ? nameOnly : []);
}

function writtenAsItem(k: SectionNode): boolean {
  return k.inlineBody.trim() !== '' || /[。．]\s*$/.test(headingText(k));
}

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

/**
 * A numbered work item. Its sub-items are tasks of their own (kept with it, see withSubItems): the items
 * numbered under it (`1.完善保护体系。具体包括：` over （1）（2）), or, where its text runs on over two or more
 * run-in titled items (`一是加快转型升级。…`, a paragraph `提升创新策源功能。…`), those. The item keeps its
 * heading and introduction.
 */
function numberedDraft(parent: SectionNode, n: SectionNode, inherited: Responsibility | null, ctx: Context): Draft {
  // a bare heading line is a title: the line after it starts a new sentence, never a page-break cut
  const head: TextPart = { text: headingWithoutNumber(n), line: n.headingBlock?.line ?? n.line, endLine: n.headingBlock?.endLine ?? n.line, title: !n.inlineBody.trim() };
  const own: TextPart[] = [head, ...textBlocks(n.blocks).map((b): TextPart => ({ text: blockText(b), line: b.line, endLine: b.endLine }))];
  const children = bodyChildren(n);
  if (children.length > 0) {
    // `重点推进以下项目：` over entries naming projects: the list (and a clause closing it) is the item's own
    // text, not sub-items
    const names = entriesNamingThings(children);
    const listed = [...names].flatMap((c): TextPart[] => [
      { text: headingText(c), line: c.headingBlock?.line ?? c.line, endLine: c.headingBlock?.endLine ?? c.line, title: true },
      ...textBlocks(c.blocks).map((b): TextPart => ({ text: blockText(b), line: b.line, endLine: b.endLine })),
    ]);
    const draft = partsDraft(n.number, cleanTitle(n.title), parent.id, listed.length ? [...own, ...listed] : own, inherited, ctx);
    draft.subItems = children.filter((c) => !names.has(c)).map((c) => numberedDraft(n, c, null, ctx));
    shareUnits(draft);
    return draft;
  }
  // under a group's number (一、 （一） 第一章) run-in titled paragraphs are the group's items; under an item's
  // number (1. 1、) they are parts of one item (GB/T 9704's levels)
  const { lead, items } = GROUP_FAMILIES.has(n.family) ? runInItems(own) : { lead: own, items: [] };
  if (items.length < 2) return partsDraft(n.number, cleanTitle(n.title), parent.id, own, inherited, ctx);
  const draft = partsDraft(n.number, cleanTitle(n.title), parent.id, lead, inherited, ctx);
  const cut = items.some((it) => it.cut);
  draft.byQuote = cut;
  draft.subItems = items.map((it) => ({ ...partsDraft(it.enumerator, cleanTitle(it.title), n.id, it.parts, null, ctx), origin: 'paragraph' as const, byQuote: cut }));
  shareUnits(draft);
  return draft;
}

/** A draft of the given parts (joined as one text, ending with its last line). */
function partsDraft(number: string, title: string, sectionId: string, parts: TextPart[], inherited: Responsibility | null, ctx: Context): Draft {
  // the task ends with its last line of text, not with a 专栏 box placed under it (a loop, not
  // Math.max(...): spreading a task of some 130,000 parts overflows the stack)
  let endLine = -Infinity;
  for (const p of parts) endLine = Math.max(endLine, p.endLine ?? p.line);
  return {
    number,
    title,
    text: joinParts(parts, ctx),
    sectionId,
    line: parts[0].line,
    endLine,
    tableUnits: null,
    inherited,
    seq: 0,
    origin: 'numbered',
    part: ctx.part,
    amongGroups: false,
  };
}

interface RunInItem {
  enumerator: string;
  title: string;
  parts: TextPart[];
  /** cut out of a paragraph holding other text */
  cut: boolean;
}

/**
 * The parts of an item regrouped by the run-in titled items they hold: each paragraph (or enumerated piece
 * of one) opening with a run-in title starts an item; what follows joins it; what precedes the first
 * one is the lead (the heading and its introduction).
 */
function runInItems(parts: TextPart[]): { lead: TextPart[]; items: RunInItem[] } {
  const items: RunInItem[] = [];
  const lead: TextPart[] = [];
  let previous = '';
  parts.forEach((p, i) => {
    // the heading's title sentence apart from a body run in after it (`（五）提升防控能力。筑牢源头防线。…`)
    const text = p.text.trim();
    const end = i === 0 ? SENTENCE_END.exec(text) : null;
    // enumerated items with run-in titles, else enumerated items each closing with their own clause
    let assigned = false;
    const cut = (t: string): string[] => {
      const titled = cutAtEnumeratedItems(t);
      if (titled.length > 1) return titled;
      const byClause = cutAtAssignedItems(t);
      assigned = byClause.length > 1;
      return byClause;
    };
    const pieces = end && text.slice(end.index + 1).trim() ? [text.slice(0, end.index + 1), ...cut(text.slice(end.index + 1).trim())] : cut(text);
    pieces.forEach((text, k) => {
      const piece: TextPart = { ...p, text, title: p.title && pieces.length === 1 };
      // the heading's own title never opens an item, nor does a line going on with a sentence cut by a
      // line break (a hard-wrapped copy)
      const continues = k === 0 && i > 0 && !parts[i - 1].title && !endsSentence(previous);
      previous = text;
      const title = (i === 0 && k === 0) || continues ? null : (runInTitle(text) ?? (assigned ? assignedItemTitle(text) : null));
      if (title) items.push({ ...title, parts: [piece], cut: pieces.length > 1 });
      else if (items.length) {
        const last = items[items.length - 1];
        last.parts.push(piece);
        if (pieces.length > 1) last.cut = true;
      } else lead.push(piece);
    });
  });
  return { lead, items };
}

/**
 * Units between an item and its sub-items: a sub-item naming none takes the item's; a clause closing the
 * last sub-item when no other names units closes the whole item (written once at its end), so the item
 * and its other sub-items take it.
 */
function shareUnits(draft: Draft): void {
  const subs = draft.subItems ?? [];
  const last = subs[subs.length - 1];
  const named = (d: Draft) => ownUnits(d).clauses.length > 0;
  if (subs.length > 1 && !named(draft) && named(last) && subs.slice(0, -1).every((d) => !named(d))) draft.inherited = ownUnits(last);
  const fromItem = named(draft) ? ownUnits(draft) : draft.inherited;
  for (const d of subs) {
    d.inherited = fromItem;
    shareUnits(d);
  }
}

/**
 * `1.… 2.… 3.…` then a line `责任单位：A、B` after the last item of a group, no other item naming units: the
 * line closes the group (written once at its end), so every item of the group takes it.
 */
function shareClosingClause(items: Draft[]): void {
  if (items.length < 2) return;
  const last = items[items.length - 1];
  if (items.slice(0, -1).some(namesUnits) || !endsWithClauseLine(last.text)) return;
  for (const d of items.slice(0, -1)) {
    d.inherited = ownUnits(last);
    shareUnits(d);
  }
}

/** Whether a text's last line, after other lines, is a responsibility clause and nothing else. */
function endsWithClauseLine(text: string): boolean {
  const at = text.lastIndexOf('\n');
  return at >= 0 && isClauseLine(text.slice(at + 1));
}

/** Whether a line is a responsibility clause and nothing else. */
function isClauseLine(line: string): boolean {
  const r = parseResponsibility(line);
  return r.clauses.length > 0 && withoutClauses(line, r.clauses).replace(/[。；;，,\s]/g, '') === '';
}

/** Whether a draft or one of its sub-items names units. */
function namesUnits(d: Draft): boolean {
  return ownUnits(d).clauses.length > 0 || (d.subItems ?? []).some(namesUnits);
}

/** A kept draft followed by its sub-items (and theirs), in order. */
function withSubItems(d: Draft): Draft[] {
  return [d, ...(d.subItems ?? []).flatMap(withSubItems)];
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
function collectParagraphTasks(node: SectionNode, inherited: Responsibility | null, ctx: Context, amongGroups: boolean): void {
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
        origin: 'paragraph',
        part: ctx.part,
        amongGroups,
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
  // a title that is all clause (`（二）各区人民政府负责`) is kept as written rather than emptied;
  // `项目名称：…` loses its label
  const bare = withoutItemLabel(withoutClauses(title)).replace(TITLE_END_PUNCTUATION, '').trim();
  return bare || title.replace(TITLE_END_PUNCTUATION, '').trim();
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
  // the pattern finds the brackets (natively); most texts hold a few
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    if ('（(〈【[〔'.includes(m[0])) depth++;
    else if (depth > 0) depth--;
  }
  return depth;
}
const BRACKET = /[（(〈【[〔）)〉】\]〕]/g;

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
  /** the unit columns list units with no role: no 牵头 in their heads, no 配合 column */
  unranked: boolean;
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
const EXPLICIT_LEAD_HEAD = /牵头|主责|主办/;
// a column of persons in charge (牵头领导, 责任人) names no unit
const PERSON_HEAD = /领导|责任人|负责人|联系人/;
const NUMBER_HEAD = /^(序号|编号|序)$/;
const DEADLINE_HEAD = /时限|时间|进度|期限/;
const TITLE_HEAD = /任务|事项|名称|工作|内容|措施|举措|项目/;

const isRoleHead = (c: string) => LEAD_HEAD.test(c) || SUPPORT_HEAD.test(c) || PERSON_HEAD.test(c) || DEADLINE_HEAD.test(c);

export function tableRoles(grid: string[][]): TableRoles | null {
  for (let h = 0; h < Math.min(3, grid.length); h++) {
    // `责任单位` merged over `牵头单位 | 配合单位`: a head over two rows
    const rows = headRows(grid, h, isRoleHead);
    // `责任单位（列第一位的为牵头单位，其余为配合单位）`: a note in a head names no role of its column
    const head = rows.head.map((c) => cutPositionalNote(c.replace(/\s+/g, '')).text);
    const lead = head.flatMap((c, i) => (LEAD_HEAD.test(c) && !SUPPORT_HEAD.test(c) && !PERSON_HEAD.test(c) ? [i] : []));
    if (lead.length === 0) continue;
    const support = head.flatMap((c, i) => (SUPPORT_HEAD.test(c) ? [i] : []));
    const persons = head.flatMap((c, i) => (PERSON_HEAD.test(c) ? [i] : []));
    const used = new Set([...lead, ...support, ...persons]);
    const find = (re: RegExp) => {
      const i = head.findIndex((c, j) => !used.has(j) && re.test(c));
      if (i >= 0) used.add(i);
      return i >= 0 ? i : null;
    };
    const number = find(NUMBER_HEAD);
    const deadline = find(DEADLINE_HEAD);
    const title = find(TITLE_HEAD);
    const text = head.flatMap((c, i) => (!used.has(i) && c ? [i] : []));
    const unranked = support.length === 0 && lead.every((i) => !EXPLICIT_LEAD_HEAD.test(head[i]));
    return { header: rows.last, unranked, number, title: title ?? text[0] ?? null, lead, support, deadline, text };
  }
  return null;
}

/** The last task table read, so a table continued on the next page is read with its columns. */
interface TableState {
  block: TableBlock;
  roles: TableRoles;
  width: number;
  /** the lead units of its last row (a merged 牵头单位 cell may run on over the page break) */
  lead: string[];
}

/** Blocks that may stand between a table and its continuation: a page number, `续表`, an empty line. */
const BETWEEN_TABLE_PARTS = /^(?:\s*|.{0,12})$/;

/**
 * Whether `table` continues the task table read before it: no header row of its own, as many columns,
 * and nothing but a page number or `续表` between them.
 */
function continues(table: TableBlock, width: number, previous: TableState | null, blocks: Block[], order: Map<Block, number>): boolean {
  if (!previous || previous.width !== width) return false;
  const from = order.get(previous.block);
  const to = order.get(table);
  if (from === undefined || to === undefined || to <= from) return false;
  const between = blocks.slice(from + 1, to);
  return between.length <= 3 && between.every((b) => b.type !== 'table' && BETWEEN_TABLE_PARTS.test(blockText(b).trim()));
}

/**
 * One draft per row of a table with a 责任单位 column (or of its continuation); rows spanning the whole
 * width are group titles. A 牵头单位 cell merged over several rows gives each row its unit: in a real
 * table as a row span, in flattened text as empty cells below the first row.
 */
function tableDrafts(table: TableBlock, sectionId: string, inherited: Responsibility | null, part: PartClass, state: TableContext): Draft[] | null {
  const grid = tableGrid(table);
  const width = grid[0]?.length ?? 0;
  let roles = tableRoles(grid);
  let carried: string[] = [];
  if (continues(table, width, state.last, state.blocks, state.order)) {
    // the part after a page break, with its header row repeated or not; a merged lead cell runs on
    if (!roles || roles.title === null) roles = { ...state.last!.roles, header: -1 };
    carried = state.last!.lead;
  }
  if (!roles || roles.title === null) return null;
  const drafts: Draft[] = [];
  let previousTitle: string | null = null;
  // a 责任单位 column (no 牵头 in its head, no 配合 column) under the positional convention: the first listed leads
  const leadOptions: ClauseOptions = { firstListedLeads: roles.unranked && table.line >= state.firstListedFrom };
  for (let r = roles.header + 1; r < grid.length; r++) {
    const row = grid[r];
    if (row.every((c) => c === row[0])) continue; // a merged row: group title or note
    const titleCell = row[roles.title];
    if (!titleCell) continue;
    const textCols = [roles.title, ...roles.text.filter((i) => i !== roles.title)];
    const text = [...new Set(textCols.map((i) => row[i]).filter(Boolean))].join('\n');
    const cells = [...roles.lead.map((i) => parseUnitCell(row[i], 'lead', leadOptions)), ...roles.support.map((i) => parseUnitCell(row[i], 'support'))];
    let lead = unique(cells.flatMap((c) => c.lead));
    // every row of a task table has a lead unit: an empty cell is the merged cell above, flattened
    if (lead.length === 0 && roles.lead.every((i) => !row[i].trim())) lead = carried;
    carried = lead;
    const leads = new Set(lead); // not lead.includes() for every name: quadratic in a long unit cell
    const support = unique(cells.flatMap((c) => c.support)).filter((n) => !leads.has(n));
    const deadlines = unique([...(roles.deadline !== null && row[roles.deadline] ? [row[roles.deadline]] : []), ...cells.flatMap((c) => c.deadlines)]);
    const deadline = deadlines.length ? deadlines.join('；') : null;
    // a 重点任务 cell merged over rows of distinct 具体措施: each row is a measure, titled by its own text
    const measure = roles.text.find((i) => i !== roles!.title && row[i] && row[i] !== titleCell);
    const title = titleCell === previousTitle && measure !== undefined ? firstSentence(row[measure]) : firstSentence(titleCell);
    previousTitle = titleCell;
    drafts.push({
      number: roles.number !== null ? row[roles.number] : '',
      title,
      text,
      sectionId,
      line: table.line,
      endLine: table.endLine,
      tableUnits: { lead, support, deadline },
      inherited,
      seq: r,
      origin: 'table',
      part,
      amongGroups: false,
      rowTask: titleCell,
    });
  }
  state.last = { block: table, roles, width, lead: carried };
  return drafts;
}

function collectTables(node: SectionNode, inherited: Responsibility | null, ctx: Context): void {
  for (const b of node.blocks) {
    if (b.type !== 'table' || ctx.usedTables.has(b)) continue;
    const drafts = tableDrafts(b, node.id, inherited, ctx.part, ctx.tables);
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
  const bodyHasUnits = ctx.drafts.some((d) => d.tableUnits || ownUnits(d).clauses.length > 0);
  for (const p of doc.placed) {
    const b = p.block;
    if (b.type !== 'table' || ctx.usedTables.has(b)) continue;
    const drafts = tableDrafts(b, p.sectionId ?? '', null, null, ctx.tables);
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

/**
 * Tasks that share a line with another (a plan whose text runs on in one line, items cut from one
 * paragraph) hold the indicators quoted in their own text, not every indicator of their lines.
 * Drafts in line order.
 */
function markSharedLines(drafts: Draft[]): void {
  let reach: Draft | null = null; // the draft reaching furthest down so far
  for (const d of drafts) {
    if (d.tableUnits) continue; // a table's rows are matched by quote already
    if (reach && d.line <= reach.endLine) {
      d.byQuote = true;
      reach.byQuote = true;
    }
    if (!reach || d.endLine > reach.endLine) reach = d;
  }
}

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

/** A quote without the heading number it starts with (`2．严格控制…` → `严格控制…`). */
function quoteWithoutNumber(quote: string): string {
  const n = matchHeadingNumber(quote);
  return n && n.rest.trim() ? n.rest.trim() : quote;
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
  // a quote taken from a numbered line starts with its number, which a task's text leaves out
  const quotes = candidates.map((ind) => quoteWithoutNumber(ind.quote));
  if (candidates.length <= FEW_QUOTES) return (text) => candidates.filter((_, k) => text.includes(quotes[k]));
  // a trie of the quotes (UTF-16 code units, as includes() compares them), each node with the
  // candidates whose quote ends there
  const next: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  quotes.forEach((quote, order) => {
    let node = 0;
    for (let i = 0; i < quote.length; i++) {
      const c = quote.charCodeAt(i);
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

function toTask(d: Draft, id: string, taskIndicators: LineIndex, tableQuotes: Map<string, (text: string) => Indicator[]>, clauseOptions: ClauseOptions): Task {
  let lead: string[];
  let support: string[];
  let deadlines: string[];
  if (d.tableUnits) {
    lead = d.tableUnits.lead;
    support = d.tableUnits.support;
    deadlines = d.tableUnits.deadline ? [d.tableUnits.deadline] : [];
  } else {
    // the positional convention (`列第一位者为牵头单位，下同`) changes roles: read again only then
    const own = clauseOptions.firstListedLeads ? parseResponsibility(d.text, clauseOptions) : ownUnits(d);
    // units inherited from the group or item are read under the same convention as the task's own
    const r = own.lead.length + own.support.length > 0 ? own : d.inherited ? underOptions(d.inherited, clauseOptions) : own;
    lead = r.lead;
    support = r.support;
    deadlines = own.deadlines.length ? own.deadlines : r.deadlines;
    // `…办法。（2025年6月底前）`: a time limit in a bracket of its own
    if (deadlines.length === 0) deadlines = bracketDeadlines(d.text);
    // `2024年底前实现…`: a time limit opening a sentence
    if (deadlines.length === 0) deadlines = openingDeadlines(d.text);
  }
  let inTask: Indicator[];
  if (!d.tableUnits && !d.byQuote) inTask = indicatorsOnLines(taskIndicators, d.line, d.endLine);
  else {
    // a table row, or an item cut from a paragraph: the indicators on its lines whose quote is in its text
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
    tasks.forEach((t, i) => {
      // an item whose sub-items name the units (each its own) is not missing any
      if (t.units.lead.length + t.units.support.length > 0 || (ctx.drafts[i].subItems ?? []).some(namesUnits)) return;
      ctx.diagnostics.push({
        severity: 'warning',
        code: 'task.units-missing',
        message: `task ${t.id} "${t.title}" names no responsible unit, while ${withUnits} of ${tasks.length} tasks do`,
        line: t.line,
      });
    });
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
