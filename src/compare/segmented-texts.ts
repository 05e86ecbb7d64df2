/**
 * The texts of a plan that the word-by-word views cut into words: every section's title (sections view)
 * and every task's title and text without its units' names (tasks view, see taskTerms). A command can
 * have them cut ahead (src/batch/tokenizer-thread.ts); a text missing here is still cut when asked.
 */
import type { PlanDocument, Section } from '../schema/plan.js';
import { taskTextWithoutUnits } from './themes.js';

export function textsToSegment(doc: PlanDocument, views: { sections: boolean; tasks: boolean } = { sections: true, tasks: true }): string[] {
  const out: string[] = [];
  const walk = (sections: Section[]): void => {
    for (const s of sections) {
      out.push(s.title);
      walk(s.children);
    }
  };
  if (views.sections) walk(doc.sections);
  if (views.tasks) for (const task of doc.tasks) out.push(task.title, taskTextWithoutUnits(task));
  return out;
}
