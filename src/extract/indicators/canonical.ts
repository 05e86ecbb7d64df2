/**
 * Canonical indicator names (src/data/indicators.json). A name is folded (half-width, no spaces, one
 * spelling for equivalents such as 每万人/万人 → 每万人口, 的 dropped) and looked up among canonical names
 * and synonyms. A name not in the file is compared with every canonical name and synonym on jieba
 * tokens: it takes the best one when
 *   - the Dice coefficient of the two token multisets is at least SIMILARITY_THRESHOLD (0.8), and
 *   - both agree on every qualifier group (高价值, 发明, 有效, PCT, 质押, 申请 vs 授权 …): a token overlap
 *     never merges 万人发明专利拥有量 with 每万人口高价值发明专利拥有量.
 * 0.8 accepts a name that drops or adds one word of four or five (每万人口高价值发明专利 ~ …拥有量: 0.86)
 * and rejects names that share only the head noun (专利申请量 vs 专利授权量: 0.5).
 */
import data from '../../data/indicators.json' with { type: 'json' };
import { toHalfWidth } from '../../nlp/numbers.js';
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
 * The character multiset of every folded form, for a bound that needs no tokens: c common tokens cover
 * at least c shared characters, and a side with characters outside them has one token more, so
 * Dice ≤ 2I / (2I + [name has more than I] + [form has more than I]) for I shared characters. A name
 * below SIMILARITY_THRESHOLD on that bound against every form with the same qualifiers matches nothing,
 * and is settled without loading jieba (0.2–0.5 s per process).
 */
const formChars = [...exact.keys()].map((folded) => ({ folded, counts: charCounts(folded), qualifiers: qualifierKey(folded) }));

function charCounts(s: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function mayBeSimilar(folded: string, key: string): boolean {
  const name = charCounts(folded);
  const length = [...folded].length;
  for (const f of formChars) {
    if (f.qualifiers !== key) continue;
    let shared = 0;
    let formLength = 0;
    for (const [ch, n] of f.counts) {
      shared += Math.min(n, name.get(ch) ?? 0);
      formLength += n;
    }
    if (shared === 0) continue;
    const bound = (2 * shared) / (2 * shared + (length > shared ? 1 : 0) + (formLength > shared ? 1 : 0));
    if (bound >= SIMILARITY_THRESHOLD) return true;
  }
  return false;
}

let forms: { canonical: string; folded: string; tokens: string[]; qualifiers: string }[] | null = null;
function allForms() {
  forms ??= [...exact.entries()].map(([folded, canonical]) => ({ canonical, folded, tokens: tokenizer().cut(folded), qualifiers: qualifierKey(folded) }));
  return forms;
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
  if (folded.length >= 2 && mayBeSimilar(folded, key)) {
    const tokens = tokenizer().cut(folded);
    let best: { canonical: string; score: number; folded: string } | null = null;
    for (const f of allForms()) {
      if (f.qualifiers !== key) continue;
      const score = dice(tokens, f.tokens);
      // ties go to the canonical name first in the file order: deterministic
      if (!best || score > best.score) best = { canonical: f.canonical, score, folded: f.folded };
    }
    if (best && best.score >= SIMILARITY_THRESHOLD) result = { canonicalName: best.canonical, how: 'similar', score: Number(best.score.toFixed(3)) };
  }
  cache.set(folded, result);
  return result;
}
