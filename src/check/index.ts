/**
 * planlens check: run the rules over one parsed plan and collect their messages. Rules report through
 * `ctx.report`; this module adds the rule id and the configured severity, drops what inline directives
 * switch off, and sorts the messages (line, column, rule) so that output is deterministic.
 */
import { analyzePlan, analyzePlanBytes, type AnalyzedPlan } from '../parse.js';
import { RULES } from './rules/index.js';
import { applyDirectives, htmlDirectives, lineDirectives } from './inline.js';
import { applyFixes } from './fix.js';
import type { ResolvedRules } from './config.js';
import type { CheckDocument, CheckMessage, FileResult, MessageSeverity, ReportDescriptor } from './types.js';

export type { CheckMessage, FileResult, RuleModule, Fix, CheckDocument } from './types.js';
export { RULES, RULES_BY_ID } from './rules/index.js';
export { resolveRules, loadConfigFile, findConfigFile, parseRuleFlags, ConfigError, CONFIG_FILE, type ResolvedRules } from './config.js';
export { applyFixes } from './fix.js';

export interface RunOptions {
  /** honour planlens-disable… directives in the document (default true) */
  inlineConfig?: boolean;
}

/** The document the rules see, from the parse stages' output. */
export function checkDocument(analyzed: AnalyzedPlan, path = analyzed.plan.source.path): CheckDocument {
  const { plan, segmented } = analyzed;
  return { path, format: plan.source.format, plan, segmented, lines: segmented.ingest.lines };
}

/** Run every rule that is not off on one analyzed plan. */
export function runCheck(analyzed: AnalyzedPlan, rules: ResolvedRules, options: RunOptions = {}): FileResult {
  const doc = checkDocument(analyzed);
  const lineCount = Math.max(1, doc.lines.length);
  let messages: CheckMessage[] = [];
  for (const rule of RULES) {
    const setting = rules.get(rule.meta.id);
    if (!setting || setting.level === 'off') continue;
    const severity: MessageSeverity = setting.level;
    const report = (d: ReportDescriptor) => {
      // every message points at a real line (SARIF and editors need startLine ≥ 1)
      const line = Math.min(Math.max(1, Math.trunc(d.line) || 1), lineCount);
      const m: CheckMessage = { ruleId: rule.meta.id, severity, message: d.message, line, column: Math.max(1, Math.trunc(d.column ?? 1)) };
      if (d.endLine !== undefined) m.endLine = d.endLine;
      if (d.endColumn !== undefined) m.endColumn = d.endColumn;
      if (d.actual !== undefined) m.actual = d.actual;
      if (d.expected !== undefined) m.expected = d.expected;
      if (d.fix) m.fix = d.fix;
      messages.push(m);
    };
    rule.check(doc, { options: setting.options, report });
  }
  if (options.inlineConfig !== false) {
    const directives = lineDirectives(doc.lines);
    if (doc.format === 'html') directives.push(...htmlDirectives(analyzed.bytes, doc.lines));
    if (directives.length > 0) {
      const r = applyDirectives(messages, directives, doc.lines, new Set(RULES.map((x) => x.meta.id)));
      messages = [...r.messages, ...r.problems];
    }
  }
  messages.sort(compareMessages);
  return summarize(doc.path, doc.format, messages);
}

export function compareMessages(a: CheckMessage, b: CheckMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

export function summarize(file: string, format: FileResult['format'], messages: CheckMessage[]): FileResult {
  return {
    file,
    format,
    messages,
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warning').length,
    infoCount: messages.filter((m) => m.severity === 'info').length,
    fixableCount: messages.filter((m) => m.fix).length,
  };
}

/**
 * The rules group indicators by canonical names from the synonym file only: a linter run on every
 * draft should not pay a second and 300 MB to load jieba for similarity matching.
 */
const PARSE_OPTIONS = { canonicalNames: 'exact' } as const;

/** Read, parse and check one file. */
export async function checkFile(path: string, rules: ResolvedRules, options: RunOptions = {}): Promise<{ result: FileResult; analyzed: AnalyzedPlan }> {
  const analyzed = await analyzePlan(path, PARSE_OPTIONS);
  return { result: runCheck(analyzed, rules, options), analyzed };
}

/** Check bytes already in memory (a fixed text before it is written). */
export async function checkBytes(bytes: Uint8Array, path: string, rules: ResolvedRules, options: RunOptions = {}): Promise<{ result: FileResult; analyzed: AnalyzedPlan }> {
  const analyzed = await analyzePlanBytes(bytes, path, PARSE_OPTIONS);
  return { result: runCheck(analyzed, rules, options), analyzed };
}

// several passes, as one fix may overlap another (a bracket pair around a bookmark marker)
const MAX_FIX_PASSES = 5;

export interface FixOutcome {
  /** the fixed bytes (the input bytes when nothing applied) */
  bytes: Uint8Array;
  /** fixes applied over all passes */
  applied: number;
  /** the check of the fixed text */
  result: FileResult;
  analyzed: AnalyzedPlan;
}

/**
 * Check .txt bytes and apply their safe fixes, pass after pass, until none is left or none applies.
 * Throws an Error with a clear message when the text cannot be written back (see fix.ts).
 */
export async function fixBytes(bytes: Uint8Array, path: string, rules: ResolvedRules, options: RunOptions = {}): Promise<FixOutcome> {
  let checked = await checkBytes(bytes, path, rules, options);
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES && checked.result.format === 'txt'; pass++) {
    if (!checked.result.messages.some((m) => m.fix)) break;
    const r = applyFixes(bytes, path, checked.result.messages);
    if (r.applied === 0) break;
    applied += r.applied;
    bytes = r.bytes;
    checked = await checkBytes(bytes, path, rules, options);
  }
  return { bytes, applied, result: checked.result, analyzed: checked.analyzed };
}
