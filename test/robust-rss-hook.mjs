// Loaded with `node --import` by test/robust-helpers.ts. When the process exits it writes, as JSON to
// $PLANLENS_RSS_FILE, its peak resident memory (KB) and the nodejieba files it loaded (from the CommonJS
// module cache, which both require() and import() of a CommonJS package fill), so tests can bound
// memory and check that commands which need no word segmentation never load the jieba dictionary.
//
// Peak memory is VmHWM from /proc/self/status where there is one: getrusage's maxRSS is not reset by
// exec on Linux, so a child spawned by a large parent (the test runner) would report the parent's size.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.PLANLENS_RSS_FILE;
const cache = createRequire(import.meta.url).cache;

function peakKb() {
  try {
    const m = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

if (out && isMainThread) {
  process.on('exit', () => {
    const jieba = Object.keys(cache).filter((k) => /[\\/]nodejieba[\\/]/.test(k));
    const zod = Object.keys(cache).filter((k) => /[\\/]node_modules[\\/]zod[\\/]/.test(k));
    writeFileSync(out, JSON.stringify({ maxRssKb: peakKb(), jieba, zod }));
  });
}
