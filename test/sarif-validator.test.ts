/**
 * `check --format sarif` against Microsoft's SARIF multitool (`validate`, @microsoft/sarif-multitool, a
 * .NET program shipped on npm): run from a directory beside the plans (every file outside the working
 * directory: absolute URIs) and from the directory above them (every file inside: relative URIs under
 * %SRCROOT%), the validator reports no error and no warning.
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, ensureBuilt, planlens } from './check-helpers.js';

interface SarifResult {
  ruleId: string;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
}

/** The multitool's own executable (its npm package resolves the platform binary). */
function multitool(): string {
  const require = createRequire(join(ROOT, 'package.json'));
  return require('@microsoft/sarif-multitool') as string;
}

/** Validate a SARIF file; the multitool's findings (a SARIF log itself). */
function validate(file: string): SarifResult[] {
  const out = `${file}.validation.sarif`;
  rmSync(out, { force: true });
  const r = spawnSync(multitool(), ['validate', file, '--output', out], {
    encoding: 'utf8',
    // .NET without ICU: the validator compares no culture-dependent text
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    timeout: 120_000,
  });
  expect(r.error, String(r.error)).toBeUndefined();
  const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: SarifResult[] }[] };
  return log.runs[0].results ?? [];
}

/** "SARIF1004 error: …" per finding: the multitool leaves `level` out for warnings. */
const describeFinding = (f: SarifResult) => `${f.ruleId} ${f.level ?? 'warning'}: ${f.message.text ?? `${f.message.id} ${f.message.arguments?.join(' | ')}`}`;

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'planlens-sarif-'));
  mkdirSync(join(dir, 'work'));
  mkdirSync(join(dir, 'plans', 'docx'), { recursive: true });
  for (const f of readdirSync(join(ROOT, 'fixtures/txt'))) copyFileSync(join(ROOT, 'fixtures/txt', f), join(dir, 'plans', f));
  const docx = readdirSync(join(ROOT, 'fixtures/docx')).filter((f) => f.endsWith('.docx'));
  copyFileSync(join(ROOT, 'fixtures/docx', docx[0]), join(dir, 'plans', 'docx', '规划 草稿#1.docx'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SARIF accepted by Microsoft’s validator', () => {
  it('run beside the plans: absolute file: URIs without a uriBaseId, no findings', () => {
    const r = planlens(['check', '../plans', '--format', 'sarif'], { cwd: join(dir, 'work') });
    expect(r.code, r.stderr).toBe(1); // the samples have errors
    const log = JSON.parse(r.stdout);
    const run = log.runs[0];
    expect(run.results.length).toBeGreaterThan(100);
    for (const res of run.results) {
      const loc = res.locations[0].physicalLocation.artifactLocation;
      expect(loc.uri).toMatch(/^file:\/\/\/.*\/plans\//);
      expect(loc.uriBaseId).toBeUndefined();
    }
    const file = join(dir, 'work', 'beside.sarif');
    writeFileSync(file, r.stdout);
    const findings = validate(file);
    expect(findings.map(describeFinding)).toEqual([]);
  });

  it('run above the plans: relative URIs under %SRCROOT% (percent-encoded), no findings; rules named, tool linked', () => {
    const r = planlens(['check', 'plans', join(dir, 'plans', 'missing.txt'), '--format', 'sarif'], { cwd: dir });
    expect(r.code).toBe(2); // one input missing: a tool execution notification
    const log = JSON.parse(r.stdout);
    const run = log.runs[0];
    const uris = run.artifacts.map((a: { location: { uri: string; uriBaseId?: string } }) => a.location);
    expect(uris).toContainEqual({ uri: 'plans/docx/%E8%A7%84%E5%88%92%20%E8%8D%89%E7%A8%BF%231.docx', uriBaseId: '%SRCROOT%' });
    for (const u of uris) expect(u.uriBaseId).toBe('%SRCROOT%');
    for (const rule of run.tool.driver.rules) expect(rule.name.toLowerCase()).not.toBe(rule.id.toLowerCase());
    expect(run.tool.driver.informationUri).toMatch(/^file:\/\/\/.*\/README\.md$/);
    const file = join(dir, 'above.sarif');
    writeFileSync(file, r.stdout);
    expect(validate(file).map(describeFinding)).toEqual([]);
  });

  it('the validator does find the faults this reporter once had', () => {
    const r = planlens(['check', '../plans', '--format', 'sarif'], { cwd: join(dir, 'work') });
    const log = JSON.parse(r.stdout);
    // an absolute URI with a base id (SARIF1004) and a rule named as its id (SARIF1001)
    log.runs[0].artifacts[0].location.uriBaseId = '%SRCROOT%';
    log.runs[0].tool.driver.rules[6].name = log.runs[0].tool.driver.rules[6].id;
    const file = join(dir, 'work', 'broken.sarif');
    writeFileSync(file, JSON.stringify(log));
    const ids = validate(file).map((f) => f.ruleId);
    expect(ids).toContain('SARIF1004');
    expect(ids).toContain('SARIF1001');
  });
});
