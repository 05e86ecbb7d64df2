/**
 * Property-based tests (fast-check, fixed seed): random documents assembled from plan-like fragments —
 * headings of every numbering family, 目录, 专栏 boxes, indicator sentences, flattened tables, unit
 * brackets, conversion debris, noise — must parse without throwing, validate against the schema, account
 * for every non-blank line, and give the same output twice and whatever the line ends.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzePlanBytes, InputError, PlanDocument } from '../src/index.js';
import { accountedLines } from './helpers/accounting.js';

const SEED = 20_241_121;
const RUNS = Number(process.env.PLANLENS_PROPERTY_RUNS ?? 150);

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'];

const titleWord = fc.constantFrom(
  '总体要求',
  '发展基础',
  '主要目标',
  '指导思想',
  '重点任务',
  '加强知识产权保护',
  '促进知识产权运用',
  '保障措施',
  '加强组织领导',
  '强化资金保障',
  '知识产权',
  '营商环境',
  '',
);
const unitName = fc.constantFrom('市市场监管局', '市科技局', '市财政局', '各区人民政府', '市知识产权局', '市委宣传部', '市中级人民法院');
const prose = fc.constantFrom(
  '加强知识产权保护，完善工作机制。',
  '推动知识产权与产业深度融合发展',
  '健全知识产权公共服务体系，提升服务能力；',
  '在市委、市政府的领导下，各部门协同推进。',
  '大力培育高价值专利，',
  '构建“严保护、大保护、快保护、同保护”工作格局。',
  '精',
  '品版权',
);
const year = fc.integer({ min: 2015, max: 2035 });
const num = fc.oneof(fc.integer({ min: 0, max: 100_000 }).map(String), fc.double({ min: 0, max: 1000, noNaN: true }).map((x) => x.toFixed(2)));
const unit = fc.constantFrom('件', '%', '亿元', '万元', '家', '个', '人', '件/万人', '个百分点', '');

/** One fragment: one or more lines. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  // headings of every family
  fc.tuple(fc.integer({ min: 0, max: 11 }), titleWord).map(([n, t]) => `${CN[n]}、${t}`),
  fc.tuple(fc.integer({ min: 0, max: 11 }), titleWord, fc.boolean()).map(([n, t, full]) => (full ? `（${CN[n]}）${t}` : `(${CN[n]})${t}`)),
  fc.tuple(fc.integer({ min: 1, max: 20 }), fc.constantFrom('.', '．', '、', '﹒'), titleWord, prose).map(([n, sep, t, p]) => `${n}${sep}${t}。${p}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), titleWord).map(([n, t]) => `（${n}）${t}`),
  fc.tuple(fc.integer({ min: 0, max: 9 }), prose).map(([n, p]) => `${CIRCLED[n]}${p}`),
  fc.tuple(fc.integer({ min: 0, max: 9 }), titleWord, fc.constantFrom('章', '节')).map(([n, t, k]) => `第${CN[n]}${k} ${t}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), titleWord).map(([n, t]) => `专栏${n} ${t}`),
  fc.constant('目  录'),
  fc.tuple(fc.integer({ min: 1, max: 3 }), titleWord).map(([n, t]) => `附件${n}\n${t}名单`),
  fc.constant('抄送：市委各部门。\n某市人民政府办公室 2022年11月9日印发'),
  // title, cover
  fc.tuple(titleWord, fc.constantFrom('规划', '方案', '纲要', '行动计划')).map(([t, k]) => `某市${t}“十四五”${k}`),
  fc.constant('某政办发〔2022〕41号\n各县市区人民政府，市直各单位：'),
  // indicator sentences
  fc.tuple(year, num, unit).map(([y, n, u]) => `到${y}年，每万人口高价值发明专利拥有量达到${n}${u}。`),
  fc.tuple(year, num, unit, num).map(([y, n, u, b]) => `力争到${y}年，专利密集型产业增加值占GDP比重不低于${n}${u}，较${y - 5}年的${b}${u}有较大提升。`),
  fc.tuple(num, num, unit).map(([a, b, u]) => `知识产权质押融资额${a}—${b}${u}，商标注册量年均增长${a}${u}以上`),
  fc.tuple(year).map(([y]) => `到${y}年`),
  // flattened tables: pipe rows, tab rows, one cell per line
  fc.array(fc.tuple(titleWord, num, num), { minLength: 1, maxLength: 4 }).map((rows) => ['指标 | 2020年 | 2025年 | 属性 |', ...rows.map(([t, a, b]) => `${t || '专利'}拥有量（件） | ${a} | ${b} | 预期性 |`)].join('\n')),
  fc.array(fc.tuple(titleWord, num), { minLength: 1, maxLength: 3 }).map((rows) => rows.map(([t, a]) => `${t}\t${a}\t预期性`).join('\n')),
  fc.array(titleWord, { minLength: 1, maxLength: 4 }).map((cells) => cells.map((c) => `\t${c}`).join('\n\t\n')),
  fc.constant('||||'),
  // unit brackets
  fc.tuple(prose, unitName, unitName).map(([p, a, b]) => `${p}（${a}牵头，${b}配合）`),
  fc.tuple(unitName, unitName).map(([a, b]) => `【责任单位：${a}、${b}】`),
  fc.tuple(prose, unitName).map(([p, a]) => `${p}（责任单位：${a}`),
  // debris
  fc.tuple(fc.integer({ min: 1, max: 99 })).map(([n]) => `[bookmark: _Toc${n}]`),
  fc.integer({ min: 1, max: 60 }).map((n) => `—${n}—`),
  fc.integer({ min: 1, max: 60 }).map((n) => `- ${n} -`),
  fc.tuple(prose, prose).map(([a, b]) => `${a}\n\n${b}`),
  // noise: any text, blank and whitespace lines
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('', ' ', '\t', '　'),
  prose,
);

const documentText = fc.array(fragment, { minLength: 1, maxLength: 40 }).map((fs) => fs.join('\n'));

/** Non-blank lines not inside a section, a part, or a diagnostic's range. */
function unaccounted(text: string, doc: PlanDocument): number[] {
  const covered = accountedLines(doc);
  // the same split as the ingest (encoding.ts splitLines), NUL and other controls count as text
  return text
    .split(/\r\n|\r|\n/)
    .map((l, i) => ({ l, n: i + 1 }))
    .filter(({ l, n }) => l.trim() !== '' && !covered.has(n))
    .map(({ n }) => n);
}

async function parseText(text: string): Promise<{ plan: PlanDocument } | InputError> {
  try {
    const r = await analyzePlanBytes(Buffer.from(text, 'utf8'), 'random.txt');
    return { plan: r.plan };
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
}

describe(`random plan-like documents (seed ${SEED}, ${RUNS} runs)`, () => {
  it('never throw, validate against the schema, account for every line, are deterministic and line-end independent', async () => {
    await fc.assert(
      fc.asyncProperty(documentText, async (text) => {
        const parsed = await parseText(text);
        if (parsed instanceof InputError) {
          // only text that is not text may be refused: blank, or mostly control characters
          expect(parsed.message).toMatch(/whitespace|does not look like a text file|HTML page/);
          return;
        }
        const doc = parsed.plan;
        const check = PlanDocument.safeParse(doc);
        expect(check.success, check.error?.message).toBe(true);
        expect(unaccounted(text, doc)).toEqual([]);
        const again = await parseText(text);
        expect(JSON.stringify((again as { plan: PlanDocument }).plan)).toBe(JSON.stringify(doc));
        const crlf = await parseText(text.replace(/\r\n|\r|\n/g, '\r\n'));
        expect(JSON.stringify({ ...(crlf as { plan: PlanDocument }).plan, source: null })).toBe(JSON.stringify({ ...doc, source: null }));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);
});
