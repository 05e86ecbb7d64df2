/**
 * Headings without a number, recognized by how they stand in the text:
 * - part words of the 公文 front and back matter (前言, 总则, 附则, 结语 …, also letter-spaced `总    则`),
 *   from src/data/document-parts.json;
 * - a bare part heading: a short line standing alone, without sentence punctuation, after a finished
 *   sentence and before body text, whose part then opens a numbered run at 1 (work reports:
 *   `2023年工作回顾` … `（一）…`, `2024年工作安排` … `（一）…`);
 * - in a plan numbering no heading, three or more such lines standing alone between paragraphs (its outline);
 * - a paragraph-initial enumeration `一是…。二是…。` that stands for the missing （一） level of a part
 *   (the outline builder accepts it only directly under a top-level heading with no numbered children).
 */
import type { Block } from '../ingest/blocks.js';
import partsData from '../data/document-parts.json' with { type: 'json' };
import { matchHeadingNumber, splitTitle, type HeadingNumber } from './numbering.js';
import { ISSUER_LINE } from './parts.js';

const PART_WORDS = new Set(partsData.partHeadings.containers.concat(partsData.partHeadings.leaves));
const LEAF_WORDS = new Set(partsData.partHeadings.leaves);
const NOT_BARE = partsData.notBareHeading.map((s) => new RegExp(s));
const SENTENCE_PUNCT = /[。；;！!？?：:，,、]/;
const ENDS_SENTENCE = /[。；;！!？?…”"）)]$/;
const DATE_LINE = /^[\d〇零一二三四五六七八九十○Ｏ]{2,4}\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月/;
// a line naming a document (`关于…的实施意见`, `…行动计划`) is a title, not a part heading
const DOCUMENT_NAME = new RegExp(`^.{6,}(${partsData.planKinds.join('|')})$`);
const ENUMERATION_LEAD = /^([一二三四五六七八九十]{1,2})是(?=[\u4e00-\u9fa5“])/;
/** how far after a bare part heading its numbered run must start */
const BARE_LOOKAHEAD = 6;
const BARE_MAX_CHARS = 24;

const squash = (t: string) => t.replace(/[\s　]+/g, '');

/** A part word standing alone (`前言`, `总    则`): its kind, or null. */
export function partWord(text: string): 'container' | 'leaf' | null {
  const t = squash(text);
  if (!PART_WORDS.has(t)) return null;
  return LEAF_WORDS.has(t) ? 'leaf' : 'container';
}

function textOf(b: Block | undefined): string {
  return !b || b.type === 'table' ? '' : b.text.trim();
}

/** The shape of a bare part heading, context aside: short, no sentence punctuation, not a date, name or caption. */
export function looksLikeBareHeading(text: string): boolean {
  const t = text.trim();
  const n = [...squash(t)].length;
  if (n < 2 || n > BARE_MAX_CHARS) return false;
  if (SENTENCE_PUNCT.test(t) || !/[\u4e00-\u9fa5]/.test(t)) return false;
  if (matchHeadingNumber(t) || DATE_LINE.test(t) || DOCUMENT_NAME.test(squash(t))) return false;
  if (ISSUER_LINE.test(t) || NOT_BARE.some((re) => re.test(t))) return false;
  return true;
}

export interface EnumerationLead {
  number: HeadingNumber;
  title: string;
  inlineBody: string;
}

/** A paragraph opening `一是…。`: its number and lead clause, or null. */
export function matchEnumerationLead(text: string): EnumerationLead | null {
  const m = ENUMERATION_LEAD.exec(text.trim());
  if (!m) return null;
  const ordinal = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].indexOf(m[1]);
  const rest = text.trim().slice(m[0].length);
  const { title, inlineBody } = splitTitle(rest);
  if (ordinal <= 0 || !title || !inlineBody) return null;
  return { number: { family: 'cn-dun', number: `${m[1]}是`, ordinal, prefix: m[0], rest }, title, inlineBody };
}

/**
 * Indexes of blocks that are bare part headings. `numbered[i]` is the heading number block i carries
 * (null for plain text). A candidate must follow a finished sentence (or a heading, or the start), be
 * followed by prose or a heading, and its part must open a numbered run at 1 within a few blocks.
 */
export function findBareHeadings(blocks: Block[], numbered: (HeadingNumber | null)[]): Set<number> {
  const out = new Set<number>();
  // the numbered run a bare heading opened and the last number of it so far: a bare heading further on
  // may open the next group of that run (`提升传统消费` 1. 2. `培育新型消费` 3. 4.: items numbered on across
  // groups); any other number in between ends it
  let run: HeadingNumber | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const own = numbered[i];
    if (own && own.family !== 'box') run = run && run.family === own.family && run.ordinal + 1 === own.ordinal ? own : null;
    if (b.type !== 'paragraph' || b.framed || own) continue;
    const t = textOf(b);
    if (partWord(t)) {
      out.add(i);
      continue;
    }
    // the first line of a text is its title (a news headline over the document), not a part heading
    if (i === 0 || !looksLikeBareHeading(t)) continue;
    const prev = blocks[i - 1];
    if (prev && !numbered[i - 1] && !ENDS_SENTENCE.test(textOf(prev)) && !out.has(i - 1)) continue;
    const next = blocks[i + 1];
    // an issuer over a date line is a signature (`国务院` / `二○○七年十一月二十二日`)
    if (DATE_LINE.test(textOf(next).replace(/\s/g, ''))) continue;
    if (!next || next.type === 'table' || (!numbered[i + 1] && !/[。；]/.test(textOf(next)))) continue;
    let opens: HeadingNumber | null = null;
    for (let j = i + 1; j < Math.min(blocks.length, i + 1 + BARE_LOOKAHEAD); j++) {
      const h = numbered[j];
      if (h) {
        const continues = run !== null && h.family === run.family && h.ordinal === run.ordinal + 1;
        if ((h.ordinal === 1 || continues) && h.family !== 'box') opens = h;
        break;
      }
      if (looksLikeBareHeading(textOf(blocks[j]))) break;
    }
    if (opens) {
      out.add(i);
      // the run it opens: its first number is the next one seen, which continues it
      run = { ...opens, ordinal: opens.ordinal - 1 };
    }
  }
  for (const i of headingSeries(blocks, numbered)) out.add(i);
  return out;
}

/** How many lines standing alone make a series of part headings in a plan numbering none. */
const SERIES_MIN = 3;

/**
 * A plan numbering no heading at all (`行动目标` / `主要任务` / `保障措施`, each over paragraphs): its short
 * lines standing alone between finished sentences and prose, when there are a few of them, are its part
 * headings. One such line alone is a caption or a signature, not an outline.
 */
function headingSeries(blocks: Block[], numbered: (HeadingNumber | null)[]): number[] {
  if (numbered.some((n) => n !== null)) return [];
  const found: number[] = [];
  for (let i = 1; i < blocks.length - 1; i++) {
    const b = blocks[i];
    if (b.type !== 'paragraph' || b.framed || !looksLikeBareHeading(textOf(b))) continue;
    const prev = textOf(blocks[i - 1]);
    const next = textOf(blocks[i + 1]);
    if (!ENDS_SENTENCE.test(prev) || !/[。；]/.test(next) || DATE_LINE.test(next.replace(/\s/g, ''))) continue;
    found.push(i);
  }
  return found.length >= SERIES_MIN ? found : [];
}
