import type { Command } from 'commander';
import { expandInputs, exitCode, parseFiles, stderrReporter, writeOutput } from './io.js';
import { stableJson } from '../render/json.js';
import type { CliContext } from "./context.js";

export function registerParse(program: Command, ctx: CliContext): void {
  program
    .command('parse')
    .description('normalized JSON of each plan (one file: an object; several: an array)')
    .argument('<inputs...>', 'files or directories')
    .option('--ndjson', 'one JSON object per line')
    .option('-o, --output <path>', 'write to a file instead of stdout')
    .action(async (inputs: string[], opts: { ndjson?: boolean; output?: string }, cmd: Command) => {
      const reporter = stderrReporter();
      const files = await expandInputs(inputs, reporter);
      const docs = await parseFiles(files, reporter, cmd.optsWithGlobals().debug);
      let out: string;
      if (opts.ndjson) out = docs.map((d) => JSON.stringify(d)).join('\n') + (docs.length ? '\n' : '');
      else if (files.length === 1 && inputs.length === 1 && files[0] === inputs[0]) out = docs.length ? stableJson(docs[0]) : '';
      else out = stableJson(docs);
      // nothing parsed and something failed: print no empty array, the error lines say it all
      if (out && !(docs.length === 0 && reporter.failures > 0)) await writeOutput(out, opts.output, reporter);
      ctx.setExit(exitCode(reporter));
    });
}
