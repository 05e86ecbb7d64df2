/**
 * Quantitative targets in running text (the goals part and the tasks): `到2025年，万人发明专利拥有量不低于5件`,
 * `培育…企业200家以上`, `A、B、C分别达到32000件、12000件、1000件`, `力争…突破40亿元`. Past figures
 * (十三五期间…达到…, 2020年…达到…) and non-numeric aims (显著提高) give nothing.
 */
import type { Comparator, NumericValue } from '../../schema/plan.js';
import { toHalfWidth } from '../../nlp/numbers.js';
import { splitUnit } from '../../nlp/units.js';
import { findValueMentions, type ValueMention } from './values.js';
import { listNames } from './list-names.js';
import { NORM_LABEL, conditionClauses, normKind } from './norms.js';
import { subjectOf, withShareSubject } from './share-subject.js';
import { withElidedObject } from './elided-object.js';
import { withGenericHead } from './generic-head.js';
import { findYears, type YearMention } from './years.js';
import { ANNOUNCEMENT_SOURCE } from './announcement.js';
import { isChangeStart } from './change-start.js';
import { isMultipleBase } from './multiple-of-base.js';
import {
  ACTION_VERBS,
  CHANGE_VERBS,
  HEDGES,
  LEADING_FILLERS,
  NOUNS_OPENING_WITH_VERB,
  METRIC_VERBS,
  PAST_MARKERS,
  PREFIX_COMPARATORS,
  RED_LINES,
  TARGET_CUES,
  TRAILING_FILLERS,
} from './words.js';

export interface TextTarget {
  name: string;
  unit: string | null;
  value: NumericValue;
  comparator: Comparator;
  hedge: '力争' | null;
  year: number | null;
  /** the value as written (`200家以上`) */
  raw: string;
  /** the sentence, exactly as in the text */
  quote: string;
  /** offset of the sentence in the text */
  offset: number;
  baseline: { year: number | null; value: NumericValue | null; raw: string } | null;
  /** the target follows a phrase announcing targets (主要预期目标是：) in the same run up to 。 */
  announced: boolean;
}

export interface TextContext {
  /** target year stated by the section or paragraph above (`到2025年` at the head of the goals part) */
  inheritedYear: number | null;
  /** the plan's target year, to tell past figures from targets (null: unknown) */
  horizon: number | null;
  /** the year of an annual document (what 今年 means); null for other plans */
  currentYear?: number | null;
  /** year of a target that states none and inherits none (the horizon in the goals part) */
  defaultYear?: number | null;
  /**
   * The text is a plan's work arrangement (a task part of a report or plan, not a review): a count of
   * things it will do needs no target word (抓好11个项目, 发放消费券2500万元) unless the clause describes.
   */
  imperative?: boolean;
  /** the text before this one (the lines above, in the same section) last dated the past */
  pastBefore?: boolean;
  /** first year of the document's period (an annual document's year, a titled plan's first year): years before it are past */
  periodStart?: number | null;
  /** the section reports the past (发展基础, 工作回顾): only sentences dated in the future are targets */
  pastSection?: boolean;
}

export interface TextDiagnostic {
  code: string;
  message: string;
  actual: string;
  offset: number;
}

export interface TextResult {
  targets: TextTarget[];
  /** first target year the text states (`到2025年`), for the paragraphs after it */
  statedYear: number | null;
  diagnostics: TextDiagnostic[];
  /** the last dated sentence of the text spoke of the past (for the text after it) */
  endsPast: boolean;
}

const MASK = '\u25A1'; // □: same length, never a digit, unit or delimiter
const QUOTE_PAIRS: [string, string][] = [['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['《', '》'], ['〈', '〉'], ['"', '"']];
/** a quotation longer than this is a quoted passage (or an unmatched mark), not a name: left alone */
const MAX_QUOTED = 30;
const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;
const ANY_QUOTE_OPEN = new RegExp(`[${QUOTE_PAIRS.map(([open]) => open).join('')}]`);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (xs: string[]) => xs.map(escape).join('|');

const HEDGE_WORDS = Object.keys(HEDGES);
const CUE_WORDS = [...new Set([...METRIC_VERBS.filter((w) => w.length > 1 || w === '达'), ...ACTION_VERBS, ...TARGET_CUES, ...HEDGE_WORDS, ...Object.keys(PREFIX_COMPARATORS)])];
const CUE_RE = new RegExp(alt(CUE_WORDS.sort((a, b) => b.length - a.length)));
const PAST_RE = new RegExp(alt(PAST_MARKERS));
const ANNOUNCEMENT_RE = new RegExp(ANNOUNCEMENT_SOURCE, 'g');
const RELATIVE_YEAR_RE = /今年|明年/g;

/** 今年 and 明年 of an annual document, as target years. */
function relativeYears(text: string, currentYear: number | null | undefined): YearMention[] {
  if (currentYear == null) return [];
  const out: YearMention[] = [];
  for (const m of text.matchAll(RELATIVE_YEAR_RE)) {
    const year = m[0] === '明年' ? currentYear + 1 : currentYear;
    out.push({ start: m.index, end: m.index + 2, year, target: true, plan: null, since: false, span: false, reference: false });
  }
  return out;
}

/** Spans from each phrase announcing targets (预期目标是) to the next 。: the targets stated there. */
function announcedSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(ANNOUNCEMENT_RE)) {
    const stop = text.indexOf('。', m.index);
    out.push({ start: m.index, end: stop < 0 ? text.length : stop });
  }
  return out;
}

const YEAR_WORD = String.raw`(?:(?:19|20|21)\d{2}|[一二][〇零0一二三四五六七八九]{3})`;
const LEADING_JUNK = new RegExp(
  String.raw`^(?:[\s—\-–、,，.。:：;；·•●□]+|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)]|[①-⑳]` +
    String.raw`|(?:力争|争取)?(?:到|至|在)?\s*${YEAR_WORD}\s*年(?:底|末)?(?:前)?` +
    // 6月底前完成…, 年底前建成…: when, not what
    String.raw`|(?:到|至|在|于)?\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月|年)(?:底|末)(?:前|之前)` +
    String.raw`|(?:到|至|在)?[“"]?(?:十[一二三四五六七八九]?|[三四五六七八九])五[”"]?(?:期间|时期|期末|末)?` +
    `|(?!${alt(NOUNS_OPENING_WITH_VERB)})(?:${alt([...LEADING_FILLERS, ...HEDGE_WORDS, ...ACTION_VERBS].sort((a, b) => b.length - a.length))}))`,
);
const COMPARATOR_WORDS_LONGEST_FIRST = Object.keys(PREFIX_COMPARATORS).sort((a, b) => b.length - a.length);
const TRAILING_WORDS = [...METRIC_VERBS, ...TRAILING_FILLERS, ...Object.keys(PREFIX_COMPARATORS), '的', '分别', '均'].sort((a, b) => b.length - a.length);
const TRAILING_JUNK_CHAR = /[\s、,，:：□]/;
// The run of junk characters may only start where the run starts (lookbehind): tried from every
// character of a long run that is not at the end, `[…]+$` was quadratic. The match found is the same.
const TRAILING_JUNK = new RegExp(String.raw`(?:(?<![\s、,，:：□])[\s、,，:：□]+|${alt(TRAILING_WORDS)})$`);
const DELIMITER = /[、，,。；;：:！？!?]/;
const RATIO_UNITS = new Set(['%', '‰', '个百分点', '百分点']);
/** a growth phrase closing a name: what remains names the level (专利申请量年均增长 → 专利申请量) */
const GROWTH_TAIL = /(?:年均|年|平均)?(?:增长|增速|增幅|提高|提升|增加)(?:率|幅度)?$/;
// …提高到2025年的20件: the year of the end value is masked with its 到 (□□□□□□的)
const CHANGE_TO = /^\s*(?:提高|提升|增加|增长|上升|扩大|降低|下降|减少|压缩)(?:(?:到|至)\s*|(?=\u25A1))(?:\u25A1+\s*(?:的)?)?\s*$/;

/** Replace quoted spans (“5个100”工程, 《…》) by a mask of the same length: numbers inside are names. */
export function maskQuotes(text: string): string {
  // most paragraphs quote nothing: one scan for any opening mark, then the spans, and a copy of the
  // text only when there are some
  if (!ANY_QUOTE_OPEN.test(text)) return text;
  const spans: [number, number][] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let i = text.indexOf(open);
    while (i >= 0) {
      const j = text.indexOf(close, i + 1);
      if (j < 0) break;
      if (j - i <= MAX_QUOTED) spans.push([i, j]);
      i = text.indexOf(open, j + 1);
    }
  }
  if (spans.length === 0) return text;
  if (ASTRAL.test(text)) return text; // astral characters would shift offsets: leave as is
  return maskSpans(
    text,
    spans.map(([i, j]) => ({ start: i, end: j + 1 })),
  );
}

function maskRanges(text: string, ranges: { start: number; end: number }[]): string {
  return ranges.length === 0 ? text : maskSpans(text, ranges);
}

/** The text with every span [start, end) replaced by as many MASK characters (spans may overlap). */
function maskSpans(text: string, spans: { start: number; end: number }[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let from = 0; // text before `from` is already in out
  for (const { start, end } of sorted) {
    const s = Math.max(start, from);
    const e = Math.min(end, text.length);
    if (e <= s) continue;
    out += text.slice(from, s) + MASK.repeat(e - s);
    from = e;
  }
  return out + text.slice(from);
}

/** Sentences: up to 。！？；, offsets into the text. */
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // a line break ends a sentence only before a list marker or a blank line: inside a paragraph it is a
  // wrapped line (PDF text: `…比例达到\n4.5%左右。`)
  const re = /(?:[^。！？!?；;\n]|\n(?![\s\n]|[（(]?[一二三四五六七八九十\d]+[、.．)）](?!\d)|[-—•●·]))+[。！？!?；;]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && text[start] === '\n') start++;
    while (end > start && text[end - 1] === '\n') end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Clauses of a sentence, split at ，,：: (a comma between digits is a thousands separator). */
function clauses(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    const isComma = ch === '，' || ch === '：' || ch === ':' || (ch === ',' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')));
    if (isComma) {
      out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  out.push({ start: s, end });
  return out;
}

/** An indicator name from the words around a value: fillers, verbs, years and comparators trimmed. */
export function cleanName(raw: string): string {
  // 发展目标为地区生产总值…: the announcement before a name is not part of it
  ANNOUNCEMENT_RE.lastIndex = 0;
  let lastAnnouncement = -1;
  for (let m = ANNOUNCEMENT_RE.exec(raw); m; m = ANNOUNCEMENT_RE.exec(raw)) lastAnnouncement = m.index + m[0].length;
  if (lastAnnouncement > 0) raw = raw.slice(lastAnnouncement);
  let s = raw.replace(/\s+/g, (w, i: number, all: string) => (/[A-Za-z0-9]/.test(all[i - 1] ?? '') && /[A-Za-z0-9]/.test(all[i + w.length] ?? '') ? ' ' : ''));
  for (let guard = 0; guard < 20; guard++) {
    const before = s;
    s = s.replace(LEADING_JUNK, '');
    s = s.replace(TRAILING_JUNK, '');
    if (s === before) break;
  }
  return s.replace(/^的/, '').trim();
}

/** A name needs at least two characters of words: `万` or `的` alone is no indicator. */
function isName(s: string): boolean {
  return [...s.replace(/[^\p{L}]/gu, '')].length >= 2;
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
const isAlnum = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * isName(cleanName(text.slice(from, to))) for many slices of one text, each in time proportional to
 * what cleanName() strips rather than to the slice's length. The name after a value runs to the next
 * delimiter, so in a long clause of values (`12.5%12.5%…`) every value has a long slice after it; cleaning
 * each one in full was quadratic. Same steps as cleanName(), on offsets into the text's whitespace-folded
 * form: folding a slice folds its inner runs as the whole text does and drops the runs at its two ends;
 * LEADING_JUNK is matched on a slice of that form (no copy), and TRAILING_JUNK, which only removes the
 * junk run ending the string or else the longest listed word ending it, is done by hand.
 */
function sliceNameTester(text: string): (from: number, to: number) => boolean {
  const n = text.length;
  const at = new Int32Array(n); // where each non-space character of the text is in `folded`
  const chunks: string[] = [];
  let len = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && !isSpace(text[j])) at[j] = len + j - i, j++;
    chunks.push(text.slice(i, j));
    len += j - i;
    if (j >= n) break;
    i = j;
    while (j < n && isSpace(text[j])) j++;
    if (isAlnum(text[i - 1]) && isAlnum(text[j])) {
      chunks.push(' ');
      len++;
    }
    i = j;
  }
  const folded = chunks.join('');
  // first non-space index at or after i; one past the last non-space index before i
  const nextSolid = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) nextSolid[i] = isSpace(text[i]) ? nextSolid[i + 1] : i;
  const solidEnd = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) solidEnd[i] = isSpace(text[i - 1]) ? solidEnd[i - 1] : i;
  // letters (code points, counted where they start) in folded[0, j)
  const letters = new Int32Array(len + 1);
  for (let j = 0; j < len; j++) {
    const c = folded.charCodeAt(j);
    let letter = false;
    if (isHighSurrogate(c) && j + 1 < len && isLowSurrogate(folded.charCodeAt(j + 1))) letter = /\p{L}/u.test(folded.slice(j, j + 2));
    else if (!isHighSurrogate(c) && !isLowSurrogate(c)) letter = /\p{L}/u.test(folded[j]);
    letters[j + 1] = letters[j] + (letter ? 1 : 0);
  }
  // start of the run of TRAILING_JUNK characters ending at j - 1
  const junkFrom = new Int32Array(len + 1);
  for (let j = 1; j <= len; j++) junkFrom[j] = j >= 2 && TRAILING_JUNK_CHAR.test(folded[j - 2]) ? junkFrom[j - 1] : j - 1;
  const trailing = (a: number, b: number): number => {
    if (b <= a) return 0;
    if (TRAILING_JUNK_CHAR.test(folded[b - 1])) return b - Math.max(a, junkFrom[b]);
    const w = TRAILING_WORDS.find((w) => b - a >= w.length && folded.startsWith(w, b - w.length));
    return w?.length ?? 0;
  };
  return (from, to) => {
    const p = nextSolid[from];
    if (p >= to) return false;
    let a = at[p];
    let b = at[solidEnd[to] - 1] + 1;
    for (let guard = 0; guard < 20; guard++) {
      const a0 = a;
      const b0 = b;
      const lead = LEADING_JUNK.exec(folded.slice(a, b));
      if (lead) a += lead[0].length;
      b -= trailing(a, b);
      if (a === a0 && b === b0) break;
    }
    let count = letters[b] - letters[a];
    // a letter cut in two at the end is no letter; cleanName() removes a leading 的 at last
    if (b > a && b < len && isHighSurrogate(folded.charCodeAt(b - 1)) && isLowSurrogate(folded.charCodeAt(b)) && letters[b] > letters[b - 1]) count--;
    if (b > a && folded[a] === '的') count--;
    return count >= 2;
  };
}

/** Slices at most this long are cleaned in full (cheaper than preparing sliceNameTester). */
const SHORT_SLICE = 64;

/**
 * Where the first cue word of masked[start, end) is complete, whitespace ignored: CUE_RE finds a cue in
 * masked.slice(start, pos) without whitespace exactly when pos is at least this (Infinity: never).
 * Found once per clause; testing the growing text before each value of the clause was quadratic.
 */
function cueEnd(masked: string, start: number, end: number): number {
  const solid: string[] = [];
  const where: number[] = [];
  for (let i = start; i < end; i++) {
    if (isSpace(masked[i])) continue;
    solid.push(masked[i]);
    where.push(i);
  }
  const compact = solid.join('');
  let best = Infinity;
  for (const w of CUE_WORDS) {
    if (w === '') return start;
    const k = compact.indexOf(w);
    if (k >= 0) best = Math.min(best, where[k + w.length - 1] + 1);
  }
  return best;
}

/**
 * For each offset of masked[start, end], where a name starting there ends: the next delimiter outside
 * brackets, or the end (an unclosed bracket runs to the end). One pass from the right with the matching
 * bracket of each opening one, instead of a scan from every value (quadratic in a clause of values).
 */
function nameEnds(masked: string, start: number, end: number): Int32Array {
  const size = end - start;
  const closing = new Int32Array(size).fill(-1);
  const open: number[] = [];
  for (let i = start; i < end; i++) {
    const ch = masked[i];
    if (ch === '（' || ch === '(') open.push(i);
    else if ((ch === '）' || ch === ')') && open.length > 0) closing[open.pop()! - start] = i;
  }
  const ends = new Int32Array(size + 1);
  ends[size] = end;
  for (let i = end - 1; i >= start; i--) {
    const ch = masked[i];
    const k = i - start;
    if (ch === '（' || ch === '(') ends[k] = closing[k] >= 0 ? ends[closing[k] + 1 - start] : end;
    else if (ch === '）' || ch === ')') ends[k] = ends[k + 1];
    else ends[k] = DELIMITER.test(ch) ? i : ends[k + 1];
  }
  return ends;
}

/** Names of a list before 分别/均 (`A、B和C`). */
function splitNames(s: string): string[] {
  // items are parted by 、 (and 和/与/以及 before the last); 及 inside an item joins its words (白酒及保健酒产业,
  // 地级及以上城市)
  return s
    .split(s.includes('、') ? /、|和|与|以及/ : /和|与|以及|及(?!以上|以下)/)
    .map(cleanName)
    .filter(isName);
}

/** Index of the first item whose start is at or after `pos` (items sorted by start). */
function firstFrom(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The items (sorted by start) that lie within [start, end), in order: found by binary search and a walk
 * over the items starting there, where filtering the whole list for every sentence and clause was
 * quadratic in the number of values.
 */
function within<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let k = firstFrom(items, start); k < items.length && items[k].start < end; k++) if (items[k].end <= end) out.push(items[k]);
  return out;
}

/** Every start of `word` in `text`, in order (overlapping ones included, as indexOf from any point finds them). */
function occurrences(text: string, word: string): { start: number }[] {
  const out: { start: number }[] = [];
  if (word === '') return Array.from({ length: text.length + 1 }, (_, start) => ({ start }));
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push({ start: i });
  return out;
}

/** Is the sentence a statement of results (十三五期间…达到…, 2020年…, 截至…) rather than a target? */
function isPastSentence(text: string, years: YearMention[], horizon: number | null, currentYear: number | null = null, announced = false): boolean {
  const hasTarget = years.some((y) => y.target && !(y.plan && horizon !== null && y.plan.end < horizon) && !(currentYear !== null && y.year < currentYear));
  if (hasTarget) return false;
  if (!announced && PAST_RE.test(text)) return true;
  for (const y of years) {
    if (y.span || y.reference) continue;
    if (y.since) return true;
    if (y.plan) {
      if (horizon !== null && y.plan.end < horizon) return true;
      continue;
    }
    // a bare date before the plan's period (before the year of an annual document) states a result
    // (with no horizon known, before the present the document gives: its year, period start or date of issue)
    if ((horizon === null && (currentYear === null || y.year < currentYear)) || (horizon !== null && y.year <= horizon - 5) || (currentYear !== null && y.year < currentYear)) return true;
  }
  return false;
}

/**
 * Words of a clause that describes what exists (围绕13条产业链, 全市现有…) or states a policy's terms
 * (给予一次性奖补100万元, 最高500万元) rather than sets a target.
 */
const DESCRIBING = /围绕|依托|聚焦|立足|共有|现有|包括|涉及|以来|目前|给予|奖补|奖励|补贴|补助|贴息|最高|分为|划分|细化/;
const CHANGE_BEFORE = /(?:增加|提高|提升|增长|上调|降低|下降|减少)(?:到|至)?\s*$/;
const CONDITION_END = /的\s*[；;。]?\s*$/;
/** units of kinds, occasions and spans of time: a count in them without a target word names, it does not plan */
const NAMING_UNITS = /^(?:种|类|次|篇|届|小时|天|日|分钟|岁|个工作日)$/;

/**
 * In a plan's work arrangements a count of things to do needs no target word (抓好11个项目, 更新窨井盖
 * 5000个): written in Arabic digits (a small Chinese numeral is part of a name: 八项规定, 三张清单,
 * 千兆光网), in a unit of things, in a clause that does not describe.
 */
function isPlannedCount(m: ValueMention): boolean {
  return !m.chinese && !NAMING_UNITS.test(m.unit ?? '');
}
/** words that turn a sentence to the future whatever the sentence before it dated */
const CUE_OF_FUTURE = /力争|确保|争取|目标|计划/;
const PREDICATE_PREFIX = /^(?:突破|跨越|超过)/;
const CHANGE_ONLY = /^(?:年均)?(?:增长|下降|提高|降低|增加|减少)$/;
const AMOUNT_UNIT = /(?:元|吨|亩|斤|米|瓦|W|%)$/;
const COUNT_UNIT = /^(?:万|亿)?(?:个|家|项|座|所|条|处|名|人|户|套|台|件|场|次|支|批|列|架|辆)/;
const HAN_RUN = /^[\p{Script=Han}A-Za-z\u25A1]{1,12}$/u;
const LONG_HAN_RUN = /^[\p{Script=Han}A-Za-z\u25A1]{1,24}$/u;

/**
 * A value right before the noun that another value counts qualifies that noun, as part of its name:
 * `投资千万元以上工业项目100个`, `营业收入过100亿元企业1家` (the 100个 and 1家 are the targets).
 * A quantity with no measure word of its own (百亿企业), one in Chinese numerals (千兆城市, 三甲医院) or
 * one already bounded (300亩左右连片土地) stands before a noun as its attribute: the quantity after
 * that noun is the target.
 */
export function dropQualifiers(masked: string, ms: ValueMention[]): ValueMention[] {
  return ms.filter((a, i) => {
    const b = ms[i + 1];
    if (!b) return true;
    const between = masked.slice(a.end, b.start);
    // 由10.5件提高到2025年的20件: the start of a change, not a qualifier of the value after it
    if (CHANGE_TO.test(between)) return true;
    const bound = /(?:以上|以下|左右|以内)$/.test(a.raw);
    const bareScale = a.unit !== null && splitUnit(a.unit).base === null;
    // an attribute of that kind may stand before a long subject (城区常住人口300万以上城市建成区公共交通占机动化出行比例达到60%)
    const run = bound || bareScale || (a.chinese && !a.doubling) ? LONG_HAN_RUN : HAN_RUN;
    if (!run.test(between) || /[和及与或并]/.test(between)) return true;
    const amountBeforeCount = AMOUNT_UNIT.test(a.unit ?? '') && COUNT_UNIT.test(b.unit ?? '');
    // 推动11项救助标准提高5%以上: the bounded rate is the target, the count only says how many subjects
    const countBeforeBoundRate = COUNT_UNIT.test(a.unit ?? '') && b.explicit && RATIO_UNITS.has(b.unit ?? '');
    // 覆盖38个村的27处公墓: a quantity in a 的-phrase qualifies the counted noun after it
    const ofPhrase = /的$/.test(between);
    return !(bound || bareScale || ofPhrase || (a.chinese && !a.doubling) || amountBeforeCount || countBeforeBoundRate);
  });
}

const RED_LINE = new RegExp(alt(RED_LINES.lineWords));
const CEILING = new RegExp(alt(RED_LINES.ceilingWords));
/**
 * A quantity named as a red line or bottom line (守住52万亩耕地红线) is the floor the plan will not go
 * below; the red line of a total kept under (用水总量控制红线) is its ceiling. Null: no red line.
 */
export function redLineBound(name: string): Comparator | null {
  if (!RED_LINE.test(name)) return null;
  return CEILING.test(name) ? '<=' : '>=';
}

/** 比2020年, 较2020年末, 在2018年基础上, 比上年: the level a change or a multiple is measured from */
const COMPARISON_BASE = new RegExp(`(?:比|较)\\s*(${YEAR_WORD})\\s*年(?:底|末)?(?:的水平)?|在\\s*(${YEAR_WORD})\\s*年(?:底|末)?(?:的)?(?:水平)?基础上|(?:比|较)(?:上年|去年|基期)|同比(?=增长|下降|提高|降低|增加|减少)`);

/** A year written as the base of a comparison (比2018年, 较2020年末, 在2018年的基础上). */
function isComparisonBase(text: string, y: YearMention): boolean {
  // the year's match may hold its own 比/较 (YEAR_RE reads them as its preposition)
  return /(?:比|较)\s*$/.test(text.slice(Math.max(0, y.start - 2), y.start)) || /^(?:比|较)/.test(text.slice(y.start, y.end)) || /^\s*(?:年)?\s*(?:底|末)?\s*(?:的)?\s*(?:水平)?\s*基础上/.test(text.slice(y.end, y.end + 12));
}

/**
 * `单位地区生产总值能耗比2020年下降13.5%`, `生产总值在2018年基础上翻两番`: the comparison base written in
 * the name is the target's baseline (a year, its value unstated), not part of the name.
 */
export function comparisonBase(name: string): { name: string; baseline: NonNullable<TextTarget['baseline']> } | null {
  const m = COMPARISON_BASE.exec(name);
  if (!m) return null;
  const written = m[1] ?? m[2];
  const year = written ? findYears(`${written}年`)[0]?.year ?? null : null;
  return { name: (name.slice(0, m.index) + name.slice(m.index + m[0].length)).trim(), baseline: { year, value: null, raw: m[0] } };
}

/** `一体化平台建设（3分）`: a value alone in brackets is a note (a weight, a score), unless a target word is with it (累计约3600户). */
export function isBracketNote(masked: string, m: ValueMention): boolean {
  let open = -1;
  for (let i = m.start - 1; i >= 0 && i >= m.start - 12; i--) {
    const ch = masked[i];
    if (ch === '（' || ch === '(') {
      open = i;
      break;
    }
    if (ch === '）' || ch === ')' || DELIMITER.test(ch)) return false;
  }
  if (open < 0) return false;
  const close = /^\s*[）)]/.exec(masked.slice(m.end));
  if (!close) return false;
  const inside = masked.slice(open + 1, m.start);
  return !CUE_RE.test(inside) && !/累计|共计|合计/.test(inside);
}

/**
 * Targets in one paragraph. Year: the last target year written before the value in this paragraph
 * (`到2025年`, `十四五期间`, a bare year inside the plan period), else the inherited one.
 */
export function extractTextTargets(text: string, ctx: TextContext): TextResult {
  const folded = toHalfWidth(text);
  const noTitles = maskQuotes(folded);
  const years = [...findYears(folded), ...relativeYears(folded, ctx.currentYear)].sort((a, b) => a.start - b.start);
  const announced = announcedSpans(folded);
  const masked = maskRanges(noTitles, years);
  const mentions = findValueMentions(masked, { requireUnit: true });
  const targets: TextTarget[] = [];
  const diagnostics: TextDiagnostic[] = [];
  const statedYear = years.find((y) => y.target && !(y.plan && ctx.horizon !== null && y.plan.end < ctx.horizon))?.year ?? null;

  // The year of a value: the last year before it that dates targets, else the inherited one. The years
  // that may date a target are listed once; looking through all years for every value was quadratic.
  const datingYears = years.filter(
    (y) =>
      !(y.span || y.since || y.reference) &&
      !(y.plan && ctx.horizon !== null && y.plan.end < ctx.horizon) &&
      (y.target || y.plan || (ctx.horizon !== null && y.year > ctx.horizon - 5) || (ctx.horizon === null && ctx.periodStart != null && y.year >= ctx.periodStart)),
  );
  const yearAt = (pos: number): number | null => {
    const k = firstFrom(datingYears, pos);
    if (k > 0) return datingYears[k - 1].year;
    return ctx.inheritedYear ?? (isAnnounced(pos) ? ctx.horizon : (ctx.defaultYear ?? null));
  };
  const isAnnounced = (pos: number): boolean => announced.some((a) => pos > a.start && pos <= a.end);
  // where each hedge word occurs, found once for the whole text rather than searched from every sentence
  let hedges: { start: number }[][] | null = null;
  let sliceIsName: ((from: number, to: number) => boolean) | null = null;
  /** cleanName(text.slice(from, to)) when it is a name, else null */
  const nameIn = (from: number, to: number): string | null => {
    if (to - from > SHORT_SLICE) {
      sliceIsName ??= sliceNameTester(text);
      if (!sliceIsName(from, to)) return null;
    }
    const name = cleanName(text.slice(from, to));
    return isName(name) ? name : null;
  };

  // the paragraph's last dated sentence spoke of the past: an undated sentence after it goes on with it
  // (`全市生产总值从2015年的…上升到2020年的…。人均生产总值超过2.3万美元。`)
  let pastParagraph = ctx.pastBefore ?? false;
  const periodStart = ctx.periodStart ?? null;
  // sentences joined by ； speak of one subject: a value with no name of its own after ； takes the last
  // name before it (`到2027年，比重达到12%左右；到2035年，达到15%以上`)
  let nameBeforeSemicolon: string | null = null;
  for (const sent of sentences(folded)) {
    const carried: string | null = nameBeforeSemicolon;
    nameBeforeSemicolon = null;
    const sentYears = within(years, sent.start, sent.end);
    const sentText = folded.slice(sent.start, sent.end);
    // the year a change is measured from (比2018年, 在2018年基础上) does not date the sentence
    // nor does the year a change starts from (由2020年的2.1%提高到3%)
    // nor the year a multiple is of (是2020年的两倍)
    const datingSentence = sentYears.filter((y) => !isComparisonBase(folded, y) && !isChangeStart(folded, y) && !isMultipleBase(folded, y));
    const datesPast = periodStart !== null && datingSentence.length > 0 && datingSentence.every((y) => y.year < periodStart || y.since);
    if (datingSentence.length > 0) pastParagraph = datesPast;
    const inSentence = within(mentions, sent.start, sent.end);
    if (inSentence.length === 0) continue;
    // in a review, only a year written out dates a target (its 今年 is loose: `今年55项任务圆满完成`)
    const pastBySection = ctx.pastSection && !sentYears.some((y) => y.target && !y.since && y.end - y.start > 2 && y.year >= (ctx.currentYear ?? (ctx.horizon ?? Infinity) - 4));
    const pastByParagraph =
      (datingSentence.length === 0 && pastParagraph && !CUE_OF_FUTURE.test(sentText)) ||
      // 从2015年的X下降至Y: only years before the period, none a target within it
      (datesPast && !sentYears.some((y) => y.target && periodStart !== null && y.year >= periodStart));
    // targets announced (具体目标：…比上年减少20%) are ahead whatever words of comparison they use
    const announcedHere = isAnnounced(inSentence[0].start);
    if (pastBySection || pastByParagraph || isPastSentence(sentText, datingSentence, ctx.horizon, ctx.currentYear ?? periodStart, announcedHere)) {
      diagnostics.push({ code: 'indicators.past-figure', message: 'values of a sentence about the past (results, not targets)', actual: text.slice(sent.start, sent.end), offset: sent.start });
      continue;
    }
    // `因环境污染直接导致30人以上死亡的；`: a 的-phrase standing for a case (of a grading, a rule) sets a
    // condition, not a target
    if (CONDITION_END.test(sentText)) {
      diagnostics.push({ code: 'indicators.condition', message: 'values of a case described by a 的-phrase (a condition, not a target)', actual: text.slice(sent.start, sent.end), offset: sent.start });
      continue;
    }
    const quote = text.slice(sent.start, sent.end);
    hedges ??= HEDGE_WORDS.map((h) => occurrences(folded, h));
    const hedgeAt = Math.min(...hedges.map((at) => at[firstFrom(at, sent.start)]?.start ?? -1).filter((i) => i >= 0 && i < sent.end), Infinity);
    let lastName = carried as string | null; // set by emit()
    const emit = (written: string, m: ValueMention, baseline: TextTarget['baseline'] = null, comparator = m.comparator) => {
      const name = withShareSubject(written, lastName);
      lastName = name;
      targets.push({
        name,
        unit: m.unit,
        value: m.value,
        comparator,
        hedge: m.start > hedgeAt ? '力争' : null,
        year: yearAt(m.start),
        raw: text.slice(m.start, m.end),
        quote,
        offset: sent.start,
        baseline,
        announced: isAnnounced(m.start),
      });
    };

    let previousClauseHadTarget = false;
    const sentClauses = clauses(masked, sent.start, sent.end);
    const conditions = conditionClauses(masked, sentClauses);
    for (const [k, clause] of sentClauses.entries()) {
      if (conditions[k] && within(inSentence, clause.start, clause.end).length > 0) {
        diagnostics.push({ code: 'indicators.condition', message: 'values of a case described by a 的-phrase before its rule (a condition, not a target)', actual: text.slice(clause.start, clause.end), offset: clause.start });
        previousClauseHadTarget = false;
        continue;
      }
      const clauseValues = dropQualifiers(masked, within(inSentence, clause.start, clause.end).filter((m) => !m.modifier && !isBracketNote(masked, m)));
      // a norm (每处…不少于, 给予…万元, 以…计算) is no target: reported, not read
      const ms = clauseValues.filter((m) => {
        const kind = normKind(masked.slice(clause.start, clause.end), m.start - clause.start, m.end - clause.start, m.unit);
        if (kind) diagnostics.push({ code: 'indicators.norm', message: `${text.slice(m.start, m.end)}: a norm (${NORM_LABEL[kind]}), not a target`, actual: text.slice(clause.start, clause.end), offset: m.start });
        return kind === null;
      });
      if (ms.length === 0) {
        previousClauseHadTarget = false;
        continue;
      }
      const clauseMasked = masked.slice(clause.start, clause.end);
      let produced = false;
      let cueAt: number | null = null;
      let clauseDescribes: boolean | undefined; // tested once per clause: per value it was quadratic
      let ends: Int32Array | null = null;

      // A、B、C分别达到X、Y、Z — names and values paired in order
      const listWord = /分别|(?<![年平人户日月季])均(?=达|为|超|不|突|保|增|提|降|下|减|控|稳)|各(?=\s*(?:\d|[一二三四五六七八九十两]))/.exec(clauseMasked);
      if (listWord && clause.start + listWord.index < ms[0].start) {
        const before = text.slice(clause.start, clause.start + listWord.index);
        const names =
          listWord[0] === '分别'
            ? listNames(cleanName(before), ms.length, masked.slice(clause.start + listWord.index + 2, ms[0].start), cleanName).filter(isName)
            : splitNames(before);
        if (listWord[0] === '分别') {
          // 分别增长8.5%和11%左右: a bound written once after the last value holds for the bare ones before it
          const shared = ms[ms.length - 1];
          const comparatorOf = (m: ValueMention) => (m.comparator === '=' && !m.explicit && shared.explicit && !Array.isArray(shared.value) ? shared.comparator : m.comparator);
          if (names.length !== ms.length) {
            diagnostics.push({
              code: 'indicators.list-mismatch',
              message: `${names.length} names but ${ms.length} values before and after 分别; paired in order as far as they go`,
              actual: text.slice(clause.start, clause.end),
              offset: clause.start,
            });
          }
          for (let i = 0; i < Math.min(names.length, ms.length); i++) emit(names[i], ms[i], null, comparatorOf(ms[i]));
        } else {
          // A、B均增长20%: the verb of change belongs to each name, as after 分别
          const afterList = masked.slice(clause.start + listWord.index + listWord[0].length, ms[0].start).trim();
          const change = CHANGE_VERBS.find((v) => afterList.startsWith(v)) ?? '';
          for (const n of names) emit(n + change, ms[0]);
        }
        produced = names.length > 0;
        previousClauseHadTarget = produced;
        continue;
      }

      // A与B稳定在X、Y以上: names joined before one verb and as many values joined by 、 after it pair in
      // order, as after 分别
      const joined = ms.length >= 2 && ms.every((m, k) => k === 0 || /^\s*、\s*$/.test(masked.slice(ms[k - 1].end, m.start)));
      if (joined && !DESCRIBING.test(clauseMasked) && (ms[ms.length - 1].explicit || cueEnd(masked, clause.start, clause.end) <= ms[0].start)) {
        const names = listNames(cleanName(text.slice(clause.start, ms[0].start)), ms.length, '', cleanName).filter(isName);
        if (names.length === ms.length) {
          const shared = ms[ms.length - 1];
          for (let i = 0; i < ms.length; i++) {
            const m = ms[i];
            emit(names[i], m, null, m.comparator === '=' && !m.explicit && shared.explicit && !Array.isArray(shared.value) ? shared.comparator : m.comparator);
          }
          previousClauseHadTarget = true;
          continue;
        }
      }

      let cursor = clause.start;
      for (let i = 0; i < ms.length; i++) {
        const m = ms[i];
        if (m.start < cursor) continue; // swallowed into the name of the value before it
        const leftRaw = text.slice(cursor, m.start);
        // 由2020年的X提高到Y: X is the baseline of Y
        const next = ms[i + 1];
        if (next && CHANGE_TO.test(masked.slice(m.end, next.start))) {
          const fromAt = Math.max(leftRaw.lastIndexOf('由'), leftRaw.lastIndexOf('从'));
          if (fromAt >= 0) {
            const name = cleanName(leftRaw.slice(0, fromAt));
            const baseYear = within(years, cursor + fromAt, m.start)[0]?.year ?? null;
            if (isName(name)) {
              emit(name, next, { year: baseYear, value: m.value, raw: text.slice(m.start, m.end) });
              produced = true;
              cursor = next.end;
              i++;
              continue;
            }
          }
        }
        // the name after a value runs to the next delimiter outside brackets (强县（市、区）)
        ends ??= nameEnds(masked, clause.start, clause.end);
        let rightEnd = ends[m.end - clause.start];
        // 2000亩标准地和200万平方米标准厂房: the name after a value stops at a connector before the next value
        if (next && next.start < rightEnd) {
          const link = /[和及与、]\s*$/.exec(masked.slice(m.end, next.start));
          if (link) rightEnd = m.end + link.index;
        }
        const rightName = nameIn(m.end, rightEnd);
        const leftName = cleanName(leftRaw);
        // a cue word (达到, 培育 …) anywhere in the clause before the value
        // a clause that describes or states a policy's terms sets no target unless a bound is written
        // …but a change of such a term (人均财政补助增加30元) is a target; a sum added to a case with its funds
        // as object (增加60万元运营经费) and any bounded sum granted were dropped before as norms (norms.ts)
        const describes = !m.explicit && (clauseDescribes ??= DESCRIBING.test(clauseMasked)) && !(isPlannedCount(m) && CHANGE_BEFORE.test(masked.slice(Math.max(clause.start, m.start - 6), m.start)));
        const cued =
          !describes &&
          (m.explicit ||
            (ctx.imperative === true && isPlannedCount(m)) ||
            m.start >= (cueAt ?? (cueAt = cueEnd(masked, clause.start, clause.end))) ||
            // a small Chinese numeral is part of a name (八项规定) unless its own clause cues it
            (!m.chinese && previousClauseHadTarget) ||
            (produced && /^\s*[、和及]/.test(leftRaw)));
        let name: string;
        // `地区生产总值跨越千亿台阶`, `突破百亿大关`: a value after a verb of passing a level is said of the
        // subject before it; the two characters after it name the level, not an indicator
        const predicated = isName(leftName) && PREDICATE_PREFIX.test(m.raw) && rightName !== null && [...rightName].length <= 2;
        if (rightName !== null && !predicated) {
          name = RATIO_UNITS.has(m.unit ?? '') && isName(leftName) ? leftName + rightName : rightName;
          cursor = rightEnd;
        } else if (rightName !== null) {
          name = leftName;
          cursor = rightEnd;
        } else {
          name = leftName;
          cursor = m.end;
        }
        if (!cued) {
          diagnostics.push({ code: 'indicators.value-not-target', message: 'a value with no target word before it (达到, 培育, 以上 …): not read as a target', actual: text.slice(m.start, m.end), offset: m.start });
          continue;
        }
        // 专利申请量年均增长12%，到2025年达到10万件: the second value is of the same indicator
        if (!isName(name) && lastName) name = lastName.replace(GROWTH_TAIL, '');
        // 地区生产总值跨越千亿台阶，增长7%以上: a bare verb of change takes the subject of the value before
        // (of a share, the share's subject: share-subject.ts)
        else if (CHANGE_ONLY.test(name) && lastName) name = subjectOf(lastName.replace(GROWTH_TAIL, '')) + name;
        // 2023年改造老旧小区120个，2024年改造150个: a bare verb repeated means the same object
        // 新增高标准农田20万亩，总面积达到80万亩: a bare head of a total speaks of the object before it
        else name = withGenericHead(withElidedObject(name, lastName), lastName);
        if (!isName(name)) {
          diagnostics.push({ code: 'indicators.unnamed-value', message: 'a target value with no indicator name around it', actual: text.slice(m.start, m.end), offset: m.start });
          continue;
        }
        // a comparator word written apart from the number (不少于…100家) still applies
        let comparator = m.comparator;
        if (!m.explicit) {
          // the longest word written (不高于, not the 高于 inside it)
          const word = COMPARATOR_WORDS_LONGEST_FIRST.find((w) => w.length > 1 && leftRaw.includes(w));
          if (word) comparator = PREFIX_COMPARATORS[word];
          else comparator = redLineBound(name) ?? comparator;
        }
        let baseline: TextTarget['baseline'] = null;
        const base = comparisonBase(name);
        if (base && CHANGE_ONLY.test(base.name) && lastName) {
          // 覆盖率达到50%，较2020年提高15个百分点: without its base the name is a bare verb of change
          name = subjectOf(lastName.replace(GROWTH_TAIL, '')) + base.name;
          baseline = base.baseline;
        } else if (base && isName(base.name)) {
          name = base.name;
          baseline = base.baseline;
        }
        // 是2020年的两倍: the year of the level multiplied
        if (!baseline && 'baseYear' in m) {
          const year = within(years, m.start, m.end)[0]?.year ?? null;
          if (year !== null) baseline = { year, value: null, raw: `${year}年` };
        }
        emit(name, m, baseline, comparator);
        produced = true;
      }
      previousClauseHadTarget = produced;
    }
    if (/[；;]\s*$/.test(sentText)) nameBeforeSemicolon = lastName;
  }
  return { targets, statedYear, diagnostics, endsPast: pastParagraph };
}
