/**
 * The year an annual document is for (a 政府工作报告, a 年度工作要点): the year after the one its review
 * part looks back on (`2023年工作回顾` → 2024), or the latest year it introduces as the present
 * (`2024年是新中国成立75周年`). Null for a document that neither reviews a year nor speaks of 今年.
 */
import { parseYear, YEAR_SOURCE } from '../../nlp/numbers.js';
import { isPastTitle } from './section-role.js';

const TITLE_YEAR = new RegExp(`(${YEAR_SOURCE})\\s*年`);
const PRESENT_YEAR = new RegExp(`(?:^|[。！；\\n])\\s*(?:[一二三四五六七八九十]+、)?(${YEAR_SOURCE})\\s*年(?:是|，是)`, 'g');
const THIS_YEAR = /今年/g;

export interface DocumentText {
  /** section titles in document order */
  titles: readonly string[];
  /** body paragraphs in document order */
  paragraphs: readonly string[];
}

export function findCurrentYear(doc: DocumentText): number | null {
  let reviewed: number | null = null;
  for (const title of doc.titles) {
    const m = TITLE_YEAR.exec(title);
    if (m && isPastTitle(title)) {
      const y = parseYear(m[1]);
      if (y !== null) reviewed = Math.max(reviewed ?? y, y);
    }
  }
  let present: number | null = null;
  let thisYear = 0;
  for (const p of doc.paragraphs) {
    for (const m of p.matchAll(PRESENT_YEAR)) {
      const y = parseYear(m[1]);
      if (y !== null) present = Math.max(present ?? y, y);
    }
    thisYear += p.match(THIS_YEAR)?.length ?? 0;
  }
  if (reviewed !== null) return present !== null && present > reviewed ? present : reviewed + 1;
  // without a review part, a stated present year counts only for a document that speaks of 今年
  return thisYear >= 2 ? present : null;
}
