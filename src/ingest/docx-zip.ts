/**
 * Just enough of the zip format to check a .docx before anything inflates it: the central directory
 * (names and declared sizes) and bounded inflation of single entries. mammoth opens the package again
 * with its own zip library; the checks here make sure that what it will inflate is what the file
 * declares, and that the declared sizes are sane (zip-bomb guard).
 */
import { inflateRawSync } from 'node:zlib';

/**
 * Limits for one .docx. A real plan's package is a few MB uncompressed; Word's XML compresses about
 * 5–20:1. 200 MB in total, or a large entry that inflates more than 100 times its stored size, is not
 * a document but an attack (or damage), and is refused before inflating.
 */
export const ZIP_LIMITS = {
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 100,
  /** the ratio rule applies to entries at least this large uncompressed (tiny entries compress wildly) */
  ratioMinSize: 1024 * 1024,
  maxEntries: 20000,
} as const;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** A problem with the package, phrased for the user; the reader turns it into an InputError. */
export class ZipError extends Error {}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

function u16(b: Buffer, at: number): number {
  return b.readUInt16LE(at);
}
function u32(b: Buffer, at: number): number {
  return b.readUInt32LE(at);
}
function u64(b: Buffer, at: number): number {
  return Number(b.readBigUInt64LE(at));
}

function findEndOfCentralDirectory(b: Buffer): number {
  // the record is 22 bytes plus a comment of at most 65535 bytes, at the very end
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (u32(b, i) === SIG_EOCD) return i;
  }
  return -1;
}

/** Entries of the central directory. Throws ZipError for a file that is not a complete zip. */
export function readCentralDirectory(b: Buffer): ZipEntry[] {
  if (b.length < 22) throw new ZipError('the file is too short to be a .docx (zip) package');
  const eocd = findEndOfCentralDirectory(b);
  if (eocd < 0) throw new ZipError('the .docx is truncated or damaged: the zip directory at its end is missing');
  let count = u16(b, eocd + 10);
  let size = u32(b, eocd + 12);
  let offset = u32(b, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== SIG_ZIP64_LOCATOR) throw new ZipError('the .docx zip directory is damaged (zip64 record missing)');
    const z = u64(b, loc + 8);
    if (z + 56 > b.length || u32(b, z) !== SIG_ZIP64_EOCD) throw new ZipError('the .docx zip directory is damaged (zip64 record unreadable)');
    count = u64(b, z + 32);
    size = u64(b, z + 40);
    offset = u64(b, z + 48);
  }
  if (count > ZIP_LIMITS.maxEntries) throw new ZipError(`the .docx package has ${count} entries; more than ${ZIP_LIMITS.maxEntries} is not a document`);
  if (offset + size > b.length) throw new ZipError('the .docx is truncated or damaged: its zip directory points past the end of the file');

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== SIG_CENTRAL) throw new ZipError('the .docx is damaged: its zip directory is unreadable');
    const flags = u16(b, at + 8);
    const method = u16(b, at + 10);
    let compressedSize = u32(b, at + 20);
    let uncompressedSize = u32(b, at + 24);
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const commentLen = u16(b, at + 32);
    let localHeaderOffset = u32(b, at + 42);
    const name = b.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLen);
    // zip64 extended information: the 64-bit values of the fields that hold 0xFFFFFFFF, in order
    let extra = at + 46 + nameLen;
    const extraEnd = extra + extraLen;
    while (extra + 4 <= extraEnd) {
      const id = u16(b, extra);
      const len = u16(b, extra + 2);
      if (id === 0x0001) {
        let p = extra + 4;
        if (uncompressedSize === 0xffffffff && p + 8 <= extra + 4 + len) (uncompressedSize = u64(b, p)), (p += 8);
        if (compressedSize === 0xffffffff && p + 8 <= extra + 4 + len) (compressedSize = u64(b, p)), (p += 8);
        if (localHeaderOffset === 0xffffffff && p + 8 <= extra + 4 + len) localHeaderOffset = u64(b, p);
      }
      extra += 4 + len;
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    at = extraEnd + commentLen;
  }
  return entries;
}

/** Refuse packages whose declared sizes are not those of a document (zip bomb). Returns a message or null. */
export function zipBombReason(entries: ZipEntry[]): string | null {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.uncompressedSize >= ZIP_LIMITS.ratioMinSize) {
      const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
      if (ratio > ZIP_LIMITS.maxRatio) {
        return `entry ${e.name} would inflate ${Math.round(ratio)} times (${mb(e.uncompressedSize)} from ${mb(e.compressedSize)}); refusing a possible zip bomb (limit ${ZIP_LIMITS.maxRatio}:1)`;
      }
    }
  }
  if (total > ZIP_LIMITS.maxTotalUncompressed) {
    return `the package would inflate to ${mb(total)}, more than the ${mb(ZIP_LIMITS.maxTotalUncompressed)} limit; refusing a possible zip bomb`;
  }
  return null;
}

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}

/**
 * The bytes of one entry, inflated with an output bound of its declared size: an entry that declares
 * little and inflates much stops here instead of filling memory.
 */
export function readEntry(b: Buffer, e: ZipEntry): Buffer {
  if (e.flags & 0x1) throw new ZipError('the .docx is encrypted (password-protected); save an unprotected copy');
  const h = e.localHeaderOffset;
  if (h + 30 > b.length || u32(b, h) !== SIG_LOCAL) throw new ZipError(`the .docx is damaged: entry ${e.name} cannot be found`);
  const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
  const end = start + e.compressedSize;
  if (end > b.length) throw new ZipError(`the .docx is truncated: entry ${e.name} is cut off`);
  const data = b.subarray(start, end);
  if (e.method === 0) {
    if (data.length !== e.uncompressedSize) throw new ZipError(`the .docx is damaged: entry ${e.name} has the wrong size`);
    return data;
  }
  if (e.method !== 8) throw new ZipError(`entry ${e.name} uses zip compression method ${e.method}, which a .docx never uses`);
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(e.uncompressedSize, 1) });
    if (out.length !== e.uncompressedSize) throw new ZipError(`the .docx is damaged: entry ${e.name} has the wrong size`);
    return out;
  } catch (err) {
    if (err instanceof ZipError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ZipError(`entry ${e.name} inflates beyond its declared ${mb(e.uncompressedSize)}; refusing a possible zip bomb`);
    }
    throw new ZipError(`the .docx is damaged: entry ${e.name} cannot be decompressed`);
  }
}
