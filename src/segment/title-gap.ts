/**
 * Also a title closed by a colon before its first sentence: `1.摸清底数：各乡镇要在3月底前完成摸排，建立台账。`
 * (a shorter phrase, at most 15 characters, then a sentence as above); a subject and its slogan with no
 * sentence after the colon (`数字经济：打造数字产业集群`) stays one title.
 *
 * A heading set on one line with its first sentence, the two apart by a space and no full stop after the
 * title (an export that lost the line break, or a style that runs the text in after a gap):
 * `（一）提升政务服务效能 深化“一网通办”改革，推行…。` / `一、总体要求 坚持以人民为中心，…`.
 * A title is a short phrase without sentence punctuation; what follows the gap is a sentence (it holds a
 * clause break or a sentence end). A title whose words are merely spaced (`总 体 要 求`, `第一章 总 则`) or
 * a heading over a short phrase (`加强 组织领导。`) is left whole.
 */

/** The longest title a heading standing before a gap may have (characters). */
const TITLE_MAX = 25;
/** The shortest first sentence after the gap: a heading's second word group is shorter. */
const SENTENCE_MIN = 10;

// the title: 2–25 characters with no space and no sentence punctuation (quotes, 、 and brackets may stand
// in it: `推进“放管服”改革`); then a run of spaces. Bounded: no backtracking beyond the 25 characters.
const TITLE_THEN_GAP = new RegExp(`^([^\\s。，,；;：:！!？?]{2,${TITLE_MAX}})[ \\t　]+(?=\\S)`);
const CLAUSE_OR_SENTENCE_END = /[，,。；;！!？?]/;
const SENTENCE_END = /[。；;！!？?]/;

const COLON_TITLE_MAX = 15;
const TITLE_THEN_COLON = new RegExp(`^([^\\s。，,；;：:！!？?]{2,${COLON_TITLE_MAX}})[:：][ \\t　]*(?=\\S)`);

/**
 * `text` (the part of a heading line after its number, trimmed) cut at the gap after its title, or null
 * when the line does not read as a title and a sentence.
 */
export function splitAtTitleGap(text: string): { title: string; inlineBody: string } | null {
  return titleThenSentence(text, TITLE_THEN_GAP);
}

/** `text` cut at the colon closing its title, or null when the line does not read as a title and a sentence. */
export function splitAtTitleColon(text: string): { title: string; inlineBody: string } | null {
  return titleThenSentence(text, TITLE_THEN_COLON);
}

function titleThenSentence(text: string, titleThen: RegExp): { title: string; inlineBody: string } | null {
  const m = titleThen.exec(text);
  if (!m || !/[\u4e00-\u9fa5]/.test(m[1])) return null;
  const body = text.slice(m[0].length).trim();
  if (!CLAUSE_OR_SENTENCE_END.test(body)) return null;
  const end = SENTENCE_END.exec(body);
  const first = end ? body.slice(0, end.index) : body;
  if ([...first].length < SENTENCE_MIN) return null;
  return { title: m[1], inlineBody: body };
}
