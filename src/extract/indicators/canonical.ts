/**
 * Canonical indicator names (src/data/indicators.json). A name is folded (half-width, no spaces, one
 * spelling for equivalents such as 每万人/万人 → 每万人口, 的 dropped) and looked up among canonical names
 * and synonyms. A name not in the file is compared with every canonical name and synonym on their
 * words (jieba's cut of each form, made at build time; see nameWords): it takes the best one when
 *   - the Dice coefficient of the two token multisets is at least SIMILARITY_THRESHOLD (0.8), and
 *   - both agree on every qualifier group (高价值, 发明, 有效, PCT, 质押, 申请 vs 授权 …): a token overlap
 *     never merges 万人发明专利拥有量 with 每万人口高价值发明专利拥有量.
 * 0.8 accepts a name that drops or adds one word of four or five (每万人口高价值发明专利 ~ …拥有量: 0.86)
 * and rejects names that share only the head noun (专利申请量 vs 专利授权量: 0.5).
 */
import data from '../../data/indicators.json' with { type: 'json' };
import { toHalfWidth } from '../../nlp/numbers.js';
import formWordsData from '../../data/indicator-name-words.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { jiebaLoadOptions, tokenizer } from '../../nlp/tokenizer.js';

export const SIMILARITY_THRESHOLD = 0.8;

interface Entry {
  name: string;
  unit?: string;
  synonyms: string[];
}

const entries = data.indicators as Entry[];
const equivalents = Object.entries(data.equivalents as Record<string, string[]>).map(([canon, variants]) => ({
  canon,
  re: new RegExp([...variants].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g'),
}));
const qualifiers = data.qualifiers as string[][];

/** The form names are compared in. */
export function foldName(name: string): string {
  let s = toHalfWidth(name).replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')');
  for (const { canon, re } of equivalents) s = s.replace(re, canon);
  return s.replace(/的/g, '');
}

/** A closing count word: 5G基站数 and 5G基站 count the same thing (not 指数, 系数, 分数, 倍数: these are no counts). */
const COUNT_WORD = /(?<=..)(?<![指系分倍函])(?:数量|个数|总数|数)$/;

/**
 * The key under which two mentions are one indicator, for compare, diff and check: the canonical name,
 * else the name folded (full-width, spaces, brackets, 的, the equivalents such as 地区生产总值 → GDP,
 * letter case) without a closing count word, so 数字经济核心产业增加值占地区生产总值比重 in the text and
 * 数字经济核心产业增加值占GDP比重 in the table meet.
 */
export function indicatorKey(ind: { name: string; canonicalName: string | null }): string {
  return ind.canonicalName ?? foldName(ind.name).toLowerCase().replace(COUNT_WORD, '');
}

const exact = new Map<string, string>();
for (const e of entries) {
  for (const form of [e.name, ...e.synonyms]) {
    const k = foldName(form);
    if (!exact.has(k)) exact.set(k, e.name);
  }
}

/**
 * The words of every folded form, as jieba cuts them (src/data/indicator-name-words.json, made by
 * scripts/make-indicator-tokens.ts). Parsing never loads jieba (0.3 s and 45 MB per process): a name is
 * cut against this vocabulary instead (nameWords), which is all the comparison needs, since a word of a
 * name can only be shared with a form if it is one of the forms' words.
 */
const formWords = formWordsData.forms as Record<string, string[]>;
/** two-character dictionary words made of a one-character vocabulary word and another character */
const pairs = new Set<string>(formWordsData.pairs);
const forms = [...exact.entries()].map(([folded, canonical]) => ({ canonical, folded, words: formWords[folded] ?? [folded], qualifiers: qualifierKey(folded) }));
/** the forms' words by their first character, longest first: the cut takes the longest one that starts at each place */
const vocabulary = new Map<string, string[]>();
for (const w of [...new Set(forms.flatMap((f) => f.words))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
  const list = vocabulary.get(w[0]);
  if (list) list.push(w);
  else vocabulary.set(w[0], [w]);
}

/**
 * What indicator-name-words.json holds, made with jieba (for its script and its test): the folded forms
 * cut by jieba, and the two-character words of jieba's dictionaries that hold a one-character word of
 * those cuts (人数, 比重, 全年 …), with which nameWords decides where jieba would join such a character.
 */
export function canonicalNameDataByJieba(): { forms: Record<string, string[]>; pairs: string[] } {
  const cut = tokenizer();
  const forms = Object.fromEntries([...exact.keys()].map((folded) => [folded, cut.cut(folded)]));
  const single = new Set(Object.values(forms).flat().filter((w) => [...w].length === 1));
  const { dict, userDict } = jiebaLoadOptions();
  const found = new Set<string>();
  for (const file of [dict, userDict]) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const word = line.split(' ')[0];
      const chars = [...word];
      if (chars.length === 2 && (single.has(chars[0]) || single.has(chars[1]))) found.add(word);
    }
  }
  return { forms, pairs: [...found].sort() };
}

/**
 * A name cut for the comparison: the longest vocabulary word at each place, left to right; a run of
 * characters outside the vocabulary counts one word per two characters (a Chinese word is most often
 * two characters long), none of them shared with any form. On the 1,401 names of the fixtures this
 * decides every match as jieba's own cut did.
 */
/** a word of a name outside the vocabulary: shared with no form (forms' words are never this) */
export const OTHER_WORD = '\u0000';
/** the longest form, in UTF-16 units */
const LONGEST_FORM = Math.max(...forms.map((f) => f.folded.length));
/** the most words a form has: a name of many more words cannot reach the threshold with any form */
const MOST_FORM_WORDS = Math.max(...forms.map((f) => f.words.length));

export function nameWords(folded: string): string[] {
  // pieces: vocabulary words and single characters outside the vocabulary, left to right
  const pieces: { text: string; known: boolean }[] = [];
  for (let at = 0; at < folded.length; ) {
    const word = vocabulary.get(folded[at])?.find((w) => folded.startsWith(w, at));
    pieces.push({ text: word ?? folded[at], known: word !== undefined });
    at += word ? word.length : 1;
  }
  // a one-character vocabulary word that makes a dictionary word with the character outside the
  // vocabulary beside it (比 in 比重, 数 in 人数, 年 in 全年) is part of that word, as in jieba's cut
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (!p.known || [...p.text].length !== 1) continue;
    const before = pieces[i - 1];
    const after = pieces[i + 1];
    if ((before && !before.known && pairs.has(before.text + p.text)) || (after && !after.known && pairs.has(p.text + after.text))) p.known = false;
    // two one-character vocabulary words that make a dictionary word together (每年) are that word
    else if (after?.known && [...after.text].length === 1 && pairs.has(p.text + after.text)) p.known = after.known = false;
  }
  const words: string[] = [];
  let run = 0;
  const endRun = () => {
    for (let i = 0; i < Math.ceil(run / 2); i++) words.push(OTHER_WORD);
    run = 0;
  };
  for (const p of pieces) {
    if (p.known) {
      endRun();
      words.push(p.text);
    } else run += [...p.text].length;
  }
  endRun();
  return words;
}

function dice(a: string[], b: string[]): number {
  if (a.length + b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** Which qualifier groups a name carries, as one string: two names agree on every group when these are equal. */
function qualifierKey(s: string): string {
  return qualifiers.map((group) => (group.some((q) => s.includes(q)) ? '1' : '0')).join('');
}

export interface CanonicalMatch {
  canonicalName: string | null;
  how: 'exact' | 'similar' | null;
  score: number;
}

const cache = new Map<string, CanonicalMatch>();

/**
 * The canonical name of an indicator name, by lookup and then (unless `similar` is false) by word
 * similarity. `wordsOfName`: the name's words from elsewhere (a test compares jieba's cut with nameWords).
 */
export function matchCanonical(name: string, similar = true, wordsOfName?: string[]): CanonicalMatch {
  const folded = foldName(name);
  const hit = exact.get(folded);
  if (hit) return { canonicalName: hit, how: 'exact', score: 1 };
  if (!similar) return { canonicalName: null, how: null, score: 0 };
  const cached = wordsOfName ? undefined : cache.get(folded);
  if (cached) return cached;
  let result: CanonicalMatch = { canonicalName: null, how: null, score: 0 };
  const key = qualifierKey(folded);
  if (folded.length >= 2) {
    const words = wordsOfName ?? nameWords(folded);
    let best: { canonical: string; score: number; folded: string } | null = null;
    // Dice ≤ 2m / (n + m) for a form of m words: a long name (a whole sentence) is settled here
    const reachable = (2 * MOST_FORM_WORDS) / (words.length + MOST_FORM_WORDS) >= SIMILARITY_THRESHOLD;
    for (const f of reachable ? forms : []) {
      if (f.qualifiers !== key) continue;
      const score = dice(words, f.words);
      // ties go to the canonical name first in the file order: deterministic
      if (!best || score > best.score) best = { canonical: f.canonical, score, folded: f.folded };
    }
    if (best && best.score >= SIMILARITY_THRESHOLD) result = { canonicalName: best.canonical, how: 'similar', score: Number(best.score.toFixed(3)) };
  }
  // a name too long to match any form is settled by the bound alone: not kept (whole sentences would fill the memo)
  if (!wordsOfName && (result.canonicalName !== null || folded.length <= LONGEST_FORM * 2)) cache.set(folded, result);
  return result;
}
