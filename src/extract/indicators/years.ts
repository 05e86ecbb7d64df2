/**
 * Years in running text: target years (`到2025年`, `2025年前`, `到“十四五”末`, `“十四五”期间`), bare dates
 * (`2020年，…`) and five-year-plan periods (十三五 → 2016–2020).
 */
import { YEAR_SOURCE, parseChineseInteger, parseYear, toHalfWidth } from '../../nlp/numbers.js';

export interface YearMention {
  start: number;
  end: number;
  year: number;
  /** `到2025年`, `2025年前`, `十四五期间/末`: the year a target is for */
  target: boolean;
  /** a five-year-plan period (十四五) rather than a year */
  plan: { start: number; end: number } | null;
  /** `…以来`, `…起`: from then until now (a statement about the past) */
  since: boolean;
  /** second year of a span (`2021-2025年`): names a period, dates nothing */
  span: boolean;
  /** a year compared with (`由2020年的…`, `较2020年`): dates a baseline, not the sentence */
  reference: boolean;
}

/** Years of the Nth five-year plan (十三五 → 2016–2020). Plans run every five years since the third (1966). */
export function fiveYearPlanPeriod(n: number): { start: number; end: number } | null {
  if (n < 3 || n > 30) return null;
  const start = 1966 + 5 * (n - 3);
  return { start, end: start + 4 };
}

const Q_OPEN = '[“"‘\'「『]?';
const Q_CLOSE = '[”"’\'」』]?';
// Without a preceding word, a match may not start inside a run of whitespace (lookbehind): tried from
// every character of a long run, `\s*` rescanned the rest of the run each time (quadratic). A match
// found inside a run would have been found at the run's start, so the matches are the same.
const YEAR_RE = new RegExp(
  `(?:(?<pre>截至|截止到|截止|力争到|争取到|力争在|争取在|较之|由|从|比|较|到|至|在|于)|(?<!\\s))\\s*(?<y>${YEAR_SOURCE})\\s*年(?:\\s*(?<post>底前|末前|年底|底|末|之前|前(?![进往列沿端景])|以来|起))?`,
  'dg',
);
const SPAN_BEFORE = new RegExp(`${YEAR_SOURCE}\\s*年?\\s*[-—–－~～至到]\\s*$`);
const PLAN_RE = new RegExp(
  `(?<pre>到|至|在|于)?${Q_OPEN}(?<n>十[一二三四五六七八九]?|[三四五六七八九])五${Q_CLOSE}\\s*(?<post>期间|时期|期末|末|规划期|以来|初)?`,
  'dg',
);

/** Year mentions in the text, in order. Offsets are those of the text given. */
export function findYears(text: string): YearMention[] {
  const folded = toHalfWidth(text);
  const out: YearMention[] = [];
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(folded); m; m = YEAR_RE.exec(folded)) {
    const year = parseYear(m.groups!.y);
    if (year === null) continue;
    // 2021-2025年: the first year of a span is written without 年
    const pre = m.groups!.pre;
    const post = m.groups!.post;
    // 截至2020年底: the state at a past date; 2016年以来: from then until now
    // 2012年起5年内: a span ahead, its last year the target year (not a statement since then)
    const ahead = post === '起' ? /^\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*年内/.exec(folded.slice(m.index + m[0].length)) : null;
    if (ahead) {
      const n = parseChineseInteger(ahead[1]);
      if (n !== null && n > 0) {
        out.push({ start: m.index, end: m.index + m[0].length + ahead[0].length, year: year + n - 1, target: true, plan: null, since: false, span: false, reference: false });
        continue;
      }
    }
    const since = post === '以来' || post === '起' || pre === '截至' || pre === '截止' || pre === '截止到';
    const span = !pre && SPAN_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index));
    // 由/从/比/较2020年…, 在2018年基础上…: the year of a baseline
    const reference = pre === '由' || pre === '从' || pre === '比' || pre === '较' || pre === '较之' || /^\s*(?:的)?基础上/.test(folded.slice(m.index + m[0].length));
    const target = !since && !span && !reference && (Boolean(pre && pre !== '在' && pre !== '于') || Boolean(post && /前|底|末/.test(post)));
    out.push({ start: m.index, end: m.index + m[0].length, year, target, plan: null, since, span, reference });
  }
  PLAN_RE.lastIndex = 0;
  for (let m = PLAN_RE.exec(folded); m; m = PLAN_RE.exec(folded)) {
    const n = parseChineseInteger(m.groups!.n);
    const period = n === null ? null : fiveYearPlanPeriod(n);
    if (!period) continue;
    const post = m.groups!.post ?? '';
    // 十四五 alone (十四五规划, 十四五时期) names the plan; with 期间/末/时期 it dates what follows
    if (!post && !m.groups!.pre) continue;
    const since = post === '以来' || post === '初';
    out.push({ start: m.index, end: m.index + m[0].length, year: period.end, target: !since, plan: period, since, span: false, reference: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
