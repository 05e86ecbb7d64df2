/**
 * No regular expression (or scan) may take super-linear time: every stage (ingest, segment, meta,
 * indicators, tasks, units) runs on adversarial strings of 100,000 characters in a child process that
 * is killed past a generous limit. Each string is tried bare (a one-line file) and inside a plan
 * skeleton (goals and task sections, a table row), where the indicator and responsibility parsers see it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from './robust-helpers.js';

const N = 100_000;
const LIMIT_MS = 10_000;

const rep = (unit: string, n = N): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const ADVERSARIAL: Record<string, string> = {
  digits: rep('1'),
  'digits-dots': rep('1.1.1.'),
  'digit-commas': rep('1,'),
  'decimals-percent': rep('12.5%'),
  'open-parens-cjk': rep('（'),
  'open-parens-mixed': rep('（（（(【〔'),
  'parens-unbalanced': rep('（（（）'),
  'open-then-wrong-close': rep('（', N / 2) + rep('】', N / 2),
  'quotes-unclosed': rep('“《'),
  'em-dashes': rep('——'),
  hyphens: rep('- '),
  pipes: rep('|'),
  'pipe-cells': rep(' |'),
  'tabs-between-words': rep('指标\t'),
  'to-year-no-target': rep('到2025年'),
  'to-year-comma': rep('力争到2025年，'),
  years: rep('2025年'),
  'cn-headings': rep('一、'),
  'paren-headings': rep('（一）'),
  chapters: rep('第一章'),
  'circled-numbers': rep('①'),
  comparators: rep('不低于'),
  'reach-verbs': rep('达到'),
  'cn-numerals': rep('一二三四五六七八九十百千万亿'),
  'value-unit': rep('专利1件，'),
  'unit-bracket-open': rep('（市市场监管局牵头，'),
  'unit-list': rep('市科技局、'),
  'lead-marks': rep('牵头'),
  'positional-notes': rep('（列第一位的为牵头单位，下同）'),
  'role-sentences': rep('由市A局牵头，市B局配合。'),
  'bare-unit-lists': rep('（市A局、市B局）'),
  'shisiwu': rep('十四五'),
  'full-width-spaces': rep('　规'),
  bookmarks: rep('[bookmark: _Toc1'),
  // many lines: the flattened-table and page-break scanners look across lines
  'pipe-lines': rep('|\n'),
  'tab-lines': rep('\t\n规\n'),
  'heading-lines': rep('一、\n'),
  'page-number-lines': rep('—1—\n'),
  'split-word-lines': rep('精\n\n'),
  'cell-lines': rep('指标 |\n||||\n'),
};

/**
 * Cases known to be super-linear today, each with the hot spot (reported to the lead; the files belong
 * to other work). They are skipped so the suite stays fast, with the reason in the test name; set
 * PLANLENS_REDOS_ALL=1 to run them. Remove an entry once its hot spot is fixed. (Empty: the six cases
 * listed here before, in ingest/flat-tables.ts, extract/tasks.ts and extract/indicators/sentences.ts,
 * were made linear.)
 */
const KNOWN_SUPERLINEAR: Record<string, string> = {};
const runKnown = process.env.PLANLENS_REDOS_ALL === '1';

/** The string alone, and inside a skeleton where goals, tasks and a table see it. */
function documents(name: string, s: string): Array<{ name: string; text: string }> {
  const inPlan = [
    '某市知识产权发展规划',
    '一、总体要求',
    '（一）主要目标',
    `到2025年，${s}`,
    '二、重点任务',
    '（一）加强知识产权保护',
    `1.完善保护体系。${s}（市市场监管局牵头）`,
    '指标 | 2020年 | 2025年 |',
    `${s.slice(0, 5000)} | 1 | 2 |`,
    '三、保障措施',
    '加强组织领导。',
  ].join('\n');
  return [
    { name: `${name}/bare`, text: s },
    { name: `${name}/in-plan`, text: inPlan },
  ];
}

interface Report {
  name: string;
  ms?: Record<string, number>;
  error?: string | null;
  killed?: boolean;
  /** the stage that was running when the child was killed */
  stage?: string;
}

/** Run the documents in one child, one after the other; kill it when one runs past the limit and go on in a fresh child. */
async function runAll(docs: Array<{ name: string; text: string }>): Promise<Map<string, Report>> {
  const reports = new Map<string, Report>();
  let next = 0;
  while (next < docs.length) {
    const child = spawn(process.execPath, [join(ROOT, 'test/redos-child.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] });
    let current: string | null = null;
    let stage = '';
    let timer: NodeJS.Timeout | null = null;
    const arm = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    };
    const lines = createInterface({ input: child.stdout });
    const finished = new Promise<void>((resolve) => child.on('close', () => resolve()));
    // feed lazily: one document at a time, so the timer covers exactly one
    const feed = () => {
      if (next >= docs.length) {
        child.stdin.end();
        return;
      }
      const d = docs[next++];
      current = d.name;
      arm();
      child.stdin.write(JSON.stringify(d) + '\n');
    };
    lines.on('line', (l) => {
      const msg = JSON.parse(l) as { name: string; event: string; stage?: string; ms?: Record<string, number>; error?: string | null };
      if (msg.event === 'stage') stage = msg.stage ?? '';
      if (msg.event !== 'done') return;
      reports.set(msg.name, { name: msg.name, ms: msg.ms, error: msg.error ?? null });
      current = null;
      feed();
    });
    feed();
    await finished;
    if (timer) clearTimeout(timer);
    if (current !== null) reports.set(current, { name: current, killed: true, stage });
  }
  return reports;
}

describe(`every stage is linear on adversarial strings of ${N} characters`, () => {
  let reports: Map<string, Report>;
  const all = Object.entries(ADVERSARIAL).flatMap(([name, s]) => documents(name, s));
  const docs = all.filter((d) => runKnown || !KNOWN_SUPERLINEAR[d.name]);
  for (const d of all) {
    if (!docs.includes(d)) it.skip(`${d.name} (known super-linear: ${KNOWN_SUPERLINEAR[d.name]})`, () => {});
  }

  beforeAll(async () => {
    await ensureBuilt();
    reports = await runAll(docs);
  }, 600_000);

  for (const d of docs) {
    it(d.name, () => {
      const r = reports.get(d.name);
      expect(r, 'no report').toBeDefined();
      expect(r!.killed ?? false, `${r!.stage} still running after ${LIMIT_MS / 1000} s: super-linear time`).toBe(false);
      expect(r!.error ?? null).toBeNull();
      const total = Object.values(r!.ms ?? {}).reduce((a, b) => a + b, 0);
      expect(total).toBeLessThan(LIMIT_MS);
    });
  }

  it('reports the slowest stages (for the record)', () => {
    const rows = [...reports.values()]
      .filter((r) => r.ms)
      .map((r) => ({ name: r.name, total: Object.values(r.ms!).reduce((a, b) => a + b, 0), ms: r.ms }))
      .sort((a, b) => b.total - a.total)
      .slice(0, 5);
    console.log(rows.map((r) => `${r.name}: ${r.total} ms ${JSON.stringify(r.ms)}`).join('\n'));
    expect(rows.length).toBeGreaterThan(0);
  });
});
