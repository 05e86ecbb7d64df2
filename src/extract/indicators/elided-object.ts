/**
 * An object left out after its verb: in `2023年改造老旧小区120个，2024年改造150个` the second clause
 * repeats the verb of the first (改造) and means the same object; its name is the first name whole. In
 * `新开工老旧小区改造200个、完工150个` the second names another stage of the same work (stageVerbs):
 * its name is the first one's object (without the stage it opened with) and its own stage, 老旧小区改造完工.
 */
import { STAGE_VERBS } from './words.js';

/** the longest a bare verb runs (改造, 新建, 培育, 新增) */
const MAX_VERB_CHARS = 4;

/** The name of a clause whose name is only the verb that opened the name before it; else the name as read. */
export function withElidedObject(name: string, before: string | null): string {
  if (!before || name.length > MAX_VERB_CHARS || name.length < 2 || before.length <= name.length) return name;
  if (before.startsWith(name)) return before;
  if (!STAGE_VERBS.includes(name)) return name;
  // the object of the clause before, without the stage it opened or closed with (if any):
  // 新开工老旧小区改造 / 老旧小区综合整治新开工 → 老旧小区改造 / 老旧小区综合整治
  const opening = STAGE_VERBS.find((v) => before.startsWith(v) && before.length > v.length + 1);
  const closing = opening ? undefined : STAGE_VERBS.find((v) => before.endsWith(v) && before.length > v.length + 1);
  const object = opening ? before.slice(opening.length) : closing ? before.slice(0, -closing.length) : before;
  return object + name;
}
