/**
 * The value model: a number or a range with its unit as written, a comparator and its normalized form.
 * findValueMentions() finds every `[comparator] number [unit] [— number [unit]] [suffix]` in a text;
 * parseCellValue() reads one table cell (`85%以上`, `/`, `1-2`, `≥5`, `1.5万`).
 */
import type { Comparator, NumericValue } from '../../schema/plan.js';
import { ARABIC_NUMBER_SOURCE, CN_DIGITS, CN_NUMBER_SOURCE, MIXED_NUMBER_SOURCE, parseNumber, toHalfWidth } from '../../nlp/numbers.js';
import { UNIT_SOURCE, normalizeValue } from '../../nlp/units.js';
import { PREFIX_COMPARATORS, RANGE_SEPARATORS, SUFFIX_COMPARATORS, TABLE, alternation, escapeRe } from './words.js';
import { multipleMentions } from './multiple-of-base.js';
import { tenthsMentions } from './tenths.js';
import { ratioMentions } from './ratio-to-one.js';

export interface ValueMention {
  /** offsets in the text searched (half-width folding keeps offsets) */
  start: number;
  end: number;
  /** the mention as written, comparator words included */
  raw: string;
  value: NumericValue;
  unit: string | null;
  comparator: Comparator;
  /** a comparator word or symbol was written (以上, 不低于, ≥ …), or the value is a range */
  explicit: boolean;
  /** the number is written in Chinese (十二, 两) */
  chinese: boolean;
  /** the mention qualifies a noun (`产值50亿元以上的产业`): part of a name, not a target */
  modifier: boolean;
  /** 翻一番/翻两番: a multiple of the base (2, 4 倍), a target by itself */
  doubling?: true;
}

const NUM = `(?:${MIXED_NUMBER_SOURCE}|${ARABIC_NUMBER_SOURCE}|${CN_NUMBER_SOURCE})`;
const PREFIX = alternation(Object.keys(PREFIX_COMPARATORS));
// a line break may fall inside a suffix word (92%以\n上)
const SUFFIX = alternation(Object.keys(SUFFIX_COMPARATORS)).split('|').map((w) => w.replace(/(?<!\\)(?=.)/gu, '\\s*').replace(/^\\s\*/, '')).join('|');
const SEP = RANGE_SEPARATORS.map(escapeRe).join('|');

// Not inside a longer number, not an ordinal (第三), not the tail of a Chinese numeral run.
const MENTION_SOURCE =
  `(?<![\\d.${CN_DIGITS}第])` +
  `(?:(?<pre>${PREFIX})\\s*)?` +
  `(?<n1>${NUM})\\s*(?<u1>${UNIT_SOURCE})?` +
  `(?:\\s*(?<sep>${SEP})\\s*(?<n2>${NUM})\\s*(?<u2>${UNIT_SOURCE})?)?` +
  `(?:\\s*(?<suf>${SUFFIX}))?`;
const MENTION = new RegExp(MENTION_SOURCE, 'g');
// the same, sticky and with group offsets ('d' costs an array per group on every match): only asked
// again where a mention has to be cut back to its first number
const MENTION_AT = new RegExp(MENTION_SOURCE, 'dy');

// 翻番, 翻一番, 翻两番: the base doubled n times (a fixed phrase, its numeral counts 番, not a noun)
const DOUBLING = /翻\s*(?:([一二两三四])\s*)?番/g;
const DOUBLINGS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4 };

/** 翻一番 → 2 倍, 翻两番 → 4 倍, 翻番 → 2 倍: a target stated as a multiple of its base. */
function doublingMentions(folded: string, text: string): ValueMention[] {
  const out: ValueMention[] = [];
  if (!folded.includes('番')) return out;
  for (const m of folded.matchAll(DOUBLING)) {
    // 持续翻番, 不断翻番: a trend of doubling, no multiple of one base
    if (/(?:持续|不断|连续|逐年)\s*$/.test(folded.slice(Math.max(0, m.index - 3), m.index))) continue;
    const times = DOUBLINGS[m[1] ?? '一'];
    const start = m.index;
    const end = start + m[0].length;
    out.push({ start, end, raw: text.slice(start, end), value: 2 ** times, unit: '倍', comparator: '=', explicit: true, chinese: true, modifier: false, doubling: true });
  }
  return out;
}

const PER_UNIT = new RegExp(`^/(?:${UNIT_SOURCE})`);
const SUFFIX_AT = new RegExp(`^\\s*(${SUFFIX})`);

// 三分之一, 5分之2: a fraction, read as a share in per cent
// 百分之五点五: Chinese decimals follow 点, digit by digit
const FRACTION = new RegExp(`(?<![\\d.${CN_DIGITS}第])(?<den>${NUM})\\s*分之\\s*(?<num>${NUM})(?:点(?<dec>[〇零一二三四五六七八九]+))?(?:\\s*(?<suf>${SUFFIX}))?`, 'g');
const DECIMAL_DIGITS = '〇一二三四五六七八九';

/** `三分之一以上` → 33.33 % >=: a fraction is a share. */
function fractionMentions(folded: string, text: string): ValueMention[] {
  const out: ValueMention[] = [];
  if (!folded.includes('分之')) return out;
  for (const m of folded.matchAll(FRACTION)) {
    const den = parseNumber(m.groups!.den);
    const whole = parseNumber(m.groups!.num);
    const dec = m.groups!.dec;
    const num = whole === null || !dec ? whole : Number(`${whole}.${[...dec].map((c) => DECIMAL_DIGITS.indexOf(c === '零' ? '〇' : c)).join('')}`);
    if (den === null || num === null || den === 0) continue;
    const suf = m.groups!.suf?.replace(/\s+/g, '');
    const start = m.index;
    const end = start + m[0].length;
    out.push({
      start,
      end,
      raw: text.slice(start, end),
      value: Math.round((num / den) * 10000) / 100,
      unit: '%',
      comparator: suf ? SUFFIX_COMPARATORS[suf] : '=',
      explicit: Boolean(suf),
      chinese: !/\d/.test(m[0]),
      modifier: false,
    });
  }
  return out;
}

const TIME_UNITS = /^(?:个工作日|工作日|小时|分钟|天|日|周|个月|月|年)$/;
/**
 * A value that qualifies the noun after it rather than being a target: `产值50亿元以上的企业`,
 * `百亿级产业集群`, `50万人口规模`.
 */
function isModifier(after: string, suffix: string | undefined, unit: string | null, chinese: boolean, ranged: boolean): boolean {
  // 50万人口规模, 100万人口以上城市: a population is the size of the place; 7万人口集聚 counts people
  if (/^\s*(?:的|级|规模|量级|制|人口(?:规模|以上|以下|的|城市|大县|大市))/.test(after)) return true;
  // 千亿产业集群, 百亿企业, 千亿斤粮食产能提升行动: a round figure in words before a noun names a class or a
  // programme (突破千亿大关, 迈上千亿台阶 still state a level)
  if (chinese && unit !== null && /^(?:万|亿|千万|百万|万亿)/.test(unit) && suffix === undefined) return /^\p{Script=Han}/u.test(after) && !/^(?:台阶|大关|目标|水平|以|左右|和|及|与|或)/.test(after);
  // 淘汰10蒸吨以下燃煤锅炉, 65岁以上老年人, 0-6岁儿童: a bound or range on a measure of the noun after it marks off the things
  // named; a bound on a count or a share (3个以上产业, 70%以上企业) counts them, and a level kept or a goal
  // (100亿斤以上水平, 7%以上目标) is still the value
  if (!(ranged || (suffix !== undefined && /^(?:以上|以下)$/.test(suffix.replace(/\s+/g, '')))) || unit === null) return false;
  if (COUNTING_UNIT.test(unit) || /[%‰]|百分点|\//.test(unit)) return false;
  return /^\p{Script=Han}/u.test(after) && !/^(?:水平|目标|和|及|与|或|并|且|为|是|左右)/.test(after);
}
/** measure words that count the noun after them (个, 家, 人 …), a scale word before them allowed */
const COUNTING_UNIT = /^(?:万|亿|千万|百万)?(?:个|家|项|座|所|条|处|名|人|户|套|台|件|场|次|支|批|列|架|辆|位|例|种|款|部|张|只|艘|栋|间|头|笔|篇|本|册|首|幅|盏|趟|批次|人次|件次|家次|项次|场次|班次)$/;

/** a verb that holds or brings a measure to a level (控制在, 保持在, 降至 …) */
const HELD_AT = /(?:控制在|保持在|稳定在|维持在|降至|降低到|降到|下降到|提高到|提升到|提高至|提升至|延长到|延长至|达到)\s*$/;
/**
 * 数据中心电能利用效率控制在1.3以内, 容积率保持在2.0以下: a number without a unit, held at a level by a verb
 * before it and bounded by a word after it, is the value of a ratio or an index (a code or a list label
 * is never bounded so).
 */
function isHeldLevel(folded: string, at: number): boolean {
  return HELD_AT.test(folded.slice(Math.max(0, at - 4), at));
}

export interface FindOptions {
  /** only mentions with a unit (running text: a bare number is a code, a phone number, a list label) */
  requireUnit: boolean;
}

/** Every value mention in the text, left to right, non-overlapping. */
export function findValueMentions(text: string, options: FindOptions): ValueMention[] {
  const folded = toHalfWidth(text);
  const out: ValueMention[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(folded); m; m = MENTION.exec(folded)) {
    const g = m.groups!;
    let end = m.index + m[0].length;
    let n2: string | undefined = g.n2;
    let u2: string | undefined = g.u2;
    let suf: string | undefined = g.suf;
    const n1v = parseNumber(g.n1);
    const n2v = n2 !== undefined ? parseNumber(n2) : null;
    if (n2 !== undefined && n2v === null) {
      // the "range" was not one (二到十三五): keep the first number and its unit only
      n2 = undefined;
      u2 = undefined;
      suf = undefined;
      MENTION_AT.lastIndex = m.index;
      const idx = MENTION_AT.exec(folded)!.indices!.groups!;
      end = (idx.u1 ?? idx.n1)[1];
    }
    if (n1v === null) continue;
    // 零部件, 零售: a numeral that starts with 零 counts nothing
    if (/^[零〇]/.test(g.n1)) {
      MENTION.lastIndex = m.index + 1;
      continue;
    }
    // a line break may fall between a scale word and its unit (500万\n亩)
    let unit = (u2 ?? g.u1 ?? null)?.replace(/\s+/g, '') || null;
    // 95立方米/公顷, 150立方米/小时: a unit over a unit is one unit
    const per = unit && !suf ? PER_UNIT.exec(folded.slice(end)) : null;
    if (per && !unit!.includes('/')) {
      unit += per[0];
      end += per[0].length;
      const bound = SUFFIX_AT.exec(folded.slice(end));
      if (bound) {
        suf = bound[1];
        end += bound[0].length;
      }
    }
    const chinese = !/\d/.test(g.n1);
    // 平均受教育年限提高到11.5年: a number that cannot be a date (a fraction, under 100), brought to a level,
    // counts years
    if (!unit && !suf && n2 === undefined && !chinese && folded[end] === '年' && (n1v < 100 || !Number.isInteger(n1v)) && isHeldLevel(folded, m.index)) {
      unit = '年';
      end += 1;
      const bound = SUFFIX_AT.exec(folded.slice(end));
      if (bound) {
        suf = bound[1];
        end += bound[0].length;
      }
    }
    if (options.requireUnit && !unit && !(suf && !chinese && isHeldLevel(folded, m.index))) continue;
    // a lone 一 before a measure word is an article (一个平台, 一批企业), not a count
    if (chinese && g.n1 === '一' && !g.pre && !suf && n2 === undefined) continue;
    // trailing whitespace is not part of the mention
    while (end > m.index && /\s/.test(folded[end - 1])) end--;
    const start = m.index;
    const value: NumericValue = n2 !== undefined && n2v !== null ? [n1v, n2v] : n1v;
    let comparator: Comparator = Array.isArray(value)
      ? 'range'
      : g.pre
        ? PREFIX_COMPARATORS[g.pre]
        : suf
          ? SUFFIX_COMPARATORS[suf.replace(/\s+/g, '')]
          : '=';
    let after = folded.slice(end);
    // 48小时内办结: a span of time followed by 内 is an upper bound
    if (!g.pre && !suf && unit && TIME_UNITS.test(unit) && /^内/.test(after)) {
      comparator = '<=';
      suf = '内';
      end += 1;
      after = folded.slice(end);
    }
    // a factor of a formula (`=（达标面积/总面积）×100%`) is no value of anything
    const formula = /[×÷*/]\s*$/.test(folded.slice(Math.max(0, m.index - 2), m.index));
    out.push({
      start,
      end,
      raw: text.slice(start, end),
      value,
      unit,
      comparator,
      explicit: Boolean(g.pre || suf || Array.isArray(value)),
      chinese,
      modifier: formula || isModifier(after, suf, unit, chinese, Array.isArray(value)),
    });
    MENTION.lastIndex = end > m.index ? end : m.index + 1;
  }
  const whole = [...doublingMentions(folded, text), ...fractionMentions(folded, text), ...multipleMentions(folded, text), ...tenthsMentions(folded, text), ...ratioMentions(folded, text)];
  if (whole.length === 0) return out;
  const outside = out.filter((v) => !whole.some((d) => v.start < d.end && d.start < v.end));
  return [...outside, ...whole].sort((a, b) => a.start - b.start);
}

export interface CellValue {
  value: NumericValue | null;
  unit: string | null;
  comparator: Comparator;
  raw: string;
  /** the cell held text that is not a value (持续提升) */
  unparsed: boolean;
}

/** One table cell: `85%以上` → 85 % >=; `/`, `—`, empty → null; `1-2` → [1, 2] range; `≥5` → 5 >=. */
export function parseCellValue(text: string): CellValue {
  const raw = text.trim();
  const compact = raw.replace(/\s+/g, '');
  if (TABLE.emptyCells.has(compact)) return { value: null, unit: null, comparator: '=', raw, unparsed: false };
  // `[累计达到1000]`, `[20]`, `五年累计约110`: a cumulative target, in square brackets or not; the words
  // that do not change the value go before the value is looked for (五 of 五年 is no value)
  const bare = compact.replace(/[[\]【】]/g, '').replace(/累计|达到|五年/g, '');
  const mentions = findValueMentions(bare, { requireUnit: false });
  if (mentions.length === 1) {
    const m = mentions[0];
    // what is left around the value must be words that do not change it (年均)
    const rest = (bare.slice(0, m.start) + bare.slice(m.end)).replace(/[()（）]/g, '');
    if (rest.length <= 4) return { value: m.value, unit: m.unit, comparator: m.comparator, raw, unparsed: false };
  }
  return { value: null, unit: null, comparator: '=', raw, unparsed: true };
}

/** `normalized` for a value and its unit, or undefined (no value, no unit). */
export { normalizeValue };
