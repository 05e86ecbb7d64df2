/**
 * Where the planlens package is installed and its version, found by walking up from this module to the
 * package.json named "planlens": the same answer from src/ (tests), dist/ (library build) and
 * dist/bundle/ (the one-file CLI), which sit at different depths.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: { root: string; version: string } | null = null;

function locate(): { root: string; version: string } {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'planlens' && typeof pkg.version === 'string') return (found = { root: dir, version: pkg.version });
    } catch {
      // no package.json here (or not readable): look further up
    }
    const up = dirname(dir);
    if (up === dir) return (found = { root: dirname(fileURLToPath(import.meta.url)), version: '0.0.0' });
    dir = up;
  }
}

/** The directory holding planlens's package.json. */
export function packageRoot(): string {
  return locate().root;
}

/** The package version ("0.0.0" if package.json cannot be found). */
export function packageVersion(): string {
  return locate().version;
}
