/**
 * The genres a 公文 title ends with (规划, 方案, 意见 … and 条例, 报告 …: src/data/document-parts.json), as one
 * alternation source: meta reads a title's kind and an issuing notice's document by it, the HTML reader a
 * page's title.
 */
import partsData from '../data/document-parts.json' with { type: 'json' };

export const DOCUMENT_GENRES: readonly string[] = [...new Set([...partsData.planKinds, ...partsData.otherDocumentKinds])];

/** The genres as an alternation source, longest first. */
export const GENRE_SOURCE = [...DOCUMENT_GENRES].sort((a, b) => b.length - a.length).join('|');
