/**
 * Helpers for the check tests: lint a hand-written document with chosen rules, and run the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyzePlanBytes } from '../src/index.js';
import { resolveRules, runCheck } from '../src/check/index.js';
import type { ConfigFile } from '../src/check/config.js';
import type { CheckMessage, FileResult } from '../src/check/types.js';

export { ROOT, ensureBuilt } from './helpers/build.js';
import { ROOT } from './helpers/build.js';

/** Lint text as a .txt file (or bytes as `name`). `only` switches every other rule off. */
export async function lint(
  text: string | Uint8Array,
  options: { only?: string; rules?: ConfigFile['rules']; name?: string } = {},
): Promise<FileResult> {
  const rules: ConfigFile['rules'] = {};
  if (options.only) {
    for (const id of ['heading-numbering', 'required-sections', 'indicator-completeness', 'text-table-consistency', 'task-units', 'conversion-debris', 'punctuation', 'typos', 'toc-mismatch']) {
      rules[id] = id === options.only ? 'warning' : 'off';
    }
  }
  Object.assign(rules, options.rules ?? {});
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const analyzed = await analyzePlanBytes(bytes, options.name ?? 'draft.txt');
  return runCheck(analyzed, resolveRules({ rules }));
}

/** `line:ruleId message` of each message, for readable assertions. */
export function brief(messages: CheckMessage[]): string[] {
  return messages.map((m) => `${m.line}:${m.ruleId} ${m.message}`);
}


export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `node bin/planlens.js …` in a child process. */
export function planlens(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/planlens.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
