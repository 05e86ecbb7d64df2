/**
 * punctuation: Chinese text takes full-width punctuation. Reports half-width `,` `:` `;` `!` and
 * brackets `( )` touching Chinese text (one message per line, fixable), a document that mixes both
 * widths (one message), and 文号 written with other brackets than 〔〕 (`宿政办秘[2022]41号`, fixable).
 * Numbers (`1,000`, `10:30`), Latin text and web addresses are left alone. A heading's number and title,
 * and text inside 《》 or quotes (titles of documents, names), are reported but never fixed.
 */
import type { z } from 'zod';
import type { CheckDocument, Fix, RuleContext, RuleModule, Zod } from '../types.js';
import { headingSpans, isChinese } from '../text.js';

/** the options' zod schema, built only when options are configured (see ../config.ts) */
const Options = (z: Zod) => {
  return z
    .object({
      /** the half-width marks to report */
      marks: z.array(z.enum([',', ':', ';', '!', '(', ')'])).default([',', ':', ';', '!', '(', ')']),
      /** one message when a document uses both widths */
      reportMixed: z.boolean().default(true),
      /** 文号 brackets must be 〔〕 */
      docNumberBrackets: z.boolean().default(true),
    })
    .strict();
};
type Options = z.infer<ReturnType<typeof Options>>;

export const meta = {
  id: 'punctuation',
  name: 'FullWidthPunctuation',
  description: 'full-width punctuation in Chinese text (，（）：；), not mixed; 文号 brackets are 〔〕',
  defaultSeverity: 'warning' as const,
  docs:
    'Chinese text uses full-width punctuation: ，：；！（）. Half-width , : ; ! ( ) next to Chinese ' +
    'characters are reported, one message per line (numbers such as 1,000 or 10:30, Latin text and web ' +
    'addresses are left alone); heading numbers written (一) are reported here too. A document that mixes ' +
    'both widths gets one more message saying how many of each it has (option reportMixed). A document ' +
    'number (文号) must put its year in 〔〕: 宿政办秘〔2022〕41号, not [2022] or （2022） (option ' +
    'docNumberBrackets). --fix turns the marks full-width and the 文号 brackets into 〔〕; it does not touch ' +
    'headings (number and title) or text inside 《》 and quotes (document titles, names). ' +
    'Option marks chooses which half-width marks are reported.',
  fixable: true,
  options: Options,
  defaults: {"marks": [",", ":", ";", "!", "(", ")"], "reportMixed": true, "docNumberBrackets": true} as Options,
};

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '(': '（', ')': '）' };
// full-width marks that show the document writes Chinese punctuation (。 has no half-width use in Chinese)
const FULL_MARKS = /[，：；！（）。]/g;
const DOC_NUMBER = /([\u4e00-\u9fff]{1,12})\s*([[［【(（〈<{「『〖])\s*((?:19|20)\d{2})\s*([\]］】)）〉>}」』〗])\s*(\d{1,4})\s*号/g;
const URL = /(https?:\/\/|www\.)[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|[\w.+-]+@[\w-]+\.[\w.]+/g;

interface Hit {
  index: number;
  mark: string;
}

export function check(doc: CheckDocument, ctx: RuleContext<Options>): void {
  const spans = headingSpans(doc);
  const marks = new Set<string>(ctx.options.marks);
  const fixable = doc.format === 'txt';
  let halfTotal = 0;
  let fullTotal = 0;
  let firstHalf: { line: number; column: number } | null = null;

  doc.lines.forEach((src, i) => {
    const line = i + 1;
    const span = spans.get(line);
    fullTotal += (src.match(FULL_MARKS) ?? []).length;
    const hits = halfWidthHits(src).filter((h) => marks.has(h.mark));
    if (hits.length > 0) {
      halfTotal += hits.length;
      firstHalf ??= { line, column: hits[0].index + 1 };
      const counts = new Map<string, number>();
      for (const h of hits) counts.set(h.mark, (counts.get(h.mark) ?? 0) + 1);
      const list = [...counts.entries()].map(([m, n]) => `“${m}”${n > 1 ? ` ×${n}` : ''}`).join(', ');
      const want = [...new Set([...counts.keys()].map((m) => FULL[m]))].join(' ');
      // a heading's number and title, titles in 《》 and quoted names are not changed
      const guarded = guardedSpans(src);
      const safe = hits.filter((h) => (!span || h.index >= span.end) && !guarded.some(([a, b]) => h.index > a && h.index < b));
      ctx.report({
        message: `half-width punctuation in Chinese text: ${list}; use ${want}${safe.length < hits.length ? ' (not fixed inside a heading, 《》 or quotes)' : ''}`,
        line,
        column: hits[0].index + 1,
        actual: src.slice(Math.max(0, hits[0].index - 4), hits[0].index + 5),
        expected: want,
        fix: fixable && safe.length ? widthFix(src, line, safe) : undefined,
      });
    }
    if (ctx.options.docNumberBrackets) {
      for (const m of src.matchAll(DOC_NUMBER)) {
        if (m[2] === '〔' && m[4] === '〕') continue;
        const at = m.index ?? 0;
        const openAt = at + m[1].length + m[0].slice(m[1].length).indexOf(m[2]);
        const closeAt = at + m[0].lastIndexOf(m[4]);
        const correct = `${m[1]}〔${m[3]}〕${m[5]}号`;
        const inHeading = span && openAt < span.end;
        ctx.report({
          message: `文号 “${m[0]}” puts the year in 〔〕: “${correct}”`,
          line,
          column: openAt + 1,
          actual: m[0],
          expected: correct,
          fix:
            fixable && !inHeading
              ? { line, column: openAt + 1, endLine: line, endColumn: closeAt + 2, text: `〔${src.slice(openAt + 1, closeAt)}〕`, kind: 'punctuation' }
              : undefined,
        });
      }
    }
  });

  if (ctx.options.reportMixed && halfTotal > 0 && fullTotal > 0 && firstHalf) {
    const at: { line: number; column: number } = firstHalf;
    ctx.report({
      message: `the document mixes half-width (${halfTotal}) and full-width (${fullTotal}) punctuation in Chinese text`,
      line: at.line,
      column: at.column,
    });
  }
}

/** Spans [open, close] of 《…》 and quoted text on one line. */
function guardedSpans(src: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of src.matchAll(/《[^《》]*》|“[^“”]*”|‘[^‘’]*’|"[^"]*"/g)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length - 1]);
  return out;
}

/** Half-width marks in Chinese context, outside web addresses. */
export function halfWidthHits(src: string): Hit[] {
  const skip = new Array<boolean>(src.length).fill(false);
  for (const m of src.matchAll(URL)) for (let k = m.index ?? 0; k < (m.index ?? 0) + m[0].length; k++) skip[k] = true;

  const hits: Hit[] = [];
  const opens: { index: number; ch: string }[] = [];
  const prevChar = (k: number) => {
    for (let j = k - 1; j >= 0; j--) if (!/\s/.test(src[j])) return src[j];
    return undefined;
  };
  const nextChar = (k: number) => {
    for (let j = k + 1; j < src.length; j++) if (!/\s/.test(src[j])) return src[j];
    return undefined;
  };
  for (let k = 0; k < src.length; k++) {
    const ch = src[k];
    if (skip[k]) continue;
    if (ch === ',' || ch === ':' || ch === ';' || ch === '!') {
      const b = prevChar(k);
      const a = nextChar(k);
      if (/\d/.test(src[k - 1] ?? '') && /\d/.test(src[k + 1] ?? '')) continue; // 1,000  10:30
      if (isChinese(b) || isChinese(a)) hits.push({ index: k, mark: ch });
    } else if (ch === '(' || ch === '（') {
      opens.push({ index: k, ch });
    } else if (ch === ')' || ch === '）') {
      const open = opens.pop();
      if (!open) {
        if (ch === ')' && (isChinese(prevChar(k)) || isChinese(nextChar(k)))) hits.push({ index: k, mark: ')' });
        continue;
      }
      if (open.ch === '（' && ch === '）') continue;
      // brackets belong to the text they open on: `专利合作条约(PCT)` is Chinese, `Treaty (PCT) 申请` is not
      const chinese = open.ch === '（' || ch === '）' || isChinese(prevChar(open.index)) || isChinese(nextChar(open.index));
      if (!chinese) continue;
      if (open.ch === '(') hits.push({ index: open.index, mark: '(' });
      if (ch === ')') hits.push({ index: k, mark: ')' });
    }
  }
  for (const o of opens) {
    if (o.ch === '(' && (isChinese(prevChar(o.index)) || isChinese(nextChar(o.index)))) hits.push({ index: o.index, mark: '(' });
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** One replacement from the first to the last mark, each mark turned full-width, all else kept. */
function widthFix(src: string, line: number, hits: Hit[]): Fix {
  const start = hits[0].index;
  const end = hits[hits.length - 1].index + 1;
  const at = new Set(hits.map((h) => h.index));
  let text = '';
  for (let k = start; k < end; k++) text += at.has(k) ? FULL[src[k]] : src[k];
  return { line, column: start + 1, endLine: line, endColumn: end + 1, text, kind: 'punctuation' };
}

const rule: RuleModule<Options> = { meta, check };
export default rule;
