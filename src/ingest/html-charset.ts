/**
 * Decoding an HTML page's bytes: BOM, declared charset, else sniffing. Apart from html.ts so a caller
 * that only needs the charset (the linter's inline directives) does not load cheerio.
 */
import { chardetLib, iconvLite } from '../lazy-package.js';
import { InputError } from '../errors.js';
import type { Diagnostic } from '../schema/plan.js';


const CHARSET_ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  gb18030: 'gb18030',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  big5: 'big5',
  'big5-hkscs': 'big5',
};

/** The charset a page declares in its first bytes (meta charset, http-equiv, XML declaration). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodePage(bytes: Uint8Array, path: string): { text: string; encoding: string; diagnostics: Diagnostic[] } {
  if (bytes.length === 0) throw new InputError(path, 'the file is empty (0 bytes); save the page again');
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: b.subarray(3).toString('utf8'), encoding: 'utf-8-bom', diagnostics: [] };
  if (b[0] === 0xff && b[1] === 0xfe) return { text: iconvLite().decode(b.subarray(2), 'utf-16le'), encoding: 'utf-16le', diagnostics: [] };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: iconvLite().decode(b.subarray(2), 'utf-16be'), encoding: 'utf-16be', diagnostics: [] };

  const declared = declaredCharset(bytes);
  const label = declared ? (CHARSET_ALIASES[declared] ?? (iconvLite().encodingExists(declared) ? declared : null)) : null;
  if (b.subarray(0, 8192).includes(0)) throw new InputError(path, 'the file holds binary data, not an HTML page');
  if (label === 'utf-8' && isValidUtf8(bytes)) return { text: b.toString('utf8'), encoding: 'utf-8', diagnostics: [] };
  if (label && label !== 'utf-8') return { text: iconvLite().decode(b, label), encoding: label, diagnostics: [] };

  // No usable declaration, or a page that declares UTF-8 but is not: valid UTF-8 is UTF-8; otherwise a
  // Chinese legacy encoding, Big5 when chardet says so, else GB18030 (a superset of GBK and GB2312).
  let encoding = 'utf-8';
  if (!isValidUtf8(bytes)) encoding = /big5/i.test(chardetLib().detect(b) ?? '') ? 'big5' : 'gb18030';
  const diagnostics: Diagnostic[] = [];
  if (declared && declared !== encoding) {
    diagnostics.push({
      severity: 'info',
      code: 'html.charset-mismatch',
      message: `the page declares charset "${declared}" but its bytes are not; read as ${encoding}`,
      line: 0,
    });
  }
  return { text: encoding === 'utf-8' ? b.toString('utf8') : iconvLite().decode(b, encoding), encoding, diagnostics };
}

