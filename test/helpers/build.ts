/**
 * dist/ for the tests that run the built CLI (bin/planlens.js, which loads the bundle dist/bundle/planlens.js). vitest's globalSetup (test/global-setup.ts)
 * builds once before any test file runs; ensureBuilt() only checks, and rebuilds under a lock when
 * src/ changed since (a single file run with a stale dist/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** The outputs of `npm run build`: the library (tsc) and the one-file CLI (scripts/build-cli.mjs). */
const OUTPUTS = ['dist/cli/main.js', 'dist/bundle/planlens.js', 'dist/bundle/worker.js'];

function distIsStale(): boolean {
  const newest = Math.max(newestMtime(join(ROOT, 'src')), statSync(join(ROOT, 'scripts/build-cli.mjs')).mtimeMs);
  return OUTPUTS.some((o) => !existsSync(join(ROOT, o)) || statSync(join(ROOT, o)).mtimeMs < newest);
}

/** Build dist/ when it is older than src/. tsc still emits when some file has a type error: only a missing dist/ fails. */
export async function ensureBuilt(): Promise<void> {
  if (!distIsStale()) return;
  const lock = join(tmpdir(), `planlens-build-${ROOT.replace(/\W/g, '_')}.lock`);
  for (const deadline = Date.now() + 300_000; ; ) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`waited 5 minutes for the build lock ${lock}`);
      try {
        if (Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // the other build just finished
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (!distIsStale()) return; // another test file built it while we waited
    const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
    if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
    const b = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`bundling the CLI failed:\n${b.stdout}\n${b.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
