/**
 * heading-numbering: the numbering of body headings against GB/T 9704-2012 (一、 → （一） → 1. → （1）).
 * Reports, per heading, the first problem found: a numbering style that differs from its siblings
 * (`1、 2、 三、`), a family placed above one GB/T puts higher (`（一）` under `1.`), a gap, repeat or
 * step back in the ordinals (`一、二、四`), and a separator GB/T does not use (`1、`, `一，`). Half-width
 * brackets (`(一)`) are a matter of punctuation width, reported by the punctuation rule. Headings are
 * never fixed: changing a number is the author's decision.
 */
import type { z } from 'zod';
import type { Section } from '../../schema/plan.js';
import { findSection } from '../../segment/types.js';
import { matchHeadingNumber } from '../../segment/numbering.js';
import type { CheckDocument, RuleContext, RuleModule, Zod } from '../types.js';
import { lineText } from '../text.js';

/** the options' zod schema, built only when options are configured (see ../config.ts) */
const Options = (z: Zod) => {
  return z
    .object({
      /** a list-like family (1. （1） ①) may start again at 1 inside one section: two lists in a row */
      allowRestart: z.boolean().default(true),
      /** report `1、` `一，` and other separators GB/T 9704 does not use */
      checkSeparators: z.boolean().default(true),
    })
    .strict();
};
type Options = z.infer<ReturnType<typeof Options>>;

// GB/T 9704 order of the families; 1、 is a slip of 1. and shares its rank.
const RANK: Record<string, number> = {
  chapter: 0,
  jie: 1,
  'cn-dun': 2,
  'paren-cn': 3,
  'arabic-dot': 4,
  'arabic-dun': 4,
  'paren-arabic': 5,
  circled: 6,
};
const LIST_FAMILIES = new Set(['arabic-dot', 'arabic-dun', 'paren-arabic', 'circled']);
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** How a family's number of the given ordinal is written by GB/T 9704. */
function standardForm(family: string, ordinal: number): string {
  const cn = ordinal <= 10 ? CN[ordinal] : String(ordinal);
  switch (family) {
    case 'chapter':
      return `第${cn}章`;
    case 'jie':
      return `第${cn}节`;
    case 'cn-dun':
      return `${cn}、`;
    case 'paren-cn':
      return `（${cn}）`;
    case 'arabic-dot':
    case 'arabic-dun':
      return `${ordinal}.`;
    case 'paren-arabic':
      return `（${ordinal}）`;
    default:
      return String(ordinal);
  }
}

interface Numbered {
  section: Section;
  ordinal: number;
  /** the number prefix as written (`1、`, `(一)`), or the bare number for headings recovered from a 目录 */
  written: string;
  fromText: boolean;
}

export const meta = {
  id: 'heading-numbering',
  name: 'HeadingNumbering',
  description: 'heading numbers follow GB/T 9704 (一、→（一）→1.→（1）) without gaps, repeats or mixed styles',
  defaultSeverity: 'error' as const,
  docs:
    'GB/T 9704-2012 numbers the levels of an official document 一、 then （一） then 1. then （1）. ' +
    'The rule reports a heading whose numbering style differs from the other headings at its level ' +
    '(1、 2、 三、), a family placed under one GB/T puts lower (（一） under 1.), a gap, repeat or step back ' +
    'in the numbers (一、二、四), and separators GB/T does not use (1、 for 1., 一， for 一、; half-width ' +
    'brackets as in (一) are reported by the punctuation rule). Lists numbered 1. or （1） may start again at 1 inside one section ' +
    '(option allowRestart); numbering that runs on across sections (4. after 3. under the next （二）, also ' +
    '22. directly under 三、 after 21. under （七）) is accepted, and in a file holding several documents each one ' +
    'numbers its top level from 一、. Options: allowRestart (default true), checkSeparators (default true). No fix: numbers are ' +
    'the author’s to change.',
  fixable: false,
  options: Options,
  defaults: {"allowRestart": true, "checkSeparators": true} as Options,
};

export function check(doc: CheckDocument, ctx: RuleContext<Options>): void {
  const reported = new Set<string>();
  const report = (n: Numbered, message: string, expected?: string) => {
    if (reported.has(n.section.id)) return; // one message per heading: the first problem found
    reported.add(n.section.id);
    const src = lineText(doc, n.section.line);
    const at = n.fromText ? src.indexOf(n.written) : -1;
    ctx.report({
      message,
      line: n.section.line,
      column: at >= 0 ? at + 1 : 1,
      actual: n.written,
      expected,
    });
  };

  const body = doc.plan.sections.filter((s) => s.kind === 'body');
  // Groups of siblings, depth-first, so that numbering running on across sections can be followed.
  const groups: { parent: Numbered | null; items: Numbered[]; level: number }[] = [];
  const collect = (parent: Section | null, children: Section[], level: number) => {
    const items = children.filter((c) => c.kind === 'body' && c.family in RANK && c.number).map((c) => numbered(doc, c));
    groups.push({ parent: parent && parent.family in RANK ? numbered(doc, parent) : null, items, level });
    for (const c of children) if (c.kind === 'body' && c.family !== 'box') collect(c, c.children, level + 1);
  };
  // a file holding several documents numbers each one's top level from 一、 again
  const documents = [...new Set(body.map((s) => s.document ?? 1))];
  for (const d of documents) collect(null, body.filter((s) => (s.document ?? 1) === d), 1);

  // 1. mixed styles among siblings
  for (const g of groups) {
    const counts = new Map<string, number>();
    for (const n of g.items) counts.set(n.section.family, (counts.get(n.section.family) ?? 0) + 1);
    if (counts.size < 2) continue;
    // the style most siblings use; on a tie the one GB/T puts higher (一、 over 1、)
    const main = [...counts.entries()].sort((a, b) => b[1] - a[1] || RANK[a[0]] - RANK[b[0]] || (a[0] < b[0] ? -1 : 1))[0][0];
    const mainExample = g.items.find((n) => n.section.family === main)!;
    for (const n of g.items) {
      if (n.section.family === main) continue;
      report(
        n,
        `heading number “${n.written}” mixes numbering styles at one level: the other headings here are numbered like “${mainExample.written}” (line ${mainExample.section.line})`,
        standardForm(main, n.ordinal),
      );
    }
  }

  // 2. a family under one that GB/T 9704 puts lower
  for (const g of groups) {
    if (!g.parent || reported.has(g.parent.section.id)) continue;
    const first = g.items.find((n) => RANK[n.section.family] <= RANK[g.parent!.section.family]);
    if (first) {
      report(
        first,
        `heading number “${first.written}” is under “${g.parent.written}” (line ${g.parent.section.line}); GB/T 9704 orders the levels 一、→（一）→1.→（1）`,
      );
    }
  }
  // the top level itself numbered with a lower family while nothing above it exists (（一） as the top)
  const top = groups[0]?.items ?? []; // the first document's top level
  if (top.length >= 2 && top.every((n) => RANK[n.section.family] > RANK['cn-dun'])) {
    report(top[0], `the top-level headings are numbered “${top[0].written}”; GB/T 9704 numbers the first level 一、`, standardForm('cn-dun', top[0].ordinal));
  }

  // 3. gaps, repeats and steps back; numbering may run on from the previous section's children
  const lastAtLevel = new Map<string, number>(); // level + family → last ordinal seen
  const lastOfFamily = new Map<string, number>(); // list family → last ordinal seen at any level
  for (const g of groups) {
    let prev: Numbered | null = null;
    for (const n of g.items) {
      const family = n.section.family === 'arabic-dun' ? 'arabic-dot' : n.section.family;
      const key = `${g.level}:${family}`;
      // in a group that mixes styles the count runs through them all (1、 2、 三、)
      const expected = prev ? prev.ordinal + 1 : 1;
      // numbering that runs on across groups, also where a group has no level between (`（七）21.` then
      // `三、22.`: items 1–24 over the whole plan)
      const runOn = prev ? null : LIST_FAMILIES.has(family) ? (lastOfFamily.get(family) ?? lastAtLevel.get(key)) : lastAtLevel.get(key);
      const ok =
        n.ordinal === expected ||
        (runOn !== undefined && runOn !== null && n.ordinal === runOn + 1) ||
        (prev !== null && n.ordinal === 1 && ctx.options.allowRestart && LIST_FAMILIES.has(family));
      if (!ok) {
        const want = standardForm(family, runOn != null && n.ordinal > expected ? runOn + 1 : expected);
        let what: string;
        if (prev && n.ordinal === prev.ordinal) what = `repeats the number of the heading before it (line ${prev.section.line})`;
        else if (n.ordinal > expected) what = `skips ${n.ordinal - expected === 1 ? 'a number' : `${n.ordinal - expected} numbers`}: expected “${want}”`;
        else what = `steps back: expected “${want}”`;
        report(n, `heading number “${n.written}” ${what}`, want);
      }
      lastAtLevel.set(key, n.ordinal);
      if (LIST_FAMILIES.has(family)) lastOfFamily.set(family, n.ordinal);
      prev = n;
    }
  }

  // 4. separators and brackets GB/T does not use
  if (ctx.options.checkSeparators) {
    for (const g of groups) {
      for (const n of g.items) {
        if (!n.fromText) continue;
        const want = separatorProblem(n);
        if (want) report(n, `heading number “${n.written}” should be written “${want}” (GB/T 9704)`, want);
      }
    }
  }
}

function numbered(doc: CheckDocument, s: Section): Numbered {
  const node = findSection(doc.segmented.sections, s.id);
  const block = node?.headingBlock;
  if (block && block.type !== 'table') {
    const m = matchHeadingNumber(block.text);
    if (m) return { section: s, ordinal: m.ordinal, written: m.prefix.trim(), fromText: true };
  }
  const m = matchHeadingNumber(`${s.number}${s.family === 'cn-dun' ? '、' : s.family.startsWith('arabic') ? '.' : ''} x`);
  return { section: s, ordinal: m?.ordinal ?? 0, written: s.number, fromText: false };
}

/** The standard form when the written prefix uses another separator, else null (bracket width: punctuation). */
function separatorProblem(n: Numbered): string | null {
  const w = n.written.replace(/\s+/g, '');
  const std = standardForm(n.section.family, n.ordinal);
  switch (n.section.family) {
    case 'arabic-dun':
      return std; // 1、 → 1.
    case 'arabic-dot':
      return /^\d+[.．]$/.test(w) ? null : std; // 1. and 1． are both in use; 1﹒ is not
    case 'cn-dun':
      return w.endsWith('、') ? null : std;
    default:
      return null;
  }
}

const rule: RuleModule<Options> = { meta, check };
export default rule;
