/**
 * What every command shares: turning file, directory and glob arguments into a file list, parsing each
 * file with errors reported one line each (the batch goes on), and writing output to stdout or -o.
 */
import { lstat, open, readdir, readlink, realpath, stat, writeFile, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { once } from 'node:events';
import { isAbsolute, join } from 'node:path';
import { readPlanFile, type ParseOptions } from '../parse.js';
import { ResultCache, type CacheSettings } from '../cache/index.js';
import { parsePlanCached } from '../cache/plans.js';
import { parsedAhead } from '../batch/ingest-ahead.js';
import { InputError } from '../errors.js';
import { formatOf } from '../ingest/index.js';
import type { PlanDocument } from '../schema/plan.js';

export interface Reporter {
  error(file: string, message: string): void;
  readonly failures: number;
}

export function stderrReporter(): Reporter {
  let failures = 0;
  return {
    error(file, message) {
      failures++;
      process.stderr.write(`planlens: ${file}: ${message}\n`);
    },
    get failures() {
      return failures;
    },
  };
}

/**
 * Files named by the arguments: files as given, directories as every supported file in them (sorted,
 * recursive, symbolic links followed once), and glob patterns (`plans/*.docx`, `2022-*`, quoted so the shell
 * leaves them alone; needed where the shell does not expand them) like directories. A path that exists
 * is never read as a pattern, so `规划[2021].txt` is a file name. Special files (FIFOs, sockets,
 * devices: reading one can block forever) and broken links are reported, one line each.
 */
export async function expandInputs(args: string[], reporter: Reporter): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    let st: Stats;
    try {
      st = await stat(arg);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // tinyglobby is loaded only for an argument that names no file: most runs never pay for it
      if (code === 'ENOENT' && (await import('tinyglobby')).isDynamicPattern(arg)) {
        files.push(...(await expandPattern(arg, reporter)));
      } else if (code === 'ENOENT' && (await isBrokenLink(arg))) {
        reporter.error(arg, await brokenLinkMessage(arg));
      } else {
        reporter.error(arg, code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${describeErrno(code)}`);
      }
      continue;
    }
    if (st.isDirectory()) {
      const found = await listDirectory(arg, reporter, new Set());
      if (found.length === 0) reporter.error(arg, 'directory holds no .txt, .docx or .html files');
      files.push(...found);
    } else if (st.isFile()) {
      files.push(arg);
    } else {
      reporter.error(arg, specialFileMessage(st));
    }
  }
  return files;
}

/** Files matched by a glob pattern; matched directories are listed like directory arguments. */
async function expandPattern(pattern: string, reporter: Reporter): Promise<string[]> {
  let matches: string[];
  try {
    // absolute patterns give absolute paths; relative ones stay relative to the working directory
    const { glob } = await import('tinyglobby');
    matches = await glob([pattern], { onlyFiles: false, expandDirectories: false, absolute: isAbsolute(pattern), followSymbolicLinks: true });
  } catch (err) {
    reporter.error(pattern, `bad glob pattern: ${(err as Error).message}`);
    return [];
  }
  const out: string[] = [];
  for (const m of matches.map((p) => p.replace(/[\\/]$/, '')).sort(byCodeUnit)) {
    let st: Stats;
    try {
      st = await stat(m);
    } catch {
      continue; // vanished or broken link: tinyglobby also lists those; nothing to read
    }
    if (st.isDirectory()) out.push(...(await listDirectory(m, reporter, new Set())));
    else if (st.isFile() && formatOf(m)) out.push(m);
  }
  if (out.length === 0) reporter.error(pattern, 'no .txt, .docx or .html files match this pattern');
  return out;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function listDirectory(dir: string, reporter: Reporter, seen: Set<string>): Promise<string[]> {
  // a symbolic link back to an ancestor would otherwise be listed forever
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return [];
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    reporter.error(dir, `cannot list directory: ${describeErrno((err as NodeJS.ErrnoException).code)}`);
    return [];
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      out.push(...(await listDirectory(p, reporter, seen)));
    } else if (e.isFile()) {
      if (formatOf(p)) out.push(p);
    } else if (e.isSymbolicLink()) {
      let target: Stats;
      try {
        target = await stat(p);
      } catch {
        if (formatOf(p)) reporter.error(p, await brokenLinkMessage(p));
        continue;
      }
      if (target.isDirectory()) out.push(...(await listDirectory(p, reporter, seen)));
      else if (target.isFile() && formatOf(p)) out.push(p);
      else if (!target.isFile() && formatOf(p)) reporter.error(p, specialFileMessage(target));
    } else if (formatOf(p)) {
      const st = await lstat(p).catch(() => null);
      reporter.error(p, st ? specialFileMessage(st) : 'not a regular file; skipped');
    }
  }
  return out;
}

async function isBrokenLink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}

async function brokenLinkMessage(path: string): Promise<string> {
  const target = await readlink(path).catch(() => '?');
  return `broken symbolic link (points to ${target}, which does not exist); skipped`;
}

function specialFileMessage(st: Stats): string {
  const what = st.isFIFO() ? 'a named pipe (FIFO)' : st.isSocket() ? 'a socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : 'not a regular file';
  return `${what}, not a file planlens can read; skipped (save the text to a regular file first)`;
}

/** An errno code in words, with the code kept for searching. */
export function describeErrno(code: string | undefined): string {
  const words: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is a file, not a directory',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EIO: 'input/output error (the path cannot be written or read)',
    EMFILE: 'too many open files',
    ELOOP: 'too many levels of symbolic links',
    ENAMETOOLONG: 'the path is too long',
  };
  if (!code) return 'unknown error';
  return words[code] ? `${words[code]} (${code})` : code;
}

/** Parse each file (through the cache, if given); a bad file is reported on stderr and skipped, the others go on. */
export async function parseFiles(
  files: string[],
  reporter: Reporter,
  debug = false,
  options: ParseOptions = {},
  cacheSettings: CacheSettings | null = null,
  /** the files' bytes when the caller has read them already (same order) */
  contents: readonly Uint8Array[] | null = null,
  /** told of each plan as soon as it is parsed */
  onParsed?: (doc: PlanDocument) => void,
): Promise<PlanDocument[]> {
  const docs: PlanDocument[] = [];
  const cache = cacheSettings ? new ResultCache(cacheSettings) : null;
  const report = (file: string, err: unknown): void => {
    if (err instanceof InputError) reporter.error(err.file, err.message);
    else reporter.error(file, `internal error: ${debug ? (err as Error).stack : (err as Error).message}`);
  };
  // the files in a library-read format read and ingested on their own thread, ahead of the rest
  // (src/batch/ingest-ahead.ts); not with a cache (most files come from it) nor for bytes already read
  const parsed = cache || contents ? null : parsedAhead(files, () => options);
  if (parsed) {
    for await (const p of parsed) {
      if (p.doc === null) report(files[p.index], p.error);
      else {
        docs.push(p.doc);
        onParsed?.(p.doc);
      }
    }
    return docs;
  }
  for (const [i, file] of files.entries()) {
    try {
      const doc = await parsePlanCached(contents?.[i] ?? (await readPlanFile(file)), file, options, cache);
      docs.push(doc);
      onParsed?.(doc);
    } catch (err) {
      report(file, err);
    }
  }
  return docs;
}

/** The bytes of every file, or null when one cannot be read (parseFiles then reports it as usual). */
export async function readAllFiles(files: readonly string[]): Promise<Uint8Array[] | null> {
  const contents: Uint8Array[] = [];
  // one after the other: thousands of files at once would run out of file handles
  for (const f of files) {
    try {
      contents.push(await readPlanFile(f));
    } catch {
      return null;
    }
  }
  return contents;
}

/** The start of most commands: the files the arguments name, each parsed (a bad one reported and skipped). */
export async function readPlans(inputs: string[], debug = false, options: ParseOptions = {}, cache: CacheSettings | null = null): Promise<{ docs: PlanDocument[]; reporter: Reporter }> {
  const reporter = stderrReporter();
  const files = await expandInputs(inputs, reporter);
  return { docs: await parseFiles(files, reporter, debug, options, cache), reporter };
}

/** Write the command's output to -o or stdout. An unwritable path is one clear error line. */
export async function writeOutput(content: string | Uint8Array, output: string | undefined, reporter: Reporter): Promise<void> {
  if (!output) {
    process.stdout.write(content);
    return;
  }
  try {
    await writeFile(output, content);
  } catch (err) {
    reporter.error(output, `cannot write output: ${outputProblem(err)}`);
  }
}

/** Exit code for a command that read files: 2 when anything failed. */
export function exitCode(reporter: Reporter): number {
  return reporter.failures > 0 ? 2 : 0;
}

function outputProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code ? describeErrno(code) : (err as Error).message;
}

/**
 * Output written piece by piece (streamed batches): stdout with back-pressure, or the -o file, opened
 * on the first write so that a run that produces nothing creates no file. After a failed write
 * (unwritable path, disk full, closed pipe) `failed` is set and later writes are dropped; the caller
 * stops the batch.
 */
export interface OutputSink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
  readonly failed: boolean;
  /** true once anything was written */
  readonly started: boolean;
}

export function openOutput(output: string | undefined, reporter: Reporter): OutputSink {
  let failed = false;
  let started = false;
  if (!output) {
    // a reader that goes away (`| head`) is not an error of ours: stop quietly
    const onError = (err: NodeJS.ErrnoException): void => {
      if (err.code !== 'EPIPE') reporter.error('<stdout>', `cannot write output: ${outputProblem(err)}`);
      failed = true;
    };
    process.stdout.on('error', onError);
    return {
      async write(chunk) {
        if (failed) return;
        started = true;
        if (!process.stdout.write(chunk) && !failed) {
          // wait for the pipe to drain, or for it to fail; either way drop the other listener
          const stop = new AbortController();
          await Promise.race([once(process.stdout, 'drain', { signal: stop.signal }), once(process.stdout, 'error', { signal: stop.signal })]).catch(() => undefined);
          stop.abort();
        }
      },
      async close() {
        process.stdout.off('error', onError);
      },
      get failed() {
        return failed;
      },
      get started() {
        return started;
      },
    };
  }
  let handle: FileHandle | null = null;
  return {
    async write(chunk) {
      if (failed) return;
      started = true;
      try {
        handle ??= await open(output, 'w');
        await handle.write(chunk);
      } catch (err) {
        failed = true;
        reporter.error(output, `cannot write output: ${outputProblem(err)}`);
      }
    },
    async close() {
      try {
        await handle?.close();
      } catch (err) {
        if (!failed) reporter.error(output, `cannot write output: ${outputProblem(err)}`);
        failed = true;
      }
      handle = null;
    },
    get failed() {
      return failed;
    },
    get started() {
      return started;
    },
  };
}
