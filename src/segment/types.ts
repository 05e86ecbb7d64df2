/**
 * Output of the segment stage: the section tree with the blocks each section holds, and the parts of
 * the file that are not the plan body (cover notice, 目录, appendices, 抄送/印发 footer).
 */
import type { Block, IngestResult } from '../ingest/blocks.js';
import type { Diagnostic, Part, Section } from '../schema/plan.js';

export type PartKind = Part['kind'] | 'body';

export interface SectionNode extends Omit<Section, 'children'> {
  children: SectionNode[];
  /** the block that carries the heading, or null for sections recovered from a 目录 */
  headingBlock: Block | null;
  /** text that followed the title on the heading line (`（一）加强组织领导。在市委…` → `在市委…`) */
  inlineBody: string;
  /** body blocks directly under this section (not those of its children), heading excluded */
  blocks: Block[];
  /** titles from the root down to this section, this one included */
  path: string[];
  /** several documents in one file: the 1-based document of a top-level section */
  document?: number;
}

export interface PlacedBlock {
  block: Block;
  part: PartKind;
  /** innermost section holding the block (headings: their own section); null outside the body */
  sectionId: string | null;
  /** true when the block is a section heading */
  isHeading: boolean;
}

export interface SegmentedDocument {
  ingest: IngestResult;
  sections: SectionNode[];
  parts: Part[];
  /** every block of the file in order, with where it was placed */
  placed: PlacedBlock[];
  diagnostics: Diagnostic[];
}

/** Depth-first walk over a section tree. */
export function* walkSections(sections: SectionNode[]): Generator<SectionNode> {
  for (const s of sections) {
    yield s;
    yield* walkSections(s.children);
  }
}

export function findSection(sections: SectionNode[], id: string): SectionNode | undefined {
  for (const s of walkSections(sections)) if (s.id === id) return s;
  return undefined;
}
