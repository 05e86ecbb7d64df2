/**
 * The CLI is thin: each command file parses its flags, calls the library and renders.
 */
import { Command, CommanderError } from 'commander';
import { createContext } from './context.js';
import { registerParse } from './parse.js';
import { registerSchema } from './schema.js';
import { registerIndicators } from './indicators.js';
import { registerTasks } from './tasks.js';
import { registerUnits } from './units.js';
import { registerCompare } from './compare.js';
import { registerDiff } from './diff.js';
import { registerCheck } from './check.js';

export async function main(argv: string[]): Promise<number> {
  const ctx = createContext();
  const program = new Command('planlens')
    .description('Turn Chinese government plan documents into structured data and compare them')
    .version('0.1.0')
    .option('--debug', 'print stack traces of internal errors')
    .option('--no-color', 'no colour in output')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of [registerParse, registerIndicators, registerTasks, registerUnits, registerCompare, registerDiff, registerCheck, registerSchema]) {
    register(program, ctx);
  }
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
