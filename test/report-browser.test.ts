/**
 * The HTML report in a real browser: Debian's chromium (installed by .ci/run), headless, driven by
 * playwright-core. The page must load without console errors or network requests, hold its tables and
 * charts, sort on a header click, fit a phone's width and hide navigation in print. Screenshots go to
 * test/.out/ (gitignored).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { parsePlan, type PlanDocument } from '../src/index.js';
import { renderComparison } from '../src/cli/compare.js';
import { compareIndicators } from '../src/compare/indicators.js';
import { indicatorCharts } from '../src/compare/views.js';
import { samplePaths } from './compare-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = resolve('test/.out');

let docs: PlanDocument[];
let context: BrowserContext;
let userDataDir: string;
let page: Page;
const consoleErrors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  docs = await Promise.all(samplePaths.map((p) => parsePlan(p)));
  await mkdir(OUT, { recursive: true });
  await writeFile(join(OUT, 'report.html'), (await renderComparison(docs, 'all', 'html')) as string);
  userDataDir = await mkdtemp(join(tmpdir(), 'planlens-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!/^(file|data|about):/.test(r.url())) requests.push(r.url());
  });
  await page.goto(pathToFileURL(join(OUT, 'report.html')).href, { waitUntil: 'load' });
});

afterAll(async () => {
  await context?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

describe('html report in headless chromium', () => {
  it('loads without console errors and without network requests', () => {
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('holds the tables and a bar chart per shared indicator', async () => {
    const ids = await page.$$eval('main > section', (ss) => ss.map((s) => s.id));
    expect(ids).toEqual(['documents', 'indicators', 'charts', 'themes', 'sections', 'tasks', 'units']);
    const expectedRows = compareIndicators(docs).rows.length;
    expect(await page.locator('#indicators tbody tr').count()).toBe(expectedRows);
    expect(await page.locator('#indicators thead th').count()).toBe(4 + docs.length);
    const charts = indicatorCharts(compareIndicators(docs));
    expect(await page.locator('#charts svg.chart').count()).toBe(charts.length);
    const pledge = page.locator('figure.chart', { hasText: '知识产权质押融资金额' });
    expect(await pledge.locator('rect.bar').count()).toBe(3);
    expect(await pledge.locator('line.baseline').count()).toBe(2);
    // a theme a plan never touches is marked
    expect(await page.locator('#themes td.none').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(OUT, 'report.png') });
  });

  it('sorts a column on a header click, and reverses on a second', async () => {
    const header = page.locator('#indicators thead th', { hasText: 'plans' });
    const plans = () => page.$$eval('#indicators tbody tr', (rows) => rows.map((r) => Number(r.children[2].textContent)));
    const before = await plans();
    expect(before[0]).toBeGreaterThan(before[before.length - 1]);
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const up = await plans();
    expect(up).toEqual([...before].sort((a, b) => a - b));
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await plans()).toEqual([...before].sort((a, b) => b - a));
  });

  it('fits a phone screen (tables scroll inside their frame) and hides navigation in print', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(OUT, 'report-phone.png') });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.locator('#charts svg.chart').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(consoleErrors).toEqual([]);
  });
});
