/**
 * Responsible units as plans write them, parsed from plain strings:
 *   （牵头单位：A、B；配合单位：C）   (牵头单位:A;配合单位:B)   （责任单位：A、B）
 *   （A牵头，B配合）   （A负责）   牵头考核单位：A   （责任单位：A；6月底完成）
 * Names are returned as written (nested brackets kept, page-break line breaks removed); matching names to
 * canonical bodies is src/extract/units.ts's job. The word lists live in src/data/responsibility.json.
 */
import cues from '../data/responsibility.json' with { type: 'json' };
import { escapeRe } from '../nlp/regex.js';
import { cutPositionalNote, statesFirstListedLeads } from './lead-convention.js';
import { closesSentence, isOrganName } from './unit-lists.js';
import { markNameGaps, splitAtNameGaps } from './name-gaps.js';
import { bracketLabelPattern, labelsOutOfBrackets } from './bracket-labels.js';

export { statesFirstListedLeads };

export type Role = 'lead' | 'support';

export interface ResponsibilityClause {
  /** offsets of the clause in the text searched (brackets included) */
  start: number;
  end: number;
  /** the clause as written */
  raw: string;
  lead: string[];
  support: string[];
  /** time limits written in the clause (`6月底完成`), as written */
  deadlines: string[];
}

/** How a plan writes its clauses, where it says so once for all (`列第一位者为牵头单位，下同`). */
export interface ClauseOptions {
  /** in `A、B、C负责` the first listed leads and the others support */
  firstListedLeads?: boolean;
}


export interface Responsibility {
  lead: string[];
  support: string[];
  deadlines: string[];
  clauses: ResponsibilityClause[];
}

// ［］ (full-width square brackets) hold a list of units after a task as 【】 do: `…出台配套细则。［市自然资源和规划局］`
const OPEN = '（(〈<《【[［「〔{';
const CLOSE = '）)〉>》】]］」〕}';
const BRACKET_RE = new RegExp(`[${(OPEN + CLOSE).replace(/[\]\\^-]/g, '\\$&')}]`, 'g');

/** Labels of a label form, longest first so 牵头考核单位 wins over 牵头单位. */
const LABELS: { text: string; role: Role | 'deadline' | 'person' }[] = [
  ...cues.leadLabels.map((text) => ({ text, role: 'lead' as const })),
  ...cues.supportLabels.map((text) => ({ text, role: 'support' as const })),
  ...cues.deadlineLabels.map((text) => ({ text, role: 'deadline' as const })),
  // `牵头领导：某副市长`: a person in charge, no unit; the label still ends the list before it
  ...cues.personLabels.map((text) => ({ text, role: 'person' as const })),
].sort((a, b) => b.text.length - a.text.length);

const BRACKET_LABEL = bracketLabelPattern(LABELS.map((l) => l.text));
const LABEL_RE = new RegExp(`(${LABELS.map((l) => escapeRe(l.text)).join('|')})[ \\t　]*[:：]`, 'g');
const LEAD_VERBS = [...cues.leadVerbs].sort((a, b) => b.length - a.length);
const SUPPORT_VERBS = [...cues.supportVerbs].sort((a, b) => b.length - a.length);
const VERB_ADVERBS = [...cues.verbAdverbs].sort((a, b) => b.length - a.length);
const BODY_SUFFIX_RE = new RegExp(`(?:${cues.bodySuffixes.map(escapeRe).join('|')})$`);
const DEADLINE_RE = new RegExp(cues.deadlinePattern);
const ROLE_MARK_RE = new RegExp(`[（(〈<](${[...cues.leadMarks, ...cues.supportMarks].map(escapeRe).join('|')})[）)〉>]$`);
const TRAILING_ETC_RE = new RegExp(`(?:${cues.trailingEtc.map(escapeRe).join('|')})$`);
// Dots and colons at either end; the trailing run may only start where the run starts (lookbehind):
// from every character of a long run not at the end, `[…]+$` was quadratic. Same matches.
const END_DOTS_RE = /^[:：。.]+|(?<![。.：:])[。.：:]+$/g;

/** Whether `at` lies inside one of the groups (sorted, disjoint: bracketGroups() gives them so). */
function insideGroup(groups: { start: number; end: number }[], at: number): boolean {
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (groups[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < groups.length && groups[lo].start <= at;
}

/** Depth-aware scan: the top-level bracket groups of a text, an unclosed last group running to the end. */
export function bracketGroups(text: string): { start: number; end: number; inner: string; open: string }[] {
  const out: { start: number; end: number; inner: string; open: string }[] = [];
  let depth = 0;
  let start = -1;
  // only brackets matter: the regex skips the text between them natively
  BRACKET_RE.lastIndex = 0;
  for (let m = BRACKET_RE.exec(text); m; m = BRACKET_RE.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (OPEN.includes(ch)) {
      if (depth === 0) start = i;
      depth++;
    } else if (CLOSE.includes(ch) && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start, end: i + 1, inner: text.slice(start + 1, i), open: text[start] });
    }
  }
  if (depth > 0 && start >= 0) out.push({ start, end: text.length, inner: text.slice(start + 1), open: text[start] });
  return out;
}

/**
 * Split a list of names on 、，,；; and line breaks that separate whole names — but never inside brackets:
 * `各区人民政府〈含开发区管委会,下同〉` is one name. A line break inside a name is a page break and is removed.
 */
export function splitNames(list: string): string[] {
  const parts = splitOutsideBrackets(list, '、，,；;', true);
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    // `县住建局 县交通运输局` (a table cell): names apart by spaces or line breaks only
    const apart = splitAtNameGaps(parts[i].text, isWholeOrganName);
    if (apart.length > 1) {
      for (const n of apart) names.push(cleanName(n));
      continue;
    }
    let name = cleanName(parts[i].text);
    // `各区、县级市` / `各市、县人民政府`: one collective, its levels listed with 、 under one 各
    while (parts[i].sep === '、' && i + 1 < parts.length && continuesCollective(name, parts, i + 1)) {
      name = `${name}、${cleanName(parts[++i].text)}`;
    }
    // `/`, `—` or `无` in a unit cell says there is none
    if (name.length > 0 && /[\p{L}\p{N}]/u.test(name) && name !== '无') names.push(...splitAtJi(name));
  }
  return names;
}

/** A piece that is an organ's name by its own form, role marks and notes in brackets after it aside. */
function isWholeOrganName(piece: string): boolean {
  // one name: no list separator in it, no bracket opening it (`（牵头）、市财政局` is a mark and a name)
  if (/[、，,；;]/.test(piece) || OPEN.includes(piece.trim()[0] ?? '')) return false;
  const name = cleanName(piece);
  return looksLikeBody(name) && isOrganName(stripTrailingBrackets(name));
}

/**
 * `国务院相关部门及各地区`: 及 joining two names that each read as a body lists two units; a body of the
 * first one's own (`及其派出机构`, `及所属单位`) is part of its name.
 */
function splitAtJi(name: string): string[] {
  const parts = splitOutsideBrackets(name, '及');
  if (parts.length < 2) return [name];
  const pieces = parts.map((p) => p.trim());
  if (pieces.some((p, i) => !looksLikeBody(p) || (i > 0 && /^(?:其|所属|下属|直属)/.test(p)))) return [name];
  return pieces;
}

/** Administrative levels a collective lists (`各区、县级市`, `各旗县区`). */
const LEVELS = '(?:县级市|县区|市县|旗县|市|区|县|旗|乡镇|镇|乡|街道|开发区|园区)';
/** The start of a collective before a 、: 各, an optional 有关/相关, levels only (no organ named yet). */
const COLLECTIVE_HEAD = new RegExp(`^各(?:有关|相关)?${LEVELS}+(?:、${LEVELS}+)*$`);
/** What continues it: levels, then at most the organ they all share (`县人民政府`). */
const COLLECTIVE_TAIL = new RegExp(`^${LEVELS}+(?:人民政府|政府|党委|管委会|有关部门|相关部门)?$`);
/** `省、市有关部门` / `市、县人民政府`: bare levels listed with 、 before the organ they all share, no 各 */
const LEVELS_ONLY = new RegExp(`^(?:省|${LEVELS})+(?:、(?:省|${LEVELS})+)*$`);
const LEVEL_ORGAN = new RegExp(`^${LEVELS}+(?:人民政府|政府|党委|管委会|有关部门|相关部门|有关单位|相关单位)$`);

/** Whether part `k` (after a 、) continues a collective that the name before it opens. */
function continuesCollective(name: string, parts: { text: string; sep: string }[], k: number): boolean {
  const next = cleanName(parts[k].text);
  if (COLLECTIVE_HEAD.test(name)) return COLLECTIVE_TAIL.test(next);
  if (!LEVELS_ONLY.test(name)) return false;
  // `省、市、县有关部门`: more bare levels, then the shared organ
  for (let j = k; j < parts.length; j++) {
    const t = cleanName(parts[j].text);
    if (LEVEL_ORGAN.test(t)) return true;
    if (!LEVELS_ONLY.test(t) || parts[j].sep !== '、') return false;
  }
  return false;
}

const isLineBreak = (ch: string): boolean => ch === '\r' || ch === '\n';
const isPad = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '　';

/**
 * Line breaks removed together with the spaces, tabs and 　 next to them (page breaks inside a name).
 * Done by hand: the pattern it replaces (spaces, line breaks, spaces; global) was tried at every
 * character of a long run of spaces with no line break after it, which was quadratic.
 */
function removeLineBreaks(text: string): string {
  if (!/[\r\n]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; ) {
    if (isLineBreak(text[i])) {
      i++;
      continue;
    }
    if (!isPad(text[i])) {
      out += text[i++];
      continue;
    }
    let j = i;
    while (j < text.length && isPad(text[j])) j++;
    // a run of spaces next to a line break goes with it
    if (!(i > 0 && isLineBreak(text[i - 1])) && !(j < text.length && isLineBreak(text[j]))) out += text.slice(i, j);
    i = j;
  }
  return out;
}

function splitOutsideBrackets(text: string, separators: string): string[];
function splitOutsideBrackets(text: string, separators: string, withSeparators: true): { text: string; sep: string }[];
function splitOutsideBrackets(text: string, separators: string, withSeparators = false): string[] | { text: string; sep: string }[] {
  const parts: { text: string; sep: string }[] = [];
  let depth = 0;
  let from = 0;
  // only the brackets and separators matter: the pattern finds them (natively), the text between is sliced
  const re = bracketsAnd(separators);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ch = m[0];
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth > 0) depth--;
    if (depth === 0 && separators.includes(ch)) {
      parts.push({ text: text.slice(from, m.index), sep: ch });
      from = m.index + 1;
    }
  }
  parts.push({ text: text.slice(from), sep: '' });
  return withSeparators ? parts : parts.map((p) => p.text);
}

const splitters = new Map<string, RegExp>();
/** A global pattern matching one bracket of OPEN/CLOSE or one of the separators (all single UTF-16 units). */
function bracketsAnd(separators: string): RegExp {
  let re = splitters.get(separators);
  if (!re) splitters.set(separators, (re = new RegExp(`[${(OPEN + CLOSE + separators).replace(/[\\\]\[^-]/g, '\\$&')}]`, 'g')));
  return re;
}

/** Trim a name; drop page-break line breaks inside it and a trailing 等/等单位 (not part of the name). */
export function cleanName(name: string): string {
  let s = removeLineBreaks(name).trim();
  s = s.replace(END_DOTS_RE, '').trim();
  s = s.replace(TRAILING_ETC_RE, '').trim();
  return s;
}

/** Whether a string reads like the name of a body (ends in 局, 委, 政府, 管委会, 单位…), brackets aside. */
export function looksLikeBody(name: string): boolean {
  const bare = stripTrailingBrackets(name);
  return bare.length >= 2 && BODY_SUFFIX_RE.test(bare);
}

/** `市科技局(市知识产权局)` → `市科技局`: trailing bracket groups removed (used for tests, never for output). */
export function stripTrailingBrackets(name: string): string {
  let s = name.trim();
  // the groups of s cut before a top-level group are the groups before it: found once, not per group cut
  const groups = bracketGroups(s);
  for (let k = groups.length - 1; ; k--) {
    const last = s[s.length - 1];
    if (!last || !CLOSE.includes(last)) return s;
    const g = groups[k];
    if (!g || g.end !== s.length || g.start === 0) return s;
    s = s.slice(0, g.start).trim();
  }
}

/** A short note on timing or progress before a label (`持续推进`, `按进度推进`, `6月底取得阶段性成效`): no body named. */
function isTimeNote(segment: string): boolean {
  if (isDeadline(segment)) return true;
  return segment.length <= 20 && !looksLikeBody(segment) && cues.progressWords.some((w) => segment.includes(w)) && !LABELS.some((l) => segment.includes(l.text));
}

export function isDeadline(segment: string): boolean {
  const s = segment.trim();
  return s.length > 0 && DEADLINE_RE.test(s) && !looksLikeBody(s);
}

interface Parsed {
  lead: string[];
  support: string[];
  deadlines: string[];
}

/**
 * Parse the inside of one clause. Returns null when it is not a responsibility clause at all (an ordinary
 * parenthesis such as `（以下简称领导小组）` or `（2017—2020年）`).
 */
export function parseClauseBody(body: string, options: ClauseOptions = {}, closesSentence = false): Parsed | null {
  // `A、B等负责。列第一位者为牵头单位` / `责任单位：A、B（列第一位的为牵头单位，下同）`: the note says how to read
  // the list before it
  const note = cutPositionalNote(removeLineBreaks(body).trim());
  const firstListedLeads = options.firstListedLeads || note.found;
  const text = note.text;
  if (!text) return null;
  return parseLabelForm(text, firstListedLeads) ?? parseVerbForm(text, firstListedLeads) ?? (closesSentence ? parseBareList(text, firstListedLeads) : null);
}

/**
 * The units of one table cell under a 牵头/责任 (role 'lead') or 配合 (role 'support') column: names split
 * as in a clause, role marks (`A（牵头）`) and deadlines honoured. `firstListedLeads`: the column lists
 * units with no role (责任单位) and the plan says the first listed leads.
 */
export function parseUnitCell(cell: string, role: Role, options: ClauseOptions = {}): Parsed {
  const label = role === 'support' ? cues.supportLabels[0] : options.firstListedLeads ? NEUTRAL_LABEL : cues.leadLabels[0];
  // a cell listing names one per line (`县应急管理局<br>县市场监管局`): the line breaks separate them (a clause
  // drops its line breaks as page breaks before reading the names)
  const listed = markNameGaps(cell, isWholeOrganName);
  return parseClauseBody(`${label}：${listed}`, options) ?? { lead: [], support: [], deadlines: [] };
}

/** Lead labels that name the lead as such (牵头单位); the others (责任单位) list units with no role. */
const EXPLICIT_LEAD = new Set(cues.explicitLeadLabels);
const NEUTRAL_LABEL = cues.leadLabels.find((l) => !EXPLICIT_LEAD.has(l))!;

/**
 * `（县农业农村局、县财政局，2025年底前）` closing a sentence: a list of organ names and time limits with no
 * label and no role verb. All listed are responsible; under the positional convention the first leads.
 */
function parseBareList(text: string, firstListedLeads: boolean): Parsed | null {
  const out: Parsed = { lead: [], support: [], deadlines: [] };
  for (const n of splitNames(text)) {
    if (isDeadline(n)) out.deadlines.push(n);
    else if (looksLikeBody(n) && isOrganName(stripTrailingBrackets(n))) (firstListedLeads && out.lead.length > 0 ? out.support : out.lead).push(n);
    else return null;
  }
  return out.lead.length > 0 ? out : null;
}

/** `牵头单位：A、B；配合单位：C` (also 责任单位, 牵头考核单位, 完成时限 …), the first label at the start. */
function parseLabelForm(text: string, firstListedLeads = false): Parsed | null {
  const hits: { index: number; after: number; role: Role | 'deadline' | 'person'; explicit: boolean }[] = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(text); m; m = LABEL_RE.exec(text)) {
    const label = LABELS.find((l) => l.text === m![1])!;
    hits.push({ index: m.index, after: m.index + m[0].length, role: label.role, explicit: EXPLICIT_LEAD.has(label.text) });
  }
  // `责任单位：A、B、C` where the plan says the first listed leads: A leads, B and C support, unless the
  // clause names roles itself (a 牵头 or 配合 label)
  const positional = firstListedLeads && hits.every((h) => h.role === 'deadline' || h.role === 'person' || (h.role === 'lead' && !h.explicit));
  if (hits.length === 0) return null;
  const out: Parsed = { lead: [], support: [], deadlines: [] };
  // `（6月底完成，牵头考核单位：A）`: a time limit or progress note may come first, apart by ，or ；
  const before = text.slice(0, hits[0].index).trim();
  if (before !== '') {
    if (!/[，,；;]$/.test(before)) return null;
    const notes = splitOutsideBrackets(before, '，,；;').map(cleanName).filter(Boolean);
    if (!notes.every(isTimeNote)) return null;
    out.deadlines.push(...notes);
  }
  hits.forEach((h, i) => {
    const value = text.slice(h.after, i + 1 < hits.length ? hits[i + 1].index : text.length);
    if (h.role === 'person') return;
    if (h.role === 'deadline') {
      const d = cleanName(value);
      if (d) out.deadlines.push(d);
      return;
    }
    const names = splitNames(value).flatMap(withoutRoleVerb);
    // within a 责任单位 list, `A（牵头）、B` marks the lead; the others support
    const marked = names.some((n) => roleMark(n) === 'lead');
    for (const n of names) {
      if (isDeadline(n)) {
        out.deadlines.push(n);
        continue;
      }
      const mark = roleMark(n);
      const name = mark ? n.replace(ROLE_MARK_RE, '').trim() : n;
      const listedAfterFirst = positional && !marked && out.lead.length > 0;
      const role: Role = mark ?? ((marked || listedAfterFirst) && h.role === 'lead' ? 'support' : h.role);
      out[role].push(name);
    }
  });
  return out.lead.length + out.support.length + out.deadlines.length > 0 ? out : null;
}

/**
 * `责任单位：A，市有关部门按职责分工负责`: a name in a label's list followed by a role verb is the name (a
 * support verb marks it as a role mark does: `B配合` → `B（配合）`); anything else is kept as written.
 */
function withoutRoleVerb(name: string): string[] {
  const v = splitVerb(name);
  if (!v) return [name];
  const names = splitNames(v.names);
  if (names.length === 0 || !names.every(looksLikeBody)) return [name];
  return v.role === 'support' ? names.map((n) => `${n}（${cues.supportMarks[0]}）`) : names;
}

function roleMark(name: string): Role | null {
  const m = ROLE_MARK_RE.exec(name);
  if (!m) return null;
  return cues.leadMarks.includes(m[1]) ? 'lead' : 'support';
}

/**
 * `A、B牵头，C配合` / `A负责` / `A牵头，各有关部门按职责分工负责；2018年底前完成`: every segment must be names
 * followed by a role verb, or a deadline. Names must look like bodies, so ordinary prose in brackets
 * (`（政府引导、企业主导）`) is never read as units.
 */
function parseVerbForm(text: string, firstListedLeads = false): Parsed | null {
  const out: Parsed = { lead: [], support: [], deadlines: [] };
  // the names in out.support, beside the list: looking each name up in the growing list was quadratic
  const supported = new Set<string>();
  let sawRole = false;
  // segments are separated by ，；; names inside a segment by 、 (`A、B牵头，C配合`)
  // `（A指导，B负责落实。以下均由B落实，不再列出）`: a sentence after the first that names no role is a note
  const sentences = splitOutsideBrackets(text.replace(/[。.]$/, ''), '。');
  const rolesIn = (t: string) => splitOutsideBrackets(t, '，,；;').every((seg) => isDeadline(seg.trim()) || splitVerb(seg.trim()) !== null);
  const kept = [sentences[0], ...sentences.slice(1).filter(rolesIn)].join('，');
  const segments = splitOutsideBrackets(kept, '，,；;').map((s) => s.trim()).filter(Boolean);
  // `A牵头，B按职责分工负责`: where one segment names who leads (牵头), the units that 负责 in the other
  // segments carry out their share under that lead: they support (a unit that 指导 keeps its role)
  const verbs = segments.map((seg) => (isDeadline(seg) ? null : splitVerb(seg)));
  const ledBy = verbs.some((v) => v?.verb.includes('牵头'));
  const carriesOut = (verb: string) => cues.carryOutVerbs.some((w) => verb.includes(w));
  const found = verbs.map((v) => (v && ledBy && v.role === 'lead' && !v.verb.includes('牵头') && carriesOut(v.verb) ? { ...v, role: 'support' as const } : v));
  for (const [k, seg] of segments.entries()) {
    if (isDeadline(seg)) {
      out.deadlines.push(seg);
      continue;
    }
    const verb = found[k] ?? leadNamedFirst(seg, k, found);
    if (!verb) return null;
    // `A会同B负责`: A does it together with B, A first
    const [first, ...partners] = verb.names.split('会同');
    const names = splitNames(first);
    const others = partners.flatMap(splitNames);
    if (names.length === 0 || !names.every(looksLikeBody) || !others.every(looksLikeBody)) return null;
    names.forEach((n, i) => {
      // `A、B、C负责` where the plan says the first listed leads: B and C support
      const role = verb.role === 'lead' && firstListedLeads && i > 0 ? 'support' : verb.role;
      out[role].push(n);
      if (role === 'support') supported.add(n);
    });
    const added = others.filter((n) => !supported.has(n));
    for (const n of added) {
      out.support.push(n);
      supported.add(n);
    }
    sawRole = true;
  }
  return sawRole ? out : null;
}

/**
 * `（区卫健委，各街道办事处配合）`: units named first with no verb, before units that 配合 and where no unit is
 * said to lead, are the ones supported: they lead. The names must be organs' by their own form.
 */
function leadNamedFirst(seg: string, k: number, verbs: ({ role: Role } | null)[]): { names: string; verb: string; role: Role } | null {
  if (k !== 0 || verbs.some((v) => v?.role === 'lead') || !verbs.some((v) => v?.role === 'support')) return null;
  const names = splitNames(seg);
  return names.length > 0 && names.every((n) => looksLikeBody(n) && isOrganName(stripTrailingBrackets(n))) ? { names: seg, verb: '', role: 'lead' } : null;
}

/** The names before a role verb, the verb and its role. */
function splitVerb(seg: string): { names: string; verb: string; role: Role } | null {
  for (const [verbs, role] of [
    [LEAD_VERBS, 'lead'],
    [SUPPORT_VERBS, 'support'],
  ] as const) {
    for (const v of verbs) {
      if (!seg.endsWith(v)) continue;
      let names = seg.slice(0, seg.length - v.length);
      for (const adv of VERB_ADVERBS) {
        if (names.endsWith(adv)) {
          names = names.slice(0, names.length - adv.length);
          break;
        }
      }
      names = names.replace(/^由/, '');
      if (names.trim()) return { names, verb: v, role };
    }
  }
  return null;
}

/**
 * Every responsibility clause in a text: bracketed clauses (label or verb form, anywhere) and unbracketed
 * label forms that start the text or a sentence (`…。责任单位：A、B` / a line `牵头考核单位：A`).
 */
export function findClauses(written: string, options: ClauseOptions = {}): ResponsibilityClause[] {
  // `【牵头单位】A` read as `牵头单位：A` (same length: offsets stay those of the text as written)
  const text = labelsOutOfBrackets(written, BRACKET_LABEL);
  const clauses: ResponsibilityClause[] = [];
  // bare lists of units (`（县农业农村局、县财政局）` closing a sentence), kept apart: one standing inside a
  // label clause is a note on a name there (`责任单位：市科技局（市知识产权局）`)
  const bare: ResponsibilityClause[] = [];
  const groups = bracketGroups(text);
  for (const g of groups) {
    // clauses sit in round or square brackets; 《》 is a title, 〈〉 a note inside a name
    if (!'（(【[［〔'.includes(g.open)) continue;
    const parsed = parseClauseBody(g.inner, options);
    if (parsed) clauses.push({ start: g.start, end: g.end, raw: text.slice(g.start, g.end), ...parsed });
    else if (closesSentence(text, g.end)) {
      const list = parseClauseBody(g.inner, options, true);
      if (list) bare.push({ start: g.start, end: g.end, raw: text.slice(g.start, g.end), ...list });
    }
  }
  // unbracketed label forms: a label at the start of the text or right after a sentence end / line break.
  // Each label is checked against the groups by binary search, and what stands before it by looking
  // back over spaces only; filtering all groups and clauses and slicing the whole text before every
  // label was quadratic in a text with many labels. (A label inside a clause found so far is inside a
  // group: the bracketed clauses are groups, and the regex goes on after the end of each clause below.)
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(text); m; m = LABEL_RE.exec(text)) {
    const at = m.index;
    if (insideGroup(groups, at)) continue;
    let k = at - 1;
    while (k >= 0 && isPad(text[k])) k--;
    if (k >= 0 && !'。；;！!？?\n'.includes(text[k])) continue;
    // the clause runs to the end of its sentence (a 。 or the end of the text), brackets respected;
    // a line break ends it unless the last character before it (spaces aside) is a list separator
    let end = text.length;
    let depth = 0;
    let lastSolid = '';
    for (let i = at; i < text.length; i++) {
      const ch = text[i];
      if (OPEN.includes(ch)) depth++;
      else if (CLOSE.includes(ch) && depth > 0) depth--;
      else if (depth === 0 && (ch === '。' || (ch === '\n' && !(lastSolid !== '' && '、，,；;：:'.includes(lastSolid))))) {
        end = ch === '。' ? i + 1 : i;
        break;
      }
      if (!/\s/.test(ch)) lastSolid = ch;
    }
    const raw = text.slice(at, end);
    const parsed = parseClauseBody(raw.replace(/。$/, ''), options);
    if (parsed) clauses.push({ start: at, end, raw, ...parsed });
    LABEL_RE.lastIndex = Math.max(LABEL_RE.lastIndex, end);
  }
  // a bare list or role sentence overlapping a clause found above is part of it (a bare list can only
  // overlap a label clause by lying inside it); found by binary search, not by a scan per candidate
  const overlaps = overlapTest(clauses);
  const extra = [...bare, ...roleSentences(text, groups, options)].filter((c) => !overlaps(c));
  for (const c of extra) clauses.push(c);
  return clauses.sort((a, b) => a.start - b.start);
}

/** Whether a span overlaps one of the clauses: their starts sorted with the furthest end reached so far. */
function overlapTest(clauses: ResponsibilityClause[]): (c: { start: number; end: number }) => boolean {
  const sorted = [...clauses].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const c of sorted) reach.push(Math.max(c.end, reach.length ? reach[reach.length - 1] : -Infinity));
  return (c) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < c.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1] > c.start;
  };
}

const ROLE_VERBS = [...LEAD_VERBS, ...SUPPORT_VERBS];

/** Whether a sentence ends in a role verb (a full stop and spaces aside), read from its end only. */
function endsInRoleVerb(sentence: string): boolean {
  let end = sentence.length;
  while (end > 0 && /\s/.test(sentence[end - 1])) end--;
  if (end > 0 && (sentence[end - 1] === '。' || sentence[end - 1] === '.')) end--;
  return ROLE_VERBS.some((v) => sentence.startsWith(v, end - v.length));
}

/**
 * Sentences that only assign roles, unbracketed: `由市委组织部牵头，市民政局配合。` as a sentence of its own
 * (after a sentence end or a line break, to the next). Read as the verb form is read in brackets: every
 * segment names bodies and ends in a role verb, so prose is never taken for one; the names must be organs'.
 */
const SENTENCE_END = /[。\n！？!?]/g;

function roleSentences(text: string, groups: { start: number; end: number }[], options: ClauseOptions): ResponsibilityClause[] {
  const out: ResponsibilityClause[] = [];
  let start = 0;
  // the sentence ends (found by the pattern, natively), then the end of the text
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) ends.push(m.index);
  ends.push(text.length);
  for (const i of ends) {
    const ch = text[i];
    if (i < text.length && insideGroup(groups, i)) continue;
    const end = i < text.length && ch !== '\n' ? i + 1 : i;
    const raw = text.slice(start, end);
    if (endsInRoleVerb(raw)) {
      const lead = raw.length - raw.trimStart().length;
      const parsed = parseVerbForm(cutPositionalNote(raw.trim().replace(/[。.]$/, '')).text, !!options.firstListedLeads);
      // out of brackets the names must be organs' by their form (`落实单位负责` is a call, not a clause)
      const organs = parsed && [...parsed.lead, ...parsed.support].every((n) => isOrganName(stripTrailingBrackets(n)));
      if (parsed && organs) out.push({ start: start + lead, end, raw: raw.trim(), ...parsed });
    }
    start = i + 1;
  }
  return out;
}

/** All clauses of a text merged: the union of their leads and the union of their supports, in order of appearance. */
export function parseResponsibility(text: string, options: ClauseOptions = {}): Responsibility {
  const clauses = findClauses(text, options);
  // sets (insertion-ordered) rather than lists: looking each name up in a growing list was quadratic
  const lead = new Set<string>();
  const support = new Set<string>();
  const deadlines = new Set<string>();
  for (const c of clauses) {
    for (const n of c.lead) lead.add(n);
    // a unit may lead one clause and support another (`（合肥海关负责）…（省商务厅牵头，合肥海关配合）`):
    // it is in both lists, as the plan assigns it both roles
    for (const n of c.support) if (!c.lead.includes(n)) support.add(n);
    for (const d of c.deadlines) deadlines.add(d);
  }
  return { lead: [...lead], support: [...support], deadlines: [...deadlines], clauses };
}

/** The text with its responsibility clauses cut out (for titles: `建设平台（责任单位：A）` → `建设平台`). */
export function withoutClauses(text: string, clauses: ResponsibilityClause[] = findClauses(text)): string {
  let out = '';
  let pos = 0;
  for (const c of clauses) {
    out += text.slice(pos, c.start);
    pos = c.end;
  }
  return (out + text.slice(pos)).trim();
}

// a role label closing a stretch names a kind of unit, not a unit (`注：责任单位中…`)
const LABEL_WORD_END = new RegExp(`(?:${[...cues.leadLabels, ...cues.supportLabels].map(escapeRe).join('|')})中?$`);

/** Whether a stretch of text names a unit: one of its listed pieces is an organ's name, or it holds a clause. */
export function namesAUnit(stretch: string): boolean {
  const pieces = splitOutsideBrackets(stretch, '、，,；;：:').map((p) => stripTrailingBrackets(cleanName(p)));
  if (pieces.some((p) => looksLikeBody(p) && isOrganName(p) && !LABEL_WORD_END.test(p))) return true;
  return findClauses(stretch).length > 0;
}

/** A responsibility read again under the plan's clause options (units inherited from a group or item). */
export function underOptions(r: Responsibility, options: ClauseOptions): Responsibility {
  if (!options.firstListedLeads) return r;
  return parseResponsibility(r.clauses.map((c) => c.raw).join('\n'), options);
}
