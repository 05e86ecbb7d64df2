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
