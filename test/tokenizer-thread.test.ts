/**
 * The tokenizer thread (src/batch/tokenizer-thread.ts): compare cuts words on a thread of its own while
 * it parses. The words must be the main thread's tokenizer's, whether the thread works or not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parsePlan } from '../src/index.js';
import { TokenizerThread } from '../src/batch/tokenizer-thread.js';
import { textsToSegment } from '../src/compare/segmented-texts.js';
import { tokenizer } from '../src/nlp/tokenizer.js';
import { ensureBuilt, ROOT, runCli } from './robust-helpers.js';

let dir: string;
const SAMPLES = ['000_15d9cfafcb8c96c1', '001_7331ced31a583862', '003_8f351ce4ef5c39ac'].map((n) => join(ROOT, 'fixtures/txt', `${n}.txt`));

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'planlens-tok-'));
  writeFileSync(join(dir, 'fails.mjs'), "throw new Error('cannot load');\n");
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tokenizer thread', () => {
  it("cuts a plan's section titles and task texts into the words this thread's tokenizer gives", async () => {
    const texts = textsToSegment(await parsePlan(SAMPLES[0]));
    expect(texts.length).toBeGreaterThan(20);
    const thread = new TokenizerThread();
    thread.send(texts);
    thread.send(texts.slice(0, 5)); // sent again: cut once
    const tok = await thread.tokenizer();
    const local = tokenizer();
    for (const t of texts) expect(tok.cut(t)).toEqual(local.cut(t));
    // a text it was not sent is cut here
    expect(tok.cut('加强知识产权保护')).toEqual(local.cut('加强知识产权保护'));
    // callers get copies: changing one does not change the next answer
    tok.cut(texts[0]).push('x');
    expect(tok.cut(texts[0])).toEqual(local.cut(texts[0]));
  });

  it('a thread that cannot start: every text is cut here, with the same words', async () => {
    const thread = new TokenizerThread(pathToFileURL(join(dir, 'fails.mjs')));
    thread.send(['深入实施商标品牌战略', '推动知识产权高质量发展']);
    const tok = await thread.tokenizer();
    expect(tok.cut('深入实施商标品牌战略')).toEqual(tokenizer().cut('深入实施商标品牌战略'));
  });

  it('`compare --by tasks` prints the same bytes with the thread as with words cut here (--cache, empty cache)', async () => {
    const threaded = await runCli(['compare', '--by', 'all', ...SAMPLES]);
    const here = await runCli(['compare', '--by', 'all', ...SAMPLES, '--cache', '--cache-location', join(dir, 'cache')]);
    expect(threaded.code, threaded.stderr).toBe(0);
    expect(threaded.stdout.length).toBeGreaterThan(1000);
    expect(threaded.stdout).toBe(here.stdout);
  });
});

describe('the tokenizer thread never keeps a run waiting', () => {
  it('a thread that died before anything was sent: send() is a no-op and tokenizer() answers at once', async () => {
    const thread = new TokenizerThread(pathToFileURL(join(dir, 'fails.mjs')));
    await new Promise((resolve) => setTimeout(resolve, 1500)); // long enough for it to fail and exit
    thread.send(['深入实施商标品牌战略']);
    const tok = await thread.tokenizer();
    expect(tok.cut('深入实施商标品牌战略')).toEqual(tokenizer().cut('深入实施商标品牌战略'));
  });

  it('`compare --by tasks` that stops early (no such --base) exits with its error instead of hanging', async () => {
    const run = await runCli(['compare', '--by', 'tasks', '--base', '9', ...SAMPLES], { timeoutMs: 30_000 });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--base 9: no such plan/);
  });
});
