/**
 * Headings glued onto the end of another line. A copy that flattened a 专栏 box into the running text
 * lost the line breaks around it: `…廉政建设。专栏4　环境监管能力建设重点内容　　四、重点工程和投资重点`
 * holds a paragraph's last sentence, a box title and the next heading on one line. Two conventions of
 * the printed page put the breaks back:
 *
 * - a box label `专栏N` set off from its title by a full-width space opens a box, and a box always
 *   starts on a line of its own (a mention such as `见专栏3` has no space after the number);
 * - a heading number after a wide gap (two or more full-width spaces, a lost first-line indent)
 *   starts a new paragraph: the gap is where the line break was.
 *
 * Lines that hold a whole plan are left to `splitRunOnLine` (debris.ts), which cuts at every number.
 */
import { cutAt } from '../nlp/cut.js';
import { BOX_NUMBER_SOURCE } from '../nlp/box-label.js';

// `专栏4　标题`: the label, then a full-width space, then the title (only ASCII spaces inside the label:
// the full-width one is what separates it from the title)
const BOX_LABEL = new RegExp(`专栏[ \\t]*${BOX_NUMBER_SOURCE}\u3000+(?=\\S)`, 'g');
// a lost indent: two or more full-width spaces (NBSP and ASCII spaces may be mixed in)
const WIDE_GAP = /[\u3000\u00a0 ]*\u3000[\u3000\u00a0 ]*\u3000[\u3000\u00a0 ]*/g;
const CN = '一二三四五六七八九十';
// heading numbers of the usual series: 一、 （一） 1. 1． 1、 （1） 第一章/节/条; not a decimal (1.5) or a year
const HEADING_NUMBER = new RegExp(
  `^(?:[${CN}]{1,3}、|[（(][${CN}]{1,3}[）)]|\\d{1,2}[.．、](?![\\d.．])|[（(]\\d{1,2}[）)]|第[${CN}\\d]{1,4}[章节条])\\s*[\\u4e00-\\u9fa5“《]`,
);

/**
 * The pieces of a line that holds a box label or a heading glued after other text, in order; null when
 * nothing is glued. The text before the first cut is kept as the first piece.
 */
export function splitGluedHeadings(text: string): string[] | null {
  const t = text.trim();
  const cuts = new Set<number>();
  for (const m of t.matchAll(BOX_LABEL)) {
    if ((m.index ?? 0) > 0) cuts.add(m.index!);
  }
  for (const m of t.matchAll(WIDE_GAP)) {
    const after = (m.index ?? 0) + m[0].length;
    if ((m.index ?? 0) > 0 && after < t.length && HEADING_NUMBER.test(t.slice(after))) cuts.add(after);
  }
  if (cuts.size === 0) return null;
  const pieces = cutAt(t, [...cuts].sort((a, b) => a - b));
  return pieces.length > 1 ? pieces : null;
}
