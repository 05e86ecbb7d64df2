/**
 * Running heads and feet of a printed text copied line by line (a PDF or a gazette saved as .txt): the
 * printer sets the same short line on every page (the gazette's name, `某市人民政府办公室行政规范性文件`,
 * the document's title) beside the page number. Copied as text, such a line lands in the middle of the
 * paragraph a page break cut, which then joins across it.
 *
 * Recognised by its form: a short line without sentence punctuation that stands right beside a
 * page-number line (within two lines, blank lines not counted) at two page breaks at least, the same
 * text each time. Only those places are taken: the same line elsewhere (the title on the first page)
 * is text.
 */
import type { Diagnostic } from '../schema/plan.js';
import { isPageNumberLine, startsNewItem } from './debris.js';

const MAX_HEAD_CHARS = 40;
const MIN_PAGE_BREAKS = 2;
/** non-blank lines on either side of a page number that a head or foot may stand at */
const REACH = 2;

/** Line numbers (1-based) of the running heads and feet among `lines`, each with its diagnostic. */
export function findRunningHeads(lines: readonly string[]): Map<number, Diagnostic> {
  const found = new Map<number, Diagnostic>();
  // the non-blank lines, in order, with their line numbers
  const kept: { text: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    if (text) kept.push({ text, line: i + 1 });
  }
  for (const k of numberedHeads(kept)) {
    found.set(kept[k].line, { severity: 'info', code: 'debris.running-head', message: 'removed a running head or foot that carries the page number', line: kept[k].line, actual: kept[k].text });
  }
  const pageNumbers: number[] = [];
  for (let k = 0; k < kept.length; k++) if (kept[k].text.length <= 24 && isPageNumberLine(kept[k].text)) pageNumbers.push(k);
  if (pageNumbers.length < MIN_PAGE_BREAKS) return found;
  // the short lines beside each page number, grouped by their text
  // (a heading or item is text: a 目录 entry and its heading may each stand beside a page number)
  const beside = new Map<string, { at: Set<number>; pages: Set<number> }>();
  for (const p of pageNumbers) {
    for (let k = Math.max(0, p - REACH); k <= Math.min(kept.length - 1, p + REACH); k++) {
      const t = kept[k].text;
      if (k === p || t.length < 4 || t.length > MAX_HEAD_CHARS || /[。；;，,！？]/.test(t) || isPageNumberLine(t) || startsNewItem(t)) continue;
      const seen = beside.get(t) ?? { at: new Set<number>(), pages: new Set<number>() };
      seen.at.add(k);
      seen.pages.add(p);
      beside.set(t, seen);
    }
  }
  for (const [text, { at, pages }] of beside) {
    if (pages.size < MIN_PAGE_BREAKS || at.size < MIN_PAGE_BREAKS) continue;
    for (const k of at) {
      found.set(kept[k].line, { severity: 'info', code: 'debris.running-head', message: 'removed a running head or foot the printed pages repeat beside their page numbers', line: kept[k].line, actual: text });
    }
  }
  return found;
}

const MIN_NUMBERED_HEADS = 3;
const PAGE_NUMBER_LAST = /[\s\u3000—\-－·•]\d+[\s\u3000—\-－·•]*$/;
const PAGE_MARK_START = /^[\s\u3000—\-－·•]*\d+[\s\u3000—\-－·•]+/;
const PAGE_NUMBER_FIRST = /^[\s\u3000—\-－·•]*\d+[\s\u3000—\-－·•]/;

/**
 * A head or foot that carries the page number (`2023年第5期　某市人民政府公报　5`): a short line without
 * sentence punctuation, three times at least, the same but for one number that grows from page to page.
 * Indexes into `kept`.
 */
function numberedHeads(kept: readonly { text: string }[]): number[] {
  const groups = new Map<string, number[]>();
  for (let k = 0; k < kept.length; k++) {
    const t = kept[k].text;
    if (t.length < 6 || t.length > MAX_HEAD_CHARS || !/\d/.test(t) || /[。；;，,！？：:]/.test(t)) continue;
    const key = t.replace(/\d+/g, '#');
    // the words around the number make the head: four characters at least that are not digits
    if (key.replace(/[#\s]/g, '').length < 4) continue;
    const group = groups.get(key) ?? [];
    group.push(k);
    groups.set(key, group);
  }
  const heads: number[] = [];
  for (const group of groups.values()) {
    // (a page mark opening the line, `— 5 —　…`, is no bullet)
    if (group.length < MIN_NUMBERED_HEADS || startsNewItem(kept[group[0]].text.replace(PAGE_MARK_START, ''))) continue;
    const runs = group.map((k) => kept[k].text.match(/\d+/g)!.map(Number));
    // exactly one number changes, and it grows
    const changing = runs[0].map((_, i) => runs.some((r) => r[i] !== runs[0][i]));
    if (changing.filter(Boolean).length !== 1) continue;
    const at = changing.indexOf(true);
    // the page number stands apart at an end of the line (`…公报　5`, `— 5 —　…公报`), not inside a
    // phrase (`2024年目标任务`)
    const last = runs[0].length - 1;
    const apart = group.every((k) => (at === last && PAGE_NUMBER_LAST.test(kept[k].text)) || (at === 0 && PAGE_NUMBER_FIRST.test(kept[k].text)));
    if (apart && runs.every((r, j) => j === 0 || r[at] > runs[j - 1][at])) heads.push(...group);
  }
  return heads;
}
