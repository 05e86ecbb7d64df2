/**
 * Bytes of a text file → a JS string, with the encoding that was used. Order of evidence: a byte-order
 * mark, then strict UTF-8 validity, then chardet restricted to Chinese encodings (GB18030 covers GBK
 * and GB2312). Files that are not text at all (PDF, zip/docx, old .doc, RTF, binary) are refused with
 * an InputError that says what the file really is and what to do.
 */
import { chardetLib, iconvLite } from '../lazy-package.js';
import { InputError } from '../errors.js';
import type { Diagnostic } from '../schema/plan.js';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  diagnostics: Diagnostic[];
}

// Share of characters that may be control/undecodable before we call the file binary. Real plans have
// none; a few stray bytes from a bad export are tolerated (and reported), even in a short file.
const MAX_BAD_CHAR_RATIO = 0.01;
const TOLERATED_BAD_CHARS = 4;

function tooManyBad(bad: number, length: number): boolean {
  const ratio = bad / Math.max(1, length);
  return (bad > TOLERATED_BAD_CHARS && ratio > MAX_BAD_CHAR_RATIO) || ratio > 0.3;
}

interface Signature {
  bytes: number[];
  message: string;
}

// Files that are often renamed to .txt by mistake, recognised by their first bytes.
const SIGNATURES: Signature[] = [
  {
    bytes: [0x25, 0x50, 0x44, 0x46], // %PDF
    message: 'this is a PDF file, not text; export it as .txt or .docx (or run it through pdftotext) and parse that file',
  },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04], // PK\x03\x04
    message: 'this is a zip archive (a .docx saved under a .txt name?); rename it to .docx if it is a Word file, otherwise extract it first',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0], // OLE compound file
    message: 'this is an old Word/Office binary file (.doc/.wps); save it as .docx or .txt and parse that file',
  },
  {
    bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
    message: 'this is an RTF file, not plain text; save it as .docx or .txt and parse that file',
  },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** Decode the bytes of a .txt file. Throws InputError for empty, whitespace-only or non-text input. */
export function decodeText(bytes: Uint8Array, path: string): DecodedText {
  if (bytes.length === 0) {
    throw new InputError(path, 'the file is empty (0 bytes); check that the export finished or pass the right file');
  }
  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.bytes)) throw new InputError(path, sig.message);
  }

  const diagnostics: Diagnostic[] = [];
  let decoded: { text: string; encoding: TextEncoding };

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    decoded = { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: iconvLite().decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: iconvLite().decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  } else {
    const utf16 = guessBomlessUtf16(bytes);
    if (utf16) {
      decoded = { text: iconvLite().decode(Buffer.from(bytes), utf16), encoding: utf16 };
      diagnostics.push({
        severity: 'info',
        code: 'encoding.utf16-without-bom',
        message: `no byte-order mark; read as ${utf16.toUpperCase()} from the pattern of zero bytes`,
        line: 0,
      });
    } else {
      decoded = decodeWithoutBom(bytes, path, diagnostics);
    }
  }

  let text = decoded.text;
  if (text.length === 0) {
    throw new InputError(path, 'the file holds only a byte-order mark and no text; pass the file with the plan text');
  }

  // NUL bytes come from broken exports; they carry no text, so drop them but say where.
  if (text.includes('\u0000')) {
    const nulLines = linesContaining(text, '\u0000');
    const count = text.split('\u0000').length - 1;
    if (tooManyBad(count, text.length)) {
      throw new InputError(path, binaryMessage(decoded.encoding));
    }
    text = text.replaceAll('\u0000', '');
    diagnostics.push({
      severity: 'info',
      code: 'encoding.nul-removed',
      message: `removed ${count} NUL byte${count === 1 ? '' : 's'} on ${nulLines.length} line${nulLines.length === 1 ? '' : 's'} (${formatLineList(nulLines)})`,
      line: nulLines[0] ?? 0,
    });
  }

  const bad = countBadChars(text);
  if (tooManyBad(bad, text.length)) {
    throw new InputError(path, binaryMessage(decoded.encoding));
  }
  if (bad > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'encoding.bad-characters',
      message: `${bad} control or undecodable character${bad === 1 ? '' : 's'} left in the text (first on line ${firstBadLine(text)})`,
      line: firstBadLine(text),
    });
  }
  if (text.trim().length === 0) {
    throw new InputError(path, 'the file contains only whitespace; there is no text to parse');
  }
  if (/^\s*<(!doctype\s+html|html[\s>])/i.test(text.slice(0, 200))) {
    throw new InputError(path, 'this is an HTML page saved under a .txt name; rename it to .html so its markup is read as a page');
  }
  return { text, encoding: decoded.encoding, diagnostics };
}

function binaryMessage(encoding: TextEncoding): string {
  return `this does not look like a text file (too many control or undecodable bytes when read as ${encoding}); pass a .txt saved as UTF-8, UTF-16 or GB18030, or the .docx/.html original`;
}

/**
 * UTF-16 saved without a BOM: ASCII-heavy UTF-16 has a zero in every other byte; CJK-only UTF-16
 * does not, and is not guessed (chardet would be needed and is unreliable on it).
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = bytes.length / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

function decodeWithoutBom(bytes: Uint8Array, path: string, diagnostics: Diagnostic[]): { text: string; encoding: TextEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8: fall through
  }
  // A UTF-8 file with a few corrupt bytes is still UTF-8: many valid three-byte (CJK) sequences and
  // very few invalid ones. Reading it as GB18030 would turn every Chinese character into mojibake.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const replaced = countChar(lenient, '\uFFFD');
  const wide = countWideChars(lenient);
  if (wide >= 10 && replaced <= Math.max(1, wide * 0.001)) {
    diagnostics.push({
      severity: 'warning',
      code: 'encoding.invalid-utf8',
      message: `${replaced} invalid UTF-8 byte sequence${replaced === 1 ? '' : 's'} replaced by U+FFFD (first on line ${firstLineOf(lenient, '\uFFFD')})`,
      line: firstLineOf(lenient, '\uFFFD'),
    });
    return { text: lenient, encoding: 'utf-8' };
  }

  // Only Chinese legacy encodings are plausible for these documents. chardet often ranks Big5 first
  // on short GB text, and GB18030 decodes almost any bytes without error, so Big5 is taken only when
  // chardet prefers it and the double-byte pairs do not sit in the GB2312 area where simplified
  // Chinese text lives.
  const ranked = chardetLib()
    .analyse(bytes)
    .map((m) => m.name.toLowerCase())
    .filter((n) => n === 'gb18030' || n === 'big5');
  const preferBig5 = ranked[0] === 'big5' && gb2312PairShare(bytes) < 0.9;
  const candidates: TextEncoding[] = preferBig5 ? ['big5', 'gb18030'] : ['gb18030', 'big5'];

  let best: { text: string; encoding: TextEncoding; bad: number } | null = null;
  for (const encoding of candidates) {
    const text = iconvLite().decode(Buffer.from(bytes), encoding);
    const bad = countChar(text, '\uFFFD');
    if (!best || bad < best.bad) best = { text, encoding, bad };
    if (bad === 0) break;
  }
  if (!best || tooManyBad(best.bad, best.text.length)) {
    throw new InputError(path, binaryMessage(best?.encoding ?? 'gb18030'));
  }
  return { text: best.text, encoding: best.encoding };
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Characters at U+0800 and above (three-byte UTF-8: CJK, full-width punctuation). */
function countWideChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x800 && c !== 0xfffd) n++;
  }
  return n;
}

/** Share of GB18030 double-byte pairs that fall in the GB2312 area (lead and trail 0xA1–0xFE). */
function gb2312PairShare(bytes: Uint8Array): number {
  let pairs = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const t = bytes[i + 1] ?? 0;
    if (t >= 0x30 && t <= 0x39) {
      i += 4; // GB18030 four-byte sequence
      continue;
    }
    pairs++;
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) gb2312++;
    i += 2;
  }
  return pairs === 0 ? 1 : gb2312 / pairs;
}

// C0 controls other than tab, LF, VT, FF, CR; DEL; the replacement character.
const BAD_CHAR = /[\u0001-\u0008\u000e-\u001f\u007f\uFFFD]/g;
const BAD_CHAR_ONE = /[\u0001-\u0008\u000e-\u001f\u007f\uFFFD]/;

function countBadChars(text: string): number {
  return text.match(BAD_CHAR)?.length ?? 0;
}

function firstBadLine(text: string): number {
  const idx = text.search(BAD_CHAR_ONE);
  return idx < 0 ? 0 : lineAt(text, idx);
}

function firstLineOf(text: string, ch: string): number {
  const idx = text.indexOf(ch);
  return idx < 0 ? 0 : lineAt(text, idx);
}

/** 1-based line number of a string offset, counting CRLF, CR and LF as one break each. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0x0d) {
      line++;
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    }
  }
  return line;
}

function linesContaining(text: string, ch: string): number[] {
  const lines = splitLines(text);
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (l.includes(ch)) out.push(i + 1);
  });
  return out;
}

function formatLineList(lines: number[]): string {
  const shown = lines.slice(0, 5).join(', ');
  return lines.length > 5 ? `lines ${shown}, …` : `line${lines.length === 1 ? '' : 's'} ${shown}`;
}

/**
 * Split text into lines at CRLF, CR or LF, as editors do. A final line break does not open an extra
 * empty line, so line N here is line N in an editor.
 */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
