/**
 * conversion-debris: what a Word→text export or a copy from PDF left in the text. The ingest stage
 * already finds and repairs it (its `debris.*` diagnostics); this rule reports each finding at its place
 * and, for .txt sources, offers the repair as a fix: bookmark markers and invisible characters removed,
 * page-number lines removed, a paragraph cut by a page break (or a line broken inside brackets) joined.
 * It also reports stray `?` and U+FFFD, characters lost to a wrong encoding (no fix: the lost character
 * is unknown).
 */
import type { z } from 'zod';
import type { Diagnostic } from '../../schema/plan.js';
import type { CheckDocument, Fix, ReportDescriptor, RuleContext, RuleModule, Zod } from '../types.js';
import { CJK, lineText } from '../text.js';

/** the options' zod schema, built only when options are configured (see ../config.ts) */
const Options = (z: Zod) => {
  return z
    .object({
      /** report `?` between Chinese characters and U+FFFD as characters lost in conversion */
      strayQuestionMarks: z.boolean().default(true),
    })
    .strict();
};
type Options = z.infer<ReturnType<typeof Options>>;

export const meta = {
  id: 'conversion-debris',
  name: 'ConversionDebris',
  description: 'no conversion debris: [bookmark…] markers, page numbers, broken lines, stray ?',
  defaultSeverity: 'warning' as const,
  docs:
    'Converting a Word or PDF document to text leaves debris that is not part of the plan: Word bookmark ' +
    'markers ([bookmark: _Toc…]) glued to headings, page-number lines (—1—, 第3页), paragraphs cut in two by ' +
    'a page break, invisible characters, tables and 专栏 boxes flattened to one cell per line with | ' +
    'markers (a table typed as tab-separated rows is not debris), and ? or U+FFFD where a character could not be encoded. Every debris repair the parser made is ' +
    'reported where it is. --fix (on .txt files) removes bookmark markers, invisible characters and ' +
    'page-number lines and joins cut paragraphs; it never changes the words. Option strayQuestionMarks ' +
    '(default true).',
  fixable: true,
  options: Options,
  defaults: {"strayQuestionMarks": true} as Options,
};

const BOOKMARK = /[[［]\s*bookmark\s*[:：][^\]］\n]{0,200}[\]］]/gi;
const INVISIBLE = /[\u200B-\u200D\u2060\u00AD\uFEFF]/g;

export function check(doc: CheckDocument, ctx: RuleContext<Options>): void {
  const txt = doc.format === 'txt';
  const seen = new Set<string>();
  for (const d of doc.plan.diagnostics) {
    if (!d.code.startsWith('debris.') && d.code !== 'encoding.bad-characters') continue;
    const key = `${d.code}@${d.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const r = describe(doc, d, txt);
    if (r) ctx.report(r);
  }
  if (ctx.options.strayQuestionMarks) strayMarks(doc, ctx);
}

function describe(doc: CheckDocument, d: Diagnostic, txt: boolean): ReportDescriptor | null {
  const line = Math.max(1, d.line);
  const src = lineText(doc, line);
  switch (d.code) {
    case 'debris.bookmark': {
      const hits = [...src.matchAll(BOOKMARK)];
      const first = hits[0];
      const last = hits[hits.length - 1];
      const start = first?.index ?? 0;
      const end = last ? (last.index ?? 0) + last[0].length : 0;
      const kept = hits.length ? src.slice(start, end).replace(BOOKMARK, '') : '';
      return {
        message: `${hits.length > 1 ? `${hits.length} Word bookmark markers` : 'a Word bookmark marker'} left by the conversion`,
        line,
        column: start + 1,
        endColumn: end + 1,
        actual: d.actual ?? hits.map((h) => h[0]).join(''),
        fix: txt && hits.length ? { line, column: start + 1, endLine: line, endColumn: end + 1, text: kept, kind: 'debris' } : undefined,
      };
    }
    case 'debris.invisible': {
      const hits = [...src.matchAll(INVISIBLE)];
      const start = hits[0]?.index ?? 0;
      const end = hits.length ? (hits[hits.length - 1].index ?? 0) + 1 : 0;
      return {
        message: `invisible characters (zero-width space, soft hyphen or BOM) inside the text`,
        line,
        column: start + 1,
        fix: txt && hits.length ? { line, column: start + 1, endLine: line, endColumn: end + 1, text: src.slice(start, end).replace(INVISIBLE, ''), kind: 'debris' } : undefined,
      };
    }
    case 'debris.page-number':
      return {
        message: `a page number (“${d.actual ?? src.trim()}”) left in the text by the conversion`,
        line,
        column: Math.max(1, src.search(/\S/) + 1),
        actual: d.actual,
        fix: txt ? removeLine(doc, line) : undefined,
      };
    case 'debris.running-head':
      return {
        message: `a running head or foot (“${d.actual ?? src.trim()}”) the printed pages repeat, left in the text by the conversion`,
        line,
        column: Math.max(1, src.search(/\S/) + 1),
        actual: d.actual,
        fix: txt ? removeLine(doc, line) : undefined,
      };
    case 'debris.page-break-join':
    case 'debris.line-wrap-join': {
      const fix = txt ? joinFix(doc, line) : undefined;
      return {
        message: d.code === 'debris.page-break-join' ? 'a paragraph cut in two by a page break' : 'a line broken inside brackets',
        line,
        column: Math.max(1, src.search(/\S/) + 1),
        actual: d.actual,
        fix: fix ?? undefined,
      };
    }
    case 'debris.flat-table': {
      // a table typed as tab-separated rows is how text holds a table; one cell per line is debris
      const table = doc.segmented.placed.find((p) => p.block.type === 'table' && p.block.line <= line && p.block.endLine >= line)?.block;
      if (table?.type === 'table' && table.origin === 'text-tab') return null;
      return { message: `a table flattened to text by the conversion (${d.message})`, line, column: 1, actual: d.actual };
    }
    case 'debris.pipe-marker':
      // an empty marker inside a run of `…|` lines is part of that run's message
      if (/\|\s*$/.test(lineText(doc, line - 1))) return null;
      return { message: `an empty \`|\` cell marker of a box or table flattened to text`, line, column: 1, actual: d.actual };
    case 'debris.pipe-suffix':
      return { message: `\`|\` cell markers of a box or table flattened to text (${d.message})`, line, column: 1, actual: d.actual };
    default:
      return { message: `conversion debris: ${d.message}`, line, column: 1, actual: d.actual };
  }
}

/** Remove line `line` with its line end (the last line: its text only). */
function removeLine(doc: CheckDocument, line: number): Fix {
  if (line < doc.lines.length) return { line, column: 1, endLine: line + 1, endColumn: 1, text: '', kind: 'debris' };
  return { line, column: 1, endLine: line, endColumn: lineText(doc, line).length + 1, text: '', kind: 'debris' };
}

/**
 * Join line `line` to the last non-blank line before it in the same block: the line end, the blank
 * lines and the indentation between them go; a space stays only between two Latin letters or digits.
 */
function joinFix(doc: CheckDocument, line: number): Fix | null {
  const block = doc.segmented.placed.find((p) => p.block.line < line && p.block.endLine >= line)?.block;
  if (!block || block.type === 'table') return null;
  let prev = line - 1;
  while (prev >= block.line && !lineText(doc, prev).trim()) prev--;
  if (prev < block.line) return null;
  const head = lineText(doc, prev).replace(/\s+$/, '');
  const tail = lineText(doc, line);
  const lead = tail.search(/\S/);
  if (lead < 0) return null;
  const a = head[head.length - 1] ?? '';
  const b = tail[lead];
  const joiner = /[A-Za-z0-9]/.test(a) && /[A-Za-z0-9]/.test(b) ? ' ' : '';
  // the parser's joined text must read the same way, or the join is not what it did
  const probe = head.slice(-4).replace(BOOKMARK, '') + joiner + tail.slice(lead, lead + 4);
  if (!block.text.replace(/\s+/g, ' ').includes(probe.replace(/\s+/g, ' ')) && !block.text.includes(probe.replace(/\s+/g, ''))) return null;
  return { line: prev, column: head.length + 1, endLine: line, endColumn: lead + 1, text: joiner, kind: 'debris' };
}

function strayMarks(doc: CheckDocument, ctx: RuleContext<Options>): void {
  doc.lines.forEach((src, i) => {
    for (let k = 0; k < src.length; k++) {
      const ch = src[k];
      if (ch === '\uFFFD') {
        ctx.report({ message: 'a character lost in conversion (U+FFFD replacement character)', line: i + 1, column: k + 1, actual: ch });
      } else if (ch === '?' && (CJK.test(src[k - 1] ?? '') || CJK.test(src[k + 1] ?? '')) && !/https?:\/\/\S*$/.test(src.slice(0, k))) {
        // a half-width ? touching a Chinese character: a character the export could not encode
        if (CJK.test(src[k - 1] ?? '') && (k + 1 >= src.length || /\s/.test(src[k + 1]))) continue; // a real question at a line end
        ctx.report({ message: 'stray “?”: probably a character lost in conversion', line: i + 1, column: k + 1, actual: src.slice(Math.max(0, k - 3), k + 4) });
      }
    }
  });
}

const rule: RuleModule<Options> = { meta, check };
export default rule;
