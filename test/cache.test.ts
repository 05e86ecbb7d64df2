/**
 * --cache (src/cache): a hit gives the stored result, an edited file is parsed again, a damaged or
 * foreign entry is reported as info and rewritten, warm output is byte-identical to a cold run for every
 * command that parses, and runs writing at once never leave a half-written entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parsePlan } from '../src/index.js';
import { ResultCache, cacheSettings, stableKey, DEFAULT_CACHE_LOCATION } from '../src/cache/index.js';
import { PLAN_ENTRY, parsePlanCached, planKeyOptions } from '../src/cache/plans.js';
import { ROOT, ensureBuilt } from './helpers/build.js';
import { runCli } from './robust-helpers.js';

let dir: string;
const at = (...p: string[]) => join(dir, ...p);
const PLAN = `某市知识产权保护规划（2021—2025年）
一、总体要求
到2025年，每万人口高价值发明专利拥有量达到5件。
二、重点任务
（一）强化保护
1.完善执法机制。（市市场监管局牵头）
`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI in a child process (several may run at once). */
function planlens(args: string[], cwd = dir): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/planlens.js'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    // decoded once at the end: a chunk may end inside a multi-byte character
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Where two outputs part, with some context (assertion messages of multi-megabyte outputs stay readable). */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i >= a.length && a.length === b.length ? '' : `at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

/** Entry files (ignoring nothing: a leftover temporary file would show here). */
const entries = (cacheDir: string) => readdirSync(cacheDir).sort();

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'planlens-cache-'));
  mkdirSync(at('plans'));
  for (const d of ['txt', 'docx', 'html']) {
    for (const f of readdirSync(join(ROOT, 'fixtures', d)).sort().slice(0, 1)) copyFileSync(join(ROOT, 'fixtures', d, f), at('plans', f));
  }
  writeFileSync(at('plans', 'own.txt'), PLAN);
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the cache (library)', () => {
  it('settings: off without --cache; the default directory, or --cache-location, resolved', () => {
    expect(cacheSettings({})).toBeNull();
    expect(cacheSettings({ cacheLocation: 'x' })).toBeNull();
    expect(cacheSettings({ cache: true }, '/p')).toEqual({ location: join('/p', DEFAULT_CACHE_LOCATION) });
    expect(cacheSettings({ cache: true, cacheLocation: 'c' }, '/p')).toEqual({ location: '/p/c' });
  });

  it('a hit gives the stored document; an edit is a miss and parsed again; an option change is another entry', async () => {
    const file = at('edit.txt');
    writeFileSync(file, PLAN);
    const cache = new ResultCache({ location: at('lib-cache') });
    const bytes = readFileSync(file);
    expect((await cache.get(PLAN_ENTRY, file, bytes, planKeyOptions({}))).miss).toBe('absent');
    const cold = await parsePlanCached(bytes, file, {}, cache);
    const hit = await cache.get(PLAN_ENTRY, file, bytes, planKeyOptions({}));
    expect(hit.miss).toBeNull();
    expect(JSON.stringify(hit.value)).toBe(JSON.stringify(cold));

    const edited = PLAN.replace('完善执法机制', '健全执法机制');
    writeFileSync(file, edited);
    const newBytes = readFileSync(file);
    expect((await cache.get(PLAN_ENTRY, file, newBytes, planKeyOptions({}))).miss).toBe('changed');
    const again = await parsePlanCached(newBytes, file, {}, cache);
    expect(JSON.stringify(again.tasks)).toContain('健全执法机制');
    expect(JSON.stringify(cold.tasks)).not.toContain('健全执法机制');
    expect(JSON.stringify(again)).toBe(JSON.stringify(await parsePlan(file)));
    // stored under the same entry: one per file, however often it is edited
    expect(entries(at('lib-cache'))).toHaveLength(1);
    expect((await cache.get(PLAN_ENTRY, file, newBytes, planKeyOptions({}))).miss).toBeNull();
    expect((await cache.get(PLAN_ENTRY, file, newBytes, planKeyOptions({ canonicalNames: 'exact' }))).miss).toBe('absent');
    expect((await cache.get(PLAN_ENTRY, file, newBytes, planKeyOptions({ displayPath: 'other.txt' }))).miss).toBe('absent');
  });

  it('a damaged, foreign or misplaced entry is ignored with one info line, parsed again and rewritten', async () => {
    const file = at('plans', 'own.txt');
    const bytes = readFileSync(file);
    const fresh = JSON.stringify(await parsePlan(file));
    const notes: string[] = [];
    const cache = new ResultCache({ location: at('damaged-cache') }, (m) => notes.push(m));
    await parsePlanCached(bytes, file, {}, cache);
    const entry = cache.entryPath(PLAN_ENTRY, file, planKeyOptions({}));
    const whole = readFileSync(entry, 'utf8');
    const other = new ResultCache({ location: at('damaged-cache') });
    const foreign = JSON.parse(readFileSync(entry, 'utf8'));
    foreign.key = stableKey({ someone: 'else' });
    for (const broken of [whole.slice(0, whole.length / 2), '{"eslint": true}', '', JSON.stringify(foreign)]) {
      notes.length = 0;
      writeFileSync(entry, broken);
      const doc = await parsePlanCached(bytes, file, {}, cache);
      expect(JSON.stringify(doc)).toBe(fresh);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatch(/^planlens: .*own\.txt: info: cache entry .* is damaged or not planlens's; ignored, parsed again and rewritten$/);
      // rewritten: the next lookup is a clean hit
      expect((await other.get(PLAN_ENTRY, file, bytes, planKeyOptions({}))).miss).toBeNull();
    }
  });

  it('an unwritable cache directory is reported once and the run goes on', async () => {
    writeFileSync(at('not-a-dir'), 'x');
    const notes: string[] = [];
    const cache = new ResultCache({ location: at('not-a-dir', 'cache') }, (m) => notes.push(m));
    const file = at('plans', 'own.txt');
    for (let i = 0; i < 3; i++) await parsePlanCached(readFileSync(file), file, {}, cache);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/info: cannot write the cache \(ENOTDIR\)/);
  });

  it('writers at once (4 processes × 40 writes of 1 MB to one entry) never leave a half-written entry', async () => {
    const location = at('race-cache');
    const cacheModule = pathToFileURL(join(ROOT, 'dist/cache/index.js')).href;
    const writer = (n: number) =>
      new Promise<number | null>((resolve) => {
        const script = `import { ResultCache } from ${JSON.stringify(cacheModule)};
const cache = new ResultCache({ location: ${JSON.stringify(location)} });
const bytes = new Uint8Array([1, 2, 3]);
for (let i = 0; i < 40; i++) await cache.set('race', 'same.txt', bytes, {}, { writer: ${n}, i, pad: 'x'.repeat(1 << 20) });`;
        const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
        child.on('close', resolve);
      });
    const reader = new ResultCache({ location }, (m) => {
      throw new Error(`a reader saw a damaged entry: ${m}`);
    });
    const running = [0, 1, 2, 3].map(writer);
    let done = false;
    void Promise.all(running).then(() => (done = true));
    let seen = 0;
    while (!done) {
      const r = await reader.get<{ writer: number; pad: string }>('race', 'same.txt', new Uint8Array([1, 2, 3]), {});
      if (r.value) {
        expect(r.value.pad).toHaveLength(1 << 20);
        seen++;
      }
    }
    expect(await Promise.all(running)).toEqual([0, 0, 0, 0]);
    expect(seen).toBeGreaterThan(0);
    // one entry, no temporary file left behind
    expect(entries(location)).toHaveLength(1);
    expect(entries(location)[0]).toMatch(/^[0-9a-f]{40}\.json$/);
  }, 120_000);
});

describe('--cache on the command line', () => {
  const COMMANDS: string[][] = [
    ['parse', 'plans'],
    ['parse', 'plans', '--ndjson', '--jobs', '2'],
    ['indicators', 'plans', '--format', 'csv'],
    ['tasks', 'plans', '--format', 'json'],
    ['units', 'plans', '--matrix', '--format', 'md'],
    ['compare', 'plans', '--by', 'all', '--format', 'json'],
    ['compare', 'plans', '--by', 'tasks', '--width', '120'],
    ['diff', 'plans/own.txt', `plans/${readdirSync(join(ROOT, 'fixtures/txt')).sort()[0]}`, '--format', 'json'],
    ['check', 'plans', '--format', 'json'],
    ['check', 'plans', '--format', 'sarif', '--rule', 'punctuation=error'],
  ];

  it('warm output is byte-identical to the cold run and to a run without the cache, for every command', async () => {
    for (const args of COMMANDS) {
      const plain = await planlens(args);
      const cold = await planlens([...args, '--cache']);
      const warm = await planlens([...args, '--cache']);
      expect(plain.stdout.length, `${args.join(' ')}: ${plain.stderr}`).toBeGreaterThan(100);
      expect(cold.stdout === plain.stdout, `${args.join(' ')} (cold): ${cold.stderr} ${firstDifference(cold.stdout, plain.stdout)}`).toBe(true);
      expect(warm.stdout === plain.stdout, `${args.join(' ')} (warm): ${warm.stderr} ${firstDifference(warm.stdout, plain.stdout)}`).toBe(true);
      expect([cold.code, warm.code]).toEqual([plain.code, plain.code]);
      expect(warm.stderr.replace(/\(\d+\.\d s\)/, '')).toBe(plain.stderr.replace(/\(\d+\.\d s\)/, ''));
    }
    // the default location, under the working directory
    expect(entries(at('node_modules/.cache/planlens')).length).toBeGreaterThan(10);
  }, 600_000);

  it('a warm run reads the entries and writes none; an edited file is parsed again (and only it)', async () => {
    const location = at('cli-cache');
    const args = ['tasks', 'plans', '--format', 'json', '--cache', '--cache-location', location];
    await planlens(args);
    const before = new Map(entries(location).map((e) => [e, statSync(join(location, e)).mtimeMs]));
    const warm = await planlens(args);
    expect(warm.code).toBe(0);
    expect(new Map(entries(location).map((e) => [e, statSync(join(location, e)).mtimeMs]))).toEqual(before);

    expect(warm.stdout).not.toContain('健全执法机制');
    writeFileSync(at('plans', 'own.txt'), PLAN.replace('完善执法机制', '健全执法机制'));
    try {
      const edited = await planlens(args);
      expect(edited.stdout).toContain('健全执法机制');
      const after = entries(location).filter((e) => statSync(join(location, e)).mtimeMs !== before.get(e));
      expect(after).toHaveLength(1);
    } finally {
      writeFileSync(at('plans', 'own.txt'), PLAN);
    }
  }, 120_000);

  it('a damaged entry: the same output, one info line on stderr, exit code unchanged', async () => {
    const location = at('cli-damaged');
    const args = ['tasks', 'plans/own.txt', '--format', 'json', '--cache', '--cache-location', location];
    const cold = await planlens(args);
    for (const e of entries(location)) writeFileSync(join(location, e), '{"half": ');
    const warm = await planlens(args);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.code).toBe(cold.code);
    expect(warm.stderr).toMatch(/^planlens: plans\/own\.txt: info: cache entry .* is damaged or not planlens's; ignored, parsed again and rewritten\n$/);
    expect((await planlens(args)).stderr).toBe('');
  }, 120_000);

  it('compare and diff: a warm run never loads nodejieba (the memo of its cuts); a changed plan loads it again', async () => {
    const location = at('memo-cache');
    const sample = join(dir, 'plans', readdirSync(join(ROOT, 'fixtures/txt')).sort()[0]);
    for (const args of [
      ['compare', '--by', 'tasks', join(dir, 'plans'), '--format', 'json'],
      ['diff', join(dir, 'plans', 'own.txt'), sample, '--format', 'json'],
    ]) {
      const cold = await runCli([...args, '--cache', '--cache-location', location]);
      expect(cold.code, cold.stderr).toBe(0);
      expect(cold.jiebaModules.length, args[0]).toBeGreaterThan(0);
      const warm = await runCli([...args, '--cache', '--cache-location', location]);
      expect(warm.stdout).toBe(cold.stdout);
      expect(warm.jiebaModules, args[0]).toEqual([]);
    }
    writeFileSync(at('plans', 'own.txt'), PLAN.replace('完善执法机制', '健全执法机制'));
    try {
      const args = ['diff', join(dir, 'plans', 'own.txt'), sample, '--format', 'json'];
      const edited = await runCli([...args, '--cache', '--cache-location', location]);
      expect(edited.jiebaModules.length).toBeGreaterThan(0);
      expect(edited.stdout).toBe((await runCli(args)).stdout);
    } finally {
      writeFileSync(at('plans', 'own.txt'), PLAN);
    }
  }, 180_000);

  it('compare keeps its whole output: a warm run writes nothing; an edit, another option or a bad file runs it again', async () => {
    const location = at('result-cache');
    const args = ['compare', '--by', 'tasks', 'plans', '--width', '120', '--cache', '--cache-location', location];
    const cold = await planlens(args);
    expect(cold.code, cold.stderr).toBe(0);
    const before = new Map(entries(location).map((e) => [e, statSync(join(location, e)).mtimeMs]));
    const warm = await planlens(args);
    expect(warm.stdout).toBe(cold.stdout);
    expect(new Map(entries(location).map((e) => [e, statSync(join(location, e)).mtimeMs]))).toEqual(before);
    // another option is another result
    const top2 = await planlens([...args, '--top', '2']);
    expect(top2.stdout).toBe((await planlens(['compare', '--by', 'tasks', 'plans', '--width', '120', '--top', '2'])).stdout);
    expect(top2.stdout).not.toBe(cold.stdout);

    writeFileSync(at('plans', 'own.txt'), PLAN.replace('完善执法机制', '健全知识产权执法协作机制'));
    try {
      const edited = await planlens(args);
      expect(edited.stdout).toContain('健全知识产权执法协作机制');
      expect(edited.stdout).toBe((await planlens(args.slice(0, 6))).stdout);
    } finally {
      writeFileSync(at('plans', 'own.txt'), PLAN);
    }

    // a run with an error is not kept: the next run prints the error again
    writeFileSync(at('plans', 'broken.txt'), '');
    try {
      const first = await planlens(args);
      const second = await planlens(args);
      expect([first.code, second.code]).toEqual([2, 2]);
      expect(second.stderr).toContain('broken.txt');
      expect(second.stdout).toBe(first.stdout);
    } finally {
      rmSync(at('plans', 'broken.txt'));
    }
  }, 180_000);

  it('runs at once over the same files (4 processes) all succeed with the same output and leave whole entries', async () => {
    const location = at('cli-race');
    const args = ['parse', 'plans', '--ndjson', '--cache', '--cache-location', location];
    const runs = await Promise.all([0, 1, 2, 3].map(() => planlens(args)));
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(runs[0].stdout);
    }
    for (const e of entries(location)) {
      expect(e).toMatch(/^[0-9a-f]{40}\.json$/);
      expect(JSON.parse(readFileSync(join(location, e), 'utf8')).format).toBe('planlens-cache/1');
    }
    const warm = await planlens(args);
    expect(warm.stdout).toBe(runs[0].stdout);
    expect(warm.stderr).not.toMatch(/info/);
  }, 120_000);
});
