/**
 * Themes (创造, 运用, 保护 … from src/data/themes.json): which theme an indicator belongs to, and the
 * coverage matrix of `compare --by themes`: per plan, how many tasks are about each theme (a keyword in
 * the task's title or its sections' titles), how many further tasks mention it in their text, and how
 * many indicators it has. A theme a plan never touches has zeros everywhere.
 */
import themeData from '../data/themes.json' with { type: 'json' };
import type { PlanDocument, Section, Task } from '../schema/plan.js';
import { documentRefs, type DocumentRef } from './documents.js';

export interface Theme {
  name: string;
  keywords: string[];
}

export const THEMES: Theme[] = themeData.themes;

/** Position of a category among the themes (for sorting); unknown categories after all themes. */
export function themeRank(name: string | null): number {
  if (name === null) return THEMES.length + 1;
  let i = THEMES.findIndex((t) => t.name === name || t.name.split('/').includes(name));
  // a plan's own category (知识产权创造, 保护类) sorts with the theme it names
  if (i < 0) {
    const theme = themeOf(name);
    i = theme === null ? -1 : THEMES.findIndex((t) => t.name === theme);
  }
  return i < 0 ? THEMES.length : i;
}

/** Longest keyword of the theme found in the text, 0 when none. */
function hitLength(theme: Theme, text: string): number {
  let best = 0;
  for (const k of theme.keywords) if (k.length > best && text.includes(k)) best = k.length;
  return best;
}

/** The theme of a short text (an indicator name): longest matching keyword wins, ties by theme order. */
export function themeOf(text: string): string | null {
  let best: Theme | null = null;
  let bestLength = 0;
  for (const t of THEMES) {
    const n = hitLength(t, text);
    if (n > bestLength) {
      best = t;
      bestLength = n;
    }
  }
  return best?.name ?? null;
}

export function mentions(theme: Theme, text: string): boolean {
  return hitLength(theme, text) > 0;
}

export interface ThemeCell {
  /** tasks whose title or section titles name the theme */
  tasks: string[];
  /** other tasks that mention the theme in their text */
  mentions: string[];
  indicators: string[];
}

export interface ThemeRow {
  theme: string;
  cells: Record<string, ThemeCell>;
}

export interface ThemeComparison {
  documents: DocumentRef[];
  rows: ThemeRow[];
}

/** Titles of the sections from the top down to the one with this id. */
export function sectionPath(sections: Section[], id: string): Section[] {
  for (const s of sections) {
    if (s.id === id) return [s];
    const below = sectionPath(s.children, id);
    if (below.length) return [s, ...below];
  }
  return [];
}

/** Task text without the names of its responsible units (市委宣传部 is a body, not the 宣传 theme). */
export function taskTextWithoutUnits(task: Task): string {
  let text = task.text;
  const names = [...task.units.lead, ...task.units.support].sort((a, b) => b.length - a.length);
  for (const n of names) if (n) text = text.split(n).join('');
  return text;
}

export function compareThemes(docs: PlanDocument[]): ThemeComparison {
  const documents = documentRefs(docs);
  const rows: ThemeRow[] = THEMES.map((t) => ({ theme: t.name, cells: {} }));
  docs.forEach((doc, d) => {
    const id = documents[d].id;
    const headings = new Map<string, string>();
    for (const task of doc.tasks) {
      headings.set(task.id, [task.title, ...sectionPath(doc.sections, task.sectionId).map((s) => s.title)].join(' '));
    }
    THEMES.forEach((theme, i) => {
      const cell: ThemeCell = { tasks: [], mentions: [], indicators: [] };
      for (const task of doc.tasks) {
        if (mentions(theme, headings.get(task.id) ?? '')) cell.tasks.push(task.id);
        else if (mentions(theme, taskTextWithoutUnits(task))) cell.mentions.push(task.id);
      }
      // an indicator counts in every theme it names, as a task does (地理标志商标数: 地理标志 and 商标)
      for (const ind of doc.indicators) if (mentions(theme, `${ind.canonicalName ?? ''} ${ind.name}`)) cell.indicators.push(ind.id);
      rows[i].cells[id] = cell;
    });
  });
  return { documents, rows };
}

/** True when the plan neither has tasks about the theme, nor mentions it, nor sets an indicator for it. */
export function untouched(cell: ThemeCell): boolean {
  return cell.tasks.length === 0 && cell.mentions.length === 0 && cell.indicators.length === 0;
}
