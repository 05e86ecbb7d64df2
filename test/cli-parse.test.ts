/** `planlens parse` and `planlens schema` through the built CLI: output shapes, bad input, exit codes. */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { PlanDocument } from '../src/index.js';
import { ensureBuilt } from './helpers/build.js';

const run = (...args: string[]) => spawnSync('node', ['bin/planlens.js', ...args], { encoding: 'utf8' });
const GOOD = 'fixtures/txt/000_15d9cfafcb8c96c1.txt';
let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'planlens-parse-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)));
  writeFileSync(join(dir, 'notzip.docx'), 'this is not a zip');
  writeFileSync(join(dir, 'truncated.docx'), readFileSync('fixtures/docx/000_15d9cfafcb8c96c1.docx').subarray(0, 3000));
  writeFileSync(join(dir, 'plan.pdf'), '%PDF-1.4');
  writeFileSync(join(dir, 'plan.wps'), 'WPS');
});

describe('planlens parse', () => {
  it('prints one object for one file', () => {
    const r = run('parse', GOOD);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(PlanDocument.safeParse(doc).success).toBe(true);
    expect(doc.meta.region).toBe('大冶市');
  });

  it('prints an array for a directory, one line per document with --ndjson', () => {
    const arr = JSON.parse(run('parse', 'fixtures/txt').stdout);
    expect(arr.map((d: PlanDocument) => d.meta.region)).toEqual(['大冶市', '邵阳市', '宿州市', '武汉市', '泰安市']);
    const nd = run('parse', '--ndjson', 'fixtures/txt').stdout.trim().split('\n');
    expect(nd).toHaveLength(5);
    expect(nd.map((l) => JSON.parse(l).meta.region)).toEqual(['大冶市', '邵阳市', '宿州市', '武汉市', '泰安市']);
  });

  it('writes to -o', () => {
    const out = join(dir, 'out.json');
    expect(run('parse', GOOD, '-o', out).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).meta.region).toBe('大冶市');
  });

  it('reports each bad file on one line, exits 2 and still prints the good ones', () => {
    const bad = ['missing.txt', 'empty.txt', 'blank.txt', 'binary.txt', 'notzip.docx', 'truncated.docx', 'plan.wps', 'plan.pdf'].map((f) => join(dir, f));
    const r = run('parse', bad[0], GOOD, ...bad.slice(1));
    expect(r.status).toBe(2);
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: PlanDocument) => d.meta.region)).toEqual(['大冶市']);
    // per-file error lines; a batch may end with a summary line (`planlens: parse: …`)
    const errLines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('planlens: parse:'));
    expect(errLines).toHaveLength(bad.length);
    bad.forEach((file, i) => {
      expect(errLines[i].startsWith(`planlens: ${file}: `), errLines[i]).toBe(true);
    });
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(errLines[0]).toMatch(/no such file/);
    expect(errLines[1]).toMatch(/empty/);
    expect(errLines[6]).toMatch(/unsupported file type/);
    expect(errLines[7]).toMatch(/PDF is damaged or truncated/);
  });

  it('two runs give byte-identical output', () => {
    expect(run('parse', 'fixtures/docx').stdout).toBe(run('parse', 'fixtures/docx').stdout);
  });

  it("the CLI's V8 settings (src/cli/v8-tuning.ts) change its speed only: with V8's defaults the bytes are the same", () => {
    const tuned = run('parse', 'fixtures/docx', 'fixtures/txt', '--ndjson');
    const defaults = spawnSync('node', ['bin/planlens.js', 'parse', 'fixtures/docx', 'fixtures/txt', '--ndjson'], {
      encoding: 'utf8',
      env: { ...process.env, PLANLENS_V8_DEFAULTS: '1' },
    });
    expect(tuned.status).toBe(0);
    expect(tuned.stdout.split('\n').filter(Boolean)).toHaveLength(10);
    expect(defaults.stdout).toBe(tuned.stdout);
  });

  it('exits 2 on a usage error', () => {
    expect(run('parse').status).toBe(2);
    expect(run('no-such-command').status).toBe(2);
  });
});

describe('planlens schema', () => {
  it('prints JSON Schema generated from the zod schema, which the parse output satisfies', () => {
    const r = run('schema');
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.properties.schemaVersion).toBeDefined();
    expect(schema).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(PlanDocument, { target: 'draft-2020-12' }))));
  });
});
