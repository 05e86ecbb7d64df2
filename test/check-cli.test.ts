/**
 * planlens check from the command line: exit codes (the built bin/planlens.js in child processes),
 * configuration files and flags, the four reporters (SARIF validated against the SARIF 2.1.0 schema),
 * and --fix changing only what it may.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { z } from 'zod';
import { runCliInProcess } from './helpers/cli.js';
import { escapeData, escapeProperty } from '../src/check/reporters/github.js';
import { analyzePlan } from '../src/index.js';
import { ROOT, ensureBuilt } from './check-helpers.js';

const TAIAN = 'fixtures/txt/004_5d042cf0ad576120.txt';
const SHAOYANG = 'fixtures/txt/001_7331ced31a583862.txt';
const SAMPLES = ['000_15d9cfafcb8c96c1', '001_7331ced31a583862', '002_0da019a67ef299a4', '003_8f351ce4ef5c39ac', '004_5d042cf0ad576120'];

// A draft that every rule passes with the default configuration.
const CLEAN = `某市知识产权“十四五”规划

一、总体要求
（一）指导思想
坚持以习近平新时代中国特色社会主义思想为指导，全面加强知识产权保护。
（二）发展目标
到2025年，每万人口高价值发明专利拥有量达到3件，知识产权质押融资金额达到12亿元。
二、重点任务
（一）加强知识产权创造
1.培育高价值专利。聚焦主导产业，加强专利布局。（牵头单位：市市场监管局；配合单位：市科技局）
2.推进商标品牌建设。培育区域品牌。（牵头单位：市市场监管局、市农业农村局）
（二）加强知识产权保护
3.强化行政执法。加大查处力度。（牵头单位：市市场监管局；配合单位：市公安局）
三、保障措施
（一）加强组织领导。建立协调机制。
（二）加大资金投入。保障工作经费。
`;
// The same with warnings only (two half-width commas and the mix they make).
const WARNS = CLEAN.replace('主导产业，加强', '主导产业,加强').replace('指导，全面', '指导,全面');

let dir: string;
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'planlens-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const cli = (...args: string[]) => runCliInProcess(args);

/** Run the built bin/planlens.js in a child process. */
function bin(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/planlens.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => done({ code, out, err }));
  });
}

describe('exit codes of bin/planlens.js check', () => {
  beforeAll(async () => {
    await ensureBuilt();
  }, 300_000);

  it('0 clean, 1 errors, 1 too many warnings, 2 unreadable input (others still checked), 2 usage', async () => {
    const clean = file('exit/clean.txt', CLEAN);
    const warns = file('exit/warns.txt', WARNS);
    const missing = join(dir, 'exit/missing.txt');
    // the exit code is what a CI pipeline sees: each path once through the real binary
    const [ok, errors, batch] = await Promise.all([
      bin(['check', clean]),
      bin(['check', TAIAN]),
      bin(['check', clean, missing, TAIAN, '--format', 'json']),
    ]);
    expect([ok.code, ok.out, ok.err]).toEqual([0, '', '']);
    expect(errors.code).toBe(1);
    expect(errors.out).toContain('heading-numbering');
    expect(batch.code).toBe(2);
    expect(batch.err.trim().split('\n')).toEqual([`planlens: ${missing}: no such file or directory`]);
    expect(JSON.parse(batch.out).map((r: { file: string }) => r.file)).toEqual([clean, TAIAN]);
    // the same paths in-process, and the usage errors
    const warnOnly = await cli('check', warns);
    expect(warnOnly.code).toBe(0);
    expect(warnOnly.out).toMatch(/3 problems \(0 errors, 3 warnings\)/);
    const tooMany = await cli('check', warns, '--max-warnings', '2');
    expect(tooMany.code).toBe(1);
    expect(tooMany.err).toBe('planlens: check: 3 warnings, more than --max-warnings 2\n');
    expect((await cli('check', warns, '--max-warnings', '3')).code).toBe(0);
    const usage = await cli('check', clean, '--format', 'xml');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('unknown format "xml"');
    const fixUsage = await cli('check', clean, '--fix');
    expect(fixUsage.code).toBe(2);
    expect(fixUsage.err).toContain('--fix needs --write');
    expect((await cli('check')).code).toBe(2);
    // no stack traces anywhere
    expect(batch.err).not.toMatch(/\n\s+at /);
  }, 120_000);
});

describe('configuration', () => {
  it('finds .planlensrc.json walking up from the file; --config and --rule override', async () => {
    file('cfg/.planlensrc.json', JSON.stringify({ rules: { punctuation: 'off', 'heading-numbering': ['warning', { checkSeparators: true }] } }));
    const doc = file('cfg/drafts/2024/taian.txt', readFileSync(TAIAN));
    const found = await cli('check', doc, '--format', 'json');
    const messages = JSON.parse(found.out)[0].messages as { ruleId: string; severity: string }[];
    expect(messages.some((m) => m.ruleId === 'punctuation')).toBe(false);
    expect(messages.filter((m) => m.ruleId === 'heading-numbering').map((m) => m.severity)).toEqual(['warning', 'warning']);
    expect(found.code).toBe(0);

    const flagged = await cli('check', doc, '--format', 'json', '--rule', 'punctuation=error', '--rule', 'heading-numbering=off');
    const m2 = JSON.parse(flagged.out)[0].messages as { ruleId: string; severity: string }[];
    expect(m2.filter((m) => m.ruleId === 'punctuation').every((m) => m.severity === 'error')).toBe(true);
    expect(m2.some((m) => m.ruleId === 'heading-numbering')).toBe(false);
    expect(flagged.code).toBe(1);

    const other = file('other.json', JSON.stringify({ rules: { 'conversion-debris': 'off' } }));
    const explicit = await cli('check', doc, '--format', 'json', '--config', other);
    const m3 = JSON.parse(explicit.out)[0].messages as { ruleId: string }[];
    expect(m3.some((m) => m.ruleId === 'conversion-debris')).toBe(false);
    expect(m3.some((m) => m.ruleId === 'punctuation')).toBe(true); // the found file is not read
  });

  it('a bad configuration or flag is one clear line and exit 2', async () => {
    const doc = file('bad/doc.txt', CLEAN);
    const cases: [string[], RegExp][] = [
      [['--rule', 'no-such-rule=off'], /unknown rule "no-such-rule"/],
      [['--rule', 'punctuation=loud'], /"loud" is not a level/],
      [['--config', file('bad/a.json', '{ rules: ')], /not valid JSON/],
      [['--config', file('bad/b.json', JSON.stringify({ rules: { typo: 'off' } }))], /unknown rule "typo"/],
      [['--config', file('bad/c.json', JSON.stringify({ rules: { 'task-units': ['error', { minShare: 2 }] } }))], /options of rule "task-units"/],
      [['--config', file('bad/d.json', JSON.stringify({ rulez: {} }))], /invalid configuration/],
      [['--config', file('bad/e.json', JSON.stringify({ rules: { typos: ['error', { words: [{ pattern: '布署(' }] }] } }))], /typos.*not a valid regular expression/],
      [['--config', join(dir, 'bad/none.json')], /configuration file not found/],
      [['--max-warnings', 'many'], /--max-warnings takes a whole number/],
    ];
    for (const [flags, why] of cases) {
      const r = await cli('check', doc, ...flags);
      expect(r.code, flags.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(why);
    }
    // a broken file found upwards fails the files below it, not the whole run
    file('broken/.planlensrc.json', '{');
    const below = file('broken/doc.txt', CLEAN);
    const r = await cli('check', below, doc, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/broken\/\.planlensrc\.json: configuration is not valid JSON/);
    expect(JSON.parse(r.out).map((x: { file: string }) => x.file)).toEqual([doc]);
  });

  it('--no-inline-config ignores planlens-disable directives', async () => {
    const doc = file('inline/doc.txt', CLEAN.replace('三、保障措施', '<!-- planlens-disable-next-line punctuation -->\n全市加强保护,完善机制。\n三、保障措施'));
    const honoured = JSON.parse((await cli('check', doc, '--format', 'json')).out)[0];
    expect(honoured.messages).toEqual([]);
    const ignored = JSON.parse((await cli('check', doc, '--format', 'json', '--no-inline-config')).out)[0];
    expect(ignored.messages.map((m: { ruleId: string }) => m.ruleId)).toContain('punctuation');
  });
});

describe('reporters', () => {
  it('json has the contract shape', async () => {
    const r = await cli('check', TAIAN, SHAOYANG, '--format', 'json');
    const Message = z.object({
      ruleId: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      message: z.string(),
      line: z.number().int().min(1),
      column: z.number().int().min(1),
      fix: z.object({ line: z.number(), column: z.number(), endLine: z.number(), endColumn: z.number(), text: z.string() }).optional(),
    });
    const Result = z.array(z.object({ file: z.string(), errorCount: z.number().int(), warningCount: z.number().int(), messages: z.array(Message) }));
    const results = Result.parse(JSON.parse(r.out));
    expect(results.map((x) => x.file)).toEqual([TAIAN, SHAOYANG]);
    for (const x of results) {
      expect(x.errorCount).toBe(x.messages.filter((m) => m.severity === 'error').length);
      expect(x.warningCount).toBe(x.messages.filter((m) => m.severity === 'warning').length);
    }
    expect(r.code).toBe(1);
  });

  it('sarif validates against the SARIF 2.1.0 schema; every result has a uri and startLine ≥ 1', async () => {
    const r = await cli('check', 'fixtures/txt', join(dir, 'nothing-here.txt'), '--format', 'sarif');
    const log = JSON.parse(r.out);
    // the OASIS SARIF 2.1.0 schema (rtm.5) as shipped by @microsoft/jest-sarif; it is draft-04, and one of
    // its patterns is not valid as a Unicode regular expression, hence unicodeRegExp: false
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // both packages are CommonJS with the class/plugin also on .default, which is what NodeNext types see
    const ajv = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
    ajvFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // the validator does reject a broken log
    const broken = structuredClone(log);
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(broken)).toBe(false);

    const run = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(run.results.length).toBeGreaterThan(100);
    for (const res of run.results) {
      expect(res.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^fixtures\/txt\/00\d_[0-9a-f]+\.txt$/);
      expect(res.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
    }
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual([
      'heading-numbering', 'required-sections', 'indicator-completeness', 'text-table-consistency', 'task-units',
      'conversion-debris', 'punctuation', 'typos', 'toc-mismatch',
    ]);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(rule.help.text.length).toBeGreaterThan(100);
    }
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toBe('no such file or directory');
    expect(r.code).toBe(2);
  });

  it('github prints workflow commands with %, CR, LF escaped, and : , in properties', async () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
    const odd = file('gh/a,b:c.txt', CLEAN.replace('三、保障措施', '三、保障措施\n截止目前，认真布署。'));
    const cfg = file('gh/cfg.json', JSON.stringify({ rules: { typos: ['warning', { words: [{ pattern: '认真布署', suggest: '认真部署', note: '100%\nsure' }] }] } }));
    const r = await cli('check', odd, '--format', 'github', '--config', cfg);
    const lines = r.out.trim().split('\n');
    expect(lines.every((l) => /^::(error|warning|notice) file=[^,]*,line=\d+,col=\d+(,endLine=\d+)?(,endColumn=\d+)?,title=[^,:]+::/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('file=' + escapeProperty(odd)))).toBe(true);
    expect(r.out).toContain('::warning');
    expect(r.out).toContain('(100%25%0Asure)');
    expect(r.out).toContain('title=planlens typos::');
    expect(r.out.split('\n')).toHaveLength(lines.length + 1); // no raw newline inside a command
  });

  it('stylish groups per file with line:column, rule id and a summary; colour only when asked', async () => {
    const plain = await cli('check', TAIAN);
    expect(plain.out).toContain(`\n${TAIAN}\n`);
    expect(plain.out).toMatch(/\n\s+6:1\s+error\s+heading number “1、” mixes numbering styles.*heading-numbering\n/);
    expect(plain.out).toMatch(/✖ \d+ problems \(2 errors, \d+ warnings\)/);
    expect(plain.out).not.toMatch(/\x1b\[/); // not a TTY
    const saved = { FORCE_COLOR: process.env.FORCE_COLOR, NO_COLOR: process.env.NO_COLOR };
    try {
      process.env.FORCE_COLOR = '1';
      delete process.env.NO_COLOR;
      expect((await cli('check', TAIAN)).out).toMatch(/\x1b\[31merror/);
      expect((await cli('--no-color', 'check', TAIAN)).out).not.toMatch(/\x1b\[/);
      process.env.NO_COLOR = '1';
      expect((await cli('check', TAIAN)).out).not.toMatch(/\x1b\[/);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('-o writes the report to a file', async () => {
    const out = join(dir, 'report.json');
    const r = await cli('check', TAIAN, '--format', 'json', '-o', out);
    expect(r.out).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].file).toBe(TAIAN);
  });
});

/** The text with what fixes may change folded away: bookmarks, whitespace, punctuation width. */
function essence(text: string): string {
  return text
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(/\s+/g, '')
    .normalize('NFKC')
    .replace(/[〔【［]/g, '[')
    .replace(/[〕】］]/g, ']');
}

describe('--fix', () => {
  it('fixes the samples in place changing only debris and punctuation width: no number, name or heading changes', async () => {
    const fixDir = join(dir, 'fix');
    mkdirSync(fixDir, { recursive: true });
    for (const s of SAMPLES) copyFileSync(`fixtures/txt/${s}.txt`, join(fixDir, `${s}.txt`));
    const r = await cli('check', fixDir, '--fix', '--write', '--format', 'json');
    expect(r.err).toBe('');
    const after = JSON.parse(r.out) as { file: string; fixableCount: number; messages: { ruleId: string; message: string }[] }[];
    for (const s of SAMPLES) {
      const before = readFileSync(`fixtures/txt/${s}.txt`, 'utf8');
      const fixed = readFileSync(join(fixDir, `${s}.txt`), 'utf8');
      expect(essence(fixed), s).toBe(essence(before));
      // every number, in order
      expect(fixed.match(/\d+(\.\d+)?/g), s).toEqual(before.replace(/\[bookmark:[^\]]*\]/g, '').match(/\d+(\.\d+)?/g));
      expect(fixed).not.toContain('[bookmark:');
      // every heading of the original is still written exactly as it was
      const plan = (await analyzePlan(`fixtures/txt/${s}.txt`)).plan;
      const walk = (ss: typeof plan.sections): string[] => ss.flatMap((x) => [x.title, ...walk(x.children)]);
      const squeezed = fixed.replace(/\s+/g, '');
      for (const title of walk(plan.sections)) expect(squeezed, `${s}: ${title}`).toContain(title.replace(/\s+/g, ''));
      // the report is of the fixed text: nothing fixable is left
      const result = after.find((x) => x.file.endsWith(`${s}.txt`))!;
      expect(result.fixableCount, s).toBe(0);
      expect(result.messages.some((m) => m.message.includes('bookmark')), s).toBe(false);
    }
    // 泰安 keeps its heading numbers (never fixed): the errors remain and so does exit code 1
    expect(readFileSync(join(fixDir, '004_5d042cf0ad576120.txt'), 'utf8')).toContain('1、 编制背景');
    expect(r.code).toBe(1);
    // 邵阳's commas became full-width; its CDP is a word, not punctuation, and stays
    const shaoyang = readFileSync(join(fixDir, '001_7331ced31a583862.txt'), 'utf8');
    expect(shaoyang).toContain('“十三五”期间，在市委市政府坚强领导下，');
    expect(shaoyang).toContain('占CDP的比重');
    // 武汉's paragraphs cut by page breaks are whole again
    expect(readFileSync(join(fixDir, '003_8f351ce4ef5c39ac.txt'), 'utf8')).toContain('驰名商标和精品版权，形成');
  });

  it('-o writes the fixed text elsewhere and leaves the input alone', async () => {
    const input = file('fixo/taian.txt', readFileSync(TAIAN));
    const out = join(dir, 'fixo/taian.fixed.txt');
    const r = await cli('check', input, '--fix', '-o', out);
    expect(readFileSync(input)).toEqual(readFileSync(TAIAN));
    expect(readFileSync(out, 'utf8')).not.toContain('[bookmark:');
    expect(r.out).toContain('heading-numbering'); // the report of the fixed text goes to stdout
    expect(r.code).toBe(1);
  });

  it('keeps the encoding and the line ends of the file', async () => {
    const text = WARNS.replace(/\n/g, '\r\n');
    const gb = file('enc/gb.txt', iconv.encode(text, 'gb18030'));
    const r = await cli('check', gb, '--fix', '--write');
    const fixed = iconv.decode(readFileSync(gb), 'gb18030');
    expect(fixed).toBe(CLEAN.replace(/\n/g, '\r\n'));
    expect(r.code).toBe(0);
  });

  it('leaves .docx and .html alone with a clear line', async () => {
    const docx = file('docx/taian.docx', readFileSync('fixtures/docx/004_5d042cf0ad576120.docx'));
    const r = await cli('check', docx, '--fix', '--write');
    expect(r.err).toBe(`planlens: ${docx}: --fix works on .txt files only; this docx file was checked, not changed\n`);
    expect(readFileSync(docx)).toEqual(readFileSync('fixtures/docx/004_5d042cf0ad576120.docx'));
    expect(r.code).toBe(1);
  });
});
