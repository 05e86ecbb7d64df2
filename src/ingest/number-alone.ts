/**
 * A heading number standing alone on its line with the title on the next (`第一章` / `发展基础`), as plans
 * set their chapter, part and section headings centred over two lines, and as PDF and HTML copies keep
 * them: the two lines are one heading, joined into one paragraph (`第一章　发展基础`) spanning both lines.
 * The number is a 第X章/节/篇/编/部分 and the next line reads as a title (short, no sentence punctuation,
 * no number of its own); an article number (`第三条`) alone is joined to the article's text under it.
 * Every format passes here after its reader (src/ingest/index.ts).
 */
import type { Block, ParagraphBlock } from './blocks.js';
import type { Diagnostic } from '../schema/plan.js';

const CN = '〇零一二三四五六七八九十百两';
const HEADING_NUMBER_ALONE = new RegExp(`^第[${CN}\\d]{1,4}(?:章|节|篇|编|部分)$`);
const ARTICLE_NUMBER_ALONE = new RegExp(`^第[${CN}\\d]{1,4}条$`);
const TITLE_MAX = 30;
// sentence punctuation, or a number opening the line (a heading of its own)
const NOT_A_TITLE = new RegExp(`[。；;，,：:！!？?]|^(?:第[${CN}\\d]{1,4}[章节篇编部分条]|[${CN}]{1,3}、|[（(][${CN}\\d]{1,3}[）)]|\\d{1,3}[.．、])`);

const squash = (t: string) => t.replace(/[\s　]+/g, '');

function isParagraph(b: Block | undefined): b is ParagraphBlock {
  return b !== undefined && b.type === 'paragraph';
}

/** Whether block `next` completes the number alone in `b`: a title under a heading number, any text under an article number. */
function completes(b: ParagraphBlock, next: Block | undefined): next is ParagraphBlock {
  if (!isParagraph(next) || next.framed || b.framed) return false;
  const number = squash(b.text);
  const text = next.text.trim();
  if (!text) return false;
  if (ARTICLE_NUMBER_ALONE.test(number)) return !ARTICLE_NUMBER_ALONE.test(squash(text)) && !HEADING_NUMBER_ALONE.test(squash(text));
  return HEADING_NUMBER_ALONE.test(number) && [...squash(text)].length <= TITLE_MAX && !NOT_A_TITLE.test(text);
}

export function joinNumbersAlone(blocks: Block[]): { blocks: Block[]; diagnostics: Diagnostic[] } {
  let out: Block[] | null = null;
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const next = blocks[i + 1];
    if (isParagraph(b) && b.text.length <= 12 && completes(b, next)) {
      out ??= blocks.slice(0, i);
      const number = squash(b.text);
      const joined: ParagraphBlock = { ...next, ...b, text: `${number}　${next.text.trim()}`, raw: `${b.raw}\n${next.raw}`, line: b.line, endLine: next.endLine, heading: b.heading ?? next.heading };
      out.push(joined);
      diagnostics.push({ severity: 'info', code: 'debris.number-alone', message: `heading number "${number}" stands alone on its line: joined with the line under it`, line: b.line, endLine: next.endLine });
      i++;
      continue;
    }
    out?.push(b);
  }
  return { blocks: out ?? blocks, diagnostics };
}
