/**
 * The JSON that `planlens parse` emits (schemaVersion "1"). The zod schemas are the source of truth:
 * the TypeScript types are inferred from them and `planlens schema` prints JSON Schema generated from
 * them. See docs/contract.md; anything renamed here is a breaking change.
 */
import { z } from 'zod';
import { INDICATOR_SOURCES, SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** One message about the document: a repair made, text that could not be placed, a doubtful reading. */
export const Diagnostic = z.object({
  severity: Severity,
  code: z.string().describe('stable machine-readable id, e.g. "debris.bookmark"'),
  message: z.string(),
  line: z.number().int().min(0).describe('1-based line (.txt) or paragraph index (.docx/.html); 0 = whole file'),
  endLine: z.number().int().min(0).optional().describe('last line concerned, when the message covers several'),
  actual: z.string().optional().describe('the text concerned, as found'),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const SectionKind = z.enum(['body', 'toc', 'box', 'appendix']);
export type SectionKind = z.infer<typeof SectionKind>;

export interface Section {
  id: string;
  level: number;
  number: string;
  title: string;
  line: number;
  endLine: number;
  kind: SectionKind;
  family: string;
  children: Section[];
  /** in a file that holds several documents (a notice issuing two), the 1-based document a top-level section belongs to */
  document?: number;
}
export const Section: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: z.string().describe('path-like id, e.g. "s3.1"'),
    level: z.number().int().min(1).describe('1 = top'),
    number: z.string().describe('the number as written: "一", "（一）", "1", "专栏3"; "" when unnumbered'),
    title: z.string(),
    line: z.number().int().min(1),
    endLine: z.number().int().min(1).describe('last line that belongs to this section, children included'),
    kind: SectionKind,
    family: z.string().describe('numbering family, e.g. "cn-dun" for 一、, "paren-cn" for （一）'),
    children: z.array(Section),
    document: z.number().int().min(1).optional().describe('several documents in one file: which one (1-based) this top-level section belongs to'),
  }),
);

export const Comparator = z.enum(['=', '>=', '>', '<=', '<', '≈', 'range']);
export type Comparator = z.infer<typeof Comparator>;

export const NumericValue = z.union([z.number(), z.tuple([z.number(), z.number()])]);
export type NumericValue = z.infer<typeof NumericValue>;

export const Normalized = z.object({ value: NumericValue, unit: z.string().nullable() });
export type Normalized = z.infer<typeof Normalized>;

export const YearValue = z.object({
  year: z.number().int().nullable(),
  value: NumericValue.nullable(),
  raw: z.string().optional(),
  normalized: Normalized.optional(),
});
export type YearValue = z.infer<typeof YearValue>;

export const Target = z.object({
  year: z.number().int().nullable(),
  value: NumericValue.nullable(),
  comparator: Comparator,
  hedge: z.literal('力争').nullable(),
  raw: z.string(),
  normalized: Normalized.optional(),
});
export type Target = z.infer<typeof Target>;

export const IndicatorSource = z.enum(INDICATOR_SOURCES);
export type IndicatorSource = z.infer<typeof IndicatorSource>;

export const Indicator = z.object({
  id: z.string(),
  name: z.string().describe('as written, without unit and footnote mark'),
  canonicalName: z.string().nullable(),
  unit: z.string().nullable(),
  baseline: YearValue.nullable(),
  milestones: z.array(YearValue),
  target: Target,
  attribute: z.enum(['预期性', '约束性']).nullable(),
  category: z.string().nullable().optional(),
  note: z.string().nullable().optional().describe('footnote text attached through ①② marks'),
  source: IndicatorSource,
  sectionId: z.string().nullable(),
  line: z.number().int().min(1),
  quote: z.string().describe('exact source text'),
});
export type Indicator = z.infer<typeof Indicator>;

export const Task = z.object({
  id: z.string(),
  sectionId: z.string(),
  number: z.string(),
  title: z.string(),
  text: z.string(),
  line: z.number().int().min(1),
  deadline: z.string().nullable().optional(),
  indicatorIds: z.array(z.string()).optional(),
  units: z.object({ lead: z.array(z.string()), support: z.array(z.string()) }),
});
export type Task = z.infer<typeof Task>;

export const Unit = z.object({
  name: z.string().describe('canonical name'),
  aliases: z.array(z.string()),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  type: z
    .string()
    .optional()
    .describe('type of body (src/data/unit-types.json): party, government, local-government, vertical, judicial, enterprise, association, institution, coordination, other'),
});
export type Unit = z.infer<typeof Unit>;

export const Level = z.enum(['province', 'city', 'county', 'district']);

export const Meta = z.object({
  title: z.string().nullable(),
  region: z.string().nullable(),
  province: z.string().nullable(),
  level: Level.nullable(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  issueDate: z.string().nullable().describe('"2022-11-09" or "2021-12"'),
  period: z.object({ start: z.number().int().nullable().describe("null when only the end (到2024年) is stated"), end: z.number().int() }).nullable(),
  horizon: z.array(z.number().int()).optional().describe('target years named in the plan (2025, 2035)'),
  status: z.enum(['draft', 'final']),
  kind: z.string().nullable().describe('规划|方案|纲要|意见|计划|办法'),
});
export type Meta = z.infer<typeof Meta>;

export const Source = z.object({
  path: z.string(),
  format: z.enum(['txt', 'docx', 'html', 'pdf', 'doc']),
  encoding: z.string(),
  sha256: z.string(),
  chars: z.number().int(),
});
export type Source = z.infer<typeof Source>;

/** The parts of the file that are not the plan body, each as a line range. */
export const Part = z.object({
  kind: z.enum(['cover', 'title', 'toc', 'preamble', 'appendix', 'footer']),
  line: z.number().int().min(1),
  endLine: z.number().int().min(1),
  title: z.string().nullable(),
});
export type Part = z.infer<typeof Part>;

export const PlanDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: Source,
  meta: Meta,
  parts: z.array(Part),
  sections: z.array(Section),
  tasks: z.array(Task),
  indicators: z.array(Indicator),
  units: z.array(Unit),
  diagnostics: z.array(Diagnostic),
});
export type PlanDocument = z.infer<typeof PlanDocument>;
