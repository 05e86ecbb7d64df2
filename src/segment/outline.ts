/**
 * The section tree of the plan body. Levels are not taken from a fixed table (GB/T 9704 says 一、 →
 * （一） → 1. → （1）, but real plans put `1、` at the top or switch families half-way); they come from
 * the order in which numbering families appear, with a stack of open headings:
 *   1. a family already open on the stack closes everything below it and becomes a sibling there;
 *   2. a family seen before (in a closed branch) continuing its count goes back to its earlier level
 *      (numbering continuous across groups: （一）1. 2. （二）3. 4.);
 *   3. a new family whose number continues an open level's count joins that level (`2、` then `三、`);
 *   4. anything else opens a new level below the current heading.
 */
import type { Block } from '../ingest/blocks.js';
import type { Diagnostic } from '../schema/plan.js';
import { matchHeadingNumber, splitTitle, type FamilyId, type HeadingNumber } from './numbering.js';
import type { SectionNode } from './types.js';
import { findBareHeadings, matchEnumerationLead, partWord } from './unnumbered.js';

export interface HeadingInfo {
  block: Block;
  number: HeadingNumber | null;
  family: string;
  title: string;
  inlineBody: string;
  /** the displayed number ("一", "（一）", "1", "专栏3") */
  display: string;
}

/** Whether a block is a heading, and of which family. Tables are headings only as 专栏 boxes. */
export function headingOf(block: Block): HeadingInfo | null {
  if (block.type === 'table') {
    const first = block.rows[0]?.[0]?.text.trim() ?? '';
    const m = matchHeadingNumber(first);
    if (m?.family === 'box') {
      const { title } = splitTitle(m.rest);
      return { block, number: m, family: 'box', title: title || firstLine(block.rows[1]?.[0]?.text ?? ''), inlineBody: '', display: m.number };
    }
    return null;
  }
  const text = block.text.trim();
  const m = matchHeadingNumber(text);
  if (m) {
    const { title, inlineBody } = splitTitle(m.rest);
    if (!title) return null;
    return { block, number: m, family: m.family, title, inlineBody, display: m.number };
  }
  // Word headings and html h1–h6 without a number, and Word list items whose number was lost.
  if (block.type === 'listItem' && text.length <= 60 && !/[。；]/.test(text)) {
    return { block, number: null, family: `list-${block.depth}`, title: text, inlineBody: '', display: '' };
  }
  if (block.type === 'paragraph' && block.heading && text.length <= 60 && !/[。；]/.test(text)) {
    return { block, number: null, family: `h${block.heading}`, title: text, inlineBody: '', display: '' };
  }
  return null;
}

/** Text that sat in a frame or a flattened box cell (`…|` lines in .txt) rather than running text. */
export function isFramed(block: Block): boolean {
  return block.type !== 'table' && ((block.type === 'paragraph' && block.framed === true) || /\|\s*$/.test(block.raw));
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim().slice(0, 40);
}

interface OpenHeading {
  node: SectionNode;
  families: Set<string>;
  ordinal: number;
  /** the number's components (`2.3` → [2, 3]; `二、` → [2]): decimal headings find their parent by it */
  path: number[];
  /** an unnumbered part heading (前言, `2023年工作回顾`) */
  bare: boolean;
  /** a part that holds prose only (前言, 结语): numbered headings after it are not its children */
  leaf: boolean;
}

export interface OutlineResult {
  sections: SectionNode[];
  /** blocks before the first heading */
  leading: Block[];
  /** for every block of the body: the section that holds it (or null for leading blocks) */
  owner: Map<Block, SectionNode | null>;
  headings: Set<Block>;
  diagnostics: Diagnostic[];
}

export function newSection(partial: Pick<SectionNode, 'level' | 'number' | 'title' | 'line' | 'kind' | 'family'> & Partial<SectionNode>): SectionNode {
  return {
    id: '',
    endLine: partial.line,
    children: [],
    headingBlock: null,
    inlineBody: '',
    blocks: [],
    path: [],
    ...partial,
  };
}

/** The shortest heading line a PDF copy may have wrapped (characters, number included). */
const WRAPPED_LINE_MIN = 12;

/** Build the section tree over the body blocks. */
const ABOVE_ARTICLE = new Set<string>(['part', 'chapter', 'jie', 'article', 'box']);

export function buildOutline(blocks: Block[]): OutlineResult {
  const roots: SectionNode[] = [];
  const stack: OpenHeading[] = [];
  const lastLevel = new Map<string, number>();
  const lastOrdinal = new Map<string, number>();
  const owner = new Map<Block, SectionNode | null>();
  const headings = new Set<Block>();
  const leading: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  let box: SectionNode | null = null;
  // a 专栏 flattened from a table keeps its cell marker `|` in raw; such a box runs while lines are cells
  let boxOfCells = false;

  const attach = (node: SectionNode, level: number) => {
    node.level = level;
    if (level === 1) roots.push(node);
    else stack[level - 2].node.children.push(node);
  };

  const infos = blocks.map(headingOf);
  /**
   * A decimal number N.M that stands alone (no heading N. before it, no other N.x beside it) with the
   * item N+1. right after it is item N whose text opens with a figure: `1.80周岁及以上的；` / `2.纯老家庭`.
   */
  const loneDecimal = (i: number): boolean => {
    const h = infos[i];
    if (h?.family !== 'decimal-2' || !h.number?.path) return false;
    const [a] = h.number.path;
    const next = infos.slice(i + 1, i + 4).find((x) => x?.number);
    if (next?.family !== 'arabic-dot' || next.number!.ordinal !== a + 1) return false;
    return !infos.some((x, k) => k !== i && x?.number && ((x.family === 'decimal-2' && x.number.path?.[0] === a) || (x.family === 'arabic-dot' && x.number.ordinal === a && k < i && k > i - 4)));
  };
  // `注：1.…` under a table opens a list of notes, `附件：1.…` at the end of the text a list of
  // attachments: the `2.` `3.` lines after such a label are its entries, not headings
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'table' || !/^(注|备注|说明|附件)\s*[:：]\s*1\s*[.．、]/.test(b.text.trim())) continue;
    let expect = 2;
    for (let j = i + 1; j < blocks.length && infos[j]?.number && infos[j]!.family.startsWith('arabic') && infos[j]!.number!.ordinal === expect; j++, expect++) infos[j] = null;
  }
  // a heading line wrapped by a PDF copy: a short unpunctuated tail between it and the next heading. Only
  // a long line wraps: under a short heading (`二、重点任务`) such a line is a heading of its own
  const wrapTail = new Set<number>();
  for (let i = 1; i + 1 < blocks.length; i++) {
    const prev = infos[i - 1];
    const b = blocks[i];
    if (!prev?.number || prev.family === 'box' || prev.inlineBody || infos[i] || !infos[i + 1]?.number) continue;
    if ([...prev.number.prefix.trim(), ...prev.title].length < WRAPPED_LINE_MIN) continue;
    if (b.type === 'paragraph' && [...b.text.trim()].length <= 8 && !/[\p{P}\s]/u.test(b.text.trim())) wrapTail.add(i);
  }
  const bare = findBareHeadings(
    blocks,
    infos.map((h) => h?.number ?? null),
  );
  for (const i of wrapTail) bare.delete(i);
  // a paragraph-initial 一是 run: the blocks where one opens and whether a 二是 follows soon
  const leads = blocks.map((b, i) => (b.type === 'paragraph' && !infos[i] ? matchEnumerationLead(b.text) : null));

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    let h = infos[i];
    let isBare = false;
    if (!h && bare.has(i)) {
      const text = block.type === 'table' ? '' : block.text.trim();
      const word = partWord(text);
      h = { block, number: null, family: word ? `part-${word}` : 'unnumbered', title: word ? text.replace(/[\s　]+/g, '') : text, inlineBody: '', display: '' };
      isBare = true;
    }
    if (!h && leads[i]) {
      const lead = leads[i]!;
      const open = findLastIndex(stack, (o) => o.families.has('cn-shi'));
      const startsRun =
        lead.number.ordinal === 1 &&
        stack.length === 1 &&
        !stack[0].node.children.some((c) => c.kind !== 'box') &&
        leads.slice(i + 1, i + 13).some((l) => l?.number.ordinal === 2);
      if ((open >= 0 && stack[open].ordinal + 1 === lead.number.ordinal) || startsRun) {
        h = { block, number: lead.number, family: 'cn-shi', title: lead.title, inlineBody: lead.inlineBody, display: lead.number.number.replace(/是$/, '') };
      }
    }
    // `11.121人才梯队项目。` after item 10: the item number runs into a title that starts with digits;
    // likewise `1.80周岁及以上的；` before item `2.`, which only looks like a decimal heading 1.80
    const lone = loneDecimal(i);
    if ((!h || lone) && block.type === 'paragraph') {
      const m = /^(\d{1,3})[.．](?=\d)/.exec(block.text.trim());
      if (m && (lone || lastOrdinal.get('arabic-dot') === Number(m[1]) - 1)) {
        const rest = block.text.trim().slice(m[0].length);
        const { title, inlineBody } = splitTitle(rest);
        if (title && [...title].length <= 30 && /^\d+[\u4e00-\u9fa5“]/.test(rest)) {
          h = { block, number: { family: 'arabic-dot', number: m[1], ordinal: Number(m[1]), prefix: m[0], rest }, family: 'arabic-dot', title, inlineBody, display: m[1] };
        }
      }
    }
    // a decimal number (2.3, 2.3.1) is a heading only under the open heading its leading components name
    let decimalParent = -1;
    if (h?.number?.path) {
      const want = h.number.path.slice(0, -1);
      decimalParent = findLastIndex(stack, (o) => o.path.length === want.length && o.path.every((x, k) => x === want[k]));
      if (decimalParent < 0) h = null;
    }
    if (!h && wrapTail.has(i) && stack.length) {
      const top = stack[stack.length - 1].node;
      top.title += block.type === 'table' ? '' : block.text.trim();
      top.blocks.push(block);
      owner.set(block, top);
      continue;
    }
    // the clauses of an article (第三条 … （一）…（二）…) are its text, not sections: an article is the
    // smallest unit of a 办法 or 条例 and a number that would open a level below it belongs to it
    if (h?.number && !ABOVE_ARTICLE.has(h.family) && stack.length && stack[stack.length - 1].families.has('article') && !stack.some((o) => o.families.has(h!.family))) h = null;
    // a box's own numbered items ((一) … in a framed box) are its text, not headings of the plan
    if (h && h.family !== 'box' && box && boxOfCells && isFramed(block)) h = null;
    // items marked ■ ● in a box written as text (`专栏2 重点工程` over `● 建设…`) are its list, not headings
    if (h?.family === 'bullet' && box) h = null;
    if (!h) {
      if (box && boxOfCells && !isFramed(block)) box = null;
      const holder = box ?? stack[stack.length - 1]?.node ?? null;
      if (holder) holder.blocks.push(block);
      else leading.push(block);
      owner.set(block, holder);
      continue;
    }
    headings.add(block);
    const node = newSection({
      level: 1,
      number: h.display,
      title: h.title,
      line: block.line,
      endLine: block.endLine,
      kind: h.family === 'box' ? 'box' : 'body',
      family: h.family,
      headingBlock: block,
      inlineBody: h.inlineBody,
    });
    owner.set(block, node);

    if (h.family === 'box') {
      // a box belongs to the current heading and does not take part in the numbering
      // a box belongs to its group, not to a run-in item (`1.甲。正文。`) that happens to precede it
      let parentLevel = stack.length;
      while (parentLevel > 1 && stack[parentLevel - 1].node.inlineBody) parentLevel--;
      attach(node, parentLevel + 1);
      // a real table box ends with its table; a flattened text box runs to the next heading
      box = block.type === 'table' ? null : node;
      boxOfCells = isFramed(block);
      continue;
    }
    box = null;

    const ordinal = h.number?.ordinal ?? 0;
    const path = h.number?.path ?? [ordinal];
    let level: number;
    if (isBare) {
      level = bareLevel(h.family, i);
    } else {
      // numbered headings are never children of a prose-only part (前言, 结语)
      if (stack[0]?.leaf) stack.length = 0;
      level = numberedLevel(h, ordinal, decimalParent);
    }
    const families = new Set<string>([h.family]);
    if (level <= stack.length) for (const f of stack[level - 1].families) families.add(f);
    stack.length = level - 1;
    attach(node, level);
    stack.push({ node, families, ordinal, path, bare: isBare, leaf: h.family === 'part-leaf' });
    for (const f of families) lastLevel.set(f, level);
    lastOrdinal.set(h.family, ordinal);
  }
  return { sections: roots, leading, owner, headings, diagnostics };

  /** Level of an unnumbered part heading: part words at the top; a bare heading beside the run it opens. */
  function bareLevel(family: string, at: number): number {
    if (family !== 'unnumbered') return 1;
    let next: HeadingInfo | null = null;
    for (let j = at + 1; j < infos.length && !next; j++) if (infos[j]?.number && infos[j]!.family !== 'box') next = infos[j];
    // opening no numbered run (a plan numbering no heading): beside the bare heading open before it
    if (!next) {
      const bareAt = findLastIndex(stack, (o) => o.bare);
      return bareAt >= 0 ? bareAt + 1 : stack.length + 1;
    }
    const openAt = findLastIndex(stack, (o) => o.families.has(next.family));
    if (openAt < 0) return stack.length + 1;
    // the run it opens restarts one already open: beside that run's own bare heading, or beside the run
    return openAt >= 1 && stack[openAt - 1].bare ? openAt : openAt + 1;
  }

  function numberedLevel(h: HeadingInfo, ordinal: number, decimalParent: number): number {
    if (h.family === 'part') return 1;
    if (h.family === 'chapter') {
      // 第X章 sits at the top, or under a 第X篇/第X部分
      return findLastIndex(stack, (o) => o.families.has('part')) + 2;
    }
    if (decimalParent >= 0) return decimalParent + 2;
    let level: number;
    const block = h.block;
    const openAt = findLastIndex(stack, (o) => o.families.has(h.family));
    if (openAt >= 0) {
      level = openAt + 1; // rule 1
    } else if (lastLevel.has(h.family) && ordinal >= 2) {
      // rule 2; where another family now holds that level (`一、 1. 二、 （一） 2.`), go below it
      const earlier = lastLevel.get(h.family)!;
      level = Math.min(earlier <= stack.length ? earlier + 1 : earlier, stack.length + 1);
    } else {
      const continues = ordinal >= 2 && !lastLevel.has(h.family) ? findLastIndex(stack, (o) => o.ordinal + 1 === ordinal) : -1;
      if (continues >= 0) {
        level = continues + 1; // rule 3
        diagnostics.push({
          severity: 'warning',
          code: 'outline.mixed-numbering',
          message: `heading "${block.type === 'table' ? h.title : block.text.slice(0, 20)}" switches numbering style at level ${level} (${[...stack[continues].families].join(', ')} → ${h.family})`,
          line: block.line,
        });
      } else {
        level = stack.length + 1; // rule 4
      }
    }
    return level;
  }
}


function findLastIndex<T>(arr: T[], pred: (x: T) => boolean): number {
  for (let i = arr.length - 1; i >= 0; i--) if (pred(arr[i])) return i;
  return -1;
}

/** Give ids ("s2.1"), paths and end lines to a finished tree: top-level ids are prefix + position. */
export function finishTree(sections: SectionNode[], prefix = 's', parentPath: string[] = []): void {
  sections.forEach((s, i) => finishSection(s, `${prefix}${i + 1}`, parentPath));
}

/** Id, path and end line of one section and, below it, of its children ("s2" → "s2.1", "s2.2"). */
export function finishSection(s: SectionNode, id: string, parentPath: string[] = []): void {
  s.id = id;
  s.path = [...parentPath, s.title];
  s.children.forEach((c, i) => finishSection(c, `${id}.${i + 1}`, s.path));
  // a loop, not Math.max(...spread): a section of 100,000+ blocks would overflow the stack
  let end = Math.max(s.line, s.headingBlock?.endLine ?? s.line);
  for (const b of s.blocks) end = Math.max(end, b.endLine);
  for (const c of s.children) end = Math.max(end, c.endLine);
  s.endLine = end;
}

export type { FamilyId };
