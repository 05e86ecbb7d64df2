/**
 * A time limit in a bracket of its own closing a task's sentence, with no unit beside it:
 * `出台高标准农田建设管护办法。（2025年6月底前）` / `…（持续推进）`. It is the task's deadline. A period in
 * brackets (`（2024—2026年）`) is no time limit: the bracket must say by when or how long (前, 底, 完成,
 * 年内, 持续, 长期, 每年 …). It names no unit, so it is no responsibility clause (a task with no clause of
 * its own still takes its group's units).
 */
import { bracketGroups, isDeadline } from './responsible.js';
import { closesSentence } from './unit-lists.js';

const SAYS_BY_WHEN = /前|底|末|完成|启动|见效|年内|持续|长期|常态|每年|每季度|每月|逐年|立即|即日/;
const MAX_CHARS = 20;

/** The time limits standing in brackets of their own that close sentences of the text, in order. */
export function bracketDeadlines(text: string): string[] {
  if (!text.includes('（') && !text.includes('(')) return [];
  const out: string[] = [];
  for (const g of bracketGroups(text)) {
    if (g.open !== '（' && g.open !== '(') continue;
    const inner = g.inner.trim();
    if (!inner || [...inner].length > MAX_CHARS || !isDeadline(inner) || !SAYS_BY_WHEN.test(inner)) continue;
    if (closesSentence(text, g.end) || /^[。；;]/.test(text.slice(g.start - 1, g.start))) out.push(inner);
  }
  return out;
}

/**
 * A time limit opening a sentence of the task's text, before the act it dates: `2024年底前实现企业开办1个工作日
 * 内办结。`, `2025年6月底前出台…`. It says by when (前), so it is a deadline; `到2025年，X达到Y` names the year
 * of a target and is none.
 */
const OPENING_LIMIT = /(?:^|[。；;！!])\s*((?:(?:20\d{2}|二〇[一二三四五六七八九〇零]{2})年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月)?(?:底|末|中旬|上旬|下旬)?(?:之)?前)(?=[\p{Script=Han}])/gu;

/** The time limits opening sentences of the text, in order, each once. */
export function openingDeadlines(text: string): string[] {
  if (!text.includes('前')) return [];
  const out: string[] = [];
  for (const m of text.matchAll(OPENING_LIMIT)) {
    // a bare 前 (前期…) or 底前 alone dates nothing
    if (!/[年月]/.test(m[1]) || out.includes(m[1])) continue;
    out.push(m[1]);
  }
  return out;
}
