/**
 * The names of a list before 分别 (`A、B和C分别达到X、Y、Z`), fitted to the number of values after it:
 * - names sharing a head written once: `一、二、三产增加值` → 一产增加值, 二产增加值, 三产增加值;
 * - a paired prefix standing for two names: `城乡居民人均可支配收入` with two values → 城镇…, 农村…;
 * - an intensity opening the first name is said of each: `单位GDP能耗和二氧化碳排放` → 单位GDP能耗, 单位GDP二氧化碳排放;
 * - a verb of change after 分别 belongs to each name: `分别增长` → <name>增长.
 */
import { CHANGE_VERBS, PAIRED_PREFIXES, SHARED_INTENSITIES } from './words.js';

const SEPARATORS = /、|以及|和|及|与/;
/** the last character of a measure (能耗, 产量, 比率, 金额, 人数, 产值, 密度) */
const MEASURE_END = /[量率耗额数值度]$/;
/** 比2020年, 较上年: a comparison base before a verb of change (its year may come masked: □□□□□□) */
const COMPARED_WITH = /^(?:(?:比|较)[^，。；增降提减下]{0,10}?|\u25A1+)(?=增|降|提|减|下)/;

/** `城镇居民` before `农村居民人均可支配收入`: as long as the last name's opening subject and ending alike */
function sharesHeadOf(part: string, last: string): boolean {
  const n = [...part].length;
  return n >= 2 && [...last].length > n + 1 && last.slice(n - 1, n) === part.slice(n - 1) && last.slice(0, n) !== part;
}

/**
 * `cleaned`: the text before 分别 with fillers removed; `values`: how many values follow; `after`: the text
 * right after 分别 (for its verb); `clean`: the name cleaner.
 */
export function listNames(cleaned: string, values: number, after: string, clean: (s: string) => string): string[] {
  const parts = cleaned.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  let names: string[];
  const last = parts[parts.length - 1] ?? '';
  const short = parts.slice(0, -1);
  // a short part that is a measure itself (能耗, 产量: ending in a measure word) names an indicator of its
  // own; only a modifier (一、二、三产; 城镇) shares the head the last name writes once
  if (parts.length >= 2 && short.every((p) => [...p].length <= 2 && !MEASURE_END.test(p)) && [...last].length > short[0].length + 1) {
    // 一、二、三产增加值: the last name's head after its own short prefix is shared
    const head = last.slice(short[0].length);
    names = [...short.map((p) => p + head), last];
  } else if (parts.length >= 2 && short.every((p) => sharesHeadOf(p, last))) {
    // 城镇居民和农村居民人均可支配收入: a subject parallel to the last one's (same length, same last word)
    // takes the head written once after it
    names = [...short.map((p) => clean(p + last.slice(p.length))), clean(last)];
  } else {
    names = parts.map(clean);
  }
  const intensity = names.length >= 2 ? SHARED_INTENSITIES.find((p) => names[0].startsWith(p) && names[0].length > p.length) : undefined;
  if (intensity) names = names.map((n) => (n.startsWith('单位') || n.startsWith('万元') ? n : intensity + n));
  if (names.length === 1 && values === 2) {
    const prefix = Object.keys(PAIRED_PREFIXES).find((p) => names[0].startsWith(p));
    if (prefix) names = PAIRED_PREFIXES[prefix].map((p) => p + names[0].slice(prefix.length));
  }
  // 分别比2020年增长40%和50%: the base of the comparison stands between 分别 and its verb
  const verbText = after.trimStart().replace(COMPARED_WITH, '');
  const verb = CHANGE_VERBS.find((v) => verbText.startsWith(v));
  return names.map((n) => (verb && !n.endsWith(verb) ? n + verb : n));
}
