/**
 * Text similarity over jieba tokens: terms (tokens without punctuation, numbers and filler words), TF-IDF
 * vectors over the texts being compared (so words every text uses, such as 知识产权 in IP plans, weigh
 * little), and cosine similarity in [0, 1]. The tokenizer is passed in: nothing here loads jieba.
 */
import compareData from '../data/compare.json' with { type: 'json' };
import type { Tokenizer } from '../nlp/tokenizer.js';

export type { Tokenizer };

const FILLER = new Set<string>(compareData.fillerWords);
const STOP = new Set<string>(compareData.stopWords);

/** A token that carries meaning: has a CJK character or a Latin word, and is not a stop or filler word. */
function meaningful(token: string, dropFiller: boolean): boolean {
  if (!/[\p{Script=Han}A-Za-z]/u.test(token)) return false;
  if (STOP.has(token)) return false;
  return !(dropFiller && FILLER.has(token));
}

/**
 * Terms of a text. `dropFiller` removes words that say how rather than what (加强, 推进, 工程 …): right
 * for short titles, where they would otherwise dominate; long task texts keep them (idf weighs them down).
 */
export function terms(tok: Tokenizer, text: string, dropFiller = true): string[] {
  const tokens = tok.cut(text);
  const out = tokens.filter((t) => meaningful(t, dropFiller));
  // a title made only of filler words (加强组织领导 → 组织, 领导 survive; 总体要求 → 总体, 要求?) keeps its tokens
  return out.length > 0 || !dropFiller ? out : tokens.filter((t) => meaningful(t, false));
}

/**
 * Break compound tokens: jieba keeps 管理水平, 管理体系, 资金投入 whole, so they would never meet 管理 or
 * 投入 written alone. A token of three or more characters that splits into two known words (words of the
 * collection or filler words) is replaced by its non-filler parts (管理水平 → 管理); otherwise the words
 * of the collection it starts or ends with are added beside it (资金投入 → 资金投入, 投入).
 */
export function expandCompounds(collection: string[][]): string[][] {
  const vocabulary = new Set<string>();
  for (const doc of collection) for (const t of doc) if (t.length >= 2) vocabulary.add(t);
  const known = (w: string) => w.length >= 2 && (vocabulary.has(w) || FILLER.has(w));
  const parts = new Map<string, string[]>();
  const partsOf = (t: string): string[] => {
    const cached = parts.get(t);
    if (cached) return cached;
    let found: string[] | null = null;
    for (let k = 2; k <= t.length - 2 && !found; k++) {
      const head = t.slice(0, k);
      const tail = t.slice(k);
      if (known(head) && known(tail)) {
        const kept = [head, tail].filter((w) => !FILLER.has(w));
        if (kept.length) found = kept;
      }
    }
    if (!found) {
      found = [t];
      for (let k = 2; k <= t.length - 1; k++) {
        const head = t.slice(0, k);
        const tail = t.slice(t.length - k);
        if (vocabulary.has(head) && !FILLER.has(head)) found.push(head);
        if (vocabulary.has(tail) && !FILLER.has(tail) && tail !== head) found.push(tail);
      }
    }
    parts.set(t, found);
    return found;
  };
  return collection.map((doc) => doc.flatMap((t) => (t.length >= 3 ? partsOf(t) : [t])));
}

export type Vector = Map<string, number>;

/** TF-IDF model over a collection of term lists: sublinear tf, smoothed idf, L2-normalized vectors. */
export class TfIdf {
  private readonly df = new Map<string, number>();
  private readonly n: number;

  constructor(collection: string[][]) {
    this.n = collection.length;
    for (const doc of collection) for (const t of new Set(doc)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  idf(term: string): number {
    return Math.log((this.n + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }

  vector(doc: string[]): Vector {
    const tf = new Map<string, number>();
    for (const t of doc) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * this.idf(t);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
    return v;
  }
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const x = large.get(t);
    if (x !== undefined) s += w * x;
  }
  return Math.min(1, s);
}

/** Round a score for output: three decimals, so JSON stays stable across platforms. */
export function roundScore(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Many cosines over one collection (every task of one plan against every task of the others): terms
 * numbered once, vectors as typed arrays, and one side of each pair spread into a dense array, so a
 * cosine is array reads instead of string-keyed Map lookups. The sums are those of cosine(), term for
 * term in the same order (the smaller vector's, the first one's on a tie), so the scores are the same
 * to the last bit.
 */
export class CosineIndex {
  private readonly termIds = new Map<string, number>();
  /** terms numbered outside pack() (packedTfIdf) */
  private adopted = 0;
  private denseA = new Float64Array(0);
  private stampA = new Float64Array(0);
  private denseB = new Float64Array(0);
  private stampB = new Float64Array(0);
  private stamp = 0;

  pack(v: Vector): PackedVector {
    const ids = new Int32Array(v.size);
    const weights = new Float64Array(v.size);
    let k = 0;
    for (const [t, w] of v) {
      let id = this.termIds.get(t);
      if (id === undefined) {
        id = this.termIds.size;
        this.termIds.set(t, id);
      }
      ids[k] = id;
      weights[k++] = w;
    }
    return { ids, weights };
  }

  /** Take vectors numbered elsewhere (packedTfIdf), over `termCount` terms; not to be mixed with pack(). */
  adopt(termCount: number): void {
    this.adopted = Math.max(this.adopted, termCount);
  }

  /** cosine(a, b) for every b, in order. */
  against(a: PackedVector, bs: readonly PackedVector[]): Float64Array {
    const size = Math.max(this.termIds.size, this.adopted);
    if (this.denseA.length < size) {
      this.denseA = new Float64Array(size);
      this.stampA = new Float64Array(size);
      this.denseB = new Float64Array(size);
      this.stampB = new Float64Array(size);
    }
    const stampOfA = this.spread(a, this.denseA, this.stampA);
    const out = new Float64Array(bs.length);
    for (let j = 0; j < bs.length; j++) {
      const b = bs[j];
      let s = 0;
      if (a.ids.length <= b.ids.length) {
        const stampOfB = this.spread(b, this.denseB, this.stampB);
        for (let k = 0; k < a.ids.length; k++) {
          const id = a.ids[k];
          if (this.stampB[id] === stampOfB) s += a.weights[k] * this.denseB[id];
        }
      } else {
        for (let k = 0; k < b.ids.length; k++) {
          const id = b.ids[k];
          if (this.stampA[id] === stampOfA) s += b.weights[k] * this.denseA[id];
        }
      }
      out[j] = Math.min(1, s);
    }
    return out;
  }

  /** Write v into a dense array; entries are valid where stamps holds the returned stamp. */
  private spread(v: PackedVector, dense: Float64Array, stamps: Float64Array): number {
    const stamp = ++this.stamp;
    for (let k = 0; k < v.ids.length; k++) {
      dense[v.ids[k]] = v.weights[k];
      stamps[v.ids[k]] = stamp;
    }
    return stamp;
  }
}

export interface PackedVector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * new TfIdf(collection).vector(doc) for every doc of the collection, packed as CosineIndex.pack would pack
 * it (terms in the order they first occur in the doc) but with the terms numbered once for the whole
 * collection: counts and idf in typed arrays instead of a string-keyed Map per document. The weights are
 * computed by the same operations in the same order, so they are the same to the last bit
 * (test/compare-similarity.test.ts). For the index: index.adopt(termCount).
 */
export function packedTfIdf(collection: string[][]): { vectors: PackedVector[]; termCount: number } {
  const termIds = new Map<string, number>();
  const numbered = collection.map((doc) => {
    const ids = new Int32Array(doc.length);
    for (let k = 0; k < doc.length; k++) {
      let id = termIds.get(doc[k]);
      if (id === undefined) termIds.set(doc[k], (id = termIds.size));
      ids[k] = id;
    }
    return ids;
  });
  const termCount = termIds.size;
  const n = collection.length;
  // document frequency: a term counted once per document (seen[id] holds the last document counted)
  const df = new Int32Array(termCount);
  const seen = new Int32Array(termCount).fill(-1);
  numbered.forEach((ids, d) => {
    for (const id of ids)
      if (seen[id] !== d) {
        seen[id] = d;
        df[id]++;
      }
  });
  const idf = new Float64Array(termCount);
  for (let id = 0; id < termCount; id++) idf[id] = Math.log((n + 1) / (df[id] + 1)) + 1;
  const tf = new Int32Array(termCount);
  const vectors = numbered.map((ids) => {
    // distinct terms in order of first occurrence, as a Map keeps them
    const order: number[] = [];
    for (const id of ids) if (tf[id]++ === 0) order.push(id);
    const weights = new Float64Array(order.length);
    let norm = 0;
    for (let k = 0; k < order.length; k++) {
      const w = (1 + Math.log(tf[order[k]])) * idf[order[k]];
      weights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] = weights[k] / norm;
    for (const id of order) tf[id] = 0;
    return { ids: Int32Array.from(order), weights };
  });
  return { vectors, termCount };
}
