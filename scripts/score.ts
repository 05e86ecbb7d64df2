/**
 * Score the parser on the annotated corpus (fixtures/annotated): `npm run score [-- --verbose] [--only 04] [--json]`.
 * --verbose lists, per document, every gold item missed (-) and every extra item (+).
 */
import { scoreAnnotated } from '../test/helpers/gold-corpus.js';
import { summarize } from '../test/helpers/gold-score.js';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const scores = await scoreAnnotated({ only });
const summary = summarize(scores);
if (args.includes('--json')) {
  console.log(JSON.stringify({ summary, perDoc: scores.map(({ doc, miss, extra }) => ({ doc, miss, extra })) }, null, 1));
} else {
  if (args.includes('--verbose'))
    for (const s of scores) {
      console.log(`== ${s.doc}`);
      for (const m of s.miss) console.log(`  - ${m}`);
      for (const e of s.extra.slice(0, 40)) console.log(`  + ${e}`);
    }
  console.log(Object.entries(summary).map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(3)}`).join(' '));
}
