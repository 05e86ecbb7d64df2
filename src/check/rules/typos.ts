/**
 * typos: a configurable list of known mistakes (src/data/typos.json, extended or replaced by the
 * configuration). An entry may require a context in the same sentence, so that `CDP` is reported inside
 * `占…比重` and nowhere else. No fix: a wrong word is for the author to correct.
 */
import type { z } from 'zod';
import data from '../../data/typos.json' with { type: 'json' };
import type { CheckDocument, RuleContext, RuleModule, Zod } from '../types.js';

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}
/** the options' zod schema, built only when options are configured (see ../config.ts) */
const Options = (z: Zod) => {
  const RegExpSource = z.string().min(1).refine(isRegExp, { message: 'not a valid regular expression' });

  const Entry = z
    .object({
      pattern: RegExpSource,
      context: RegExpSource.optional(),
      suggest: z.string().optional(),
      note: z.string().optional(),
    })
    .strict();

  return z
    .object({
      /** entries added to (or, with useDefaults false, instead of) the built-in list */
      words: z.array(Entry).default([]),
      useDefaults: z.boolean().default(true),
    })
    .strict();
};
type Options = z.infer<ReturnType<typeof Options>>;

export const meta = {
  id: 'typos',
  name: 'KnownTypos',
  description: 'known mistakes from a configurable list (e.g. CDP for GDP in 占…比重)',
  defaultSeverity: 'error' as const,
  docs:
    'Reports known mistakes: a list of entries, each a regular expression of the wrong text, an optional ' +
    'context the same sentence must match (so CDP is reported in 占…CDP的比重 and not in a company name), the ' +
    'suggested text ($1 … refer to the groups of the pattern) and a note. The built-in list ' +
    '(src/data/typos.json) covers misquoted set phrases (百年之未有大变局), 截止/截至, 显然/显著 and common ' +
    'character slips. Options: words adds entries; useDefaults: false uses only yours. No fix.',
  fixable: false,
  options: Options,
  defaults: {"words": [], "useDefaults": true} as Options,
};

interface Compiled {
  re: RegExp;
  context: RegExp | null;
  suggest?: string;
  note?: string;
}

/** Compile entries; a pattern that is not a valid regular expression is a configuration error. */
export function compileEntries(entries: Options["words"]): Compiled[] {
  return entries.map((e) => {
    try {
      return { re: new RegExp(e.pattern, 'gu'), context: e.context ? new RegExp(e.context, 'u') : null, suggest: e.suggest, note: e.note };
    } catch (err) {
      throw new Error(`typos: invalid pattern ${JSON.stringify(e.pattern)}: ${(err as Error).message}`);
    }
  });
}

const SENTENCE_END = /[。；;！!？?\n]/;

export function check(doc: CheckDocument, ctx: RuleContext<Options>): void {
  const entries = compileEntries([...(ctx.options.useDefaults ? data.words : []), ...ctx.options.words]);
  doc.lines.forEach((src, i) => {
    for (const e of entries) {
      e.re.lastIndex = 0;
      for (const m of src.matchAll(e.re)) {
        const at = m.index ?? 0;
        if (e.context && !e.context.test(sentenceAround(src, at, m[0].length))) continue;
        const suggestion = e.suggest !== undefined ? m[0].replace(new RegExp(e.re.source, 'u'), e.suggest) : undefined;
        ctx.report({
          message: `“${m[0]}”${suggestion !== undefined ? ` should probably be “${suggestion}”` : ' looks wrong'}${e.note ? ` (${e.note})` : ''}`,
          line: i + 1,
          column: at + 1,
          endColumn: at + m[0].length + 1,
          actual: m[0],
          expected: suggestion,
        });
      }
    }
  });
}

/** The sentence of `src` that holds the text at `at` (sentences end at 。；！？). */
function sentenceAround(src: string, at: number, length: number): string {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(src[start - 1])) start--;
  let end = at + length;
  while (end < src.length && !SENTENCE_END.test(src[end])) end++;
  return src.slice(start, end);
}

const rule: RuleModule<Options> = { meta, check };
export default rule;
