/**
 * The shapes the checker shares: a rule module (meta + check), what a rule reports, the message a
 * reporter prints, and the result for one file. Rules never print; reporters never look at documents.
 */
import type { z } from 'zod';
import type { PlanDocument } from '../schema/plan.js';
import type { SegmentedDocument } from '../segment/types.js';

export type MessageSeverity = 'error' | 'warning' | 'info';
/** A severity as configured: `off` switches the rule off. */
export type RuleLevel = MessageSeverity | 'off';

/**
 * One contiguous replacement in the source text. Positions are 1-based; `endLine`/`endColumn` point
 * just past the replaced text (to remove a whole line: line L column 1 → line L+1 column 1). Columns
 * count UTF-16 code units, as JavaScript strings do (every CJK character of the plans is one unit).
 */
export interface Fix {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  /** which safe class of change this is; fix.ts verifies each fix stays within its class */
  kind: 'debris' | 'punctuation';
}

/** What a rule hands to `ctx.report`. */
export interface ReportDescriptor {
  message: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** the text found */
  actual?: string;
  /** what would be acceptable */
  expected?: string;
  fix?: Fix;
}

/** One lint message as reporters see it (the `check --format json` message, see contract.md). */
export interface CheckMessage {
  ruleId: string;
  severity: MessageSeverity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  actual?: string;
  expected?: string;
  fix?: Fix;
}

/** The checked file's results. */
export interface FileResult {
  file: string;
  format: 'txt' | 'docx' | 'html' | 'pdf' | 'doc';
  messages: CheckMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
}

/** Everything a rule may look at: the parse output and the stage output it came from. */
export interface CheckDocument {
  path: string;
  format: 'txt' | 'docx' | 'html' | 'pdf' | 'doc';
  plan: PlanDocument;
  segmented: SegmentedDocument;
  /** the file's lines as in the file (debris included); .docx/.html: one normalized paragraph per line */
  lines: string[];
}

export interface RuleContext<Options> {
  /** the rule's options, validated by its schema with defaults filled in */
  options: Options;
  report(descriptor: ReportDescriptor): void;
}

/** zod's namespace, handed to a rule's options schema when one is needed (zod loads only then: config.ts) */
export type Zod = typeof z;

export interface RuleMeta<Options> {
  id: string;
  /** a human-readable identifier in PascalCase, different from the id even ignoring case (SARIF rule `name`) */
  name: string;
  /** one line */
  description: string;
  defaultSeverity: MessageSeverity;
  /** what the rule looks for, why, and how to configure it (plain text, shown as SARIF help) */
  docs: string;
  /** true when some of its messages carry a safe fix */
  fixable: boolean;
  /** the zod schema of the options object, made with the zod it is given; `parse({})` gives `defaults` */
  options: (z: Zod) => z.ZodType<Options>;
  /** the options when none are configured (test/check-rules.test.ts checks them against the schema) */
  defaults: Options;
}

export interface RuleModule<Options = unknown> {
  meta: RuleMeta<Options>;
  check(doc: CheckDocument, ctx: RuleContext<Options>): void;
}
