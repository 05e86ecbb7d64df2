/**
 * The CLI is thin: each command file parses its flags, calls the library and renders.
 */
import { Command, CommanderError } from 'commander';
import { createContext } from './context.js';
import { tuneV8ForShortRuns } from './v8-tuning.js';
import { packageVersion } from '../package-info.js';
import type { CliContext } from './context.js';

type Register = (program: Command, ctx: CliContext) => void;

/**
 * Commands load their module only when invoked: a run of `check` should not pay for exceljs, cheerio
 * or the compare stage. Listing every command (help, an unknown name) loads them all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  parse: async () => (await import('./parse.js')).registerParse,
  indicators: async () => (await import('./indicators.js')).registerIndicators,
  tasks: async () => (await import('./tasks.js')).registerTasks,
  units: async () => (await import('./units.js')).registerUnits,
  compare: async () => (await import('./compare.js')).registerCompare,
  diff: async () => (await import('./diff.js')).registerDiff,
  check: async () => (await import('./check.js')).registerCheck,
  schema: async () => (await import('./schema.js')).registerSchema,
};

/** The command named on the command line: the first argument that is not an option. */
function invokedCommand(argv: string[]): string | undefined {
  return argv.slice(2).find((a) => !a.startsWith('-'));
}

export async function main(argv: string[]): Promise<number> {
  tuneV8ForShortRuns();
  const ctx = createContext();
  const program = new Command('planlens')
    .description('Turn Chinese government plan documents into structured data and compare them')
    .version(packageVersion())
    .option('--debug', 'print stack traces of internal errors')
    .option('--no-color', 'no colour in output')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const named = invokedCommand(argv);
  const versionOnly = !named && (argv.includes('-V') || argv.includes('--version'));
  const wanted = versionOnly ? [] : named && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
  for (const name of wanted) (await COMMANDS[name]())(program, ctx);
  if (argv.includes('--no-color')) process.env.NO_COLOR = '1';
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; usage errors (unknown option, missing argument) exit 2
      return err.exitCode === 0 ? 0 : 2;
    }
    throw err;
  }
  return ctx.exitCode;
}
