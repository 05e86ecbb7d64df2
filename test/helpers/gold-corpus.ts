/** Parse every annotated document in fixtures/annotated and score it against its gold file. */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parsePlan } from '../../src/parse.js';
import { scoreDocument, type DocScore, type Gold } from './gold-score.js';

export const ANNOTATED = 'fixtures/annotated';

export async function scoreAnnotated(options: { dir?: string; only?: string } = {}): Promise<DocScore[]> {
  const dir = options.dir ?? ANNOTATED;
  const scores: DocScore[] = [];
  for (const file of readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
    const base = basename(file, '.json');
    if (options.only && !base.startsWith(options.only)) continue;
    const gold = JSON.parse(readFileSync(join(dir, 'gold', file), 'utf8')) as Gold;
    const plan = await parsePlan(join(dir, 'docs', gold.file ?? `${base}.txt`));
    scores.push(scoreDocument(gold.file ?? `${base}.txt`, plan, gold));
  }
  return scores;
}
