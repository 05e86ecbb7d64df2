import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokenizerLoaded } from '../src/nlp/tokenizer.js';
import { compareIndicators } from '../src/compare/indicators.js';
import { compareThemes } from '../src/compare/themes.js';
import { compareUnits } from '../src/compare/units.js';
import { runCliInProcess } from './helpers/cli.js';
import { indicator, planWith } from './compare-helpers.js';

const SAMPLES = 'fixtures/txt';
const WUHAN = 'fixtures/txt/003_8f351ce4ef5c39ac.txt';
const TAIAN = 'fixtures/txt/004_5d042cf0ad576120.txt';

const cli = (...args: string[]) => runCliInProcess(args);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'planlens-compare-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

describe('segmentation is loaded only when a view needs it', () => {
  // must run first in this file: nothing has parsed a plan yet
  it('importing the compare and diff modules and comparing indicators, themes and units does not load jieba', () => {
    const a = planWith('a.txt', '甲市', [indicator({ name: 'X', canonicalName: 'X', unit: '件', value: 1 })]);
    compareIndicators([a, a]);
    compareThemes([a, a]);
    compareUnits([a, a]);
    expect(tokenizerLoaded()).toBe(false);
  });
});

describe('planlens compare', () => {
  it('prints the side-by-side indicator table by default (what npm start shows)', async () => {
    const r = await cli('compare', SAMPLES, '--width', '120', '--no-color');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const header = r.out.split('\n').slice(0, 4).join('\n');
    for (const region of ['大冶市', '邵阳市', '宿州市', '武汉市', '泰安市']) expect(header).toContain(region);
    expect(r.out).toContain('知识产权质押');
    expect(r.out).toContain('cells: target (target year)');
  });

  it('--format json --only-shared --indicator', async () => {
    const r = await cli('compare', SAMPLES, '--format', 'json', '--only-shared', '--indicator', '高价值');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.rows.map((x: { canonicalName: string }) => x.canonicalName)).toEqual(['每万人口高价值发明专利拥有量']);
    expect(json.documents).toHaveLength(5);
  });

  it('csv carries the numbers in columns of their own; xlsx and html are written with -o', async () => {
    const csv = await cli('compare', SAMPLES, '--format', 'csv', '--only-shared');
    expect(csv.code).toBe(0);
    const head = csv.out.replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(head).toBe(
      'indicator,unit,plans,category,' +
        ['大冶市 2021–2025', '邵阳市 2021–2025', '宿州市 2021–2025', '武汉市 2017–2020', '泰安市 2025/2035'].map((l) => `${l},${l} target,${l} year`).join(','),
    );
    const xlsx = join(dir, 'c.xlsx');
    expect((await cli('compare', SAMPLES, '--by', 'themes', '--format', 'xlsx', '-o', xlsx)).code).toBe(0);
    expect((await readFile(xlsx)).subarray(0, 2).toString()).toBe('PK');
    const html = join(dir, 'c.html');
    expect((await cli('compare', WUHAN, TAIAN, '--format', 'html', '-o', html)).code).toBe(0);
    const page = await readFile(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).not.toMatch(/(src|href)="https?:/);
    expect(page).toContain('<svg class="chart"');
  });

  it('--by sections, themes, tasks, units and all in md', async () => {
    const sections = await cli('compare', SAMPLES, '--by', 'sections', '--format', 'md');
    expect(sections.code).toBe(0);
    expect(sections.out.split('\n').find((l) => l.includes('全面加强知识产权保护'))).toContain('开创知识产权严保护新局面');
    const themes = await cli('compare', SAMPLES, '--by', 'themes', '--format', 'md');
    expect(themes.out).toMatch(/\| 保护 +\|/);
    const tasks = await cli('compare', TAIAN, SAMPLES + '/002_0da019a67ef299a4.txt', '--by', 'tasks', '--format', 'md', '--threshold', '0.3');
    expect(tasks.out.split('\n').find((l) => l.includes('加大知识产权司法保护力度'))).toContain('规范知识产权司法保护');
    const units = await cli('compare', WUHAN, TAIAN, '--by', 'units', '--format', 'md');
    expect(units.out).toContain('知识产权/市场监管');
    const all = await cli('compare', WUHAN, TAIAN, '--by', 'all', '--format', 'md');
    expect(all.out.match(/^## /gm)).toHaveLength(5);
  });

  it('--base picks the plan whose tasks are the rows, by position or path', async () => {
    const byPath = await cli('compare', WUHAN, TAIAN, '--by', 'tasks', '--format', 'json', '--base', TAIAN);
    const byIndex = await cli('compare', WUHAN, TAIAN, '--by', 'tasks', '--format', 'json', '--base', '2');
    expect(JSON.parse(byPath.out).base).toBe('d2');
    expect(byPath.out).toBe(byIndex.out);
  });

  it('usage errors and unreadable inputs exit 2 with one line each', async () => {
    for (const args of [
      ['--by', 'cities'],
      ['--format', 'pdf'],
      ['--by', 'all', '--format', 'csv'],
      ['--top', '0'],
      ['--threshold', '2'],
      ['--base', '9'],
    ]) {
      const r = await cli('compare', WUHAN, TAIAN, ...args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^planlens: compare: /);
    }
    const missing = await cli('compare', WUHAN, join(dir, 'nope.txt'), '--format', 'json');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.txt');
    expect(JSON.parse(missing.out).documents).toHaveLength(1);
  });
});

describe('planlens diff', () => {
  it('compares two files, json by request; a missing file or a bad format exits 2', async () => {
    const copy = join(dir, 'copy.txt');
    await writeFile(copy, (await readFile(WUHAN, 'utf8')).replace('分别达到32000件', '分别达到35000件'));
    const r = await cli('diff', WUHAN, copy, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).summary).toEqual({ indicator: { changed: 1 }, task: {}, section: {}, unit: {} });
    const table = await cli('diff', WUHAN, copy, '--no-color', '--width', '100');
    expect(table.out).toContain('35000');
    expect((await cli('diff', WUHAN, copy, '--format', 'csv')).code).toBe(2);
    const missing = await cli('diff', WUHAN, join(dir, 'nope.txt'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.txt');
  });
});
