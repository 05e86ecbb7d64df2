/**
 * Work items by their own form. A plan numbers its work: `1.推进…。…（省商务厅负责）`. Which numbered items
 * are the work items is read from the items themselves, the part's title being one signal among others:
 *  - parts that state principles, background or goals (指导思想, 基本原则, 发展基础, 主要目标 …) never hold
 *    work items;
 *  - the work items are numbered in one style (1. / （一） / …): the style most items of the other parts
 *    take (a part titled as a task part decides a tie); items numbered in another style there are group
 *    headings or rules, not work items (`（一）实行百分制` in a 考评办法 whose work items are 1.–90.);
 *  - a safeguard part (保障措施, 组织实施 …) holds work items only when its items continue the numbering of
 *    the work items (`21.…` then `22.加强组织领导`) or name the units that carry them out.
 * The outline may miss numbered items (an appendix read as one section, `11.121人才梯队项目` taken for a
 * decimal): outlineBlocks() and recoverSiblings() rebuild them from the paragraphs' own numbers.
 */
import sectionWords from '../data/task-sections.json' with { type: 'json' };
import { blockText, type Block } from '../ingest/blocks.js';
import { matchHeadingNumber, splitTitle, type FamilyId } from '../segment/numbering.js';
import type { SectionNode } from '../segment/types.js';
import { parseChineseInteger } from '../nlp/numbers.js';
import { alternation } from '../nlp/regex.js';
import { cutAt } from '../nlp/cut.js';

/** What a part's title says it holds. */
export type PartClass = 'task' | 'principle' | 'safeguard' | null;

const squash = (title: string) => title.replace(/\s+/g, '');

/** Task words win over the others: `主要目标和重点任务` holds tasks; principle words win over safeguard words. */
export function classifyPartTitle(title: string): PartClass {
  const t = squash(title);
  if (sectionWords.task.some((w) => t.includes(w))) return 'task';
  // a title that opens with a verb of action names work whatever it works on (`优化发展环境`, `夯实发展基础`)
  if (sectionWords.principle.some((w) => t.includes(w))) return opensWithAction(t) ? null : 'principle';
  if (sectionWords.safeguard.some((w) => t.includes(w))) return 'safeguard';
  return null;
}

/**
 * A heading that names principles, background or goals (`（二）基本原则`, `3．总体目标`): a short title ending
 * in such a word, not opening with a verb of action. A work item may mention one (`按照“谁主管、谁负责”原则，梳理…目录`) and stays an item.
 */
export function isPrincipleHeading(title: string): boolean {
  const t = squash(title).replace(/[。．.：:]+$/, '');
  // a noun phrase: `夯实知识产权发展基础` opens with a verb of action and names work, and so does a slogan
  // whose last phrase does (`壮大实体经济，夯实发展基础`)
  const lastPhrase = t.slice(Math.max(t.lastIndexOf('，'), t.lastIndexOf(',')) + 1);
  return t.length <= 15 && classifyPartTitle(t) === 'principle' && sectionWords.principle.some((w) => t.endsWith(w)) && !opensWithAction(t) && !opensWithAction(lastPhrase);
}

/** Whether a title ends with a task word (`加强重点工作督查` contains 重点工作 but is a safeguard). */
export function endsWithTaskWord(title: string): boolean {
  const t = squash(title).replace(/[。．.：:]+$/, '');
  return sectionWords.task.some((w) => t.endsWith(w));
}

/** A work item's opening: a lead word, or a short subject and a modal then a lead word (`各地要积极推进…`). */
const ACTION_OPENING = new RegExp(
  `^(?:[^，。；：、\\s]{0,4}?(?:${alternation(sectionWords.modals)}))?(?:${alternation(sectionWords.actionLeads)})`,
);
/** A line of a 目录 (dot leaders, a page number) or a table or figure caption (`表4 …`). */
const NOT_A_PARAGRAPH = /(?:[.．…·]{4,}\s*\d*\s*$)|^(?:附?表|图)\s*\d/;

/**
 * Whether an unnumbered paragraph states a work item: it opens with a verb of action or a lead phrase
 * (`加强…`, `以…为引领`, `要积极推进…`) — not a statement of fact or a past result (`城市内涝治理事关…`,
 * `工业经济稳步提升`), a 目录 line or a caption.
 */
export function opensWithAction(text: string): boolean {
  // the first line only, without splitting a long run-on text
  const s = text.trimStart();
  const nl = s.indexOf('\n');
  const t = (nl < 0 ? s : s.slice(0, nl)).trim();
  if (!t || NOT_A_PARAGRAPH.test(t)) return false;
  return ACTION_OPENING.test(t);
}

/**
 * A numbered entry that only names a thing (`1.2.3起垄机`, `（二）农用水泵`): a short title without a verb of
 * action or a clause, carrying no text of its own and no sub-items. A catalog or list of names is made
 * of such entries; a work item reads as work (an action: `推进…`, `要强化…`, or a sentence of its own).
 */
export function isBareNameEntry(title: string, hasText: boolean, sentence = false): boolean {
  if (hasText) return false;
  const t = squash(title).replace(/[。．.：:；;]+$/, '');
  // a phrase ending in 的 names a case (`凡符合下列情形之一的：1.因…死亡的；`), it is not work
  if (/的$/.test(t) && !opensWithAction(t)) return true;
  // an entry closed by a full stop is a sentence, never a name in a list
  if (sentence) return false;
  if (!t || t.length > 20 || /[，,；;。！？]/.test(t)) return false;
  return !opensWithAction(t) && !ACTION_INSIDE.test(t);
}

// a verb of action after a short subject (`全市推进…`) still reads as work
const ACTION_INSIDE = new RegExp(`^.{1,6}(?:${alternation(sectionWords.actionLeads.filter((w) => w.length >= 2))})`);

/** Numbering style of a number as the outline writes it: "1" → arabic, "（一）" → paren-cn, "一" → cn. */
export type NumberStyle = 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'circled' | 'chapter' | 'bullet' | 'other';

const CN = /^[〇零一二三四五六七八九十百两]+$/;

export function numberStyle(number: string): NumberStyle | null {
  const n = number.trim();
  if (!n) return null;
  if (/^\d+$/.test(n)) return 'arabic';
  if (CN.test(n)) return 'cn';
  if (/^[（(][〇零一二三四五六七八九十百两]+[）)]$/.test(n)) return 'paren-cn';
  if (/^[（(]?\d+[）)]$/.test(n)) return 'paren-arabic';
  if (/^[①-⑳]$/.test(n)) return 'circled';
  if (/^第.+[章节]$/.test(n)) return 'chapter';
  if (matchHeadingNumber(`${n}x`)?.family === 'bullet') return 'bullet';
  return 'other';
}

/** Ordinal of a number as written (`（三）` → 3, `12` → 12), or null. */
export function ordinalOf(number: string): number | null {
  const inner = number.trim().replace(/^[（(]|[）)]$/g, '');
  if (/^\d+$/.test(inner)) return Number(inner);
  if (CN.test(inner)) return parseChineseInteger(inner) ?? null;
  const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'.indexOf(inner);
  return circled >= 0 ? circled + 1 : null;
}

/** Numbered paragraphs of a block list, with the family of their number. */
interface NumberedBlock {
  block: Block;
  family: FamilyId;
  number: string;
  rest: string;
}

function numberedBlock(block: Block): NumberedBlock | null {
  if (block.type === 'table') return null;
  const text = blockText(block).trim();
  const m = matchHeadingNumber(text);
  if (!m || m.family === 'chapter' || m.family === 'jie') return null;
  return { block, family: m.family, number: m.number, rest: m.rest };
}

function pseudoNode(parent: SectionNode, nb: NumberedBlock, level: number, id: string): SectionNode {
  const { title, inlineBody } = splitTitle(nb.rest);
  const line = nb.block.line;
  return {
    id,
    level,
    number: nb.number,
    title,
    line,
    endLine: nb.block.endLine,
    kind: nb.family === 'box' ? 'box' : 'body',
    family: nb.family,
    children: [],
    headingBlock: nb.block,
    inlineBody,
    blocks: [],
    path: [...parent.path, title],
  };
}

/**
 * A section without children whose paragraphs are numbered (an appendix 考评指标 read as one section):
 * its outline rebuilt from the paragraphs' numbers, each style nested under the styles seen before it
 * (一、 over （一） over 1.). Null when fewer than two paragraphs share a style: then its paragraphs are
 * running text. The nodes keep the section's id, so tasks point to a section of the output.
 */
export function outlineBlocks(node: SectionNode): SectionNode | null {
  if (node.children.some((c) => c.kind === 'body')) return null;
  const numbered = node.blocks.map(numberedBlock);
  const counts = new Map<FamilyId, number>();
  for (const nb of numbered) if (nb) counts.set(nb.family, (counts.get(nb.family) ?? 0) + 1);
  if (![...counts.values()].some((c) => c >= 2)) return null;
  const order: FamilyId[] = [];
  const intro: Block[] = [];
  const roots: SectionNode[] = [];
  const stack: { node: SectionNode; level: number }[] = [];
  node.blocks.forEach((b, i) => {
    const nb = numbered[i];
    // a style seen once only is a numbered sentence of running text, not an item
    if (!nb || (counts.get(nb.family) ?? 0) < 2) {
      (stack.length ? stack[stack.length - 1].node.blocks : intro).push(b);
      if (stack.length) for (const s of stack) s.node.endLine = Math.max(s.node.endLine, b.endLine);
      return;
    }
    if (!order.includes(nb.family)) order.push(nb.family);
    const level = order.indexOf(nb.family);
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const child = pseudoNode(node, nb, node.level + 1 + level, node.id);
    (stack.length ? stack[stack.length - 1].node.children : roots).push(child);
    for (const s of stack) s.node.endLine = Math.max(s.node.endLine, b.endLine);
    stack.push({ node: child, level });
  });
  return { ...node, blocks: intro, children: roots };
}

const NEXT_ARABIC = /^(\d{1,3})[.．﹒、][\s　]*/;

/**
 * Items the outline folded into the item before them: a paragraph of a numbered leaf that opens with the
 * next number of the same series (`10.…` holding a paragraph `11.121人才梯队项目。…`, read as a decimal)
 * is that next item. Returns the siblings with such items split off.
 */
export function recoverSiblings(kids: SectionNode[]): SectionNode[] {
  const out: SectionNode[] = [];
  for (const k of kids) {
    if (k.kind !== 'body' || k.children.length > 0 || numberStyle(k.number) !== 'arabic') {
      out.push(k);
      continue;
    }
    const head: SectionNode = { ...k, blocks: [] };
    let current = head;
    let expected = Number(k.number) + 1;
    const split: SectionNode[] = [head];
    for (const b of k.blocks) {
      const m = b.type === 'table' ? null : NEXT_ARABIC.exec(blockText(b).trim());
      if (m && Number(m[1]) === expected) {
        const rest = blockText(b).trim().slice(m[0].length);
        current = pseudoNode(k, { block: b, family: 'arabic-dot', number: m[1], rest }, k.level, k.id);
        current.path = [...k.path.slice(0, -1), current.title];
        split.push(current);
        expected++;
      } else current.blocks.push(b);
    }
    if (split.length === 1) out.push(k);
    else for (const s of split) out.push(s);
  }
  return out;
}

/**
 * Items the outline put under a 专栏 heading: a box written as bare lines between items (`专栏2  标识解析
 * 工程`) may take the items after it as its children. Those that go on with the count of the items before
 * the box (`3.` after `2.`) are the plan's items again; the box's own list (restarting at 1) stays in it.
 */
export function liftFromBoxes(kids: SectionNode[]): SectionNode[] {
  const out: SectionNode[] = [];
  let last: { style: NumberStyle | null; ordinal: number } | null = null;
  for (const k of kids) {
    if (k.kind !== 'box') {
      out.push(k);
      const o = ordinalOf(k.number);
      if (k.kind === 'body' && o !== null) last = { style: numberStyle(k.number), ordinal: o };
      continue;
    }
    const inside: SectionNode[] = [];
    const lifted: SectionNode[] = [];
    for (const c of k.children) {
      const o = ordinalOf(c.number);
      if (c.kind === 'body' && last && o === last.ordinal + 1 && numberStyle(c.number) === last.style) {
        lifted.push(c);
        last = { style: last.style, ordinal: o };
      } else if (lifted.length > 0 && c.kind === 'body') lifted.push(c);
      else inside.push(c);
    }
    out.push(lifted.length ? { ...k, children: inside } : k);
    for (const c of lifted) out.push(c);
  }
  return out;
}

// a number that opens an item inside run-on text: after a sentence end or a closing bracket
// (（一） needs no sentence end before it: it may follow a heading run into the text)
const INLINE_MARK = /(?:(?<=^|[。；;！？）)])\s*([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)]|(?<=^|[。；;！？）)])\s*(\d{1,3})[．.](?!\d))/g;

/**
 * A plan exported as one run-on line (`…现制定如下分工方案。一、把…（一）研究…。（财政部负责）（二）…`): its
 * items cut apart where a number follows a sentence end (（一） may follow a heading directly) and goes on
 * with its family's count or starts it again at 1, under an item of the level above (一、 over （一） over 1．). Null when the text holds neither a run of
 * 一、 二、 三、 nor three such numbers in all.
 */
export function splitRunOn(block: Block): Block[] | null {
  if (block.type === 'table') return null;
  const text = block.text;
  const cuts: number[] = [];
  const last: [number, number, number] = [0, 0, 0];
  INLINE_MARK.lastIndex = 0;
  for (let m = INLINE_MARK.exec(text); m; m = INLINE_MARK.exec(text)) {
    const level = m[1] ? 0 : m[2] ? 1 : 2;
    const value = level === 2 ? Number(m[3]) : (parseChineseInteger(m[1] ?? m[2]) ?? 0);
    // a level goes on with its count (across the items above it, or not), or starts again at 1
    if (value !== last[level] + 1 && value !== 1) continue;
    if (level > 0 && last[level - 1] === 0) continue;
    last[level] = value;
    cuts.push(m.index + (m[0].length - m[0].trimStart().length));
  }
  if (last[0] < 3 && cuts.length < 3) return null;
  // cuts only go up: one piece before each
  return cutAt(text, cuts).map((piece) => ({ ...block, text: piece, raw: piece }));
}

/** A work item found by the walk, with what the selection needs to know about it. */
export interface Candidate {
  /** how it was found: a numbered item, a paragraph of a group without numbered items, a table row */
  origin: 'numbered' | 'paragraph' | 'table';
  style: NumberStyle | null;
  ordinal: number | null;
  /** what the title of the part holding it says */
  part: PartClass;
  /** a paragraph of a group without numbered items standing among groups that have them */
  amongGroups: boolean;
  /** it names its own responsible units */
  hasUnits: boolean;
  /** a paragraph opening as a work item does (see opensWithAction) */
  leadsWork: boolean;
  /**
   * a numbered heading holding numbered items of its own (`（三）抓好生猪稳产保供。` over `1.` `2.`): in the
   * work items' style it is one work item and its items are its sub-items, else only a group
   */
  holder?: boolean;
}

/**
 * Which candidates are work items (indices, in order). Tables always are. Numbered items: those in the
 * work items' style; in a safeguard part, only those continuing the work items' numbering or naming
 * units. Paragraphs: when the plan numbers no work item, or as the items of a group among numbered groups.
 * A numbered heading holding items counts for its style as an item does (items numbered alike are one
 * level of the plan: where some of them are work items, all are).
 */
export function selectWorkItems(cands: Candidate[]): Set<number> {
  const keep = new Set<number>();
  const counts = new Map<NumberStyle, { n: number; task: number; first: number }>();
  cands.forEach((c, i) => {
    if (c.origin !== 'numbered' || !c.style || c.part === 'safeguard') return;
    const e = counts.get(c.style) ?? { n: 0, task: 0, first: i };
    e.n++;
    if (c.part === 'task') e.task++;
    counts.set(c.style, e);
  });
  let style: NumberStyle | null = null;
  let best: { n: number; task: number; first: number } | null = null;
  for (const [s, e] of counts) {
    // most items; a tie goes to the style of the part titled as a task part, then to the first seen
    if (!best || e.n > best.n || (e.n === best.n && (e.task > best.task || (e.task === best.task && e.first < best.first)))) {
      best = e;
      style = s;
    }
  }
  // the last ordinal of the work items' style before each candidate, to see a safeguard part continue it
  let last = 0;
  cands.forEach((c, i) => {
    if (c.origin === 'table') keep.add(i);
    else if (c.origin === 'numbered') {
      if (c.style !== style) return;
      if (c.part === 'safeguard') {
        const continues = c.ordinal !== null && c.ordinal === last + 1 && last > 0;
        if (!continues && !c.hasUnits) return;
      }
      keep.add(i);
      if (c.ordinal !== null) last = c.ordinal;
    } else if ((style === null || c.amongGroups) && (c.leadsWork || c.hasUnits)) {
      if (c.part === 'safeguard' && !c.hasUnits) return;
      keep.add(i);
    }
  });
  return keep;
}
