/**
 * An object left out after its verb: in `2023年改造老旧小区120个，2024年改造150个` the second clause
 * repeats the verb of the first (改造) and means the same object; its name is the first name whole.
 */

/** the longest a bare verb runs (改造, 新建, 培育, 新增) */
const MAX_VERB_CHARS = 4;

/** The name of a clause whose name is only the verb that opened the name before it; else the name as read. */
export function withElidedObject(name: string, before: string | null): string {
  if (!before || name.length > MAX_VERB_CHARS || name.length < 2 || before.length <= name.length) return name;
  return before.startsWith(name) ? before : name;
}
