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
import { tokenizer } from '../../nlp/tokenizer.js';

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
const formWords = formWordsData as Record<string, string[]>;
const forms = [...exact.entries()].map(([folded, canonical]) => ({ canonical, folded, words: formWords[folded] ?? [folded], qualifiers: qualifierKey(folded) }));
/** the forms' words by their first character, longest first: the cut takes the longest one that starts at each place */
const vocabulary = new Map<string, string[]>();
for (const w of [...new Set(forms.flatMap((f) => f.words))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
  const list = vocabulary.get(w[0]);
  if (list) list.push(w);
  else vocabulary.set(w[0], [w]);
}

/** The folded forms cut by jieba: what indicator-name-words.json holds (for its script and its test). */
export function canonicalFormWordsByJieba(): Record<string, string[]> {
  const cut = tokenizer();
  return Object.fromEntries([...exact.keys()].map((folded) => [folded, cut.cut(folded)]));
}

/**
 * A name cut for the comparison: the longest vocabulary word at each place, left to right; a run of
 * characters outside the vocabulary counts one word per two characters (a Chinese word is most often
 * two characters long), none of them shared with any form. On the 1,401 names of the fixtures this
 * decides every match as jieba's own cut did.
 */
/** a word of a name outside the vocabulary: shared with no form (forms' words are never this) */
export const OTHER_WORD = '\u0000';
/** the most words a form has: a name of many more words cannot reach the threshold with any form */
const MOST_FORM_WORDS = Math.max(...forms.map((f) => f.words.length));

export function nameWords(folded: string): string[] {
  const words: string[] = [];
  let run = '';
  const endRun = () => {
    const n = Math.ceil([...run].length / 2);
    for (let i = 0; i < n; i++) words.push(OTHER_WORD);
    run = '';
  };
  for (let at = 0; at < folded.length; ) {
    const word = vocabulary.get(folded[at])?.find((w) => folded.startsWith(w, at));
    if (word) {
      endRun();
      words.push(word);
      at += word.length;
    } else {
      run += folded[at];
      at++;
    }
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

/** The canonical name of an indicator name, by lookup and then (unless `similar` is false) by token similarity. */
export function matchCanonical(name: string, similar = true): CanonicalMatch {
  const folded = foldName(name);
  const hit = exact.get(folded);
  if (hit) return { canonicalName: hit, how: 'exact', score: 1 };
  if (!similar) return { canonicalName: null, how: null, score: 0 };
  const cached = cache.get(folded);
  if (cached) return cached;
  let result: CanonicalMatch = { canonicalName: null, how: null, score: 0 };
  const key = qualifierKey(folded);
  if (folded.length >= 2) {
    const words = nameWords(folded);
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
  cache.set(folded, result);
  return result;
}
