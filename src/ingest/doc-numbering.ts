/**
 * Word 97–2003 automatic numbering, recomputed. As in .docx, the `一、` `（一）` `1.` that Word shows
 * before an auto-numbered paragraph is not in the text; word-extractor returns the text without it, yet
 * plans are outlined by exactly those numbers. This module reads the binary structures ([MS-DOC]) that
 * say which paragraph is numbered how, turns them into the .docx model of docx-numbering.ts and lets
 * its counter (the same rules: levels restart deeper levels, list overrides restart counts) compute
 * the numbers:
 * - the FIB gives the table stream and the offsets of the piece table (text), the paragraph property
 *   pages (PlcBtePapx), the style sheet (STSH) and the list tables (PlfLst, PlfLfo);
 * - a paragraph's list is its own sprmPIlfo/sprmPIlvl, else its style's (istdBase chain);
 * - a list (LSTF + 9 or 1 LVL) is an abstract numbering: start, number format (nfc), level text (xst
 *   with placeholders 0–8 for the counters of levels 1–9), legal numbering, no-restart;
 *   a list override (LFO + LFOLVL) is a num: it points at a list by lsid and may restart or replace
 *   levels.
 * Anything unreadable leaves the numbers unrecovered with a warning; the text is still read.
 */
import { Readable } from 'node:stream';
import type { Diagnostic } from '../schema/plan.js';
import { alignParagraphs } from './align-paragraphs.js';
import { NumberingCounter, type LevelDef, type NumberingDefinitions, type StyleDefinitions } from './docx-numbering.js';

export interface DocNumbering {
  /** the body with each recovered number put in front of its paragraph */
  apply(body: string): string;
  count: number;
  note: string | null;
  severity: Diagnostic['severity'];
  code: string;
}

const NONE: DocNumbering = { apply: (b) => b, count: 0, note: null, severity: 'info', code: 'doc.numbering-recovered' };

// [MS-DOC] nfc → the ST_NumberFormat names docx-numbering.ts formats
const NFC: Record<number, string> = {
  0: 'decimal', 1: 'upperRoman', 2: 'lowerRoman', 3: 'upperLetter', 4: 'lowerLetter', 5: 'ordinal',
  10: 'ideographDigital', 11: 'japaneseCounting', 14: 'decimalFullWidth', 15: 'decimalHalfWidth',
  18: 'decimalEnclosedCircle', 19: 'decimalFullWidth2', 22: 'decimalZero', 23: 'bullet',
  26: 'decimalEnclosedFullstop', 27: 'decimalEnclosedParen', 28: 'decimalEnclosedCircleChinese',
  30: 'ideographTraditional', 31: 'ideographZodiac', 33: 'taiwaneseCounting', 34: 'ideographLegalTraditional',
  35: 'taiwaneseCountingThousand', 36: 'taiwaneseDigital', 37: 'chineseCounting', 38: 'chineseLegalSimplified',
  39: 'chineseCountingThousand', 255: 'none',
};

const SPRM_P_ILFO = 0x460b;
const SPRM_P_ILVL = 0x260a;
const SPRM_P_F_IN_TABLE = 0x2416;
const SPRM_P_F_TTP = 0x2417;

/** Operand size of a sprm from its spra bits; variable ones read their size byte. */
function sprmSize(sprm: number, buf: Buffer, at: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      // sprmPChgTabs keeps a size byte of 255 for "longer than 255"; plans do not need its value
      return 1 + (buf[at] ?? 0);
  }
}

interface ListProps {
  ilfo: number | null;
  ilvl: number | null;
  /** the paragraph is in a table cell / is the mark that ends a table row */
  inTable?: boolean;
  rowEnd?: boolean;
}

/** The list sprms of a grpprl. */
function listProps(buf: Buffer, from: number, to: number): ListProps {
  const out: ListProps = { ilfo: null, ilvl: null };
  let at = from;
  while (at + 2 <= to) {
    const sprm = buf.readUInt16LE(at);
    at += 2;
    const size = sprmSize(sprm, buf, at);
    if (sprm === SPRM_P_ILFO && at + 2 <= to) out.ilfo = buf.readInt16LE(at);
    else if (sprm === SPRM_P_ILVL && at < to) out.ilvl = buf[at];
    else if (sprm === SPRM_P_F_IN_TABLE && at < to) out.inTable = buf[at] === 1;
    else if (sprm === SPRM_P_F_TTP && at < to) out.rowEnd = buf[at] === 1;
    at += size;
  }
  return out;
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
  compressed: boolean;
}

function readPieces(word: Buffer, table: Buffer): Piece[] {
  let pos = word.readUInt32LE(0x1a2);
  while (table[pos] === 1) pos += 3 + table.readUInt16LE(pos + 1); // Prc entries before the Pcdt
  if (table[pos] !== 2) throw new Error('no piece table');
  const size = table.readUInt32LE(pos + 1);
  pos += 5;
  const n = (size - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    let fc = table.readUInt32LE(pos + (n + 1) * 4 + i * 8 + 2);
    const compressed = (fc & 0x40000000) !== 0;
    if (compressed) fc = (fc & ~0x40000000) / 2;
    pieces.push({ cpStart: table.readUInt32LE(pos + i * 4), cpEnd: table.readUInt32LE(pos + (i + 1) * 4), fc, compressed });
  }
  return pieces;
}

function cpOfFc(pieces: Piece[], fc: number): number | null {
  for (const p of pieces) {
    const len = (p.cpEnd - p.cpStart) * (p.compressed ? 1 : 2);
    if (fc >= p.fc && fc <= p.fc + len) return p.cpStart + (fc - p.fc) / (p.compressed ? 1 : 2);
  }
  return null;
}

function textOf(word: Buffer, pieces: Piece[], cpFrom: number, cpTo: number): string {
  let s = '';
  for (const p of pieces) {
    const a = Math.max(cpFrom, p.cpStart);
    const b = Math.min(cpTo, p.cpEnd);
    if (a >= b) continue;
    if (p.compressed) s += word.toString('latin1', p.fc + (a - p.cpStart), p.fc + (b - p.cpStart));
    else s += word.toString('utf16le', p.fc + (a - p.cpStart) * 2, p.fc + (b - p.cpStart) * 2);
  }
  return s;
}

interface Paragraph {
  cpEnd: number;
  istd: number;
  props: ListProps;
}

/** Paragraph runs of the PAPX pages: where each paragraph ends and its style and list sprms. */
function readParagraphs(word: Buffer, table: Buffer, pieces: Piece[]): Paragraph[] {
  const fc = word.readUInt32LE(0x102);
  const lcb = word.readUInt32LE(0x106);
  const n = (lcb - 4) / 8;
  const out: Paragraph[] = [];
  for (let i = 0; i < n; i++) {
    const pn = table.readUInt32LE(fc + (n + 1) * 4 + i * 4);
    const page = word.subarray(pn * 512, pn * 512 + 512);
    if (page.length < 512) continue;
    const crun = page[511];
    for (let j = 0; j < crun; j++) {
      const fcEnd = page.readUInt32LE((j + 1) * 4);
      const bOffset = page[(crun + 1) * 4 + j * 13] * 2;
      if (bOffset === 0) continue;
      const cb = page[bOffset];
      const start = cb !== 0 ? bOffset + 1 : bOffset + 2;
      const len = cb !== 0 ? 2 * cb - 1 : 2 * page[bOffset + 1];
      if (start + 2 > 512) continue;
      const cpEnd = cpOfFc(pieces, fcEnd);
      if (cpEnd === null) continue;
      out.push({ cpEnd, istd: page.readUInt16LE(start), props: listProps(page, start + 2, Math.min(512, start + len)) });
    }
  }
  return out.sort((a, b) => a.cpEnd - b.cpEnd);
}

/** Styles: base style and list sprms of each paragraph style (STSH). */
function readStyles(word: Buffer, table: Buffer): StyleDefinitions {
  const styles: StyleDefinitions = { styles: new Map(), defaultParagraphStyle: '0' };
  const fc = word.readUInt32LE(0xa2);
  const lcb = word.readUInt32LE(0xa6);
  if (lcb < 4) return styles;
  const cbStshi = table.readUInt16LE(fc);
  const cstd = table.readUInt16LE(fc + 2);
  const cbBase = table.readUInt16LE(fc + 4);
  let at = fc + 2 + cbStshi;
  for (let istd = 0; istd < cstd && at + 2 <= fc + lcb; istd++) {
    const cbStd = table.readUInt16LE(at);
    const std = at + 2;
    at = std + cbStd;
    if (cbStd === 0) continue;
    const stk = table.readUInt16LE(std + 2) & 0x0f;
    const istdBase = table.readUInt16LE(std + 2) >> 4;
    if (stk !== 1) continue; // paragraph styles only
    const cch = table.readUInt16LE(std + cbBase);
    let upx = std + cbBase + 2 + (cch + 1) * 2;
    if ((upx - std) % 2) upx++;
    const cbUpx = table.readUInt16LE(upx);
    const props = cbUpx >= 2 ? listProps(table, upx + 4, upx + 2 + cbUpx) : { ilfo: null, ilvl: null };
    styles.styles.set(String(istd), {
      basedOn: istdBase === 0x0fff ? null : String(istdBase),
      numId: props.ilfo === null ? null : String(props.ilfo <= 0 ? 0 : props.ilfo),
      ilvl: props.ilvl,
    });
  }
  return styles;
}

function readLvl(table: Buffer, at: number): { level: LevelDef; end: number } {
  const start = table.readInt32LE(at);
  const nfc = table[at + 4];
  const flags = table[at + 5];
  const cbChpx = table[at + 24];
  const cbPapx = table[at + 25];
  let p = at + 28 + cbPapx + cbChpx;
  const cch = table.readUInt16LE(p);
  const xst = table.toString('utf16le', p + 2, p + 2 + cch * 2);
  p += 2 + cch * 2;
  // placeholders: the characters 0–8 stand for the counters of levels 1–9
  const lvlText = [...xst].map((ch) => (ch.charCodeAt(0) <= 8 ? `%${ch.charCodeAt(0) + 1}` : ch)).join('');
  return {
    level: {
      start,
      numFmt: NFC[nfc] ?? `nfc-${nfc}`,
      lvlText,
      lvlRestart: flags & 0x08 ? 0 : null,
      isLgl: (flags & 0x04) !== 0,
      pStyle: null,
    },
    end: p,
  };
}

function readLists(word: Buffer, table: Buffer): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstractNums: new Map(), nums: new Map() };
  const fcLst = word.readUInt32LE(0x2e2);
  const lcbLst = word.readUInt32LE(0x2e6);
  const fcLfo = word.readUInt32LE(0x2ea);
  const lcbLfo = word.readUInt32LE(0x2ee);
  if (lcbLst < 2 || lcbLfo < 4) return defs;
  const cLst = table.readInt16LE(fcLst);
  let at = fcLst + 2 + cLst * 28;
  for (let i = 0; i < cLst; i++) {
    const lstf = fcLst + 2 + i * 28;
    const lsid = table.readInt32LE(lstf);
    const simple = (table[lstf + 26] & 0x01) !== 0;
    const levels = new Map<number, LevelDef>();
    for (let k = 0; k < (simple ? 1 : 9); k++) {
      const lvl = readLvl(table, at);
      levels.set(k, lvl.level);
      at = lvl.end;
    }
    defs.abstractNums.set(String(lsid), { id: String(lsid), levels, numStyleLink: null });
  }
  const lfoMac = table.readInt32LE(fcLfo);
  let data = fcLfo + 4 + lfoMac * 16;
  for (let i = 0; i < lfoMac; i++) {
    const lfo = fcLfo + 4 + i * 16;
    const lsid = table.readInt32LE(lfo);
    const clfolvl = table[lfo + 12];
    const overrides = new Map<number, { level?: LevelDef; start?: number }>();
    const formatOnly = new Map<number, LevelDef>();
    data += 4; // LFOData.cp
    for (let k = 0; k < clfolvl; k++) {
      const startAt = table.readInt32LE(data);
      const bits = table.readUInt32LE(data + 4);
      data += 8;
      const ilvl = bits & 0x0f;
      const o: { level?: LevelDef; start?: number } = {};
      if (bits & 0x10) o.start = startAt;
      if (bits & 0x20) {
        const lvl = readLvl(table, data);
        // a replaced level restarts the count only with fStartAt (in .docx any w:lvl override does,
        // which is how docx-numbering.ts counts): without it, only the format is taken over
        if (bits & 0x10) o.level = lvl.level;
        else formatOnly.set(ilvl, lvl.level);
        data = lvl.end;
      }
      overrides.set(ilvl, o);
    }
    // ilfo, as paragraphs name it, is 1-based; a format-only override gets an abstract definition of its
    // own only if it changes what is shown (then its counters are its own, as Word counts them too)
    let abstractNumId = String(lsid);
    const base = defs.abstractNums.get(abstractNumId);
    const differs = [...formatOnly].some(([k, l]) => {
      const b = base?.levels.get(k);
      return !b || b.numFmt !== l.numFmt || b.lvlText !== l.lvlText;
    });
    if (base && differs) {
      abstractNumId = `${lsid}/${i + 1}`;
      const levels = new Map(base.levels);
      for (const [k, l] of formatOnly) levels.set(k, l);
      defs.abstractNums.set(abstractNumId, { id: abstractNumId, levels, numStyleLink: null });
    }
    defs.nums.set(String(i + 1), { abstractNumId, overrides });
  }
  return defs;
}

async function streamOf(doc: { stream(name: string): Readable }, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of doc.stream(name)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export interface WordStreams {
  /** the WordDocument stream (FIB, text) and the table stream it names (0Table or 1Table) */
  word: Buffer;
  table: Buffer;
}

/** The two streams of a Word 97 file, read from its OLE container with word-extractor's reader. */
export async function readWordStreams(buf: Buffer): Promise<WordStreams> {
  // word-extractor's OLE container reader (CommonJS modules without types)
  const { default: OleCompoundDoc } = (await import('word-extractor/lib/ole-compound-doc.js')) as { default: new (reader: unknown) => { read(): Promise<void>; stream(name: string): Readable } };
  const { default: BufferReader } = (await import('word-extractor/lib/buffer-reader.js')) as { default: new (b: Buffer) => unknown };
  const ole = new OleCompoundDoc(new BufferReader(buf));
  await ole.read();
  const word = await streamOf(ole, 'WordDocument');
  if (word.length < 0x2f2 || word.readUInt16LE(0) !== 0xa5ec) throw new Error('no Word 97 document stream (FIB) in the OLE container');
  const table = await streamOf(ole, word.readUInt16LE(0xa) & 0x0200 ? '1Table' : '0Table');
  return { word, table };
}

/** FIB flags: fEncrypted (a password), fObfuscated (XOR "encryption"). */
export function isEncrypted(word: Buffer): boolean {
  return (word.readUInt16LE(0xa) & 0x0100) !== 0;
}

/** Recover the numbers Word shows before auto-numbered paragraphs of a .doc. */
export async function recoverDocNumbers(streams: WordStreams): Promise<DocNumbering> {
  let paragraphs: Array<{ text: string; number: string | null }>;
  try {
    const { word, table } = streams;
    const lists = readLists(word, table);
    if (lists.nums.size === 0) return NONE;
    const pieces = readPieces(word, table);
    const ccpText = word.readUInt32LE(0x4c);
    const styles = readStyles(word, table);
    const counter = new NumberingCounter(lists, styles);
    let cp = 0;
    paragraphs = [];
    // a table row is one line of word-extractor's text: its cells' paragraphs are read as one
    let row: string | null = null;
    for (const p of readParagraphs(word, table, pieces)) {
      if (p.cpEnd > ccpText) break;
      const text = textOf(word, pieces, cp, p.cpEnd);
      cp = p.cpEnd;
      if (p.props.inTable || p.props.rowEnd || row !== null) {
        row = (row ?? '') + text;
        if (p.props.rowEnd || !p.props.inTable) {
          paragraphs.push({ text: row, number: null });
          row = null;
        }
        continue;
      }
      const ilfo = p.props.ilfo;
      const numPr = ilfo === null && p.props.ilvl === null ? null : { numId: ilfo === null ? null : String(ilfo <= 0 ? 0 : ilfo), ilvl: p.props.ilvl };
      const n = counter.next({ styleId: String(p.istd), numPr });
      paragraphs.push({ text, number: n && n.kind === 'number' ? n.text : null });
    }
  } catch (err) {
    return {
      ...NONE,
      note: `Word numbers some paragraphs of this .doc automatically, but its list tables could not be read (${(err instanceof Error ? err.message : String(err)).split('\n')[0]}); those numbers are missing`,
      severity: 'warning',
      code: 'doc.numbering-unrecovered',
    };
  }
  const numbered = paragraphs.filter((p) => p.number);
  if (!numbered.length) return NONE;
  return {
    count: numbered.length,
    note: `recovered ${numbered.length} number${numbered.length === 1 ? '' : 's'} of Word's automatic numbering (not stored in the text) and put them in front of their paragraphs`,
    severity: 'info',
    code: 'doc.numbering-recovered',
    apply(body: string): string {
      const lines = body.split('\n');
      // table rows span paragraphs (cells); align paragraphs of the body text only
      const pairOf = alignParagraphs(
        paragraphs.map((p) => p.text.replace(/[\r\x07]/g, '')),
        lines,
      );
      return lines.map((l, j) => {
        const i = pairOf[j];
        const num = i === null ? null : paragraphs[i].number;
        return num && l.trim() ? num + l : l;
      }).join('\n');
    },
  };
}
