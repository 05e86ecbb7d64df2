/**
 * Applying fixes to a .txt source. Only two classes of change exist and each fix is verified to stay
 * inside its class before it is applied, whatever the rule claimed:
 *
 * - `debris`: what is removed is whitespace, line ends, Word bookmark markers, invisible characters, or a
 *   whole page-number line; nothing else may change.
 * - `punctuation`: same length, and every changed character is a punctuation mark replaced by the same
 *   mark in the other width (`,`→`，`, `(`→`（`) or a bracket by another bracket (`[2022]`→`〔2022〕`).
 *
 * So a fix can never change a number, a name or a word. Fixes that overlap an earlier one are left for
 * the next pass. The text is written back in the encoding it was read in (BOM and line ends kept).
 */
import { iconvLite } from '../lazy-package.js';
import { decodeText, type TextEncoding } from '../ingest/encoding.js';
import { isPageNumberLine } from '../ingest/debris.js';
import type { CheckMessage, Fix } from './types.js';

export interface FixResult {
  /** the fixed file, or the input bytes unchanged when no fix applied */
  bytes: Uint8Array;
  applied: number;
  /** fixes left out: overlapping another (next pass) or failing verification */
  skipped: number;
  rejected: number;
}

const BOOKMARK = /[[［]\s*bookmark\s*[:：][^\]］\n]{0,200}[\]］]/gi;
const INVISIBLE = /[\u200B-\u200D\u2060\u00AD\uFEFF]/g;
const OPENERS = '([［【〔（〖〈';
const CLOSERS = ')]］】〕）〗〉';
// marks and their other-width forms; a punctuation fix may only swap within one class
const CLASSES: string[] = [',，', ':：', ';；', '!！', '?？', OPENERS, CLOSERS];

function classOf(ch: string): number {
  return CLASSES.findIndex((c) => c.includes(ch));
}

/** True when `replacement` may stand for `original` under the fix's class. */
export function isSafeFix(kind: Fix['kind'], original: string, replacement: string): boolean {
  if (kind === 'punctuation') {
    if (original.length !== replacement.length) return false;
    for (let i = 0; i < original.length; i++) {
      const a = original[i];
      const b = replacement[i];
      if (a === b) continue;
      const c = classOf(a);
      if (c < 0 || c !== classOf(b)) return false;
    }
    return true;
  }
  const strip = (s: string) => s.replace(BOOKMARK, '').replace(INVISIBLE, '').replace(/\s+/g, '');
  if (strip(original) === strip(replacement)) return true;
  // a whole page-number line, removed with its line end
  return replacement === '' && /^[^\r\n]*(\r\n|\r|\n)?$/.test(original) && isPageNumberLine(original.replace(/[\r\n]+$/, '').trim());
}

/** Offsets of the start of each line in `text` (line ends: CRLF, CR, LF). */
function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

function offsetOf(starts: number[], textLength: number, line: number, column: number): number | null {
  if (line < 1 || column < 1) return null;
  if (line > starts.length) return line === starts.length + 1 && column === 1 ? textLength : null;
  const lineStart = starts[line - 1];
  const next = line < starts.length ? starts[line] : textLength;
  const off = lineStart + column - 1;
  return off <= next ? off : null;
}

/** Apply the fixes of `messages` to the .txt bytes. Throws an Error with a clear message when refused. */
export function applyFixes(bytes: Uint8Array, path: string, messages: CheckMessage[]): FixResult {
  const decoded = decodeText(bytes, path);
  if (decoded.diagnostics.some((d) => d.code === 'encoding.nul-removed' || d.code === 'encoding.bad-characters')) {
    throw new Error('the file has undecodable bytes; --fix would not write it back unchanged elsewhere, so it is not fixed');
  }
  const text = decoded.text;
  const starts = lineStarts(text);
  const edits: { start: number; end: number; text: string }[] = [];
  let rejected = 0;
  for (const m of messages) {
    const f = m.fix;
    if (!f) continue;
    const start = offsetOf(starts, text.length, f.line, f.column);
    const end = offsetOf(starts, text.length, f.endLine, f.endColumn);
    if (start === null || end === null || end < start || !isSafeFix(f.kind, text.slice(start, end), f.text)) {
      rejected++;
      continue;
    }
    edits.push({ start, end, text: f.text });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: typeof edits = [];
  let skipped = 0;
  for (const e of edits) {
    const last = chosen[chosen.length - 1];
    if (last && e.start < last.end) skipped++;
    else if (last && e.start === last.end && e.start === e.end && last.start === last.end) skipped++;
    else chosen.push(e);
  }
  if (chosen.length === 0) return { bytes, applied: 0, skipped, rejected };
  let out = '';
  let at = 0;
  for (const e of chosen) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += text.slice(at);
  const bomless = decoded.diagnostics.some((d) => d.code === 'encoding.utf16-without-bom');
  const encoded = encodeText(out, decoded.encoding, bomless);
  // the bytes must read back as exactly the fixed text, or the encoding cannot hold it
  if (decodeText(encoded, path).text !== out) throw new Error(`the fixed text cannot be written back as ${decoded.encoding}; not fixed`);
  return { bytes: encoded, applied: chosen.length, skipped, rejected };
}

function encodeText(text: string, encoding: TextEncoding, bomless: boolean): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from(bomless ? [] : [0xff, 0xfe]), iconvLite().encode(text, 'utf-16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from(bomless ? [] : [0xfe, 0xff]), iconvLite().encode(text, 'utf-16be')]);
    default:
      return iconvLite().encode(text, encoding);
  }
}
