/**
 * V8's optimizing compiler tuned for a command-line run. A planlens run is short: a batch of a hundred
 * plans takes a second or two, and most of the parser's code runs a few hundred times. With V8's defaults
 * TurboFan compiles every function that gets warm, inlining its callees into very large graphs (the
 * indicator reader alone took about 0.4 s of compiler time per compilation), on background threads that
 * on a two-core machine compete with the parse itself: a 100-document parse spent 2 s of CPU there, more
 * than in the parse. Two settings, measured on that batch (`npm run bench`, and CPU time per thread):
 *   - no inlining in TurboFan: the compiled functions stay the size of the source's;
 *   - functions optimized after 8× the default interrupt budget: only the code that stays hot is compiled.
 * Together they cut the process's CPU time by about a third and its wall time by about a fifth, with the
 * parser's own thread as fast as before. The library never changes the flags of the process it runs in:
 * only the CLI sets them, before it loads a command. PLANLENS_V8_DEFAULTS=1 keeps V8's defaults.
 */
import { setFlagsFromString } from 'node:v8';

export const CLI_V8_FLAGS = ['--no-turbo-inlining', '--interrupt-budget=540672'];

/**
 * The V8 major versions these flags were measured on and exist in (Node 20: V8 11, Node 22: V8 12). On
 * another V8 a flag may be gone (it would print "unrecognized flag" on every run) or mean something else.
 */
const TUNED_V8_MAJORS = new Set([11, 12]);

export function tuneV8ForShortRuns(env: NodeJS.ProcessEnv = process.env, v8Version: string = process.versions.v8): void {
  if (env.PLANLENS_V8_DEFAULTS === '1') return;
  if (!TUNED_V8_MAJORS.has(Number.parseInt(v8Version, 10))) return;
  for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);
}
