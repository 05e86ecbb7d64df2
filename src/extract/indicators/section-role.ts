/**
 * What a section's title says about the figures under it: the goals part (主要目标), a part reporting the
 * past (发展基础, 2023年工作回顾, 现状与评价) or anything else (tasks, measures, principles). A label for
 * the source of an indicator and one signal for telling results from targets; every section is read.
 */
import { FORWARD_WORDS, GOALS_PART, PAST_PART, REVIEW_CUES, TASKS_PART } from './words.js';

export type SectionRole = 'goals' | 'past' | 'task';

/** Numbering, quotes, years and periods that qualify a label without changing it (2023年, “十三五”以来). */
const QUALIFIERS =
  /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．]|第[一二三四五六七八九十\d]+[章节部分篇]|[\s“”"'‘’])+|(?:(?:19|20)\d{2}年|(?:过去)?[一二三四五]年|[“"]?十[一二三四五六七八九]?五[”"]?|[三四五六七八九]五)(?:以来|期间|时期)?(?:的|取得的|主要)?|[\s“”"'‘’。：:]+$/g;
/** a past label may carry this many characters of modifier before it (取得的成效, 主要进展) */
const MODIFIER = 4;

function core(title: string): string {
  return title.replace(/\s+/g, '').replace(QUALIFIERS, '');
}

/** `发展基础`, `2023年工作回顾`, `现状与评价`, `存在问题与成因分析`: a title naming a report of the past. */
export function isPastTitle(title: string): boolean {
  const t = core(title);
  if (!t) return false;
  const parts = t.split(/[与和及、]/).filter(Boolean);
  if (parts.some((p) => FORWARD_WORDS.some((w) => p.endsWith(w)) || GOALS_PART.some((w) => p.endsWith(w)))) return false;
  return parts.some((p) => {
    const core = p.replace(QUALIFIERS, '');
    // a longer title is a review when it says so (…取得积极进展, …既定目标如期实现, 生态环境保护形势): a review cue (pastPart.reviewCues) before a past
    // word, or 形势 closing a title that is no clause (a clause has a comma: 夯实…基础，推动…)
    const review = !/[，,]/.test(core) && (REVIEW_CUES.some((w) => core.includes(w)) || core.endsWith('形势'));
    return PAST_PART.some((w) => core.endsWith(w) && (core.length <= w.length + MODIFIER || review));
  });
}

/**
 * `主要目标`, `指导思想和主要目标`, `发展目标与重点任务`: a goals word closes the title or a part of it;
 * `“五个中心”建设既定目标如期实现` speaks of goals met, it is no goals part.
 */
export function isGoalsTitle(title: string): boolean {
  const t = title.replace(/\s+/g, '').replace(/[.…·]{3,}\d*$/, '').replace(/[。：:]$/, '');
  return t.split(/[与和及、]/).some((p) => GOALS_PART.some((w) => p.endsWith(w)));
}

function isTaskTitle(title: string): boolean {
  const t = title.replace(/\s+/g, '');
  return TASKS_PART.some((w) => t.includes(w));
}

/**
 * The role a section's path states, outermost title first: the first title that says goals, past or
 * tasks decides (三、重点任务 > （五）夯实发展基础 is a task; 一、2023年工作回顾 > （一）… is past). Null when
 * no title says.
 */
export function statedRole(path: readonly string[]): SectionRole | null {
  for (const title of path) {
    if (isGoalsTitle(title)) return 'goals';
    if (isPastTitle(title)) return 'past';
    if (isTaskTitle(title)) return 'task';
  }
  return null;
}

export function sectionRole(path: readonly string[]): SectionRole {
  return statedRole(path) ?? 'task';
}

/**
 * A short paragraph standing alone as the label of a part (`2023年工作回顾`, `2024年工作安排`) when the
 * outline did not take it for a heading: 'past' or 'task' for the text after it; null if it is no label.
 */
export function partLabelRole(text: string): SectionRole | null {
  const t = text.replace(/\s+/g, '');
  if (!t || t.length > 16 || /[。，,；;：:！!？?]/.test(t)) return null;
  // a label names its part last (`二、主要目标`); `…远景目标纲要` is the rest of a title
  if (GOALS_PART.some((w) => t.endsWith(w))) return 'goals';
  if (isPastTitle(t)) return 'past';
  if (FORWARD_WORDS.some((w) => t.includes(w))) return 'task';
  return null;
}
