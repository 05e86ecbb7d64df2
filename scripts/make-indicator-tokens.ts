/**
 * Builds src/data/indicator-name-words.json: the jieba words of every canonical indicator name and
 * synonym of src/data/indicators.json, folded as src/extract/indicators/canonical.ts folds them, and the
 * two-character words of jieba's dictionaries that hold one of their one-character words. The
 * parser compares an indicator name with these words (see canonical.ts), so parsing never loads
 * nodejieba; test/indicators-canonical.test.ts fails when the file no longer matches indicators.json.
 *
 *   npx tsx scripts/make-indicator-tokens.ts
 */
import { writeFileSync } from 'node:fs';
import { canonicalNameDataByJieba } from '../src/extract/indicators/canonical.js';

const { forms, pairs } = canonicalNameDataByJieba();
const formLines = Object.entries(forms).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
writeFileSync(
  new URL('../src/data/indicator-name-words.json', import.meta.url),
  `{\n  "forms": {\n${formLines.join(',\n')}\n  },\n  "pairs": ${JSON.stringify(pairs)}\n}\n`,
);
console.log(`${Object.keys(forms).length} folded names, ${pairs.length} two-character words`);
