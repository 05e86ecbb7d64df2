/**
 * Inline configuration in the checked document:
 *
 *   planlens-disable-next-line <rule>[, <rule>…]   no messages of those rules (all rules when none is
 *                                                 named) on the next non-blank line
 *   planlens-disable-line <rule>…                  … on this line (a .txt line that also holds text)
 *   planlens-disable <rule>… / planlens-enable <rule>…   a range, up to the enable or the end of the file
 *
 * In .txt (and .docx paragraphs) a directive is a line of its own, optionally wrapped as a comment
 * (`<!-- … -->`, `// …`, `# …`); in .html it is an HTML comment, placed on the paragraph that follows it.
 * Messages on a directive's own line are dropped too (the directive is not plan text).
 */
import { htmlparser2, iconvLite } from '../lazy-package.js';
import { declaredCharset } from '../ingest/html-charset.js';
import type { CheckMessage } from './types.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** rule ids; empty = every rule */
  rules: string[];
  /** line (txt) or paragraph (docx/html) the directive stands on or, for html comments, precedes */
  line: number;
  /** true when the directive is a line of the document itself (its messages are dropped) */
  ownLine: boolean;
}

const DIRECTIVE = /^\s*(?:<!--|\/\/|\/\*|#|%|;)?\s*planlens-(disable-next-line|disable-line|disable|enable)\b([^\n]*?)\s*(?:-->|\*\/)?\s*$/;
const IN_COMMENT = /^\s*planlens-(disable-next-line|disable-line|disable|enable)\b([^\n]*?)\s*$/;

function ruleList(s: string): string[] {
  // `-- reason` after the rules is a comment, as in ESLint
  const head = s.split(/\s--\s/)[0];
  return head
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean);
}

/** Directives written as lines of a .txt file (or paragraphs of a .docx). */
export function lineDirectives(lines: string[]): Directive[] {
  const out: Directive[] = [];
  lines.forEach((text, i) => {
    const m = DIRECTIVE.exec(text);
    if (m) out.push({ kind: m[1] as DirectiveKind, rules: ruleList(m[2]), line: i + 1, ownLine: true });
  });
  return out;
}

/**
 * Directives in the HTML comments of a page. A comment is placed on the paragraph whose text starts with
 * the text that follows the comment in the page (paragraphs are what `lines` holds for .html).
 */
export function htmlDirectives(bytes: Uint8Array, lines: string[]): Directive[] {
  const html = decodeHtml(bytes);
  const pending: { kind: DirectiveKind; rules: string[]; after: string }[] = [];
  let open: { kind: DirectiveKind; rules: string[]; after: string }[] = [];
  const parser = new (htmlparser2().Parser)({
    oncomment(data) {
      const m = IN_COMMENT.exec(data);
      if (!m) return;
      const d = { kind: m[1] as DirectiveKind, rules: ruleList(m[2]), after: '' };
      pending.push(d);
      open.push(d);
    },
    ontext(text) {
      if (open.length === 0) return;
      const t = text.replace(/\s+/g, '');
      for (const d of open) d.after += t;
      open = open.filter((d) => d.after.length < 12);
    },
  });
  parser.write(html);
  parser.end();

  const squeezed = lines.map((l) => l.replace(/\s+/g, ''));
  const out: Directive[] = [];
  let from = 0;
  for (const d of pending) {
    const probe = d.after.slice(0, 12);
    let line = lines.length + 1; // a directive after the last paragraph applies to nothing
    if (probe) {
      for (let i = from; i < squeezed.length; i++) {
        if (squeezed[i].startsWith(probe) || (probe.length >= 6 && squeezed[i].includes(probe))) {
          line = i + 1;
          from = i;
          break;
        }
      }
    }
    // a comment before a paragraph: "next line" and a range both start at that paragraph
    const kind: DirectiveKind = d.kind === 'disable-next-line' ? 'disable-line' : d.kind;
    out.push({ kind, rules: d.rules, line, ownLine: false });
  }
  return out;
}

function decodeHtml(bytes: Uint8Array): string {
  const b = Buffer.from(bytes);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3).toString('utf8');
  if (b[0] === 0xff && b[1] === 0xfe) return iconvLite().decode(b.subarray(2), 'utf-16le');
  if (b[0] === 0xfe && b[1] === 0xff) return iconvLite().decode(b.subarray(2), 'utf-16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    const declared = declaredCharset(bytes);
    const label = declared && /^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared) ? 'gb18030' : declared;
    return iconvLite().decode(b, label && iconvLite().encodingExists(label) ? label : 'gb18030');
  }
}

/**
 * Keep the messages no directive switches off. Returns also a message for each directive that names
 * a rule that does not exist (a misspelt directive would otherwise silently do nothing).
 */
export function applyDirectives(
  messages: CheckMessage[],
  directives: Directive[],
  lines: string[],
  knownRules: ReadonlySet<string>,
): { messages: CheckMessage[]; problems: CheckMessage[] } {
  const problems: CheckMessage[] = [];
  const ownLines = new Set(directives.filter((d) => d.ownLine).map((d) => d.line));
  for (const d of directives) {
    for (const r of d.rules) {
      if (!knownRules.has(r)) {
        problems.push({
          ruleId: 'inline-config',
          severity: 'warning',
          message: `planlens-${d.kind} names an unknown rule "${r}"`,
          line: Math.min(Math.max(1, d.line), Math.max(1, lines.length)),
          column: 1,
          actual: r,
        });
      }
    }
  }
  // disable-next-line: the next non-blank line that is not itself a directive
  const lineOff: { line: number; rules: string[] }[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-line') lineOff.push({ line: d.line, rules: d.rules });
    if (d.kind === 'disable-next-line') {
      let next = d.line + 1;
      while (next <= lines.length && (!lines[next - 1].trim() || ownLines.has(next))) next++;
      lineOff.push({ line: next, rules: d.rules });
    }
  }
  const ranges = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.line - b.line);

  const kept = messages.filter((m) => {
    if (ownLines.has(m.line)) return false;
    if (lineOff.some((o) => o.line === m.line && (o.rules.length === 0 || o.rules.includes(m.ruleId)))) return false;
    return !disabledByRange(ranges, m.line, m.ruleId);
  });
  return { messages: kept, problems };
}

function disabledByRange(ranges: Directive[], line: number, ruleId: string): boolean {
  let all = false;
  const rules = new Set<string>();
  const except = new Set<string>();
  for (const d of ranges) {
    if (d.line > line) break;
    if (d.kind === 'disable') {
      if (d.rules.length === 0) {
        all = true;
        except.clear();
      } else if (all) for (const r of d.rules) except.delete(r);
      else for (const r of d.rules) rules.add(r);
    } else if (d.rules.length === 0) {
      all = false;
      rules.clear();
      except.clear();
    } else if (all) for (const r of d.rules) except.add(r);
    else for (const r of d.rules) rules.delete(r);
  }
  return (all && !except.has(ruleId)) || rules.has(ruleId);
}
