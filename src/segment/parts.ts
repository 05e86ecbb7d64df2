/**
 * Where the plan body starts and ends. A plan file often holds more than the plan: a cover notice
 * (通知 with 文号 and addressees) that issues it, the plan's title block, a 目录, appendices (附件,
 * member lists) and the 抄送/印发 footer. This module finds those ranges over the block list; the
 * outline is built from what is left.
 */
import { blockText, type Block } from '../ingest/blocks.js';
import parts from '../data/document-parts.json' with { type: 'json' };
import pageData from '../data/html-boilerplate.json' with { type: 'json' };
import { matchHeadingNumber } from './numbering.js';

/** An attachment list entry and the appendix it names compare without `附件1：` / `1.` before them. */
// (the entries after the first carry only their number: `附件：1.甲` / `2.乙`)
const ATTACHMENT_LIST_PREFIX = /^(?:附件\s*\d*\s*[:：]?\s*)?(\d+[.．、])?/;
const attachmentListKey = (t: string): string => normalizeForMatch(t.replace(ATTACHMENT_LIST_PREFIX, ''));

const compile = (sources: string[]) => sources.map((s) => new RegExp(s));
const COVER = compile(parts.coverSignals);
const APPENDIX = compile(parts.appendixStart);
const FOOTER_START = compile(parts.footerStart);
const FOOTER_LINE = compile(parts.footerLine);
const TOC = new RegExp(parts.tocHeading);
export const BARE_LABEL = /^附[件表录]\s*\d*\s*[:：]?$/;
const KIND_ALT = parts.planKinds.join('|');
// the title ends with a kind word, optionally followed by a bracketed period or status: 规划（2021—2025年）
const TITLE = new RegExp(`(${KIND_ALT})([（(〔][^（(）)]{0,20}[）)〕])?$`);
const OTHER_TITLE = new RegExp(`(${parts.otherDocumentKinds.join('|')})([（(〔][^（(）)]{0,20}[）)〕])?$`);
const DATE_LINE = /^(\d{4}|[〇零一二三四五六七八九○Ｏ]{4})年[\d一二三四五六七八九十]{1,3}月([\d一二三四五六七八九十]{1,3}日)?(印发)?$/;
const DATE_START = /^(\d{4}|[〇零一二三四五六七八九○Ｏ]{4})年[\d一二三四五六七八九十]{1,3}月/;
const APPROVED = /(批准|通过|印发|发布|施行)$/;
const TITLE_CONTINUATION = /^(和|及|与|暨|以及)/;
const BRACKETED_LINE = /^[（(〔【][^（(）)]{1,30}[）)〕】]$/;
/** a line or name that ends in an issuing body's suffix (人民政府, 办公厅…): an office name */
export const ISSUER_LINE = new RegExp(`(?:${parts.issuerSuffix.join('|')})$`);
const PAGE_FURNITURE = compile(pageData.boilerplate);

/** A short line of a web page's furniture (发布日期：… 浏览次数 【字体：大中小】), as a printed page keeps it. */
function isPageFurnitureLine(t: string): boolean {
  return t.length <= pageData.maxBoilerplateChars && !/[。；]/.test(t) && PAGE_FURNITURE.some((re) => re.test(t));
}

export interface PartRanges {
  /** block index ranges [start, end) */
  cover: [number, number] | null;
  /** title block(s), with subtitle, status, issuer and date lines under the title */
  title: [number, number] | null;
  /** the title repeated after a 目录 */
  titleRepeat: [number, number] | null;
  toc: [number, number] | null;
  body: [number, number];
  appendices: [number, number][];
  footer: [number, number] | null;
  /** index of the title block (for meta) */
  titleIndex: number | null;
  /** the title as one line (a title set over two lines joined) */
  titleText: string | null;
  /**
   * further documents in the body (a notice issuing two): for each, the range of its title block; its
   * text runs to the next one's title or the end of the body
   */
  documents: [number, number][];
}

export function normalizeForMatch(s: string): string {
  return s.replace(/[\s　“”"‘’'《》<>〈〉()（）、，,。.．:：;；·・\-—–]/g, '');
}

const TABLE_LABEL = /^附[件表]\s*\d+\s*[:：]?$/;

/**
 * The label and title of an attachment set as one table whose first cell opens with the label
 * (`附件1` / `XX指标体系`), or null for any other block.
 */
export function tableAppendixLabel(b: Block | undefined): { label: string; title: string } | null {
  if (!b || b.type !== 'table') return null;
  const lines = (b.rows[0]?.[0]?.text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0 || !TABLE_LABEL.test(lines[0])) return null;
  return { label: lines[0].replace(/[:：\s]/g, ''), title: lines[1] ?? '' };
}

function text(b: Block): string {
  return b.type === 'table' ? '' : b.text.trim();
}

/** A short line that names a plan: `XX市知识产权“十四五”规划`, not a notice title or a sentence. */
export function isTitleCandidate(t: string): boolean {
  if (t.length < 4 || t.length > 80) return false;
  if (/[。；;！？]/.test(t)) return false;
  // `关于…的实施意见` names a document; `关于印发…的通知` wraps one
  if (/通知|^关于印发|的决定$|的函$|批复$/.test(t)) return false;
  // `附件：某某行动方案` lists what a notice attaches; the document's own title stands apart
  if (/^附件\s*\d*\s*[:：]/.test(t)) return false;
  if (matchHeadingNumber(t)) return false;
  return TITLE.test(t.replace(/[（(][^（(）)]*(稿|草案)[）)]$/, ''));
}

/** A line naming a document of any genre: a plan title, or a 若干政策/条例 title. */
export function isDocumentTitle(t: string): boolean {
  if (isTitleCandidate(t)) return true;
  if (t.length < 4 || t.length > 80 || /[。；;！？，,]/.test(t) || /通知|^关于印发/.test(t) || matchHeadingNumber(t)) return false;
  return OTHER_TITLE.test(t);
}

/** The first line of a title broken after its year range or place (`2024—2026年某省`, `某市2025年`). */
function isTitleHead(t: string): boolean {
  const s = t.replace(/\s/g, '');
  if (s.length < 3 || s.length > 24 || /[。；;！？，,：:、]/.test(s)) return false;
  if (isSubtitleLine(s) || ISSUER_LINE.test(s) || matchHeadingNumber(s) || BARE_LABEL.test(s) || COVER.some((re) => re.test(s))) return false;
  if (TITLE.test(s) || OTHER_TITLE.test(s)) return false;
  return /(\d{4}年?|年|年度|[省市县区州盟旗]|自治区|自治州|自治县)$/.test(s);
}

function isSubtitleLine(t: string): boolean {
  return BRACKETED_LINE.test(t) || DATE_LINE.test(t.replace(/\s/g, '')) || (t.length <= 30 && ISSUER_LINE.test(t) && !/[，,。]/.test(t));
}

export function findParts(blocks: Block[]): PartRanges {
  const n = blocks.length;
  const texts = blocks.map(text);
  // The title: the first plan-naming line among the opening blocks, before any numbered heading.
  let titleIndex: number | null = null;
  for (let i = 0; i < Math.min(n, 40); i++) {
    const t = texts[i];
    if (!t) continue;
    const h = matchHeadingNumber(t);
    if (h && (h.family === 'cn-dun' || h.family === 'chapter')) break;
    if (isDocumentTitle(t)) {
      titleIndex = i;
      break;
    }
  }

  // no line names a plan, but the text opens with a top-level heading of the source (Word 标题 1,
  // html h1) without sentence punctuation: that is the document's title (`2026年中央一号文件`)
  if (titleIndex === null) {
    const first = blocks.findIndex((b) => b.type !== 'table' && b.text.trim());
    const b = blocks[first];
    if (b && b.type === 'paragraph' && b.heading === 1 && b.text.trim().length <= 60 && !/[。；;！？]/.test(b.text) && !matchHeadingNumber(b.text.trim())) titleIndex = first;
  }

  let cursor = 0;
  let cover: [number, number] | null = null;
  let title: [number, number] | null = null;
  let titleText: string | null = titleIndex !== null ? texts[titleIndex] : null;
  if (titleIndex !== null) {
    // a title set over two lines with the break after its year range or place: `2024—2026年某省` /
    // `农机购置补贴实施方案`; the head line names no genre of its own
    const head = titleIndex > 0 ? texts[titleIndex - 1] : '';
    const headStart = head && isTitleHead(head) ? titleIndex - 1 : titleIndex;
    if (headStart < titleIndex) titleText = `${head}${titleText}`;
    const before = texts.slice(0, headStart);
    if (before.some((t) => COVER.some((re) => re.test(t)))) cover = [0, headStart];
    let end = titleIndex + 1;
    // a title set over two lines: `…第十四个五年规划` / `和二〇三五年远景目标纲要`
    if (end < n && TITLE_CONTINUATION.test(texts[end]) && isTitleCandidate(texts[end])) titleText = `${titleText}${texts[end++]}`;
    const titleKey = normalizeForMatch(texts[titleIndex]);
    for (;;) {
      // a page printed from a government site: its publication line (发布日期：… 来源：…) and the
      // document's own title repeated under it stay in the title block
      while (end < n && texts[end] && (isSubtitleLine(texts[end]) || isPageFurnitureLine(texts[end]) || normalizeForMatch(texts[end]) === titleKey)) end++;
      // an approval line under the title, perhaps wrapped: `2021年1月27日上海市第十五届` / `人民代表大会…批准`
      const approval = end < n && DATE_START.test(texts[end].replace(/\s/g, '')) ? [texts[end], texts[end + 1] ?? ''] : null;
      if (approval && APPROVED.test(approval[0])) end += 1;
      else if (approval && approval[0].length <= 30 && APPROVED.test(approval[1]) && approval[1].length <= 30) end += 2;
      else break;
    }
    // a label such as 附件 above the title belongs to the title block when there is no cover notice
    title = [cover ? headStart : 0, end];
    cursor = end;
  }

  // 目录: from its heading to the repeated title or the first line that reads like body text.
  let toc: [number, number] | null = null;
  let titleRepeat: [number, number] | null = null;
  const tocAt = findToc(texts, cursor);
  // text between the title and a later 目录 (a 前言) is body: the body starts before the 目录 and the
  // segmenter leaves the 目录 out of it
  const bodyStart = tocAt !== null && tocAt > cursor ? cursor : null;
  if (tocAt !== null) {
    let end = tocAt + 1;
    const first = end < n ? normalizeForMatch(stripTocLeader(texts[end])) : '';
    const seen = new Set<string>();
    // a 目录 printed with leaders or page numbers: a line without them is an entry only when it wraps
    // onto the next line, which has them; otherwise it is the first line of the body
    const led = texts.slice(tocAt + 1, tocAt + 4).filter(hasTocLeader).length >= 2;
    // a 目录 flattened onto one line: `第一章　形势　第一节　…　第二章　…`
    const inline = end < n && countInlineTocEntries(texts[end]) >= 3 && !/[。；]/.test(texts[end]);
    if (inline) end++;
    while (!inline && end < n) {
      const t = texts[end];
      if (blocks[end].type === 'table') break;
      const entry = stripTocLeader(t);
      if (!t || entry.length > 40 || /[。；]/.test(entry)) break;
      if (led && !hasTocLeader(t) && !(end + 1 < n && hasTocLeader(texts[end + 1]) && entry.length + stripTocLeader(texts[end + 1]).length <= 60)) break;
      const key = normalizeForMatch(entry);
      if (end > tocAt + 1 && (key === first || seen.has(key))) break;
      if (titleIndex !== null && key === normalizeForMatch(texts[titleIndex])) break;
      seen.add(key);
      end++;
    }
    toc = [tocAt, end];
    cursor = end;
    if (titleIndex !== null && end < n && normalizeForMatch(texts[end]) === normalizeForMatch(texts[titleIndex])) {
      let rEnd = end + 1;
      while (rEnd < n && texts[rEnd] && isSubtitleLine(texts[rEnd])) rEnd++;
      titleRepeat = [end, rEnd];
      cursor = rEnd;
    }
  }

  // Footer: 抄送/印发 lines at the very end.
  let footerStart = n;
  for (let i = n - 1; i >= cursor; i--) {
    const t = texts[i];
    if (FOOTER_START.some((re) => re.test(t))) footerStart = i;
  }
  if (footerStart === n) {
    // no 抄送: a trailing `XXXX年X月X日印发` line still ends the body
    let i = n - 1;
    while (i > cursor && !texts[i]) i--;
    if (i > cursor && FOOTER_LINE.some((re) => re.test(texts[i].replace(/\s/g, '')))) {
      footerStart = i;
      if (i - 1 > cursor && ISSUER_LINE.test(texts[i - 1]) && texts[i - 1].length <= 30) footerStart = i - 1;
    }
  }
  const footer: [number, number] | null = footerStart < n ? [footerStart, n] : null;

  // Appendices: after the body has started (a numbered heading seen), a 附件 label or a list title.
  const appendixStarts: number[] = [];
  let sawHeading = false;
  for (let i = cursor; i < footerStart; i++) {
    const t = texts[i];
    if (!t) {
      // an attachment set as one table opens with its label in the first cell
      if (sawHeading && tableAppendixLabel(blocks[i])) appendixStarts.push(i);
      continue;
    }
    const h = matchHeadingNumber(t);
    if (h && h.family !== 'box') {
      sawHeading = true;
      continue;
    }
    if (!sawHeading || t.length > 40 || /[。；]/.test(t)) continue;
    if (!APPENDIX.some((re) => re.test(t))) continue;
    // `表1 重点任务分工表` is the caption of a table in the text; an appendix is labelled 附件 or 附表
    if (/^表\s*\d/.test(t)) continue;
    // `附件` and the title under it start one appendix, not two
    const prev = appendixStarts[appendixStarts.length - 1];
    if (prev !== undefined && texts.slice(prev + 1, i).every((x) => !x) && BARE_LABEL.test(texts[prev])) continue;
    appendixStarts.push(i);
  }
  // `附件：1.…` listing the attachments at the end of the text (附件说明) is body text, not an appendix:
  // a label with titles only, followed by the appendix that repeats one of those titles
  while (appendixStarts.length >= 2) {
    const [a, b] = appendixStarts;
    const listed = texts.slice(a, b).filter(Boolean);
    const onlyTitles = listed.every((t) => t.length <= 60 && !/[。；]/.test(t));
    const next = new Set(blocks.slice(b, b + 3).map((x, k) => attachmentListKey(tableAppendixLabel(x)?.title ?? texts[b + k])));
    const repeats = listed.some((t) => {
      const k = attachmentListKey(t);
      return k.length >= 4 && next.has(k);
    });
    if (!onlyTitles || !repeats) break;
    appendixStarts.shift();
  }
  const appendices: [number, number][] = appendixStarts.map((s, k) => [s, appendixStarts[k + 1] ?? footerStart]);
  const bodyEnd = appendixStarts[0] ?? footerStart;
  const body: [number, number] = [bodyStart ?? cursor, bodyEnd];
  return { cover, title, titleRepeat, toc, body, appendices, footer, titleIndex, titleText, documents: toc ? [] : findFurtherDocuments(texts, body) };
}

/**
 * Titles of further documents inside the body: a line naming a document, after a finished sentence,
 * where the top-level numbering (一、 or 第一章) that ran before starts again at 1 after it.
 */
function findFurtherDocuments(texts: string[], [start, end]: [number, number]): [number, number][] {
  const out: [number, number][] = [];
  let highest = 0;
  let prev = '';
  for (let i = start; i < end; i++) {
    const t = texts[i];
    if (!t) continue;
    const h = matchHeadingNumber(t);
    if (h && (h.family === 'cn-dun' || h.family === 'chapter')) highest = Math.max(highest, h.ordinal);
    else if (highest >= 2 && /[。；！？）)]$/.test(prev) && isDocumentTitle(t)) {
      let next: ReturnType<typeof matchHeadingNumber> = null;
      // the new document's first heading follows its title and an introduction within a few blocks
      for (let j = i + 1; j < Math.min(end, i + 30) && !next; j++) {
        const m = texts[j] ? matchHeadingNumber(texts[j]) : null;
        if (m && (m.family === 'cn-dun' || m.family === 'chapter')) next = m;
      }
      if (next?.ordinal === 1) {
        let tEnd = i + 1;
        while (tEnd < end && texts[tEnd] && isSubtitleLine(texts[tEnd])) tEnd++;
        out.push([i, tEnd]);
        highest = 0;
        i = tEnd - 1;
        prev = '';
        continue;
      }
    }
    prev = t;
  }
  return out;
}

function findToc(texts: string[], from: number): number | null {
  for (let i = from; i < Math.min(texts.length, from + 10); i++) {
    if (TOC.test(texts[i])) return i;
  }
  // further on (after a 前言 or the approval lines): only a 目录 heading whose entries carry leaders
  for (let i = from; i < Math.min(texts.length, from + 400); i++) {
    if (TOC.test(texts[i]) && texts.slice(i + 1, i + 4).filter(hasTocLeader).length >= 2) return i;
  }
  return null;
}

const INLINE_TOC_ENTRY = /(?:^|[\s　])(?:第[一二三四五六七八九十百\d]{1,4}[篇章节]|[一二三四五六七八九十]{1,3}、)/g;

/** How many 目录 entries (第X章, 第X节, 一、) one line holds. */
export function countInlineTocEntries(t: string): number {
  return (t.match(INLINE_TOC_ENTRY) ?? []).length;
}

/** The entries of a 目录 flattened onto one line, each with its number. */
export function splitInlineToc(t: string): string[] {
  // an entry starts after a gap, or right after the previous title when its 第N章 is set off from its
  // own title by a space (`…提升治理能力第九章　实施…`)
  return t
    .split(/[\s　]+(?=第[一二三四五六七八九十百\d]{1,4}[篇章节]|[一二三四五六七八九十]{1,3}、)|(?<=[^\s　第])(?=第[一二三四五六七八九十百\d]{1,4}[篇章节][\s　])/)
    .map((x) => x.trim())
    .filter(Boolean);
}

// dot leaders (`……12`, `........8`, `. . . 3`) or a page number after a gap at the end of a 目录 entry
const TOC_LEADER = /(?:[.…·．]{2,}|(?:\s[.·]){3,})[\s.…·．]*\d{0,3}\s*$|\s{2,}\d{1,3}\s*$/;

/** True when a line ends with a 目录 leader or page number. */
export function hasTocLeader(t: string): boolean {
  return TOC_LEADER.test(t);
}

/** A 目录 entry without its leader and page number: `第一节  指导思想 ....... 1` → `第一节  指导思想`. */
export function stripTocLeader(t: string): string {
  return t.replace(TOC_LEADER, '').replace(/[.…·．\s]*\d{1,3}\s*$/, '').trim();
}

export { blockText };
