/**
 * Heading numbers: which numbering family a line starts with, its ordinal value, and the title that
 * follows. Families are told apart by their shape only; which level each family has is decided per
 * document by outline.ts from the order in which families appear.
 */
import { BOX_LABEL_SOURCE } from '../nlp/box-label.js';
import { parseChineseInteger } from '../nlp/numbers.js';
import { NO_UNIT_AFTER, QUANTITY_WORD } from '../nlp/units.js';
import partsData from '../data/document-parts.json' with { type: 'json' };
import { splitAtTitleColon, splitAtTitleGap } from './title-gap.js';

export type FamilyId =
  | 'part' // 第一篇 第一部分 第一编
  | 'chapter' // 第一章
  | 'jie' // 第一节
  | 'article' // 第一条 (the articles of a 办法/条例, numbered on across its chapters)
  | 'cn-dun' // 一、
  | 'paren-cn' // （一） (一)
  | 'arabic-dot' // 1. 1． 1﹒
  | 'arabic-dun' // 1、
  | 'paren-arabic' // （1） (1)
  | 'circled' // ①
  | 'box' // 专栏3
  | 'series' // 行动一：  任务2　 (a word of a run of headings, then its ordinal)
  | 'decimal-2' // 1.1 (the depth is part of the family: 1.1 and 1.1.1 are two levels)
  | 'decimal-3' // 1.1.1
  | 'decimal-4' // 1.1.1.1
  | 'bullet'; // ■ ● ◆ (a mark with no count: every item is a sibling of the one before)

export interface HeadingNumber {
  family: FamilyId;
  /** the number as written, without the separator: "一", "（一）", "1", "①", "第一章", "专栏3" */
  number: string;
  /** ordinal value (1-based) used to see whether numbering continues */
  ordinal: number;
  /** the whole prefix consumed, separator and following spaces included */
  prefix: string;
  /** text after the prefix */
  rest: string;
  /** decimal numbers: every component (`2.3.1` → [2, 3, 1]) */
  path?: number[];
}

const CN_DIGITS = '〇零一二三四五六七八九十百两';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** Marks that open an item of a list not counted (solid and hollow squares, diamonds, a solid dot, a star). */
const BULLETS = '■●◆▲◇□★▪';

// Each pattern is anchored and bounded so no input can make it backtrack beyond a few characters.
const PATTERNS: { family: FamilyId; re: RegExp; number: (m: RegExpExecArray) => string; ordinal: (m: RegExpExecArray) => number }[] = [
  {
    family: 'part',
    re: new RegExp(`^第([${CN_DIGITS}]{1,3}|\\d{1,2})(?:篇|部分|编)[\\s　]*`),
    number: (m) => m[0].trim(),
    ordinal: (m) => toInt(m[1]),
  },
  {
    family: 'chapter',
    re: new RegExp(`^第([${CN_DIGITS}]{1,4}|\\d{1,3})章[\\s　]*`),
    number: (m) => `第${m[1]}章`,
    ordinal: (m) => toInt(m[1]),
  },
  {
    family: 'jie',
    re: new RegExp(`^第([${CN_DIGITS}]{1,4}|\\d{1,3})节[\\s　]*`),
    number: (m) => `第${m[1]}节`,
    ordinal: (m) => toInt(m[1]),
  },
  {
    // an article is set off from its text by a space: `第三条　居家社区养老服务应当…`
    family: 'article',
    re: new RegExp(`^第([${CN_DIGITS}]{1,4}|\\d{1,3})条[\\s　]+(?=\\S)`),
    number: (m) => `第${m[1]}条`,
    ordinal: (m) => toInt(m[1]),
  },
  {
    family: 'box',
    re: new RegExp(`^${BOX_LABEL_SOURCE}[\\s:：.、．]*`),
    number: (m) => `专栏${m[1]}`,
    ordinal: (m) => toInt(m[1]),
  },
  {
    family: 'cn-dun',
    // 一、 and the common slips 一， 一. 一．; not 一是/一要 (those are running enumerations)
    re: new RegExp(`^([${CN_DIGITS}]{1,3})[、，,.．][\\s　]*`),
    number: (m) => m[1],
    ordinal: (m) => toInt(m[1]),
  },
  {
    // `行动一：数字基础设施夯实行动` / `任务2　…`: a word naming a run of headings, its ordinal, a colon or space
    family: 'series',
    re: new RegExp(`^(?:${partsData.seriesHeadingWords.join('|')})([${CN_DIGITS}]{1,3}|\\d{1,2})(?:[:：][\\s　]*|[\\s　]+)(?=\\S)`),
    number: (m) => m[0].replace(/[:：\s　]+$/, ''),
    ordinal: (m) => toInt(m[1]),
  },
  {
    // 【一】 ［一］: a Chinese numeral in square brackets numbers a heading as 一、 does
    family: 'cn-dun',
    re: new RegExp(`^[【［\\[]([${CN_DIGITS}]{1,3})[】］\\]][\\s　、.．]*`),
    number: (m) => m[1],
    ordinal: (m) => toInt(m[1]),
  },
  {
    family: 'paren-cn',
    re: new RegExp(`^[（(]([${CN_DIGITS}]{1,3})[）)][\\s　、.．]*`),
    number: (m) => m[0].trim().replace(/[、.．]$/, ''),
    ordinal: (m) => toInt(m[1]),
  },
  {
    family: 'paren-arabic',
    re: /^[（(](\d{1,3})[）)][\s　、.．]*/,
    number: (m) => m[0].trim().replace(/[、.．]$/, ''),
    ordinal: (m) => Number(m[1]),
  },
  {
    // `1）加强火源管控`: the closing bracket alone numbers an item as （1） does
    family: 'paren-arabic',
    re: /^(\d{1,3})[）)][\s　]*/,
    number: (m) => m[0].trim(),
    ordinal: (m) => Number(m[1]),
  },
  {
    family: 'arabic-dot',
    // 1. 1． 1﹒ but not 1.5 (a decimal) and not 2020.11; an item may open with a year
    // (`2．2021年6月底前…`): no decimal is followed by 年
    re: /^(\d{1,3})[.．﹒](?:(?![\d０-９])|(?=\d{4}年))[\s　]*/,
    number: (m) => m[1],
    ordinal: (m) => Number(m[1]),
  },
  {
    family: 'arabic-dun',
    re: /^(\d{1,3})、[\s　]*/,
    number: (m) => m[1],
    ordinal: (m) => Number(m[1]),
  },
  {
    family: 'circled',
    re: new RegExp(`^([${CIRCLED}])[\\s　、.．]*`),
    number: (m) => m[1],
    ordinal: (m) => CIRCLED.indexOf(m[1]) + 1,
  },
  {
    // ■ ● ◆: items marked, not counted; each one counts as a first item (no run to continue)
    family: 'bullet',
    re: new RegExp(`^([${BULLETS}])[\\s　]*`),
    number: (m) => m[1],
    ordinal: () => 1,
  },
];

function toInt(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  return parseChineseInteger(s) ?? 0;
}

// 1.1 / 2.3.1 (also with full-width dots), then the title; not a decimal quantity (`2.69 万亿元`, `1.5%`)
const DECIMAL = new RegExp(`^(\\d{1,2}(?:[.．]\\d{1,2}){1,3})(?![\\d.．])${NO_UNIT_AFTER}[\\s　]*`);

const SPACED_TOP = new RegExp(`^(\\d{1,2})[ 　]+(?!${QUANTITY_WORD})(?=[\\u4e00-\\u9fff])`);

/** The heading number a line starts with, or null. Does not decide whether the line is a heading. */
export function matchHeadingNumber(text: string): HeadingNumber | null {
  const d = DECIMAL.exec(text);
  if (d && text.slice(d[0].length).trim()) {
    const path = d[1].split(/[.．]/).map(Number);
    if (path.every((x) => x > 0)) {
      return { family: `decimal-${path.length}` as FamilyId, number: d[1], ordinal: path[path.length - 1], prefix: d[0], rest: text.slice(d[0].length), path };
    }
  }
  // `1　总则` over `1.1　编制目的` (GB/T 1.1 style): a bare number, a space and a short title with no
  // punctuation; a count (`3 个`, `2 人次`) is not one
  const spaced = SPACED_TOP.exec(text);
  if (spaced) {
    const rest = text.slice(spaced[0].length);
    if ([...rest.trim()].length >= 2 && [...rest.trim()].length <= 15 && !/[\p{P}\d]/u.test(rest.trim())) {
      const n = Number(spaced[1]);
      if (n > 0) return { family: 'arabic-dot', number: spaced[1], ordinal: n, prefix: spaced[0], rest };
    }
  }
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const ordinal = p.ordinal(m);
    if (ordinal <= 0) continue;
    const rest = text.slice(m[0].length);
    if (!rest.trim() && p.family !== 'box') continue;
    return { family: p.family, number: p.number(m), ordinal, prefix: m[0], rest };
  }
  return null;
}

/** Sentence ends that separate a run-in heading from its body: `（一）加强组织领导。在市委…`. */
const TITLE_END = /[。；;！!？?]/;
const GAP = /[ \t　]/;
const COLON = /[:：]/;

/**
 * Split the text after a number into title and run-in body. A heading line without sentence
 * punctuation is all title; otherwise the title runs to the first sentence end.
 */
export function splitTitle(rest: string): { title: string; inlineBody: string } {
  const text = rest.trim();
  const m = TITLE_END.exec(text);
  // `提升政务服务效能 深化…改革，…。`: a title set apart from its first sentence by a space
  const head = m ? text.slice(0, m.index) : text;
  if (GAP.test(head)) {
    const gap = splitAtTitleGap(text);
    if (gap) return gap;
  }
  // `摸清底数：各乡镇要…，…。`: a title closed by a colon before its first sentence
  if (COLON.test(head)) {
    const colon = splitAtTitleColon(text);
    if (colon) return colon;
  }
  if (!m) return { title: stripTrailingColon(text), inlineBody: '' };
  return { title: stripTrailingColon(text.slice(0, m.index).trim()), inlineBody: text.slice(m.index + 1).trim() };
}

function stripTrailingColon(s: string): string {
  return s.replace(/[:：]\s*$/, '');
}
