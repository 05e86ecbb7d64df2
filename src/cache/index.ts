/**
 * The result cache behind `--cache` (ESLint's model): what a file parsed (or checked) to, stored under a
 * key made of everything that decides it, so that a second run over unchanged files skips the pipeline.
 *
 * One entry per file and kind of result: its name is a hash of the kind, the path as given, the options
 * that change the result and the planlens build; the entry holds the SHA-256 of the file's bytes it was
 * made from. A file whose bytes changed is a miss (parsed again, and its entry overwritten), so the
 * cache holds one entry per file, however often the files are edited.
 *
 * An entry that does not parse, is not planlens's, or was made for another key is ignored with an `info`
 * line on stderr and rewritten. Entries are written to a temporary file and renamed into place, so a
 * reader sees a whole entry or none, however many runs write at once. A cache that cannot be written (a
 * read-only directory) is reported once and the run goes on without it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { packageVersion } from '../package-info.js';
import { sha256Hex } from '../hash.js';

/** Where the cache lives without --cache-location, relative to the working directory (as ESLint and Babel do). */
export const DEFAULT_CACHE_LOCATION = join('node_modules', '.cache', 'planlens');

/** Marks a planlens cache entry and its layout; raise it when the layout changes. */
const ENTRY_FORMAT = 'planlens-cache/1';

/**
 * A fingerprint of the code that made an entry. The one-file CLI has the hash of its sources written
 * in at build time (scripts/build-cli.mjs), so a rebuilt CLI never reads entries of an older build with
 * the same version; the library build and the sources fall back to the version alone.
 */
declare const __PLANLENS_BUILD__: string | undefined;
function buildId(): string {
  const build = typeof __PLANLENS_BUILD__ === 'string' ? __PLANLENS_BUILD__ : 'unbundled';
  return `${packageVersion()}+${build}`;
}

/** What the CLI hands to the batch code (and the batch code to its workers): plain data. */
export interface CacheSettings {
  /** the cache directory (absolute) */
  location: string;
}

/** --cache / --cache-location → settings, or null without --cache (as in ESLint, a location alone does nothing). */
export function cacheSettings(opts: { cache?: boolean; cacheLocation?: string }, cwd = process.cwd()): CacheSettings | null {
  if (!opts.cache) return null;
  return { location: resolve(cwd, opts.cacheLocation ?? DEFAULT_CACHE_LOCATION) };
}

/** Why a lookup gave nothing back: no entry, or an entry for other bytes (the file changed). */
export type Miss = 'absent' | 'changed' | 'damaged';

export interface CacheLookup<T> {
  value: T | undefined;
  miss: Miss | null;
}

export class ResultCache {
  readonly location: string;
  private readonly notify: (message: string) => void;
  private unwritable = false;
  private made = false;

  /** `notify` gets one-line `info` messages (damaged entry, cache not writable); default: stderr. */
  constructor(settings: CacheSettings, notify: (message: string) => void = (m) => process.stderr.write(`${m}\n`)) {
    this.location = settings.location;
    this.notify = notify;
  }

  /** The entry file for one key (exported for tests that damage entries). */
  entryPath(kind: string, file: string, options: unknown): string {
    return this.pathOf(this.key(kind, file, options));
  }

  private pathOf(key: string): string {
    return join(this.location, `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.json`);
  }

  /** The value stored for these bytes of `file` under `kind` and `options`, if any. */
  async get<T>(kind: string, file: string, bytes: Uint8Array, options: unknown): Promise<CacheLookup<T>> {
    const key = this.key(kind, file, options);
    const path = this.pathOf(key);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return { value: undefined, miss: 'absent' };
    }
    const entry = readEntry(text);
    if (!entry || entry.key !== key) {
      this.notify(`planlens: ${file}: info: cache entry ${path} is damaged or not planlens's; ignored, parsed again and rewritten`);
      return { value: undefined, miss: 'damaged' };
    }
    if (entry.sha256 !== sha256Hex(bytes)) return { value: undefined, miss: 'changed' };
    return { value: entry.value as T, miss: null };
  }

  /** Store `value` for these bytes; atomic (temporary file + rename). Failures are reported once, never thrown. */
  async set(kind: string, file: string, bytes: Uint8Array, options: unknown, value: unknown): Promise<void> {
    if (this.unwritable) return;
    const key = this.key(kind, file, options);
    const path = this.pathOf(key);
    const text = JSON.stringify({ format: ENTRY_FORMAT, key, sha256: sha256Hex(bytes), value });
    // unique per process, thread and call: two writers never share a temporary file
    const tmp = `${path}.${process.pid}-${threadId}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      if (!this.made) {
        await mkdir(this.location, { recursive: true });
        this.made = true;
      }
      await writeFile(tmp, text);
      await rename(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true }).catch(() => undefined);
      this.unwritable = true;
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      this.notify(`planlens: ${this.location}: info: cannot write the cache (${code}); this run goes on without storing results`);
    }
  }

  private key(kind: string, file: string, options: unknown): string {
    // the path as given is part of the result (source.path, messages); the resolved one tells files apart
    return stableKey({ build: buildId(), kind, file, at: resolve(file), options });
  }
}

interface Entry {
  format: string;
  key: string;
  sha256: string;
  value: unknown;
}

function readEntry(text: string): Entry | null {
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof entry !== 'object' || entry === null) return null;
  const e = entry as Partial<Entry>;
  if (e.format !== ENTRY_FORMAT || typeof e.key !== 'string' || typeof e.sha256 !== 'string' || e.value === undefined || e.value === null) return null;
  return e as Entry;
}

/**
 * A canonical text of a key: object keys sorted, Maps as sorted pairs, regular expressions by source and
 * flags (JSON.stringify would make every one `{}`, and two configurations the same key).
 */
export function stableKey(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (value instanceof RegExp) return { $regexp: value.source, flags: value.flags };
  if (value instanceof Map) return { $map: [...value.entries()].map(([k, v]) => [canonical(k), canonical(v)]).sort((a, b) => (JSON.stringify(a[0]) < JSON.stringify(b[0]) ? -1 : 1)) };
  if (value instanceof Set) return { $set: [...value].map(canonical) };
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = canonical((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}
