/**
 * What every command shares: turning file and directory arguments into a file list, parsing each file
 * with errors reported one line each (the batch goes on), and writing output to stdout or -o.
 */
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePlan } from '../index.js';
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

/** Files named by the arguments: files as given, directories as every supported file in them (sorted, recursive). */
export async function expandInputs(args: string[], reporter: Reporter): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    let st;
    try {
      st = await stat(arg);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      reporter.error(arg, code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})`);
      continue;
    }
    if (st.isDirectory()) {
      const found = await listDirectory(arg, reporter);
      if (found.length === 0) reporter.error(arg, 'directory holds no .txt, .docx or .html files');
      files.push(...found);
    } else {
      files.push(arg);
    }
  }
  return files;
}

async function listDirectory(dir: string, reporter: Reporter): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    reporter.error(dir, `cannot list directory (${(err as NodeJS.ErrnoException).code})`);
    return [];
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listDirectory(p, reporter)));
    else if (formatOf(p)) out.push(p);
  }
  return out;
}

/** Parse each file; a bad file is reported on stderr and skipped, the others go on. */
export async function parseFiles(files: string[], reporter: Reporter, debug = false): Promise<PlanDocument[]> {
  const docs: PlanDocument[] = [];
  for (const file of files) {
    try {
      docs.push(await parsePlan(file));
    } catch (err) {
      if (err instanceof InputError) reporter.error(err.file, err.message);
      else reporter.error(file, `internal error: ${debug ? (err as Error).stack : (err as Error).message}`);
    }
  }
  return docs;
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
    reporter.error(output, `cannot write output (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** Exit code for a command that read files: 2 when anything failed. */
export function exitCode(reporter: Reporter): number {
  return reporter.failures > 0 ? 2 : 0;
}
