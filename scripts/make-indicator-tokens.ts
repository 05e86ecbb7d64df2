/**
 * Builds src/data/indicator-name-words.json: the jieba words of every canonical indicator name and
 * synonym of src/data/indicators.json, folded as src/extract/indicators/canonical.ts folds them. The
 * parser compares an indicator name with these words (see canonical.ts), so parsing never loads
 * nodejieba; test/indicators-canonical.test.ts fails when the file no longer matches indicators.json.
 *
 *   npx tsx scripts/make-indicator-tokens.ts
 */
import { writeFileSync } from 'node:fs';
import { canonicalFormWordsByJieba } from '../src/extract/indicators/canonical.js';

const words = canonicalFormWordsByJieba();
writeFileSync(new URL('../src/data/indicator-name-words.json', import.meta.url), '{\n' + Object.entries(words).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n') + '\n}\n');
console.log(`${Object.keys(words).length} folded names`);
