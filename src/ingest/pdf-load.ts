/**
 * Opening a PDF with Mozilla's pdfjs-dist (legacy build, the one that runs in Node) and reading what the
 * layout needs: per page the positioned text runs and, on request, the straight ruling lines drawn.
 *
 * pdfjs is imported only when a PDF is read (it costs ~0.2 s to load). Every way a PDF can be unreadable
 * becomes one InputError line: not a PDF, truncated or corrupt, encrypted with a password, a bomb.
 *
 * Bounds (a plan is at most a few hundred pages and a few hundred thousand characters): page count,
 * total text, and the inflated size of each compressed stream, checked on the raw bytes before pdfjs
 * inflates anything, since pdfjs inflates a stream whole into memory.
 */
import { createRequire } from 'node:module';
import { inflateSync, constants as zlibConstants } from 'node:zlib';
import { InputError, firstLine } from '../errors.js';

export const PDF_LIMITS = {
  pages: 2000,
  /** characters of text over the whole file */
  textChars: 5_000_000,
  /** inflated bytes of any one Flate stream */
  streamBytes: 64 * 1024 * 1024,
  /** inflated bytes of all Flate streams together */
  totalStreamBytes: 512 * 1024 * 1024,
};

export interface TextRun {
  text: string;
  /** left edge and baseline in PDF units, origin bottom-left */
  x: number;
  y: number;
  width: number;
  /** font size in PDF units (the glyph height) */
  size: number;
  fontName: string;
}

/** A straight horizontal or vertical line segment drawn on the page (table borders). */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPageText {
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  /** runs that are not upright left-to-right text (stamps, watermarks, vertical margin notes): not laid out */
  skewed: number;
  /** the start of their text, for the diagnostic */
  skewedText: string;
}

export interface OpenedPdf {
  pageCount: number;
  pages: PdfPageText[];
  /** ruling lines of one page; reads the page's drawing operators, so only asked for where a table may be */
  rules(page: number): Promise<Rule[]>;
  close(): Promise<void>;
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<Pdfjs> | null = null;

/**
 * pdfjs in Node runs its worker in the same thread ("fake worker"); importing the worker module here and
 * handing it over as globalThis.pdfjsWorker spares pdfjs resolving its own file path at run time, which
 * a bundle would break. Both modules stay plain package imports (a bundler keeps pdfjs-dist external).
 */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= (async () => {
    const fallback = needsMatrixFallback();
    // pdfjs warns (console.warn) when its optional canvas package is missing; that is handled here
    const warn = console.warn;
    if (fallback) console.warn = () => {};
    try {
      const g = globalThis as { pdfjsWorker?: unknown };
      if (!g.pdfjsWorker) g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.warn = warn;
    }
  })();
  return pdfjsPromise;
}

/**
 * pdfjs builds DOMMatrix objects when loaded (for rendering) and takes the class from its optional
 * native dependency @napi-rs/canvas. Where that is not installed (`npm ci --omit=optional`, a platform
 * without a prebuilt binary), a small 2-D affine matrix stands in: text extraction needs no more.
 */
function needsMatrixFallback(): boolean {
  const g = globalThis as { DOMMatrix?: unknown };
  if (g.DOMMatrix) return false;
  try {
    createRequire(import.meta.url).resolve('@napi-rs/canvas');
    return false;
  } catch {
    g.DOMMatrix = AffineMatrix;
    return true;
  }
}

class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  readonly is2D = true;
  constructor(init?: ArrayLike<number>) {
    if (init && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init);
  }
  multiplySelf(o: AffineMatrix): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * o.a + c * o.b;
    this.b = b * o.a + d * o.b;
    this.c = a * o.c + c * o.d;
    this.d = b * o.c + d * o.d;
    this.e = a * o.e + c * o.f + e;
    this.f = b * o.e + d * o.f + f;
    return this;
  }
  preMultiplySelf(o: AffineMatrix): this {
    const m = new AffineMatrix([o.a, o.b, o.c, o.d, o.e, o.f]).multiplySelf(this);
    [this.a, this.b, this.c, this.d, this.e, this.f] = [m.a, m.b, m.c, m.d, m.e, m.f];
    return this;
  }
  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf(new AffineMatrix([1, 0, 0, 1, tx, ty]));
  }
  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf(new AffineMatrix([sx, 0, 0, sy, 0, 0]));
  }
  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    [this.a, this.b, this.c, this.d] = [d / det, -b / det, -c / det, a / det];
    [this.e, this.f] = [(c * f - d * e) / det, (b * e - a * f) / det];
    return this;
  }
}

const MB = 1024 * 1024;
const DEFLATE_MAX_RATIO = 1032;

/**
 * The inflated size of every FlateDecode stream, bounded: a stream that inflates past the limit is a
 * bomb (a few kB that grow to gigabytes). Damaged streams are left to pdfjs, which reports them.
 */
export function flateBombReason(buf: Buffer): string | null {
  const small = buf.length * DEFLATE_MAX_RATIO <= PDF_LIMITS.totalStreamBytes;
  let total = 0;
  let at = 0;
  for (;;) {
    const kw = buf.indexOf('stream', at, 'latin1');
    if (kw < 0) break;
    at = kw + 6;
    if (kw >= 3 && buf.toString('latin1', kw - 3, kw) === 'end') continue;
    let start = kw + 6;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    if (start === kw + 6) continue; // "stream" inside some other word or string
    let end = buf.indexOf('endstream', start, 'latin1');
    if (end < 0) end = buf.length;
    at = end + 9;
    // deflate shrinks at most ~1032:1, so a stream too short to reach the limit in a file too short
    // to reach the total need not be inflated (most of a plan's streams: fonts, page text)
    if (small && (end - start) * DEFLATE_MAX_RATIO <= PDF_LIMITS.streamBytes) continue;
    // the stream's own dictionary ends just before the keyword
    const dict = buf.toString('latin1', Math.max(0, kw - 600), kw);
    const own = dict.slice(Math.max(0, dict.lastIndexOf('obj')));
    if (!/\/FlateDecode|\/Fl\b/.test(own)) continue;
    let size: number;
    try {
      size = inflateSync(buf.subarray(start, end), {
        maxOutputLength: PDF_LIMITS.streamBytes,
        finishFlush: zlibConstants.Z_SYNC_FLUSH,
      }).length;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        return `a compressed stream inflates to more than ${PDF_LIMITS.streamBytes / MB} MB (a PDF bomb?); refused`;
      }
      size = 0;
    }
    total += size;
    if (total > PDF_LIMITS.totalStreamBytes) {
      return `its compressed streams inflate to more than ${PDF_LIMITS.totalStreamBytes / MB} MB (a PDF bomb?); refused`;
    }
  }
  return null;
}


/** Open a PDF and read the text runs of every page. Throws InputError for anything unreadable. */
export async function openPdf(bytes: Uint8Array, path: string): Promise<OpenedPdf> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length === 0) throw new InputError(path, 'the file is empty (0 bytes); check that the download or export finished');
  const head = buf.subarray(0, 1024).toString('latin1');
  if (!head.includes('%PDF-')) {
    const hint = head.trimStart().startsWith('<') ? ' (it looks like HTML: rename it to .html if it is a web page)' : '';
    throw new InputError(path, `not a PDF: the file does not start with %PDF-${hint}`);
  }
  const bomb = flateBombReason(buf);
  if (bomb) throw new InputError(path, bomb);

  const pdfjs = await loadPdfjs();
  let doc: Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      // pdfjs may transfer (detach) the buffer it is given: hand it a copy
      data: new Uint8Array(buf),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') throw new InputError(path, 'the PDF is encrypted with a password; open it and save a copy without the password');
    if (name === 'InvalidPDFException') throw new InputError(path, 'the PDF is damaged or truncated (no readable page tree); download or export it again');
    throw new InputError(path, `the PDF could not be read: ${firstLine(err)}`);
  }

  const pageCount = doc.numPages;
  if (pageCount > PDF_LIMITS.pages) {
    await doc.destroy();
    throw new InputError(path, `the PDF has ${pageCount} pages, more than the ${PDF_LIMITS.pages} any plan needs (a PDF bomb?); refused`);
  }

  const pages: PdfPageText[] = [];
  let chars = 0;
  try {
    for (let n = 1; n <= pageCount; n++) {
      const page = await doc.getPage(n);
      // the page as shown: /Rotate and the crop box applied (y down); positions are turned back to y up
      const viewport = page.getViewport({ scale: 1 });
      const [va, vb, vc, vd, ve, vf] = viewport.transform as number[];
      const content = await page.getTextContent({ disableNormalization: false });
      const runs: TextRun[] = [];
      const skewed: string[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [ia, ib, ic, id, ie, iff] = item.transform as number[];
        // item matrix in viewport space: viewport.transform × item.transform
        const a = va * ia + vc * ib;
        const b = vb * ia + vd * ib;
        const c = va * ic + vc * id;
        const d = vb * ic + vd * id;
        const e = va * ie + vc * iff + ve;
        const f = vb * ie + vd * iff + vf;
        chars += item.str.length;
        // upright text reads left to right with glyphs standing up (d < 0: the viewport's y runs down)
        if (Math.abs(b) > 1e-3 * Math.abs(a) || Math.abs(c) > 1e-3 * Math.abs(d) || a <= 0 || d >= 0) {
          if (item.str.trim()) skewed.push(item.str);
          continue;
        }
        runs.push({ text: item.str, x: e, y: viewport.height - f, width: item.width * (a / Math.hypot(ia, ib) || 1), size: -d, fontName: item.fontName });
      }
      if (chars > PDF_LIMITS.textChars) {
        throw new InputError(path, `the PDF holds more than ${PDF_LIMITS.textChars / 1e6} million characters of text, more than any plan (a PDF bomb?); refused`);
      }
      pages.push({ number: n, width: viewport.width, height: viewport.height, runs, skewed: skewed.length, skewedText: skewed.join(' ').slice(0, 200) });
      page.cleanup();
    }
  } catch (err) {
    await doc.destroy();
    if (err instanceof InputError) throw err;
    throw new InputError(path, `the PDF is damaged or truncated (page ${pages.length + 1} could not be read: ${firstLine(err)}); download or export it again`);
  }

  return {
    pageCount,
    pages,
    async rules(n: number): Promise<Rule[]> {
      try {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        const ops = await page.getOperatorList();
        // into the same space as the text runs: the viewport's, y turned up again
        const [va, vb, vc, vd, ve, vf] = viewport.transform as number[];
        const to = (x: number, y: number): [number, number] => [va * x + vc * y + ve, viewport.height - (vb * x + vd * y + vf)];
        return rulesOf(pdfjs, ops.fnArray, ops.argsArray).map((r) => {
          const [ax, ay] = to(r.x0, r.y0);
          const [bx, by] = to(r.x1, r.y1);
          return { x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: Math.min(ay, by), y1: Math.max(ay, by) };
        });
      } catch {
        return []; // drawings are a hint; text positions still lay out the table
      }
    },
    close: () => doc.destroy(),
  };
}

/** How thin a drawn shape must be to count as a line (PDF units; a border is ~0.5–1.5). */
const THIN = 2.5;

/**
 * Straight lines among the page's path-drawing operators: each subpath whose bounding box is thin
 * (a stroked segment, or a filled hair-line rectangle as Word draws borders), and each axis-parallel
 * side of a stroked rectangle. Path coordinates are in user space: transforms are tracked.
 */
function rulesOf(pdfjs: Pdfjs, fnArray: number[], argsArray: unknown[]): Rule[] {
  const { OPS } = pdfjs;
  const out: Rule[] = [];
  const stack: number[][] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const apply = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) {
      const [a, b, c, d, e, f] = argsArray[i] as number[];
      ctm = [ctm[0] * a + ctm[2] * b, ctm[1] * a + ctm[3] * b, ctm[0] * c + ctm[2] * d, ctm[1] * c + ctm[3] * d, ctm[0] * e + ctm[2] * f + ctm[4], ctm[1] * e + ctm[3] * f + ctm[5]];
    } else if (fn === OPS.constructPath) {
      const args = argsArray[i] as [number, [ArrayLike<number> | null], unknown];
      const paint = args[0];
      const data = args[1]?.[0];
      if (paint === OPS.endPath || !data || typeof (data as ArrayLike<number>).length !== 'number') continue;
      // a filled shape counts only when thin (a hair-line rectangle); a filled area (page or cell
      // background) has edges but draws no line
      pathRules(data, apply, out, paint !== OPS.fill && paint !== OPS.eoFill);
    }
  }
  return out;
}

function pathRules(data: ArrayLike<number>, apply: (x: number, y: number) => [number, number], out: Rule[], stroked: boolean): void {
  // pdfjs DrawOPS: 0 moveTo x y, 1 lineTo x y, 2 curveTo 6 numbers, 3 quadraticCurveTo 4, 4 closePath
  let sub: Array<[number, number]> = [];
  const flush = (): void => {
    if (sub.length < 2) {
      sub = [];
      return;
    }
    const xs = sub.map((p) => p[0]);
    const ys = sub.map((p) => p[1]);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    if (x1 - x0 <= THIN || y1 - y0 <= THIN) {
      if (Math.max(x1 - x0, y1 - y0) > THIN) out.push(x1 - x0 <= THIN ? { x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 } : { x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
    } else if (stroked) {
      for (let k = 1; k < sub.length; k++) {
        const [ax, ay] = sub[k - 1];
        const [bx, by] = sub[k];
        if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) > THIN) out.push({ x0: ax, x1: ax, y0: Math.min(ay, by), y1: Math.max(ay, by) });
        else if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) > THIN) out.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: ay, y1: ay });
      }
    }
    sub = [];
  };
  let i = 0;
  while (i < data.length) {
    const op = data[i];
    if (op === 0) {
      flush();
      sub.push(apply(data[i + 1], data[i + 2]));
      i += 3;
    } else if (op === 1) {
      sub.push(apply(data[i + 1], data[i + 2]));
      i += 3;
    } else if (op === 2) {
      sub.push(apply(data[i + 5], data[i + 6]));
      i += 7;
    } else if (op === 3) {
      sub.push(apply(data[i + 3], data[i + 4]));
      i += 5;
    } else if (op === 4) {
      if (sub.length) sub.push(sub[0]);
      i += 1;
    } else break;
  }
  flush();
}
