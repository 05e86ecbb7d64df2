/** Every check rule, in the order their messages are documented. */
import type { RuleModule } from '../types.js';
import headingNumbering from './heading-numbering.js';
import requiredSections from './required-sections.js';
import indicatorCompleteness from './indicator-completeness.js';
import textTableConsistency from './text-table-consistency.js';
import taskUnits from './task-units.js';
import conversionDebris from './conversion-debris.js';
import punctuation from './punctuation.js';
import typos from './typos.js';
import tocMismatch from './toc-mismatch.js';

export const RULES: readonly RuleModule[] = [
  headingNumbering,
  requiredSections,
  indicatorCompleteness,
  textTableConsistency,
  taskUnits,
  conversionDebris,
  punctuation,
  typos,
  tocMismatch,
] as RuleModule[];

export const RULES_BY_ID: ReadonlyMap<string, RuleModule> = new Map(RULES.map((r) => [r.meta.id, r]));
