import type { Command } from 'commander';
import type { CliContext } from './context.js';

// PROVISIONAL: registered so the command is listed; built in its own issue.
export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description('(not built yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      process.stderr.write('planlens: check: not built yet\n');
      ctx.setExit(2);
    });
}
