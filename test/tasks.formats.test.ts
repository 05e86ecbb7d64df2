import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parsePlan, type PlanDocument, type Section } from '../src/index.js';

/**
 * The .docx and .html versions of each sample give the same tasks and units as the .txt. Lines differ
 * by format (paragraph index vs text line), so tasks are compared by what they say and where they sit.
 */
const STEMS = readdirSync('fixtures/txt')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => basename(f, '.txt'));

function comparable(doc: PlanDocument) {
  const titles = new Map<string, string>();
  const walk = (ss: Section[]) => ss.forEach((s) => (titles.set(s.id, s.title), walk(s.children)));
  walk(doc.sections);
  return {
    tasks: doc.tasks.map((t) => ({
      id: t.id,
      number: t.number,
      title: t.title,
      section: titles.get(t.sectionId),
      lead: t.units.lead,
      support: t.units.support,
      deadline: t.deadline ?? null,
    })),
    units: doc.units,
  };
}

function versionOf(dir: string, stem: string): string | null {
  if (!existsSync(dir)) return null;
  const f = readdirSync(dir).find((n) => n.startsWith(stem + '.'));
  return f ? join(dir, f) : null;
}

describe.each([
  ['docx', 'fixtures/docx'],
  ['html', 'fixtures/html'],
])('tasks and units from .%s', (_format, dir) => {
  for (const stem of STEMS) {
    const other = versionOf(dir, stem);
    it.skipIf(!other)(`${stem}: same tasks and units as the .txt`, async () => {
      const txt = comparable(await parsePlan(join('fixtures/txt', stem + '.txt')));
      const alt = comparable(await parsePlan(other!));
      expect(alt.tasks).toEqual(txt.tasks);
      expect(alt.units).toEqual(txt.units);
    });
  }
});
