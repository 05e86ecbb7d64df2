/** What the reporters share: the input they format, paths as URIs, and the tool's name and version. */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult, RuleModule } from '../types.js';

/** A file that could not be checked (unreadable, unsupported): reported by the CLI on stderr. */
export interface FileFailure {
  file: string;
  message: string;
}

export interface ReportInput {
  results: FileResult[];
  failures: FileFailure[];
  rules: readonly RuleModule[];
  /** colour output (stylish only) */
  color: boolean;
  /** paths in SARIF and GitHub output are relative to this directory */
  cwd: string;
}

export type Reporter = (input: ReportInput) => string;

/** A path relative to `cwd` with forward slashes, or the path itself when it is outside. */
export function relativePath(file: string, cwd: string): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  if (rel.startsWith('..') || isAbsolute(rel)) return file.split(sep).join('/');
  return rel.split(sep).join('/');
}

/** A URI reference for SARIF: a relative path percent-encoded, or a file: URL for a path outside `cwd`. */
export function artifactUri(file: string, cwd: string): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  if (rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(file).href;
  return rel
    .split(sep)
    .join('/')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

let version: string | null = null;
/** The package version (package.json two levels above src/check/reporters and dist/check/reporters). */
export function toolVersion(): string {
  if (version === null) {
    try {
      version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}

/** The pseudo-rule of messages about inline directives themselves. */
export const INLINE_CONFIG_RULE = {
  id: 'inline-config',
  description: 'planlens-disable… directives name rules that exist',
  docs: 'A planlens-disable, planlens-enable or planlens-disable-next-line directive names a rule that does not exist; it switches nothing off.',
};
