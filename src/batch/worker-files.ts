/** Where the batch's worker threads find their module, and the node flags they are started with. */

/**
 * The built worker module `name` (`worker`, `ingest-worker`, `tokenizer-worker`) beside this module, or, running from the
 * TypeScript sources (vitest, tsx), its shim `<name>-tsx.mjs` that registers tsx (a devDependency) first.
 */
export function workerFile(name: string): string {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL(`./${name}-tsx.mjs`, here).href;
  // the bundle's worker entries sit beside planlens.js, above the shared chunks this code may land in
  return new URL(/\/bundle\/chunks\/[^/]+$/.test(here) ? `../${name}.js` : `./${name}.js`, here).href;
}

/**
 * The parent's node flags minus those a worker refuses or that only make sense for a main script:
 * `--input-type`, `-e`, and heap sizes (a worker's heap is set by resourceLimits).
 */
export function workerExecArgv(): string[] {
  const out: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--input-type') || /^--max-(old|semi)-space-size/.test(a)) continue;
    if (['-e', '--eval', '-p', '--print'].includes(a)) {
      i++; // and its script
      continue;
    }
    out.push(a);
  }
  return out;
}
