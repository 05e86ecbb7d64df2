/**
 * The whole pipeline on one file:
 *   ingest (bytes → blocks) → segment (blocks → section tree) → extract (meta, indicators, tasks, units)
 * Kept apart from the package entry (index.ts) so the CLI loads only what a command needs.
 */
import { sha256Hex } from './hash.js';
import { readPlanFile } from './ingest/read-file.js';

export { readPlanFile };
import { ingest, formatOf } from './ingest/index.js';
import { segment } from './segment/index.js';
import { extractMeta } from './extract/meta.js';
import { extractIndicators } from './extract/indicators/index.js';
import { extractTasks } from './extract/tasks.js';
import { collectUnits } from './extract/units.js';
import type { PlanDocument } from './schema/plan.js';
import { SCHEMA_VERSION } from './schema/version.js';
import type { SegmentedDocument } from './segment/types.js';
import type { IngestResult } from './ingest/blocks.js';

export interface ParseOptions {
  /** path recorded in `source.path` (defaults to the path given) */
  displayPath?: string;
  /**
   * How indicator names get their canonical name: 'similar' (default) also matches names that are not
   * in the synonym file by word similarity with the canonical forms; 'exact' looks up the synonym file
   * only (for commands that neither show nor group by canonical names). Neither loads jieba.
   */
  canonicalNames?: 'similar' | 'exact';
  /**
   * false: the plan's targets are not read (`indicators` is empty, and so is every task's list of them),
   * for a command whose output never reads them (compare by tasks, sections or units). Default true.
   */
  indicators?: boolean;
}

/** A parsed plan together with the stage output it came from (for tools that need lines and blocks: check, diff). */
export interface AnalyzedPlan {
  plan: PlanDocument;
  segmented: SegmentedDocument;
  bytes: Uint8Array;
}

/** Parse bytes already read. `path` decides the format by extension and names the file in messages. */
export async function analyzePlanBytes(bytes: Uint8Array, path: string, options: ParseOptions = {}): Promise<AnalyzedPlan> {
  return analyzeIngested(await ingest(bytes, path, formatOf(path)), bytes, path, options);
}

/**
 * The stages after ingest, on a file already ingested (elsewhere: src/batch/ingest-ahead.ts runs ingest
 * on a thread of its own, ahead of these). `bytes` are the file's, for source.sha256.
 */
export function analyzeIngested(ingested: IngestResult, bytes: Uint8Array, path: string, options: ParseOptions = {}): AnalyzedPlan {
  const segmented = segment(ingested);
  return { plan: assemble(segmented, bytes, options.displayPath ?? path, options), segmented, bytes };
}

export async function parsePlanBytes(bytes: Uint8Array, path: string, options: ParseOptions = {}): Promise<PlanDocument> {
  return (await analyzePlanBytes(bytes, path, options)).plan;
}

/** Read and parse one plan file (.txt, .docx, .html). Throws InputError for unreadable or unsupported input. */
export async function parsePlan(path: string, options: ParseOptions = {}): Promise<PlanDocument> {
  return (await analyzePlan(path, options)).plan;
}

/** Like parsePlan, keeping the stage output (normalized lines, blocks, section nodes). */
export async function analyzePlan(path: string, options: ParseOptions = {}): Promise<AnalyzedPlan> {
  return analyzePlanBytes(await readPlanFile(path), path, options);
}

/** The year a document was issued: of its date line, else of its 文号 (〔2024〕). */
function issuedYear(meta: PlanDocument['meta']): number | null {
  const written = meta.issueDate ?? /[〔［\[【(（]\s*(\d{4})\s*[〕］\]】)）]/.exec(meta.docNumber ?? '')?.[1] ?? null;
  return written ? Number(written.slice(0, 4)) : null;
}

function assemble(doc: SegmentedDocument, bytes: Uint8Array, path: string, options: ParseOptions): PlanDocument {
  const meta = extractMeta(doc);
  const ind = options.indicators === false ? { indicators: [], diagnostics: [] } : extractIndicators(doc, { canonicalNames: options.canonicalNames, issuedYear: issuedYear(meta) });
  const tasks = extractTasks(doc, ind.indicators);
  const units = collectUnits(tasks.tasks, { region: meta.region });
  const { ingest: ing } = doc;
  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path,
      format: ing.format,
      encoding: ing.encoding,
      sha256: sha256Hex(bytes),
      chars: ing.lines.reduce((n, l) => n + l.length, 0),
    },
    meta,
    parts: doc.parts,
    sections: doc.sections.map(stripSection),
    tasks: tasks.tasks,
    indicators: ind.indicators,
    units,
    diagnostics: [...ing.diagnostics, ...doc.diagnostics, ...ind.diagnostics, ...tasks.diagnostics].sort(
      (a, b) => a.line - b.line,
    ),
  };
}

function stripSection(s: SegmentedDocument['sections'][number]): PlanDocument['sections'][number] {
  return {
    id: s.id,
    level: s.level,
    number: s.number,
    title: s.title,
    line: s.line,
    endLine: s.endLine,
    kind: s.kind,
    family: s.family,
    children: s.children.map(stripSection),
    ...(s.document ? { document: s.document } : {}),
  };
}
