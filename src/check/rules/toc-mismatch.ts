/**
 * toc-mismatch: the 目录 and the body agree. Reports 目录 entries with no heading in the body (a
 * heading lost in conversion, or a section dropped from the draft), entries whose heading reads
 * differently, and body headings of the levels the 目录 lists that it does not list.
 */
import type { z } from 'zod';
import { matchHeadingNumber } from '../../segment/numbering.js';
import type { SectionNode } from '../../segment/types.js';
import { walkSections } from '../../segment/types.js';
import type { CheckDocument, RuleContext, RuleModule, Zod } from '../types.js';
import { lineText, titleKey } from '../text.js';

/** the options' zod schema, built only when options are configured (see ../config.ts) */
const Options = (z: Zod) => {
  return z
    .object({
      /** report body headings the 目录 does not list */
      checkBody: z.boolean().default(true),
    })
    .strict();
};
type Options = z.infer<ReturnType<typeof Options>>;

export const meta = {
  id: 'toc-mismatch',
  name: 'TableOfContentsMismatch',
  description: 'the 目录 lists the body headings and the body has every 目录 entry',
  defaultSeverity: 'error' as const,
  docs:
    'When a plan has a 目录 (table of contents), each entry must have its heading in the body, with the ' +
    'same title, and each body heading of the levels the 目录 lists must be in it. Reports a 目录 entry ' +
    'with no heading in the body (the heading was lost in conversion or the section dropped), an entry ' +
    'whose heading with the same number reads differently, and a body heading missing from the 目录 ' +
    '(option checkBody, default true). Titles are compared without spaces, punctuation, dot leaders and ' +
    'page numbers.',
  fixable: false,
  options: Options,
  defaults: {"checkBody": true} as Options,
};

const SEPARATOR: Record<string, string> = { 'cn-dun': '、', 'arabic-dot': '.', 'arabic-dun': '、' };

function ordinalOf(s: SectionNode): number {
  return matchHeadingNumber(`${s.number}${SEPARATOR[s.family] ?? ''} x`)?.ordinal ?? 0;
}

/** `cn-dun:2/paren-cn:1` for 二、 → （一）: the position of a heading by its numbers. */
function numberPaths(roots: SectionNode[], skipRoot: boolean): Map<SectionNode, string> {
  const out = new Map<SectionNode, string>();
  const walk = (nodes: SectionNode[], prefix: string) => {
    for (const n of nodes) {
      const here = n.number ? `${prefix}/${n.family}:${ordinalOf(n)}` : `${prefix}/?${n.title}`;
      out.set(n, here);
      walk(n.children, here);
    }
  };
  if (skipRoot) for (const r of roots) walk(r.children, '');
  else walk(roots, '');
  return out;
}

export function check(doc: CheckDocument, ctx: RuleContext<Options>): void {
  const tocRoots = doc.segmented.sections.filter((s) => s.kind === 'toc');
  if (tocRoots.length === 0) return;
  const entries = [...walkSections(tocRoots)].filter((s) => !tocRoots.includes(s));
  if (entries.length === 0) return;
  const bodyRoots = doc.segmented.sections.filter((s) => s.kind === 'body');
  const body = [...walkSections(bodyRoots)].filter((s) => s.kind === 'body');
  const real = body.filter((s) => s.headingBlock !== null);

  const tocPath = numberPaths(tocRoots, true);
  const bodyPath = numberPaths(bodyRoots, false);
  const realByKey = new Map<string, SectionNode[]>();
  for (const s of real) {
    const k = titleKey(s.title);
    realByKey.set(k, [...(realByKey.get(k) ?? []), s]);
  }
  const matched = new Set<SectionNode>();
  const label = (s: SectionNode) => lineText(doc, s.line).trim() || `${s.number} ${s.title}`.trim();

  for (const e of entries) {
    const hit = (realByKey.get(titleKey(e.title)) ?? []).find((s) => !matched.has(s));
    if (hit) {
      matched.add(hit);
      continue;
    }
    const path = tocPath.get(e);
    const same = real.find((s) => !matched.has(s) && bodyPath.get(s) === path && e.number !== '');
    if (same) {
      matched.add(same);
      ctx.report({
        message: `目录 entry “${label(e)}” reads “${label(same)}” in the body (line ${same.line})`,
        line: e.line,
        column: 1,
        actual: e.title,
        expected: same.title,
      });
      continue;
    }
    ctx.report({ message: `目录 entry “${label(e)}” has no heading in the body`, line: e.line, column: 1, actual: e.title });
  }

  if (!ctx.options.checkBody) return;
  const families = new Set(entries.map((e) => e.family));
  const maxDepth = Math.max(...entries.map((e) => e.level - 1));
  const tocKeys = new Set(entries.map((e) => titleKey(e.title)));
  for (const s of real) {
    if (matched.has(s) || !families.has(s.family) || s.level > maxDepth || tocKeys.has(titleKey(s.title))) continue;
    ctx.report({ message: `heading “${label(s)}” is not in the 目录`, line: s.line, column: 1, actual: s.title });
  }
}

const rule: RuleModule<Options> = { meta, check };
export default rule;
