/**
 * `compare --by tasks`: for each task of one plan (the base), the most similar tasks of the other plans.
 * Tasks are TF-IDF vectors over jieba tokens (the domain dictionary keeps 质押融资, 高价值 … whole) of the
 * title (counted twice: it names the subject) and the text without its responsible units; similarity is
 * the cosine. Matches below the threshold are not shown.
 */
import type { PlanDocument, Task } from '../schema/plan.js';
import { documentRefs, type DocumentRef } from './documents.js';
import { CosineIndex, expandCompounds, packedTfIdf, roundScore, terms, type PackedVector, type Tokenizer } from './similarity.js';
import { taskTextWithoutUnits } from './themes.js';

export interface TaskRef {
  id: string;
  number: string;
  title: string;
}

export interface TaskMatch extends TaskRef {
  score: number;
}

export interface TaskRow {
  task: TaskRef;
  /** document id → its best matches, best first ([] when none reaches the threshold) */
  matches: Record<string, TaskMatch[]>;
}

export interface TaskComparison {
  documents: DocumentRef[];
  /** id of the plan whose tasks are the rows */
  base: string;
  threshold: number;
  rows: TaskRow[];
}

export interface TaskCompareOptions {
  /** index of the base plan among the documents (default 0) */
  base?: number;
  /** matches per plan (default 1) */
  top?: number;
  /** least score shown (default TASK_THRESHOLD) */
  threshold?: number;
}

/** Below this, two tasks share little more than the vocabulary every IP plan uses (tuned on the samples). */
export const TASK_THRESHOLD = 0.25;

/** Terms of a task: its title twice, then its text without the names of its responsible units. */
export function taskTerms(tok: Tokenizer, task: Task): string[] {
  const title = terms(tok, task.title);
  return [...title, ...title, ...terms(tok, taskTextWithoutUnits(task), false)];
}

/** Every task's terms, per plan, and the whole collection with its compounds broken (expandCompounds). */
function taskTermLists(docs: PlanDocument[], tok: Tokenizer): { lists: string[][][]; expanded: string[][] } {
  const lists = docs.map((doc) => doc.tasks.map((t) => taskTerms(tok, t)));
  return { lists, expanded: expandCompounds(lists.flat()) };
}

/** One TF-IDF model over every task of the given plans; vectors per plan, in task order, packed for the index. */
function packedTaskVectors(docs: PlanDocument[], tok: Tokenizer, index: CosineIndex): PackedVector[][] {
  const { lists, expanded } = taskTermLists(docs, tok);
  const { vectors, termCount } = packedTfIdf(expanded);
  index.adopt(termCount);
  let k = 0;
  return lists.map((l) => l.map(() => vectors[k++]));
}

const ref = (t: Task): TaskRef => ({ id: t.id, number: t.number, title: t.title });

export function compareTasks(docs: PlanDocument[], tok: Tokenizer, options: TaskCompareOptions = {}): TaskComparison {
  const documents = documentRefs(docs);
  const base = options.base ?? 0;
  const top = Math.max(1, options.top ?? 1);
  const threshold = options.threshold ?? TASK_THRESHOLD;
  const index = new CosineIndex();
  const vectors = packedTaskVectors(docs, tok, index);
  const rows: TaskRow[] = (docs[base]?.tasks ?? []).map((task, i) => {
    const matches: Record<string, TaskMatch[]> = {};
    docs.forEach((doc, d) => {
      if (d === base) return;
      // scores first; objects only for the few matches kept (every pair of tasks is a lot of objects)
      const scores = index.against(vectors[base][i], vectors[d]);
      const kept: Array<{ j: number; score: number }> = [];
      for (let j = 0; j < scores.length; j++) {
        const score = roundScore(scores[j]);
        if (score >= threshold) kept.push({ j, score });
      }
      matches[documents[d].id] = kept
        .sort((a, b) => b.score - a.score || a.j - b.j)
        .slice(0, top)
        .map(({ j, score }) => ({ ...ref(doc.tasks[j]), score }));
    });
    return { task: ref(task), matches };
  });
  return { documents, base: documents[base]?.id ?? '', threshold, rows };
}
