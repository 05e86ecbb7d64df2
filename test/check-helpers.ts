/**
 * Helpers for the check tests: lint a hand-written document with chosen rules, and run the built CLI
 * (dist/ rebuilt first when older than src/, under the same lock the other CLI tests use).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzePlanBytes } from '../src/index.js';
import { resolveRules, runCheck } from '../src/check/index.js';
import type { ConfigFile } from '../src/check/config.js';
import type { CheckMessage, FileResult } from '../src/check/types.js';

export const ROOT = resolve(import.meta.dirname, '..');

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

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function distIsStale(): boolean {
  const main = join(ROOT, 'dist/cli/main.js');
  return !existsSync(main) || statSync(main).mtimeMs < newestMtime(join(ROOT, 'src'));
}

/** `npm run build` when dist/ is older than src/ (tsc still emits when another file has a type error). */
export async function ensureBuilt(): Promise<void> {
  if (!distIsStale()) return;
  const lock = join(tmpdir(), `planlens-build-${ROOT.replace(/\W/g, '_')}.lock`);
  for (const deadline = Date.now() + 300_000; ; ) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`waited 5 minutes for the build lock ${lock}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (!distIsStale()) return;
    const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
    if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
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
