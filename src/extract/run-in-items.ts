/**
 * Work items run into the text of a larger item, as work reports and long plans write them: a paragraph
 * that opens with a short title sentence (`提升科技创新策源功能。强化战略科技力量，…`), also after an
 * enumerator (`一是加快传统产业转型升级。…`, `——织密织牢社会保障网。…`). Such a title names one work item
 * and the sentences after it detail it (the 段首主题句 of a 公文 paragraph); several of them under one
 * heading are that heading's items.
 */
import { cutAt } from '../nlp/cut.js';
import { parseChineseInteger } from '../nlp/numbers.js';

/** What may open a run-in item before its title: 一是 … 十是, a dash. */
const ENUMERATOR = /^(?:[一二三四五六七八九十]{1,2}是|——|—)/;
const SENTENCE_END = /[。！？!?]/;
// a title is one phrase: no comma, semicolon, colon or bracket inside it
const NOT_IN_TITLE = /[，,；;：:（(）)]/;
const TITLE_CHARS = { min: 4, max: 20 };
const TITLE_WINDOW = 64;

export interface RunInTitle {
  /** the enumerator before the title as written (`一是`, `——`), or '' */
  enumerator: string;
  /** the title sentence without its enumerator and full stop */
  title: string;
}

/**
 * The run-in title a text opens with: a sentence of 4 to 20 characters holding no comma, semicolon, colon
 * or bracket, ended by 。 and followed by more text; null when the text opens otherwise.
 */
export function runInTitle(text: string): RunInTitle | null {
  const t = text.trim();
  const enumerator = ENUMERATOR.exec(t)?.[0] ?? '';
  const rest = t.slice(enumerator.length);
  const end = SENTENCE_END.exec(rest);
  // a title is stated, ended by 。: `各位代表！` addresses the audience
  if (!end || end[0] !== '。' || !rest.slice(end.index + 1).trim()) return null;
  const title = rest.slice(0, end.index).trim();
  const n = [...title].length;
  if (n < TITLE_CHARS.min || n > TITLE_CHARS.max || NOT_IN_TITLE.test(title) || !/\p{Script=Han}/u.test(title)) return null;
  return { enumerator, title };
}

// `一是` / `二是` at the start of the text or of a sentence
const INLINE_ENUMERATOR = /(?<=^|[。！？!?]\s*)([一二三四五六七八九十]{1,2})是/g;

/**
 * The text cut before each enumerated item it runs on into (`…。一是加快转型升级。…。二是培育新兴产业。…`):
 * enumerators counting on from 一是, each opening a run-in title; two such items at least, else the text
 * whole. An enumeration inside a sentence (`一是“一单通达”，实现…；二是…`) names no titles and stays whole.
 */
export function cutAtEnumeratedItems(text: string): string[] {
  const cuts: number[] = [];
  let expected = 1;
  for (const m of text.matchAll(INLINE_ENUMERATOR)) {
    // a title is short: a window of the text is enough to read it (slicing the rest of a long run-on
    // text at every 一是 would be quadratic)
    if (parseChineseInteger(m[1]) !== expected || !runInTitle(text.slice(m.index, m.index + TITLE_WINDOW))) continue;
    cuts.push(m.index);
    expected++;
  }
  if (cuts.length < 2) return [text];
  return cutAt(text, cuts);
}
