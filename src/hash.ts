/**
 * The SHA-256 of a file's bytes, computed once per bytes object: the parse records it (source.sha256), the
 * cache checks an entry against it and stores it, and compare's whole-output entry digests the inputs'
 * hashes. A file's bytes are one Uint8Array from reading to output, so a WeakMap keyed by it serves all.
 */
import { createHash } from 'node:crypto';

const known = new WeakMap<Uint8Array, string>();

/** Hex SHA-256 of the bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  let hex = known.get(bytes);
  if (hex === undefined) {
    hex = createHash('sha256').update(bytes).digest('hex');
    known.set(bytes, hex);
  }
  return hex;
}
