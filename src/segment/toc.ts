/**
 * The 目录 (table of contents): its entries become a section of kind `toc` (never repeated as body
 * sections). When the body lost most of the headings the 目录 lists (a common conversion loss), the
 * outline is rebuilt from the 目录 and the body text is placed under its entries by similarity: the
 * body is cut into chunks where its numbering restarts or an unnumbered paragraph follows numbered
 * items, and the chunks are aligned in order to the 目录 leaves (dynamic programming over the order,
 * scored by shared title bigrams and cue words from src/data/section-cues.json).
 */
import type { Block } from '../ingest/blocks.js';
import type { Diagnostic } from '../schema/plan.js';
import cueData from '../data/section-cues.json' with { type: 'json' };
import { buildOutline, headingOf, isFramed, newSection } from './outline.js';
import { countInlineTocEntries, normalizeForMatch, splitInlineToc, stripTocLeader } from './parts.js';
import { walkSections, type SectionNode } from './types.js';

export function buildTocSection(tocBlocks: Block[]): SectionNode {
  const [head, ...entries] = tocBlocks;
  // a 目录 flattened onto one line is split back into its entries (all on that line)
  const lines = entries.flatMap((b): Block[] => (b.type === 'table' ? [b] : countInlineTocEntries(b.text) >= 3 ? splitInlineToc(b.text).map((text) => ({ ...b, text })) : [{ ...b, text: stripTocLeader(b.text) }]));
  const outline = buildOutline(lines);
  const toc = newSection({ level: 1, number: '', title: head.type === 'table' ? '目录' : head.text.replace(/\s/g, ''), line: head.line, kind: 'toc', family: 'toc', headingBlock: head });
  toc.children = outline.sections;
  for (const b of outline.leading) toc.blocks.push(b);
  for (const s of walkSections(toc.children)) {
    s.kind = 'toc';
    s.level += 1;
    s.headingBlock = entries.find((b) => b.line === s.line) ?? null;
  }
  return toc;
}

/** Share of 目录 entries that the body has as headings. */
export function tocCoverage(toc: SectionNode, body: SectionNode[]): { found: number; total: number; missing: SectionNode[] } {
  const bodyTitles = new Set<string>();
  for (const s of walkSections(body)) bodyTitles.add(normalizeForMatch(s.title));
  const missing: SectionNode[] = [];
  let total = 0;
  for (const e of walkSections(toc.children)) {
    total++;
    if (!bodyTitles.has(normalizeForMatch(e.title))) missing.push(e);
  }
  return { found: total - missing.length, total, missing };
}

interface Chunk {
  blocks: Block[];
  text: string;
}

const CUES = cueData.cues as Record<string, string[]>;
const GENERIC = new Set(cueData.generic);

function bigrams(s: string): Set<string> {
  const t = normalizeForMatch(s);
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) {
    const g = t.slice(i, i + 2);
    if (!GENERIC.has(g)) out.add(g);
  }
  return out;
}

/** What a 目录 leaf is matched by: the bigrams and cue words of its title (read once per leaf, not per chunk). */
interface LeafWords {
  grams: Set<string>;
  cues: string[];
}

function leafWords(leaf: SectionNode): LeafWords {
  return {
    grams: bigrams(leaf.title),
    cues: Object.entries(CUES)
      .filter(([k]) => leaf.title.includes(k))
      .flatMap(([, v]) => v),
  };
}

function similarity(chunk: Chunk, { grams, cues }: LeafWords): number {
  let hit = 0;
  for (const g of grams) if (chunk.text.includes(g)) hit++;
  let score = grams.size ? hit / grams.size : 0;
  if (cues.length) score += (0.5 * cues.filter((c) => chunk.text.includes(c)).length) / cues.length;
  return score;
}

/** Cut body blocks into topic chunks: a new chunk where an unnumbered paragraph follows numbered items, or numbering restarts at 1. */
function chunkBody(blocks: Block[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Block[] = [];
  let prevNumbered = false;
  let inFlatBox = false;
  for (const b of blocks) {
    const h = headingOf(b);
    // flattened 专栏 boxes keep their cell marker `|` in raw: the box runs while lines are cells
    const cellLike = isFramed(b);
    if (h?.family === 'box') {
      inFlatBox = cellLike;
      current.push(b);
      prevNumbered = true;
      continue;
    }
    if (inFlatBox && cellLike) {
      current.push(b);
      continue;
    }
    inFlatBox = false;
    // ——-led sub-items, tables and their short captions go with the text before them
    const dashItem = b.type !== 'table' && /^(——|－－|--)/.test(b.text);
    const caption = b.type === 'table' || (b.text.length <= 40 && !/[。；]/.test(b.text));
    const numbered = !!h?.number || dashItem;
    // an intro paragraph and the numbered items after it belong together; a new chunk starts where
    // an unnumbered paragraph follows items (or a table), or numbering restarts right after items
    const afterTable = current.length > 0 && current[current.length - 1].type === 'table';
    const restart = !!h?.number && h.number.ordinal === 1 && (prevNumbered || afterTable);
    const introAfterItems = !numbered && (prevNumbered || afterTable);
    // consecutive unnumbered paragraphs may each be a lost section (保障措施 often is one paragraph
    // per entry), and flattened box cells differ from running text: cut, the alignment rejoins
    const prev = current[current.length - 1];
    const prevCellLike = prev !== undefined && isFramed(prev);
    const paragraphAfterParagraph = !numbered && prev !== undefined && !headingOf(prev) && prev.type !== 'table';
    const cut = !caption && !dashItem && (restart || introAfterItems || paragraphAfterParagraph || prevCellLike !== cellLike);
    if (cut && current.length) {
      chunks.push(finishChunk(current));
      current = [];
    }
    current.push(b);
    prevNumbered = numbered;
  }
  if (current.length) chunks.push(finishChunk(current));
  return chunks;
}

function finishChunk(blocks: Block[]): Chunk {
  // the topic shows in intro sentences and item titles more than in long item bodies
  const text = blocks
    .map((b) => {
      const h = headingOf(b);
      if (h) return h.title;
      return b.type === 'table' ? '' : b.text.slice(0, 120);
    })
    .join('');
  return { blocks, text };
}

export interface TocRecovery {
  sections: SectionNode[];
  diagnostics: Diagnostic[];
}

/**
 * Rebuild the body outline from the 目录 entries and place the body blocks under them.
 * Returns body sections of kind `body` mirroring the 目录 tree; numbered items of the body become
 * children of the entry they were placed under.
 */
export function recoverFromToc(toc: SectionNode, bodyBlocks: Block[]): TocRecovery {
  const diagnostics: Diagnostic[] = [];
  const clone = (s: SectionNode): SectionNode => ({
    ...s,
    kind: 'body',
    level: s.level - 1,
    headingBlock: null,
    blocks: [],
    children: s.children.map(clone),
  });
  const sections = toc.children.map(clone);
  const leaves = [...walkSections(sections)].filter((s) => s.children.length === 0);
  const chunks = chunkBody(bodyBlocks);
  if (!leaves.length || !chunks.length) return { sections, diagnostics };

  // best[i][j]: best score with chunk i placed under leaf j (chunks placed in order, leaves non-decreasing)
  // skipping a 目录 entry costs: text tends to follow the 目录 order entry by entry
  const SKIP = 0.4;
  const m = chunks.length;
  const k = leaves.length;
  const words = leaves.map(leafWords);
  const sim = chunks.map((c) => words.map((w) => similarity(c, w)));
  const best: number[][] = Array.from({ length: m }, () => new Array(k).fill(-Infinity));
  const from: number[][] = Array.from({ length: m }, () => new Array(k).fill(-1));
  for (let j = 0; j < k; j++) best[0][j] = sim[0][j] - SKIP * j;
  for (let i = 1; i < m; i++) {
    for (let j = 0; j < k; j++) {
      for (let p = 0; p <= j; p++) {
        const gap = Math.max(0, j - p - 1);
        const v = best[i - 1][p] + sim[i][j] - SKIP * gap;
        if (v > best[i][j]) {
          best[i][j] = v;
          from[i][j] = p;
        }
      }
    }
  }
  let j = 0;
  for (let q = 1; q < k; q++) if (best[m - 1][q] - SKIP * (k - 1 - q) > best[m - 1][j] - SKIP * (k - 1 - j)) j = q;
  const assign = new Array<number>(m);
  for (let i = m - 1; i >= 0; i--) {
    assign[i] = j;
    j = from[i][j];
  }

  if (process.env.PLANLENS_DEBUG_TOC) {
    chunks.forEach((c, i) => console.error(`chunk L${c.blocks[0].line} → ${leaves[assign[i]].title} | ${sim[i].map((x) => x.toFixed(2)).join(' ')} | ${c.text.slice(0, 40)}`));
  }
  chunks.forEach((chunk, i) => {
    const leaf = leaves[assign[i]];
    if (sim[i][assign[i]] === 0) {
      diagnostics.push({
        severity: 'warning',
        code: 'outline.placed-by-position',
        message: `text at this line shares no words with any 目录 entry; placed under "${leaf.title}" by its position only`,
        line: chunk.blocks[0].line,
      });
    }
    const inner = buildOutline(chunk.blocks);
    for (const b of inner.leading) leaf.blocks.push(b);
    for (const child of inner.sections) {
      shiftLevels(child, leaf.level);
      leaf.children.push(child);
    }
  });
  // a leaf that got no text sits where its text would have been: at the start of the next placed leaf
  leaves.forEach((leaf, i) => {
    if (leaf.blocks.length || leaf.children.length) {
      leaf.line = firstLineOf(leaf);
      return;
    }
    const next = leaves.slice(i + 1).find((l) => l.blocks.length || l.children.length);
    const prev = leaves.slice(0, i).reverse().find((l) => l.blocks.length || l.children.length);
    const anchor = next ? firstLineOf(next) : prev ? lastLineOf(prev) : leaf.line;
    diagnostics.push({
      severity: 'warning',
      code: 'outline.toc-entry-unplaced',
      message: `目录 entry "${leaf.title}" (目录 line ${leaf.line}) has no heading in the body and no text could be placed under it`,
      line: anchor,
    });
    leaf.line = anchor;
  });
  // parents start where their first child starts
  const fixParents = (s: SectionNode) => {
    s.children.forEach(fixParents);
    if (s.children.length && !s.headingBlock && !s.blocks.length) s.line = firstLineOf(s);
  };
  sections.forEach(fixParents);
  diagnostics.push({
    severity: 'info',
    code: 'outline.from-toc',
    message: `the body lost most headings the 目录 lists; the outline comes from the 目录 and ${chunks.length} body chunks were placed under its ${leaves.length} entries by similarity`,
    line: toc.line,
  });
  return { sections, diagnostics };
}

// loops rather than Math.min/max(...spread), which overflow the stack on 100,000+ blocks
function firstLineOf(s: SectionNode): number {
  let line = Infinity;
  for (const b of s.blocks) line = Math.min(line, b.line);
  for (const c of s.children) line = Math.min(line, c.line);
  return line;
}

function lastLineOf(s: SectionNode): number {
  let line = 0;
  for (const b of s.blocks) line = Math.max(line, b.endLine);
  for (const c of s.children) line = Math.max(line, c.endLine);
  return line;
}

function shiftLevels(s: SectionNode, by: number): void {
  s.level += by;
  s.children.forEach((c) => shiftLevels(c, by));
}
