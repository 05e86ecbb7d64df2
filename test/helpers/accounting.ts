import type { PlanDocument, Section } from '../../src/index.js';

/**
 * Positions the parse output accounts for: inside a section, a part (cover, title, 目录, preamble,
 * appendix, footer), or the range of a diagnostic. The line-accounting tests check every non-blank
 * input line is among them: nothing dropped silently.
 */
export function accountedLines(doc: PlanDocument): Set<number> {
  const covered = new Set<number>();
  const cover = (from: number, to: number) => {
    for (let l = from; l <= to; l++) covered.add(l);
  };
  const walk = (ss: Section[]) => {
    for (const s of ss) {
      cover(s.line, s.endLine);
      walk(s.children);
    }
  };
  walk(doc.sections);
  for (const p of doc.parts) cover(p.line, p.endLine);
  for (const d of doc.diagnostics) cover(d.line, d.endLine ?? d.line);
  return covered;
}
