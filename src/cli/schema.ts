import type { Command } from 'commander';
import { stableJson } from '../render/json.js';
import type { CliContext } from "./context.js";
import { stderrReporter, writeOutput, exitCode } from './io.js';

/**
 * JSON Schema of the parse output, generated from the zod schema (never written by hand). zod and the
 * schema load here, not at start-up: no other command needs them.
 */
export async function planJsonSchema(): Promise<unknown> {
  const [{ z }, { PlanDocument }] = await Promise.all([import('zod'), import('../schema/plan.js')]);
  return z.toJSONSchema(PlanDocument, { target: 'draft-2020-12' });
}

export function registerSchema(program: Command, ctx: CliContext): void {
  program
    .command('schema')
    .description('JSON Schema of the parse output')
    .option('-o, --output <path>', 'write to a file instead of stdout')
    .action(async (opts: { output?: string }, cmd: Command) => {
      const reporter = stderrReporter();
      await writeOutput(stableJson(await planJsonSchema()), opts.output, reporter);
      ctx.setExit(exitCode(reporter));
    });
}
