// Child process of test/redos.test.ts: runs each pipeline stage of the built library (dist/) on the
// adversarial documents named on stdin, one JSON request per line, and reports per stage how long it
// took. The parent kills this process when a case runs past its limit (catastrophic backtracking).
import { createInterface } from 'node:readline';
import { ingestTxt } from '../dist/ingest/txt.js';
import { segment } from '../dist/segment/index.js';
import { extractMeta } from '../dist/extract/meta.js';
import { extractIndicators } from '../dist/extract/indicators/index.js';
import { extractTasks } from '../dist/extract/tasks.js';
import { collectUnits } from '../dist/extract/units.js';
import { InputError } from '../dist/errors.js';

const send = (o) => process.stdout.write(JSON.stringify(o) + '\n');

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { name, text } = JSON.parse(line);
  send({ name, event: 'start' });
  const ms = {};
  const time = (stage, f) => {
    send({ name, event: 'stage', stage });
    const t = performance.now();
    const r = f();
    ms[stage] = Math.round(performance.now() - t);
    return r;
  };
  try {
    const ingested = time('ingest', () => ingestTxt(Buffer.from(text, 'utf8'), `${name}.txt`));
    const seg = time('segment', () => segment(ingested));
    time('meta', () => extractMeta(seg));
    const ind = time('indicators', () => extractIndicators(seg));
    const tasks = time('tasks', () => extractTasks(seg, ind.indicators));
    time('units', () => collectUnits(tasks.tasks));
    send({ name, event: 'done', ms });
  } catch (err) {
    // an InputError is a fine answer (e.g. "only whitespace"); anything else is a crash
    send({ name, event: 'done', ms, error: err instanceof InputError ? null : String(err?.stack ?? err), inputError: err instanceof InputError ? err.message : null });
  }
}
