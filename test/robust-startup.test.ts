/**
 * Start-up (issue 7, item 4): commands that need no word segmentation never load nodejieba (about a
 * second and 300 MB); those that do load it once per process.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTokenizer, tokenizer, tokenizerLoaded } from '../src/nlp/tokenizer.js';
import { ensureBuilt, ROOT, runCli } from './robust-helpers.js';

let dir: string;
const SAMPLE = join(ROOT, 'fixtures/txt/000_15d9cfafcb8c96c1.txt');

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'planlens-startup-'));
  // a plan with sections and a task but no figures: nothing for indicator-name matching to look up
  writeFileSync(join(dir, 'plain.txt'), '某市知识产权发展规划\n一、总体要求\n加强知识产权保护，完善工作机制。\n二、重点任务\n（一）加强保护\n1.完善执法体系。（市市场监管局牵头）\n');
  return () => rmSync(dir, { recursive: true, force: true });
}, 300_000);

describe('nodejieba is loaded only by what segments words', () => {
  it('`schema` never loads it', async () => {
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    expect(run.jiebaModules).toEqual([]);
  });

  it('`parse` of a plan without indicator figures never loads it', async () => {
    const run = await runCli(['parse', join(dir, 'plain.txt')]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).sections.length).toBeGreaterThan(0);
    expect(run.jiebaModules).toEqual([]);
  });

  it('`check` and `tasks` of a real plan never load it (names are looked up in the synonym file only)', async () => {
    for (const args of [['check', SAMPLE], ['tasks', SAMPLE]]) {
      const run = await runCli(args);
      expect(run.code, run.stderr).toBeLessThanOrEqual(1);
      expect(run.jiebaModules, args[0]).toEqual([]);
    }
  });

  it('`parse` of a real plan never loads it: indicator names are compared on the canonical forms\' words, cut at build time', async () => {
    const run = await runCli(['parse', join(ROOT, 'fixtures/txt/004_5d042cf0ad576120.txt')]);
    expect(run.code).toBe(0);
    // this sample has names matched by similarity (每万人口高价值发明专利 → …拥有量), not only by lookup
    expect(run.stdout).toContain('"canonicalName": "每万人口高价值发明专利拥有量"');
    expect(run.jiebaModules).toEqual([]);
  });

  it('`compare --by tasks` loads it (task texts are compared word by word): the checks above can see it', async () => {
    // with --cache and an empty cache, words are cut on this thread (without it, on a thread of its own
    // that has ended, and its addon unloaded, by the time the process exits: src/batch/tokenizer-thread.ts)
    const run = await runCli(['compare', '--by', 'tasks', SAMPLE, join(ROOT, 'fixtures/txt/001_7331ced31a583862.txt'), '--cache', '--cache-location', join(dir, 'cache')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.jiebaModules.some((m) => m.endsWith('nodejieba.node'))).toBe(true);
  });

  it('`parse` of an unreadable file never loads it', async () => {
    const run = await runCli(['parse', join(dir, 'missing.txt')]);
    expect(run.code).toBe(2);
    expect(run.jiebaModules).toEqual([]);
  });

  it('`check` without configured options never loads zod; a .planlensrc.json with options loads it to validate them', async () => {
    const plain = await runCli(['check', SAMPLE]);
    expect(plain.code, plain.stderr).toBeLessThanOrEqual(1);
    expect(plain.zodModules).toEqual([]);
    writeFileSync(join(dir, '.planlensrc.json'), JSON.stringify({ rules: { typos: ['error', { words: [{ pattern: '布署', suggest: '部署' }] }] } }));
    try {
      const configured = await runCli(['check', join(dir, 'plain.txt')]);
      expect(configured.code, configured.stderr).toBeLessThanOrEqual(1);
      expect(configured.zodModules.length).toBeGreaterThan(0);
    } finally {
      rmSync(join(dir, '.planlensrc.json'));
    }
  });

  it('in one process the tokenizer is initialised once, whichever way it is asked for', async () => {
    const a = await loadTokenizer();
    const b = tokenizer();
    const c = await loadTokenizer();
    expect(tokenizerLoaded()).toBe(true);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(a.cut('知识产权保护').length).toBeGreaterThan(0);
  });
});
