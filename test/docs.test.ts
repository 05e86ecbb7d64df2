/**
 * The README stands on its own: every link and every path it names stays inside the repository (a clone
 * has nothing beside it), links point at files that exist; and docs/contract.md names every field of
 * the parse output's zod schema (src/schema/plan.ts), so the contract cannot fall behind it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { PlanDocument } from '../src/schema/plan.js';
import { ROOT } from './helpers/build.js';

/** Link targets: [text](target), [id]: target, href="…" and src="…". */
function linkTargets(markdown: string): string[] {
  const out: string[] = [];
  for (const m of markdown.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]);
  for (const m of markdown.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) out.push(m[1]);
  for (const m of markdown.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)) out.push(m[1]);
  return out;
}

/** Paths in `code spans` (outside fenced blocks): something/with/slashes, ./x, ../x or /x, no spaces or globs. */
function codePaths(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  const out: string[] = [];
  for (const m of prose.matchAll(/`([^`\s]+)`/g)) {
    const p = m[1];
    if (/[*?'"<>|]/.test(p) || !/[\w.]\/|^\.{1,2}\/|^\/\w/.test(p)) continue;
    out.push(p);
  }
  return out;
}

/** Why a target leaves the repository (or names a missing file), or null when it is fine. */
function problem(target: string, mustExist: boolean): string | null {
  if (target.startsWith('#')) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return 'an absolute URL: a clone must be readable offline, so link a file of the repository';
  const path = decodeURI(target.replace(/[#?].*$/, ''));
  const abs = isAbsolute(path) ? path : resolve(ROOT, path);
  const rel = relative(ROOT, abs);
  if (rel === '..' || rel.startsWith('../') || isAbsolute(rel)) return 'outside the repository';
  if (mustExist && !existsSync(abs)) return 'no such file in the repository';
  return null;
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README links', () => {
  it('finds the links and paths it is meant to check', () => {
    const md = 'see [the contract](docs/contract.md "c") and [x][r], `../shared/x.md`, `src/a.ts`, `a / b`, `plans/**/*.docx`\n[r]: https://example.org\n<img src="../logo.png">';
    expect(linkTargets(md)).toEqual(['docs/contract.md', 'https://example.org', '../logo.png']);
    expect(codePaths(md)).toEqual(['../shared/x.md', 'src/a.ts']);
    expect(problem('../shared/docs/contract.md', false)).toBe('outside the repository');
    expect(problem('/etc/passwd', false)).toBe('outside the repository');
    expect(problem('https://example.org', false)).toMatch(/absolute URL/);
    expect(problem('docs/missing.md', true)).toBe('no such file in the repository');
    expect(problem('docs/contract.md#json-of-parse', true)).toBeNull();
  });

  it('every link in README.md stays inside the repository and names a file that exists', () => {
    const links = linkTargets(README);
    expect(links).toContain('docs/contract.md');
    const bad = links.map((t) => [t, problem(t, true)]).filter(([, p]) => p);
    expect(bad).toEqual([]);
  });

  it('every path README.md names in code stays inside the repository; those of tracked folders exist', () => {
    const paths = codePaths(README);
    expect(paths.length).toBeGreaterThan(5);
    // .bench/ and dist/ are made by the build and the bench; node_modules by npm ci
    const made = /^(\.bench|dist|node_modules)\//;
    const bad = paths.map((p) => [p, problem(p, !made.test(p))]).filter(([, p]) => p);
    expect(bad).toEqual([]);
  });
});

/** Every property name of a zod schema, nested objects, arrays, unions and lazy schemas included. */
function fieldNames(schema: z.ZodType, seen = new Set<z.ZodType>(), out = new Set<string>()): Set<string> {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const inner = (s: unknown) => fieldNames(s as z.ZodType, seen, out);
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        out.add(k);
        inner(v);
      }
      break;
    case 'array':
      inner(def.element);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
      inner(def.innerType);
      break;
    case 'union':
      for (const o of def.options as z.ZodType[]) inner(o);
      break;
    case 'tuple':
      for (const o of def.items as z.ZodType[]) inner(o);
      break;
    case 'lazy':
      inner((def.getter as () => z.ZodType)());
      break;
  }
  return out;
}

describe('docs/contract.md', () => {
  it('names every field of the parse output schema', () => {
    const contract = readFileSync(join(ROOT, 'docs/contract.md'), 'utf8');
    const parseSection = contract.slice(contract.indexOf('## JSON of `parse`'), contract.indexOf('## JSON of `compare'));
    const names = [...fieldNames(PlanDocument)];
    expect(names).toEqual(expect.arrayContaining(['schemaVersion', 'children', 'hedge', 'normalized', 'indicatorIds', 'aliases']));
    const missing = names.filter((n) => !new RegExp(`(^|[^\\w])${n}\\??\\s*[:,}\\s/]`).test(parseSection));
    expect(missing).toEqual([]);
  });
});
