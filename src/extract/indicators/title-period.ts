/**
 * The period a plan's title names: a five-year plan (`“十四五”规划`, `第十四个五年规划` → 2021–2025) or a
 * span of years (`（2021—2035年）`, `2023-2025年`). The end year is the horizon of the plan's targets.
 */
import { parseChineseInteger, parseYear, toHalfWidth, YEAR_SOURCE } from '../../nlp/numbers.js';
import { fiveYearPlanPeriod } from './years.js';

const FIVE_YEAR = /第?(十[一二三四五六七八九]?|[三四五六七八九])个?五(?:年|”|"|规划|时期|期间)/;
const SPAN = new RegExp(`(${YEAR_SOURCE})\\s*年?\\s*[-—–－~～至到]+\\s*(${YEAR_SOURCE})\\s*年`);

export function titlePeriod(title: string): { start: number; end: number } | null {
  const t = toHalfWidth(title).replace(/\s+/g, '');
  const span = SPAN.exec(t);
  if (span) {
    const a = parseYear(span[1]);
    const b = parseYear(span[2]);
    if (a !== null && b !== null && b >= a && b - a <= 30) return { start: a, end: b };
  }
  const five = FIVE_YEAR.exec(t);
  if (five) {
    const n = parseChineseInteger(five[1]);
    return n === null ? null : fiveYearPlanPeriod(n);
  }
  return null;
}

const ONE_YEAR = new RegExp(`(?<![到至])(${YEAR_SOURCE})\\s*年(?!\\s*[-—–－~～至到])`, 'g');

/**
 * The year of a document whose title names one year and no span (`某某区2024年工作要点`,
 * `某市2022年数字政府建设考评办法`): an annual document of that year. A year the title reaches to
 * (`至2025年行动计划`) is a horizon, not the document's year.
 */
export function titleYear(title: string): number | null {
  const t = toHalfWidth(title).replace(/\s+/g, '');
  if (SPAN.test(t) || FIVE_YEAR.test(t)) return null;
  const years = [...t.matchAll(ONE_YEAR)].map((m) => parseYear(m[1]));
  const all = [...t.matchAll(new RegExp(`${YEAR_SOURCE}\\s*年`, 'g'))];
  return years.length === 1 && all.length === 1 ? years[0] : null;
}
