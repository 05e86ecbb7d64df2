/**
 * The metadata table a government web page puts above a document (政府信息公开 目录): label cells such
 * as 索引号, 发文机关, 成文日期, 标题, 发文字号, 发布日期, each followed by its value, either as a small
 * table (label cell, value cell) or as a run of short lines (`发文机关：国务院`). It is the page's record
 * of the document, not plan text: the HTML reader keeps it out of the blocks and carries it on the ingest
 * result, and meta uses it where the text itself does not say (src/extract/meta.ts).
 *
 * Recognised by its form: at least `minLabels` consecutive text units that are labels from the word list
 * (src/data/page-meta-labels.json), each label unit followed by its value unit or carrying it after a colon,
 * two of them at least with a value.
 */
import labelData from '../data/page-meta-labels.json' with { type: 'json' };

export type PageMetaField = 'issuer' | 'writtenDate' | 'publishedDate' | 'docNumber' | 'title';

export interface PageMetaEntry {
  label: string;
  field: PageMetaField | null;
  value: string;
}

/** What the page's metadata table says; dates as YYYY-MM-DD (or YYYY-MM), null where it says nothing. */
export interface PageMeta {
  issuer: string | null;
  writtenDate: string | null;
  publishedDate: string | null;
  docNumber: string | null;
  title: string | null;
  /** every label/value pair of the table, in page order (the fields nothing reads included) */
  entries: PageMetaEntry[];
}

const LABELS = labelData.labels as Record<string, PageMetaField | null>;
const LABEL_WORDS = Object.keys(LABELS).sort((a, b) => b.length - a.length);
const LABEL_ONLY = new RegExp(`^(${LABEL_WORDS.join('|')})[:：]?$`);
const LABEL_INLINE = new RegExp(`^(${LABEL_WORDS.join('|')})[:：](.+)$`);

function compact(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, '');
}

interface LabelUnit {
  label: string;
  inline: string | null;
}

function asLabel(text: string): LabelUnit | null {
  const t = compact(text);
  const only = LABEL_ONLY.exec(t);
  if (only) return { label: only[1], inline: null };
  const inline = LABEL_INLINE.exec(t);
  // the value after the colon keeps its own spacing (a title may hold spaces); only the label is compacted
  if (inline && [...inline[2]].length <= labelData.maxValueChars) {
    return { label: inline[1], inline: text.replace(/^[^:：]*[:：]\s*/, '').trim() };
  }
  return null;
}

/** A text unit of the page and the record it stands in (its table row, else its parent element). */
export interface TextUnit {
  text: string;
  record: unknown;
}

/**
 * The first run of label/value text units holding at least `minLabels` labels, with the indexes of the
 * units it took; null when the units hold no such run. A label's value is the next unit in the same
 * record (a label cell with an empty value cell is followed by the next label or by other text).
 */
export function findPageMetaTable(units: TextUnit[]): { meta: PageMeta; indexes: number[] } | null {
  const texts = units.map((u) => u.text);
  for (let i = 0; i < texts.length; ) {
    if (!asLabel(texts[i])) {
      i++;
      continue;
    }
    const entries: PageMetaEntry[] = [];
    const indexes: number[] = [];
    let j = i;
    for (; j < texts.length; ) {
      const l = asLabel(texts[j]);
      if (!l) break;
      indexes.push(j);
      let value = l.inline ?? '';
      if (l.inline === null) {
        const next = texts[j + 1];
        const sameRecord = next !== undefined && units[j + 1].record === units[j].record;
        if (sameRecord && !asLabel(next) && [...next.trim()].length <= labelData.maxValueChars) {
          value = next.trim();
          indexes.push(j + 1);
          j++;
        }
      }
      entries.push({ label: l.label, field: LABELS[l.label], value });
      j++;
    }
    // a row of column headings (名称 | 文号 | 发布日期) has labels but no values
    const labelled = new Set(entries.map((e) => e.label)).size >= labelData.minLabels;
    if (labelled && entries.filter((e) => e.value).length >= 2) return { meta: pageMetaOf(entries), indexes };
    i = Math.max(j, i + 1);
  }
  return null;
}

function pageMetaOf(entries: PageMetaEntry[]): PageMeta {
  // the first non-empty value for a field wins (发文机关 before a later 发布机构)
  const first = (field: PageMetaField) => entries.find((e) => e.field === field && e.value)?.value ?? null;
  const date = (field: PageMetaField) => {
    const v = first(field);
    return v ? isoDate(v) : null;
  };
  return {
    issuer: first('issuer'),
    writtenDate: date('writtenDate'),
    publishedDate: date('publishedDate'),
    docNumber: first('docNumber'),
    title: first('title'),
    entries,
  };
}

/** `2018年12月21日`, `2023-10-19`, `2023/10/19`, `2023.10.19` → 2018-12-21; a value with no date → null. */
export function isoDate(value: string): string | null {
  const m = /((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})(?:\s*[月\-/.]\s*(\d{1,2}))?/.exec(value);
  if (!m) return null;
  const mo = Number(m[2]);
  const d = m[3] ? Number(m[3]) : null;
  if (mo < 1 || mo > 12 || (d !== null && (d < 1 || d > 31))) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return d ? `${m[1]}-${pad(mo)}-${pad(d)}` : `${m[1]}-${pad(mo)}`;
}

// a label with its characters spread out (`索 引 号：`, `标　　题：`) still starts a cell
const SPACED_LABEL = LABEL_WORDS.map((l) => [...l].join('[\\s\\u3000]*')).join('|');
const CELL_BREAK = new RegExp(`\\t+|[\\s\\u3000]+(?=(?:${SPACED_LABEL})[\\s\\u3000]*[:：])`);

/**
 * The same table copied into plain text (a .txt or .docx saved from the page): lines of cells parted by
 * tabs or by spaces before the next `label：`, or one label or value per line.
 */
export function findPageMetaInLines(lines: string[]): PageMeta | null {
  const units: TextUnit[] = lines
    .flatMap((l) => l.split('\n'))
    .flatMap((l) => l.split(CELL_BREAK))
    .map((t) => t.trim())
    .filter((t) => t)
    .map((text) => ({ text, record: 'lines' }));
  return findPageMetaTable(units)?.meta ?? null;
}

/**
 * The day a site says it published the page, from the line it sets under the title (`发布时间：2024-02-28
 * 10:30　来源：…`, `发布日期：2024-03-12`), or null when `text` holds no such label and date.
 */
export function publicationDateIn(text: string): string | null {
  const m = PUBLICATION_LINE.exec(text.trim());
  return m ? isoDate(m[1]) : null;
}
const PUBLICATION_LINE = /(?:^|\s)(?:发布|发文|印发|成文|公开)?(?:日期|时间)\s*[:：]\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})/;
