/**
 * Word's automatic numbering, recomputed. mammoth turns numbered paragraphs into `<ol><li>` and drops
 * the number Word displays (`一、`, `（一）`, `1.`), yet plans are outlined by exactly those numbers. This
 * module reads word/numbering.xml, word/styles.xml and word/document.xml and computes, for every
 * paragraph in document order, the text Word shows in front of it.
 *
 * Rules followed (ECMA-376 Part 1, §17.9):
 * - a paragraph is numbered by its own `w:numPr` (numId + ilvl), else by its style's (`w:basedOn`
 *   chain), else by an abstractNum level whose `w:pStyle` names its style; `numId` 0 switches it off;
 * - `w:num` → `w:abstractNum` (following `w:numStyleLink` through a numbering style); `w:lvlOverride`
 *   replaces a level (`w:lvl`) or its start (`w:startOverride`, applied when that num is first used);
 * - counters belong to the abstract definition, so several nums on one abstractNum continue one
 *   another unless they override the start (this is how Word's "restart numbering" is stored);
 * - numbering a level resets the deeper levels, unless their `w:lvlRestart` says otherwise
 *   (0 = never restart, n = restart only after a level ≤ n);
 * - `w:lvlText` `%1…%9` are the counters of levels 1…9 in each level's `w:numFmt` (all decimal when the
 *   level is `w:isLgl`).
 */
import { Parser, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

export interface LevelDef {
  start: number;
  numFmt: string;
  /** null when the level has no w:lvlText (Word shows nothing) */
  lvlText: string | null;
  /** w:lvlRestart: null = default (restart after any higher level), 0 = never */
  lvlRestart: number | null;
  isLgl: boolean;
  pStyle: string | null;
}

interface AbstractNum {
  id: string;
  levels: Map<number, LevelDef>;
  numStyleLink: string | null;
}

interface NumInstance {
  abstractNumId: string;
  /** per level: a replacement w:lvl and/or a w:startOverride */
  overrides: Map<number, { level?: LevelDef; start?: number }>;
}

export interface NumberingDefinitions {
  abstractNums: Map<string, AbstractNum>;
  nums: Map<string, NumInstance>;
}

interface StyleDef {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

export interface StyleDefinitions {
  styles: Map<string, StyleDef>;
  defaultParagraphStyle: string | null;
}

/** One w:p of word/document.xml in the order mammoth reads them (text-box paragraphs after their host). */
export interface DocxParagraph {
  /** 0-based position among all paragraphs */
  index: number;
  text: string;
  styleId: string | null;
  numPr: { numId: string | null; ilvl: number | null } | null;
}

export interface ParagraphNumber {
  /** what Word displays before the text; null when it could not be recovered (unknown format, missing definition) */
  text: string | null;
  kind: 'number' | 'bullet';
  /** 0-based list level */
  level: number;
  numId: string;
  /** why `text` is null */
  reason?: string;
}

// ---------------------------------------------------------------------------------------------------
// XML helpers (htmlparser2 in XML mode keeps prefixed names such as `w:p` as they are)

function parseXml(xml: string): ChildNode[] {
  return parseDocument(xml, { xmlMode: true }).children;
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag';
}

function childElements(node: { children: ChildNode[] }, name?: string): Element[] {
  return node.children.filter((c): c is Element => isElement(c) && (name === undefined || c.name === name));
}

function firstChild(node: { children: ChildNode[] } | undefined, name: string): Element | undefined {
  return node ? childElements(node, name)[0] : undefined;
}

function findAll(nodes: ChildNode[], name: string, out: Element[] = []): Element[] {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (n.name === name) out.push(n);
    else findAll(n.children, name, out);
  }
  return out;
}

function val(el: Element | undefined): string | undefined {
  return el?.attribs['w:val'];
}

function intVal(el: Element | undefined): number | null {
  const v = val(el);
  if (v === undefined) return null;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

/** w:isLgl, w:vanish etc.: present and not "0"/"false"/"off" */
function onOff(el: Element | undefined): boolean {
  if (!el) return false;
  const v = val(el);
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

// ---------------------------------------------------------------------------------------------------
// Definitions

function readLevel(lvl: Element): LevelDef {
  const lvlText = firstChild(lvl, 'w:lvlText');
  return {
    start: intVal(firstChild(lvl, 'w:start')) ?? 0,
    numFmt: val(firstChild(lvl, 'w:numFmt')) ?? 'decimal',
    lvlText: lvlText && lvlText.attribs['w:null'] !== '1' && lvlText.attribs['w:null'] !== 'true' ? (val(lvlText) ?? '') : null,
    lvlRestart: intVal(firstChild(lvl, 'w:lvlRestart')),
    isLgl: onOff(firstChild(lvl, 'w:isLgl')),
    pStyle: val(firstChild(lvl, 'w:pStyle')) ?? null,
  };
}

function levelIndex(lvl: Element): number {
  const n = Number.parseInt(lvl.attribs['w:ilvl'] ?? '0', 10);
  return Number.isFinite(n) ? n : 0;
}

export function readNumberingDefinitions(numberingXml: string | null): NumberingDefinitions {
  const abstractNums = new Map<string, AbstractNum>();
  const nums = new Map<string, NumInstance>();
  if (!numberingXml) return { abstractNums, nums };
  const roots = parseXml(numberingXml);
  for (const a of findAll(roots, 'w:abstractNum')) {
    const id = a.attribs['w:abstractNumId'];
    if (id === undefined) continue;
    const levels = new Map<number, LevelDef>();
    for (const lvl of childElements(a, 'w:lvl')) levels.set(levelIndex(lvl), readLevel(lvl));
    abstractNums.set(id, { id, levels, numStyleLink: val(firstChild(a, 'w:numStyleLink')) ?? null });
  }
  for (const n of findAll(roots, 'w:num')) {
    const id = n.attribs['w:numId'];
    const abstractNumId = val(firstChild(n, 'w:abstractNumId'));
    if (id === undefined || abstractNumId === undefined) continue;
    const overrides = new Map<number, { level?: LevelDef; start?: number }>();
    for (const o of childElements(n, 'w:lvlOverride')) {
      const entry: { level?: LevelDef; start?: number } = {};
      const start = intVal(firstChild(o, 'w:startOverride'));
      if (start !== null) entry.start = start;
      const lvl = firstChild(o, 'w:lvl');
      if (lvl) entry.level = readLevel(lvl);
      overrides.set(levelIndex(o), entry);
    }
    nums.set(id, { abstractNumId, overrides });
  }
  return { abstractNums, nums };
}

function readNumPr(pPr: Element | undefined): { numId: string | null; ilvl: number | null } | null {
  const numPr = firstChild(pPr, 'w:numPr');
  if (!numPr) return null;
  return { numId: val(firstChild(numPr, 'w:numId')) ?? null, ilvl: intVal(firstChild(numPr, 'w:ilvl')) };
}

export function readStyleDefinitions(stylesXml: string | null): StyleDefinitions {
  const styles = new Map<string, StyleDef>();
  let defaultParagraphStyle: string | null = null;
  if (!stylesXml) return { styles, defaultParagraphStyle };
  for (const s of findAll(parseXml(stylesXml), 'w:style')) {
    const id = s.attribs['w:styleId'];
    if (id === undefined) continue;
    const numPr = readNumPr(firstChild(s, 'w:pPr'));
    styles.set(id, {
      basedOn: val(firstChild(s, 'w:basedOn')) ?? null,
      numId: numPr?.numId ?? null,
      ilvl: numPr?.ilvl ?? null,
    });
    const isDefault = ['1', 'true', 'on'].includes(s.attribs['w:default'] ?? '');
    if (s.attribs['w:type'] === 'paragraph' && isDefault) defaultParagraphStyle = id;
  }
  return { styles, defaultParagraphStyle };
}

// ---------------------------------------------------------------------------------------------------
// Paragraphs of document.xml, in the order mammoth emits them

// Elements whose text never shows: deleted revisions, field codes, the "Choice" half of alternate
// content (mammoth reads the Fallback half), comments' and notes' references.
const SKIPPED = new Set(['w:del', 'w:delText', 'w:instrText', 'mc:Choice', 'w:moveFrom', 'w:rPr', 'w:pPr']);

/**
 * Every paragraph of word/document.xml's body, in the order mammoth reads them (a text box's paragraphs
 * after the paragraph that holds it), with its text, style and own numbering. Read as a stream of tags:
 * document.xml is the largest part of a package, and building its whole tree cost more than the rest of
 * this module. A w:t's text is its own character data only (no comment, processing instruction or
 * element inside it counts; Word writes none there).
 */
export function readDocumentParagraphs(documentXml: string): DocxParagraph[] {
  interface OpenParagraph {
    entry: DocxParagraph;
    depth: number;
    /** the paragraphs of its text boxes, each followed by those of its own */
    after: DocxParagraph[];
    /** depth of its own w:pPr while inside it, of that w:pPr's w:numPr; -1 when not inside */
    pPrDepth: number;
    numPrDepth: number;
    seenPPr: boolean;
    seenPStyle: boolean;
    seenNumPr: boolean;
    seenNumId: boolean;
    seenIlvl: boolean;
  }
  const out: DocxParagraph[] = [];
  const stack: OpenParagraph[] = [];
  let depth = 0;
  /** depth of w:body while inside it; -1 before it, -2 after it */
  let bodyDepth = -1;
  /** depth of the element whose content does not show (SKIPPED), while inside it */
  let skipDepth = -1;
  /** depth of the w:t being read, while inside it */
  let textDepth = -1;
  let inCdata = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        if (bodyDepth === -1) {
          if (name === 'w:body') bodyDepth = depth;
          return;
        }
        if (bodyDepth < 0 || skipDepth >= 0) return;
        // a w:t holds text only: an element inside one is left out with all it holds
        if (textDepth >= 0) {
          skipDepth = depth;
          return;
        }
        const top = stack[stack.length - 1];
        if (top && top.pPrDepth >= 0) {
          // inside the paragraph's own w:pPr: its style and numbering (first of each, direct children)
          if (depth === top.pPrDepth + 1 && name === 'w:pStyle' && !top.seenPStyle) {
            top.seenPStyle = true;
            top.entry.styleId = attribs['w:val'] ?? null;
          } else if (depth === top.pPrDepth + 1 && name === 'w:numPr' && !top.seenNumPr) {
            top.seenNumPr = true;
            top.numPrDepth = depth;
            top.entry.numPr = { numId: null, ilvl: null };
          } else if (top.numPrDepth >= 0 && depth === top.numPrDepth + 1) {
            if (name === 'w:numId' && !top.seenNumId) {
              top.seenNumId = true;
              top.entry.numPr!.numId = attribs['w:val'] ?? null;
            } else if (name === 'w:ilvl' && !top.seenIlvl) {
              top.seenIlvl = true;
              const v = attribs['w:val'];
              const n = v === undefined ? NaN : Number.parseInt(v, 10);
              top.entry.numPr!.ilvl = Number.isFinite(n) ? n : null;
            }
          }
          return;
        }
        if (top && name === 'w:pPr' && depth === top.depth + 1 && !top.seenPPr) {
          top.seenPPr = true;
          top.pPrDepth = depth;
          return;
        }
        if (SKIPPED.has(name)) {
          skipDepth = depth;
          return;
        }
        if (name === 'w:p') {
          stack.push({ entry: { index: 0, text: '', styleId: null, numPr: null }, depth, after: [], pPrDepth: -1, numPrDepth: -1, seenPPr: false, seenPStyle: false, seenNumPr: false, seenNumId: false, seenIlvl: false });
          return;
        }
        if (!top) return;
        if (name === 'w:t') textDepth = depth;
        else if (name === 'w:tab') top.entry.text += '\t';
        else if (name === 'w:br' || name === 'w:cr') top.entry.text += '\n';
        else if (name === 'w:noBreakHyphen') top.entry.text += '-';
      },
      ontext(data) {
        if (textDepth === depth && !inCdata && skipDepth < 0) stack[stack.length - 1].entry.text += data;
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
      onclosetag(name) {
        if (depth === bodyDepth) bodyDepth = -2;
        if (depth === skipDepth) skipDepth = -1;
        if (depth === textDepth) textDepth = -1;
        const top = stack[stack.length - 1];
        if (top) {
          if (depth === top.numPrDepth) top.numPrDepth = -1;
          if (depth === top.pPrDepth) top.pPrDepth = -1;
          if (depth === top.depth && name === 'w:p') {
            stack.pop();
            const parent = stack[stack.length - 1];
            (parent ? parent.after : out).push(top.entry, ...top.after);
          }
        }
        depth--;
      },
    },
    { xmlMode: true },
  );
  parser.end(documentXml);
  out.forEach((p, i) => (p.index = i));
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Number formats

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_LEGAL_SIMPLIFIED = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const CN_LEGAL_TRADITIONAL = ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'];
const HEAVENLY_STEMS = [...'甲乙丙丁戊己庚辛壬癸'];
const EARTHLY_BRANCHES = [...'子丑寅卯辰巳午未申酉戌亥'];

/**
 * Chinese counting (一 … 十, 十一, 二十, 一百零五, 一千零一十). Word's chineseCounting and
 * chineseCountingThousand agree on the small numbers plans use; both are written this way here.
 */
function chineseCounting(n: number, digits: string[], units: [string, string, string], zero: string): string {
  if (n === 0) return digits[0];
  if (n >= 10000) return String(n);
  const [ten, hundred, thousand] = units;
  const parts: string[] = [];
  const places: Array<[number, string]> = [
    [1000, thousand],
    [100, hundred],
    [10, ten],
    [1, ''],
  ];
  let pendingZero = false;
  for (const [place, unit] of places) {
    const d = Math.floor(n / place) % 10;
    if (d === 0) {
      if (parts.length > 0) pendingZero = true;
      continue;
    }
    if (pendingZero) parts.push(zero);
    pendingZero = false;
    // 十一 rather than 一十一 when the number starts at the tens
    if (!(place === 10 && d === 1 && parts.length === 0)) parts.push(digits[d]);
    parts.push(unit);
  }
  return parts.join('');
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** Word's letters: a … z, then aa … zz, aaa … (the letter repeated). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function circled(n: number): string | null {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return null;
}

function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** The counter `n` written in the numbering format `numFmt`; null for formats not known here. */
export function formatNumber(n: number, numFmt: string): string | null {
  switch (numFmt) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circled(n) ?? String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'ordinal':
      return `${n}${ordinalSuffix(n)}`;
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseCounting(n, CN_DIGITS, ['十', '百', '千'], '零');
    case 'chineseLegalSimplified':
      return chineseCounting(n, CN_LEGAL_SIMPLIFIED, ['拾', '佰', '仟'], '零');
    case 'ideographLegalTraditional':
      return chineseCounting(n, CN_LEGAL_TRADITIONAL, ['拾', '佰', '仟'], '零');
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => CN_DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return n >= 1 ? HEAVENLY_STEMS[(n - 1) % 10] : null;
    case 'ideographZodiac':
      return n >= 1 ? EARTHLY_BRANCHES[(n - 1) % 12] : null;
    case 'none':
      return '';
    default:
      return null;
  }
}

// Symbol/Wingdings bullets are private-use code points; what they show is a bullet.
function bulletText(lvlText: string | null): string {
  const t = (lvlText ?? '').trim();
  if (!t || /[\uE000-\uF8FF]/.test(t)) return '•';
  return t;
}

// ---------------------------------------------------------------------------------------------------
// Counting

interface ResolvedNum {
  /** the abstract definition whose counters this num advances */
  abstractId: string;
  levelOf(ilvl: number): LevelDef | undefined;
  startOf(ilvl: number): number;
}

export class NumberingCounter {
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly usedNums = new Set<string>();
  /** style id → the first num/level whose w:pStyle names that style */
  private readonly levelByStyle = new Map<string, { numId: string; ilvl: number }>();

  constructor(
    private readonly numbering: NumberingDefinitions,
    private readonly styles: StyleDefinitions,
  ) {
    for (const [absId, abs] of numbering.abstractNums) {
      const num = [...numbering.nums].find(([, n]) => n.abstractNumId === absId);
      if (!num) continue;
      for (const [i, lvl] of abs.levels) {
        if (lvl.pStyle && !this.levelByStyle.has(lvl.pStyle)) this.levelByStyle.set(lvl.pStyle, { numId: num[0], ilvl: i });
      }
    }
  }

  /** The effective numbering (numId, ilvl) of a paragraph, from itself, its style chain or a level's pStyle. */
  effectiveNumPr(p: Pick<DocxParagraph, 'styleId' | 'numPr'>): { numId: string; ilvl: number } | null {
    const styleId = p.styleId ?? this.styles.defaultParagraphStyle;
    let numId = p.numPr?.numId ?? null;
    let ilvl = p.numPr?.ilvl ?? null;
    const seen = new Set<string>();
    for (let s = styleId; s && !seen.has(s) && (numId === null || ilvl === null); ) {
      seen.add(s);
      const def = this.styles.styles.get(s);
      if (!def) break;
      if (numId === null && def.numId !== null) numId = def.numId;
      if (ilvl === null && def.ilvl !== null && (p.numPr?.numId ?? null) === null) ilvl = def.ilvl;
      s = def.basedOn;
    }
    if (numId === null && styleId) {
      // a level that names the paragraph's style (w:pStyle) numbers it even without numPr
      const linked = this.levelByStyle.get(styleId);
      if (linked) return linked;
    }
    if (numId === null || numId === '0') return null;
    if (ilvl === null && styleId) {
      // numbering from the style: the level linked to the style, else level 0
      const resolved = this.resolve(numId);
      if (resolved) {
        for (let i = 0; i < 9; i++) if (resolved.levelOf(i)?.pStyle === styleId) ilvl = i;
      }
    }
    return { numId, ilvl: Math.min(Math.max(ilvl ?? 0, 0), 8) };
  }

  private resolve(numId: string): ResolvedNum | null {
    const num = this.numbering.nums.get(numId);
    if (!num) return null;
    let abs = this.numbering.abstractNums.get(num.abstractNumId);
    // numStyleLink: the definition lives in the num that a numbering style points to
    const seen = new Set<string>();
    while (abs?.numStyleLink && !seen.has(abs.id)) {
      seen.add(abs.id);
      const linkedNumId = this.styles.styles.get(abs.numStyleLink)?.numId;
      const linked = linkedNumId ? this.numbering.nums.get(linkedNumId) : undefined;
      abs = linked ? this.numbering.abstractNums.get(linked.abstractNumId) : undefined;
    }
    if (!abs) return null;
    const base = abs;
    const levelOf = (ilvl: number) => num.overrides.get(ilvl)?.level ?? base.levels.get(ilvl);
    return {
      abstractId: base.id,
      levelOf,
      startOf: (ilvl) => num.overrides.get(ilvl)?.start ?? levelOf(ilvl)?.start ?? 0,
    };
  }

  /** Advance the counters for one paragraph and return what Word displays; null when not numbered. */
  next(p: Pick<DocxParagraph, 'styleId' | 'numPr'>): ParagraphNumber | null {
    const eff = this.effectiveNumPr(p);
    if (!eff) return null;
    const { numId, ilvl } = eff;
    const resolved = this.resolve(numId);
    if (!resolved) return { text: null, kind: 'number', level: ilvl, numId, reason: `numbering definition ${numId} is missing` };
    const level = resolved.levelOf(ilvl);
    if (!level) return { text: null, kind: 'number', level: ilvl, numId, reason: `list level ${ilvl + 1} is not defined` };

    let counters = this.counters.get(resolved.abstractId);
    if (!counters) {
      counters = [];
      this.counters.set(resolved.abstractId, counters);
    }
    if (!this.usedNums.has(numId)) {
      this.usedNums.add(numId);
      // a startOverride restarts its level where this num is first used
      const num = this.numbering.nums.get(numId);
      for (const [i, o] of num?.overrides ?? []) if (o.start !== undefined || o.level) counters[i] = undefined;
    }
    const cur = counters[ilvl];
    counters[ilvl] = cur === undefined ? resolved.startOf(ilvl) : cur + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      const restart = resolved.levelOf(k)?.lvlRestart ?? null;
      if (restart === null || (restart > 0 && ilvl + 1 <= restart)) counters[k] = undefined;
    }

    if (level.numFmt === 'bullet') return { text: bulletText(level.lvlText), kind: 'bullet', level: ilvl, numId };
    if (level.lvlText === null) return { text: '', kind: 'number', level: ilvl, numId };
    let failed: string | null = null;
    const text = level.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const def = resolved.levelOf(k);
      const value = counters[k] ?? resolved.startOf(k);
      const fmt = level.isLgl ? 'decimal' : (def?.numFmt ?? 'decimal');
      const s = formatNumber(value, fmt);
      if (s === null) {
        failed = `number format "${fmt}" is not supported`;
        return '';
      }
      return s;
    });
    if (failed) return { text: null, kind: 'number', level: ilvl, numId, reason: failed };
    return { text, kind: 'number', level: ilvl, numId };
  }
}

/** Numbers of all paragraphs of a document, in the order of `readDocumentParagraphs`. */
export function computeParagraphNumbers(
  paragraphs: DocxParagraph[],
  numbering: NumberingDefinitions,
  styles: StyleDefinitions,
): Array<ParagraphNumber | null> {
  const counter = new NumberingCounter(numbering, styles);
  return paragraphs.map((p) => counter.next(p));
}
