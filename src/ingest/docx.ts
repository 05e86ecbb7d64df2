/**
 * .docx ingest: bytes → checked zip package → mammoth HTML → blocks (html-blocks.ts).
 *
 * mammoth drops the numbers of Word's automatic numbering (`<ol><li>总体要求</li>` where Word shows
 * `二、总体要求`). docx-numbering.ts recomputes every paragraph's number from the package's XML; the
 * paragraphs mammoth reads are matched to those of document.xml in order (by text, so a paragraph
 * mammoth skips or merges does not shift the rest), and each number is put in front of its paragraph
 * as a marked run before mammoth renders HTML. A list item whose number cannot be recovered keeps
 * number null and gets a `docx.numbering-unrecovered` warning.
 *
 * Positions (`line`) are those of html-blocks.ts: one per Word paragraph (each soft line break starts
 * another), one per table row.
 */
// before mammoth: see mammoth-style-memo.ts
import './mammoth-style-memo.js';
import './mammoth-xml-reader.js';
import mammoth from 'mammoth';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { InputError, firstLine } from '../errors.js';
import type { Diagnostic } from '../schema/plan.js';
import type { IngestResult } from './blocks.js';
import {
  computeParagraphNumbers,
  readDocumentParagraphs,
  readNumberingDefinitions,
  readStyleDefinitions,
  type DocxParagraph,
  type ParagraphNumber,
} from './docx-numbering.js';
import { readCentralDirectory, readEntry, zipBombReason, ZipError, type ZipEntry } from './docx-zip.js';
import { alignParagraphs } from './align-paragraphs.js';
import { NUMBER_MARK_END, NUMBER_MARK_START, NUMBER_UNRECOVERED, repairBlocks, sortDiagnostics, walkBlocks } from './html-blocks.js';

// Word's built-in heading styles under their localized names (WPS and Chinese Word may store these);
// mammoth's default map already covers "Heading 1"…"heading 6".
const STYLE_MAP = [1, 2, 3, 4, 5, 6].flatMap((n) => [`p[style-name='标题 ${n}'] => h${n}:fresh`, `p[style-name='标题${n}'] => h${n}:fresh`]);

interface DocxPackage {
  documentXml: string;
  stylesXml: string | null;
  numberingXml: string | null;
  /** the package as mammoth reads it, from the parts inflated here (mammoth would unzip it all again) */
  zip: MammothZip;
}

/** What mammoth asks of an opened package (mammoth/lib/zipfile.js: its `{ file }` input). */
interface MammothZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;

function decodeXml(b: Buffer): string {
  return b.toString('utf8').replace(/^\uFEFF/, '');
}

function relationshipTargets(relsXml: string): Array<{ type: string; target: string }> {
  const out: Array<{ type: string; target: string }> = [];
  const visit = (nodes: ReturnType<typeof parseDocument>['children']): void => {
    for (const n of nodes) {
      if (n.type !== 'tag') continue;
      const el = n as Element;
      if (el.name === 'Relationship' && el.attribs.Type && el.attribs.Target) out.push({ type: el.attribs.Type, target: el.attribs.Target });
      visit(el.children);
    }
  };
  visit(parseDocument(relsXml, { xmlMode: true }).children);
  return out;
}

function resolvePartPath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** Check the zip and read the XML parts the numbering needs. Every problem becomes one InputError line. */
function openPackage(buf: Buffer, path: string): DocxPackage {
  if (buf.length === 0) throw new InputError(path, 'the file is empty (0 bytes); check that the download or export finished');
  if (buf.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new InputError(path, 'this is an old Word .doc (binary) file, not .docx; open it in Word or WPS and save it as .docx');
  }
  if (!(buf[0] === 0x50 && buf[1] === 0x4b)) {
    const head = buf.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
    const hint = head.startsWith('<') ? ' (it looks like HTML or XML: rename it to .html if it is a web page)' : '';
    throw new InputError(path, `not a .docx: the file is not a zip package${hint}`);
  }
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(buf);
  } catch (err) {
    if (err instanceof ZipError) throw new InputError(path, err.message);
    throw err;
  }
  const bomb = zipBombReason(entries);
  if (bomb) throw new InputError(path, bomb);

  const byName = new Map(entries.map((e) => [e.name, e]));
  const inflated = new Map<string, Buffer>();
  const bytesOf = (e: ZipEntry): Buffer => {
    let b = inflated.get(e.name);
    if (!b) {
      try {
        b = readEntry(buf, e);
      } catch (err) {
        if (err instanceof ZipError) throw new InputError(path, err.message);
        throw err;
      }
      inflated.set(e.name, b);
    }
    return b;
  };
  // a part's text, decoded once for the numbering and for mammoth alike
  const texts = new Map<string, string>();
  const read = (name: string): string | null => {
    const e = byName.get(name);
    if (!e) return null;
    let t = texts.get(name);
    if (t === undefined) texts.set(name, (t = decodeXml(bytesOf(e))));
    return t;
  };
  const zip: MammothZip = {
    exists: (name) => byName.has(name),
    // as mammoth's own zip reader answers: base64, text in the encoding asked for, or the bytes
    read: async (name, encoding) => {
      const e = byName.get(name);
      if (!e) throw new Error(`the package has no part ${name}`);
      if (encoding && /^utf-?8$/i.test(encoding)) return read(name)!;
      const b = bytesOf(e);
      if (encoding === 'base64') return b.toString('base64');
      if (encoding) return new TextDecoder(encoding).decode(b);
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    },
  };
  // Inflate every XML part once, with output bounded by its declared size, before mammoth does:
  // a part that declares little and inflates much is refused here.
  for (const e of entries) if (/\.(xml|rels)$/i.test(e.name)) bytesOf(e);

  const rootRels = read('_rels/.rels');
  const main = rootRels ? relationshipTargets(rootRels).find((r) => REL_OFFICE_DOCUMENT.test(r.type)) : undefined;
  const documentPath = main ? resolvePartPath('', main.target) : 'word/document.xml';
  const documentXml = read(documentPath) ?? read('word/document.xml');
  if (documentXml === null) {
    throw new InputError(path, 'the zip has no Word document part (word/document.xml); it is not a .docx (an .xlsx, .pptx or another zip?)');
  }
  const docRels = read(documentPath.replace(/([^/]+)$/, '_rels/$1.rels'));
  const rels = docRels ? relationshipTargets(docRels) : [];
  const partOf = (suffix: string, fallback: string): string | null => {
    const rel = rels.find((r) => r.type.endsWith(suffix));
    return read(rel ? resolvePartPath(documentPath, rel.target) : fallback);
  };
  return {
    documentXml,
    stylesXml: partOf('/styles', 'word/styles.xml'),
    numberingXml: partOf('/numbering', 'word/numbering.xml'),
    zip,
  };
}

// ---------------------------------------------------------------------------------------------------
// mammoth's document model (only what is read here)

interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
  numbering?: { level: string; isOrdered: boolean } | null;
}

function mammothParagraphs(el: MammothElement, out: MammothElement[] = []): MammothElement[] {
  if (el.type === 'paragraph') out.push(el);
  for (const c of el.children ?? []) mammothParagraphs(c, out);
  return out;
}

function mammothText(el: MammothElement): string {
  let s = '';
  for (const c of el.children ?? []) {
    if (c.type === 'paragraph') continue; // text-box paragraphs are paragraphs of their own
    if (c.type === 'text') s += c.value ?? '';
    else if (c.type === 'tab') s += '\t';
    else if (c.type === 'break') s += '\n';
    else s += mammothText(c);
  }
  return s;
}

function markRun(text: string): MammothElement {
  // the shape of mammoth's Run/Text (documents.js); the converter reads only these fields
  return {
    type: 'run',
    children: [{ type: 'text', value: text }],
    styleId: null,
    styleName: null,
    isBold: false,
    isUnderline: false,
    isItalic: false,
    isStrikethrough: false,
    isAllCaps: false,
    isSmallCaps: false,
    verticalAlignment: 'baseline',
    font: null,
    fontSize: null,
    highlight: null,
  } as MammothElement;
}

/** Put each recovered number (or the reason it is missing) in front of its paragraph in mammoth's model. */
function markNumbers(doc: MammothElement, xmlParagraphs: DocxParagraph[], numbers: Array<ParagraphNumber | null>): MammothElement {
  const paras = mammothParagraphs(doc);
  const pairOf = alignParagraphs(
    xmlParagraphs.map((p) => p.text),
    paras.map(mammothText),
  );
  paras.forEach((p, j) => {
    const i = pairOf[j];
    const num = i === null ? null : numbers[i];
    let mark: string | null = null;
    if (num && num.kind === 'number') {
      mark = num.text === null ? NUMBER_UNRECOVERED + (num.reason ?? '') + NUMBER_MARK_END : NUMBER_MARK_START + num.text + NUMBER_MARK_END;
    } else if (!num && p.numbering?.isOrdered) {
      mark = NUMBER_UNRECOVERED + (i === null ? 'the paragraph was not found in document.xml' : 'no numbering definition applies to it') + NUMBER_MARK_END;
    }
    if (mark !== null) p.children = [markRun(mark), ...(p.children ?? [])];
  });
  return doc;
}

/**
 * Whether any paragraph can be numbered: by its own w:numPr, its style's, or a numbering level's
 * w:pStyle. Without any of these neither docx-numbering.ts nor mammoth numbers a paragraph, so
 * reading document.xml a second time to align paragraphs would be thrown away. (Plain substring
 * tests, whatever the namespace prefix: a false "yes" only costs the full reading.)
 */
function mayBeNumbered(pkg: DocxPackage): boolean {
  return pkg.documentXml.includes('numPr') || (pkg.stylesXml?.includes('numPr') ?? false) || (pkg.numberingXml?.includes('pStyle') ?? false);
}

export async function ingestDocx(bytes: Uint8Array, path: string): Promise<IngestResult> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pkg = openPackage(buf, path);
  let xmlParagraphs: DocxParagraph[] = [];
  let numbers: Array<ParagraphNumber | null> = [];
  const numbered = mayBeNumbered(pkg);
  if (numbered) {
    try {
      xmlParagraphs = readDocumentParagraphs(pkg.documentXml);
      numbers = computeParagraphNumbers(xmlParagraphs, readNumberingDefinitions(pkg.numberingXml), readStyleDefinitions(pkg.stylesXml));
    } catch (err) {
      throw new InputError(path, `the .docx XML is damaged: ${firstLine(err)}`);
    }
  }

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      // mammoth's `file` input: an opened package, read from the parts inflated above
      { file: pkg.zip } as unknown as { buffer: Buffer },
      {
        styleMap: STYLE_MAP,
        // images carry no plan text; do not inline them as base64
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        transformDocument: (doc: MammothElement) => (numbered ? markNumbers(doc, xmlParagraphs, numbers) : doc),
      },
    );
    html = result.value;
  } catch (err) {
    throw new InputError(path, `the .docx could not be read: ${firstLine(err)}`);
  }

  // mammoth writes well-formed HTML, so htmlparser2 builds the same tree as cheerio's parse5 (which
  // HTML pages need for their error recovery) at a fraction of the cost
  const walk = walkBlocks(parseDocument(html).children, { source: 'docx' });
  const diagnostics: Diagnostic[] = [];
  if (walk.recovered > 0) {
    diagnostics.push({
      severity: 'info',
      code: 'docx.numbering-recovered',
      message: `recovered ${walk.recovered} number${walk.recovered === 1 ? '' : 's'} of Word's automatic numbering (not stored in the text) and put them in front of their paragraphs`,
      line: 0,
    });
  }
  for (const u of walk.unrecovered) {
    diagnostics.push({
      severity: 'warning',
      code: 'docx.numbering-unrecovered',
      message: `Word numbers this paragraph automatically, but its number could not be recovered: ${u.reason}`,
      line: u.line,
      actual: walk.lines[u.line - 1],
    });
  }
  const repaired = repairBlocks(walk.blocks);
  diagnostics.push(...repaired.diagnostics);
  if (repaired.blocks.length === 0) throw new InputError(path, 'the document contains no text');

  return {
    format: 'docx',
    encoding: 'utf-8',
    lineCount: walk.lines.length,
    lines: walk.lines,
    blocks: repaired.blocks,
    diagnostics: sortDiagnostics(diagnostics),
  };
}

export { alignParagraphs };

