/**
 * required-sections: the plan has the sections a plan of this kind is expected to have. The default
 * list (src/data/required-sections.json) asks for 指导思想 or 总体要求, 目标, 任务 and 保障措施; any
 * body heading whose title contains one of a requirement's words meets it.
 */
import type { z } from 'zod';
import defaults from '../../data/required-sections.json' with { type: 'json' };
import { walkSections } from '../../segment/types.js';
import type { CheckDocument, RuleContext, RuleModule, Zod } from '../types.js';

/** the options' zod schema, built only when options are configured (see ../config.ts) */
const Options = (z: Zod) => {
  const Requirement = z.object({ name: z.string().min(1), anyOf: z.array(z.string().min(1)).min(1) }).strict();

  return z
    .object({
      sections: z.array(Requirement).default(defaults.sections),
    })
    .strict();
};
type Options = z.infer<ReturnType<typeof Options>>;

export const meta = {
  id: 'required-sections',
  name: 'RequiredSections',
  description: 'the plan has the expected sections (default: 指导思想 or 总体要求, 目标, 任务, 保障措施)',
  defaultSeverity: 'warning' as const,
  docs:
    'A plan is expected to state its guiding ideas (指导思想 or 总体要求), its goals (目标), its tasks (任务) ' +
    'and how it will be carried out (保障措施). A requirement is met when any body heading, at any level, ' +
    'contains one of its words. The list is configurable: options { "sections": [{ "name": "目标", ' +
    '"anyOf": ["目标"] }] } replaces the default list. A missing section is reported at the first body heading.',
  fixable: false,
  options: Options,
  defaults: { sections: defaults.sections } as Options,
};

export function check(doc: CheckDocument, ctx: RuleContext<Options>): void {
  const titles: string[] = [];
  let firstLine = 0;
  for (const s of walkSections(doc.segmented.sections)) {
    if (s.kind !== 'body') continue;
    titles.push(s.title.replace(/\s+/g, ''));
    if (!firstLine || s.line < firstLine) firstLine = s.line;
  }
  for (const req of ctx.options.sections) {
    const words = req.anyOf.map((w) => w.replace(/\s+/g, ''));
    if (titles.some((t) => words.some((w) => t.includes(w)))) continue;
    ctx.report({
      message: `no section on ${req.name}: no heading contains ${words.map((w) => `“${w}”`).join(', ')}`,
      line: firstLine || 1,
      column: 1,
      expected: req.anyOf.join('|'),
    });
  }
}

const rule: RuleModule<Options> = { meta, check };
export default rule;
