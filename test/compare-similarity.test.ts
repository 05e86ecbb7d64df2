import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';
import { tokenizer } from '../src/nlp/tokenizer.js';
import { CosineIndex, TfIdf, expandCompounds, packedTfIdf } from '../src/compare/similarity.js';
import { taskTerms } from '../src/compare/tasks.js';
import { samplePaths } from './compare-helpers.js';

/** The old way: one Map per document, packed by the index. */
function viaMaps(collection: string[][]) {
  const model = new TfIdf(collection);
  const index = new CosineIndex();
  return { index, vectors: collection.map((doc) => index.pack(model.vector(doc))) };
}

/** The same vectors, compared by the terms and weights (ids are numbered differently by each). */
function asEntries(vectors: { ids: Int32Array; weights: Float64Array }[], names: (id: number) => string) {
  return vectors.map((v) => Array.from(v.ids, (id, k) => [names(id), v.weights[k]] as const));
}

function namesOf(collection: string[][]): (id: number) => string {
  const order: string[] = [];
  const seen = new Set<string>();
  for (const doc of collection) for (const t of doc) if (!seen.has(t)) seen.add(t), order.push(t);
  return (id) => order[id];
}

describe('packedTfIdf', () => {
  it('gives the weights of TfIdf.vector, bit for bit and term order kept, on a small collection', () => {
    const collection = [['保护', '专利', '保护', '质押融资', '保护'], [], ['专利', '商标'], ['商标', '商标', '版权', '专利']];
    const packed = packedTfIdf(collection);
    expect(packed.termCount).toBe(5);
    const model = new TfIdf(collection);
    expect(asEntries(packed.vectors, namesOf(collection))).toEqual(
      collection.map((doc) => [...model.vector(doc)].map(([t, w]) => [t, w] as const)),
    );
    expect(packed.vectors[1].ids.length).toBe(0);
    // the first document: 保护 three times, its weight above 专利's
    expect(packed.vectors[0].weights[0]).toBeGreaterThan(packed.vectors[0].weights[1]);
  });

  it('gives the same weights and cosines as the Map vectors on the task terms of the five sample plans', async () => {
    const docs = await Promise.all(samplePaths.map((p) => parsePlan(p)));
    const collection = expandCompounds(docs.flatMap((d) => d.tasks.map((t) => taskTerms(tokenizer(), t))));
    expect(collection.length).toBeGreaterThan(100);
    const packed = packedTfIdf(collection);
    const model = new TfIdf(collection);
    const entries = asEntries(packed.vectors, namesOf(collection));
    collection.forEach((doc, i) => expect(entries[i]).toEqual([...model.vector(doc)]));
    // and the index scores them alike
    const index = new CosineIndex();
    index.adopt(packed.termCount);
    const maps = viaMaps(collection);
    for (const i of [0, 7, collection.length - 1]) {
      const a = index.against(packed.vectors[i], packed.vectors);
      expect(Array.from(a)).toEqual(Array.from(maps.index.against(maps.vectors[i], maps.vectors)));
      expect(Math.max(...a)).toBeGreaterThan(0.99); // itself
    }
  }, 60_000);
});
