/** What the reporters share: the input they format, paths as URIs, and the tool's name and version. */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult, RuleModule } from '../types.js';
import { packageVersion } from '../../package-info.js';

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

/** The uriBaseId that SARIF output resolves relative artifact URIs against: the working directory. */
export const SRCROOT = '%SRCROOT%';

/**
 * A SARIF artifactLocation: a percent-encoded relative reference under %SRCROOT% for a file inside
 * `cwd`, else an absolute file: URL with no uriBaseId (SARIF §3.4.4: a base id resolves relative
 * references only; the validator rejects it beside an absolute URI, SARIF1004).
 */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return {
    uri: rel
      .split(sep)
      .map((seg) => encodeURIComponent(seg))
      .join('/'),
    uriBaseId: SRCROOT,
  };
}

/** The package version, as the reporters print it. */
export function toolVersion(): string {
  return packageVersion();
}

/** The pseudo-rule of messages about inline directives themselves. */
export const INLINE_CONFIG_RULE = {
  id: 'inline-config',
  name: 'InlineConfigDirectives',
  description: 'planlens-disable… directives name rules that exist',
  docs: 'A planlens-disable, planlens-enable or planlens-disable-next-line directive names a rule that does not exist; it switches nothing off.',
};
