/**
 * compare parses what its view reads: tasks, sections and units never read the plans' targets, so
 * compare has them parsed without (ParseOptions.indicators false). The output must not change.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../src/index.js';
import { renderComparison } from '../src/cli/compare.js';
import { ROOT } from './robust-helpers.js';

const dirs = ['fixtures/txt', 'fixtures/corpus'];
const files = dirs.flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => /\.(txt|docx|html)$/.test(f))
    .sort()
    .map((f) => join(ROOT, d, f)),
);

describe('compare without the targets read', () => {
  it('a plan parsed without its targets has none, and tasks without theirs; the rest is the same', async () => {
    const full = await parsePlan(files[0]);
    const lean = await parsePlan(files[0], { indicators: false });
    expect(full.indicators.length).toBeGreaterThan(0);
    expect(lean.indicators).toEqual([]);
    expect(full.tasks.some((t) => (t.indicatorIds ?? []).length > 0)).toBe(true);
    expect(lean.tasks.every((t) => (t.indicatorIds ?? []).length === 0)).toBe(true);
    const withoutIds = (t: (typeof full.tasks)[number]) => ({ ...t, indicatorIds: undefined });
    expect(lean.tasks.map(withoutIds)).toEqual(full.tasks.map(withoutIds));
    expect([lean.meta, lean.sections, lean.units]).toEqual([full.meta, full.sections, full.units]);
  });

  it('by tasks, sections and units: the same bytes as from fully parsed plans', { timeout: 120_000 }, async () => {
    const full = await Promise.all(files.map((f) => parsePlan(f)));
    const lean = await Promise.all(files.map((f) => parsePlan(f, { indicators: false })));
    for (const view of ['tasks', 'sections', 'units'] as const) {
      expect(await renderComparison(lean, view, 'json'), view).toBe(await renderComparison(full, view, 'json'));
    }
  });
});
