/**
 * A share is said of a subject: in `数字经济核心产业增加值达到800亿元，占地区生产总值比重提高到10%`, the
 * clause that opens with 占 (占X比重/比例) has the subject of the clause before it, and a bare verb of change
 * after the share (`，年均增长12%`) speaks again of that subject, not of the share.
 */

/** a name that is a share with its subject left out: 占地区生产总值比重, 占比 */
const SHARE_WITHOUT_SUBJECT = /^占/;
/** the share at the end of a name: 增加值占地区生产总值比重 → 增加值 */
const SHARE_TAIL = /占[^占]{0,20}?(?:比重|比例|份额|的比重|的比例)?$/;

/** The name of a share clause given the name read before it: its subject, then the share. */
export function withShareSubject(name: string, before: string | null): string {
  if (!before || !SHARE_WITHOUT_SUBJECT.test(name)) return name;
  const subject = subjectOf(before);
  return subject ? subject + name : name;
}

/** a change closing a name: `X年均增长` speaks of X (`…年均增长12%左右，占比重提高3个百分点`) */
const CHANGE_TAIL = /(?:年均|年|平均)?(?:增长|增速|增幅|提高|提升|增加|下降|降低|减少)(?:率|幅度)?$/;

/** The subject a name speaks of: without a share or a change at its end (`X占Y比重`, `X年均增长` → X). */
export function subjectOf(name: string): string {
  const m = SHARE_TAIL.exec(name);
  const subject = m && m.index > 0 ? name.slice(0, m.index) : name;
  const c = CHANGE_TAIL.exec(subject);
  return c && c.index > 0 ? subject.slice(0, c.index) : subject;
}
