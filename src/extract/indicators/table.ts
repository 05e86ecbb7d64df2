/**
 * Indicator tables: recognised by their header (指标/指标名称, year columns, 属性, 单位, 序号, 类别), headers over
 * one or two rows, merged cells expanded (类别 filled down), rows continued from a table before a page
 * break. Each data row becomes one indicator row: name (no unit brackets, no footnote marks), unit,
 * values per year column (baseline = earliest, target = last, milestones between), attribute, category.
 */
import { spanGrid, type TableBlock, type TableCell } from '../../ingest/blocks.js';
import type { Comparator, NumericValue } from '../../schema/plan.js';
import { YEAR_SOURCE, parseChineseInteger, parseYear, toHalfWidth } from '../../nlp/numbers.js';
import { isRatioUnit, isUnit } from '../../nlp/units.js';
import { parseCellValue } from './values.js';
import { findYears, fiveYearPlanPeriod } from './years.js';
import { TABLE } from './words.js';
import { isPeriodHeader, periodTarget } from './cumulative-column.js';
import { isSignCell, signAttributes, signsIn, withoutSigns } from './attribute-marks.js';
import { attributeColumnByCells, attributeWord } from './attribute-column.js';
import { growthOfLevel } from './growth-cell.js';

export type ColumnRole = 'serial' | 'category' | 'name' | 'unit' | 'attribute' | 'remark' | 'value' | 'period' | 'other';

export interface ValueColumn {
  index: number;
  year: number | null;
  /** the header says base (基期) or target (目标) */
  kind: 'baseline' | 'target' | null;
  header: string;
  /** unit written in the header (`2025年（%）`) */
  unit: string | null;
}

export interface TableHeader {
  /** first row of the header in the grid (rows above it are a title inside the table) */
  start: number;
  /** number of rows the header takes */
  rows: number;
  width: number;
  roles: ColumnRole[];
  nameColumn: number;
  valueColumns: ValueColumn[];
  /** header texts per column, rows joined */
  texts: string[];
}

export interface TableCellValue {
  year: number | null;
  value: NumericValue | null;
  unit: string | null;
  comparator: Comparator;
  raw: string;
  unparsed: boolean;
}

export interface TableIndicatorRow {
  /** name as written, unit brackets and footnote marks removed */
  name: string;
  /** the name cell as written */
  rawName: string;
  unit: string | null;
  category: string | null;
  attribute: '预期性' | '约束性' | null;
  /** footnote marks found after the name (①②) */
  marks: string[];
  /** signs marking the attribute (★, ▲), in the attribute cell or at the ends of the name */
  signs: string[];
  /** the row's 备注 cell */
  remark: string | null;
  baseline: TableCellValue | null;
  milestones: TableCellValue[];
  target: TableCellValue | null;
  /** row index in the expanded grid */
  row: number;
  /** the row's cells, tab-joined (as blockText gives a table row) */
  quote: string;
}

export interface ParsedTable {
  header: TableHeader;
  rows: TableIndicatorRow[];
  /** category in force after the last row (a continued table goes on with it) */
  lastCategory: string | null;
  /** texts of data rows that could not be read */
  skipped: { row: number; text: string; why: string }[];
}

const FOOTNOTE_MARKS = /[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/g;
const YEAR_IN_HEADER = new RegExp(YEAR_SOURCE);

/** The table as a full grid: a spanning cell repeats its text in every position it covers (HTML model). */
export function expandGrid(rows: TableCell[][]): string[][] {
  return spanGrid(rows)
    .slice(0, rows.length)
    .map((row) => Array.from(row, (t) => t ?? ''));
}

const clean = (s: string) => toHalfWidth(s).replace(/\s+/g, '');
const has = (words: string[], text: string) => words.some((w) => text.includes(w));
const isNumeric = (s: string) => /^[≥≤><约]?\d[\d.,]*\s*%?$/.test(clean(s));

/** What a header cell names: a role, or a value column with its year. */
function classifyHeaderCell(text: string): { role: ColumnRole; year: number | null; kind: ValueColumn['kind'] } | null {
  const t = clean(text);
  if (!t) return null;
  if (has(TABLE.serial, t) && t.length <= 4) return { role: 'serial', year: null, kind: null };
  if (has(TABLE.attribute, t) && t.length <= 6) return { role: 'attribute', year: null, kind: null };
  if (has(TABLE.unit, t) && t.length <= 6) return { role: 'unit', year: null, kind: null };
  if (TABLE.remark.includes(t)) return { role: 'remark', year: null, kind: null };
  if (isPeriodHeader(t)) return { role: 'period', year: null, kind: null };
  const y = YEAR_IN_HEADER.exec(t);
  if (y && t.length <= 16) {
    const year = parseYear(y[0]);
    if (year !== null) {
      const kind = has(TABLE.baselineWords, t) ? 'baseline' : has(TABLE.targetWords, t) ? 'target' : null;
      return { role: 'value', year, kind };
    }
  }
  if (has(TABLE.category, t) && t.length <= 6) return { role: 'category', year: null, kind: null };
  if (has(TABLE.name, t) && t.length <= 8) return { role: 'name', year: null, kind: null };
  // `“十四五”目标`: the target of the plan period, dated by its last year
  if (has(TABLE.baselineWords, t) && t.length <= 10) return { role: 'value', year: null, kind: 'baseline' };
  if (has(TABLE.targetWords, t) && t.length <= 10) return { role: 'value', year: planEnd(t), kind: 'target' };
  return null;
}

/** A header row: at least two cells name columns, none holds a plain number. */
function isHeaderRow(cells: string[]): boolean {
  const known = cells.filter((c) => classifyHeaderCell(c));
  if (cells.some((c) => isNumeric(c) && !classifyHeaderCell(c))) return false;
  return new Set(known).size >= 2;
}

/** Find the header in the first rows of a grid (a title row spanning the table may come first). */
export function findHeader(grid: string[][]): TableHeader | null {
  for (let first = 0; first < Math.min(3, grid.length); first++) {
    if (!isHeaderRow(grid[first])) continue;
    let last = first;
    // a second header row: under a spanning 目标值/年份 cell, years or words, no numbers
    while (last + 1 < grid.length && last - first < 2) {
      const next = grid[last + 1];
      const classified = next.filter((c, i) => c !== grid[last][i] && classifyHeaderCell(c));
      if (classified.length === 0 || next.some((c) => isNumeric(c) && !classifyHeaderCell(c))) break;
      last++;
    }
    const width = Math.max(...grid.slice(first, last + 1).map((r) => r.length));
    const spanned = spannedBlanks(grid, first, last, width);
    const texts: string[] = [];
    for (let c = 0; c < width; c++) {
      const parts: string[] = [];
      for (let r = first; r <= last; r++) {
        const t = (spanned.get(`${r},${c}`) ?? grid[r][c] ?? '').trim();
        if (t && !parts.includes(t)) parts.push(t);
      }
      texts.push(parts.join(' '));
    }
    const header = headerFromTexts(texts, first, last - first + 1);
    if (header) return header;
  }
  return null;
}

/**
 * A header written over two rows in plain text loses its merged cells: `基期值 | 目标值 | (blank)` over
 * `2020年 | 2023年 | 2025年`. A blank upper cell right of a value word (目标值, 基期值) with a year under it
 * belongs to that word, as the merged cell did.
 */
function spannedBlanks(grid: string[][], first: number, last: number, width: number): Map<string, string> {
  const out = new Map<string, string>();
  if (last === first) return out;
  let carried: string | null = null;
  for (let c = 0; c < width; c++) {
    const upper = (grid[first][c] ?? '').trim();
    const lower = (grid[first + 1][c] ?? '').trim();
    if (upper) {
      const k = classifyHeaderCell(upper);
      carried = k && k.role === 'value' && k.year === null ? upper : null;
    } else if (carried && YEAR_IN_HEADER.test(lower)) out.set(`${first},${c}`, carried);
    else carried = null;
  }
  return out;
}

function headerFromTexts(texts: string[], start: number, rows: number): TableHeader | null {
  const roles: ColumnRole[] = [];
  const valueColumns: ValueColumn[] = [];
  texts.forEach((text, index) => {
    // the most specific part decides (`目标值 2025年` is a value column of 2025)
    const parts = text.split(' ');
    const kinds = parts.map(classifyHeaderCell).filter((k) => k !== null);
    const value = kinds.find((k) => k.role === 'value' && k.year !== null) ?? kinds.find((k) => k.role === 'value');
    const chosen = value ?? kinds[0] ?? null;
    if (!chosen) {
      roles.push('other');
      return;
    }
    roles.push(chosen.role);
    if (chosen.role === 'value') {
      const kind = kinds.find((k) => k.kind)?.kind ?? null;
      const unitMatch = /[（(]([^（）()]+)[）)]/.exec(text);
      valueColumns.push({ index, year: chosen.year, kind, header: text, unit: unitMatch && isUnit(unitMatch[1]) ? unitMatch[1].trim() : null });
    }
  });
  let nameColumn = roles.indexOf('name');
  if (nameColumn < 0) {
    // no 指标 header: the first unclassified column before the values holds the names
    const firstValue = valueColumns[0]?.index ?? roles.length;
    nameColumn = roles.findIndex((r, i) => r === 'other' && i < firstValue);
    if (nameColumn >= 0) roles[nameColumn] = 'name';
  }
  if (nameColumn < 0 || valueColumns.length === 0) return null;
  return { start, rows, width: texts.length, roles, nameColumn, valueColumns, texts };
}

/**
 * The bracket group that ends a text (`…（件）`) as /[（(]\s*([^（）()]+?)\s*[）)]\s*$/ finds it: where it
 * starts, and its inside without the spaces around (the last space when it holds only spaces). By hand:
 * in that pattern the lazy group and the \s* beside it overlap, which was quadratic on a long run of
 * spaces. Only the bracket nearest the final one can open the group (the inside holds no brackets).
 */
function trailingBracket(text: string): { index: number; inner: string } | null {
  let close = text.length - 1;
  while (close >= 0 && /\s/.test(text[close])) close--;
  if (close < 0 || (text[close] !== '）' && text[close] !== ')')) return null;
  let open = close - 1;
  while (open >= 0 && !'（()）'.includes(text[open])) open--;
  if (open < 0 || (text[open] !== '（' && text[open] !== '(')) return null;
  const inside = text.slice(open + 1, close);
  if (inside === '') return null;
  const trimmed = inside.trim();
  return { index: open, inner: trimmed === '' ? inside[inside.length - 1] : trimmed };
}

/** Name without footnote marks and without a trailing unit in brackets; the unit and marks apart. */
export function splitName(raw: string): { name: string; unit: string | null; marks: string[] } {
  const marks = raw.match(FOOTNOTE_MARKS) ?? [];
  let name = raw.replace(FOOTNOTE_MARKS, '').trim();
  let unit: string | null = null;
  const m = trailingBracket(name);
  // in a name cell a bracket at the end holds the unit, 年 and 岁 included (平均受教育年限（年）)
  if (m && (isUnit(toHalfWidth(m.inner)) || isRatioUnit(toHalfWidth(m.inner)) || TABLE.nameUnits.has(m.inner.trim()))) {
    unit = toHalfWidth(m.inner).trim();
    name = name.slice(0, m.index).trim();
  }
  // spaces left by conversion between Chinese characters (占GDP 比重) are not part of the name
  name = name.replace(/\s+/g, (w, i: number, all: string) => (/[A-Za-z0-9]/.test(all[i - 1] ?? '') && /[A-Za-z0-9]/.test(all[i + w.length] ?? '') ? ' ' : ''));
  return { name, unit, marks };
}

function attributeOf(text: string): '预期性' | '约束性' | null {
  return attributeWord(clean(text), TABLE.attributes);
}

/**
 * A row shorter than the header lost cells under merged cells on the left (flattened text): align it
 * so that its name lands in the name column and fill the cells on the left from the row above.
 */
function alignRow(row: string[], header: TableHeader, previous: string[] | null): string[] {
  if (row.length >= header.width) return row;
  const nameAt = row.findIndex((c) => /\p{Script=Han}{2,}/u.test(c) && !attributeOf(c) && !isNumeric(c));
  const shift = nameAt >= 0 ? header.nameColumn - nameAt : header.width - row.length;
  if (shift <= 0) return [...row, ...Array(header.width - row.length).fill('')];
  const filled = [...Array.from({ length: shift }, (_, i) => previous?.[i] ?? ''), ...row];
  return [...filled, ...Array(Math.max(0, header.width - filled.length)).fill('')];
}

/** A row that only names a category (one text spanning the table, or a lone first cell, no values). */
function categoryLine(row: string[], header: TableHeader): string | null {
  const texts = [...new Set(row.map((c) => c.trim()).filter(Boolean))];
  if (texts.length !== 1) return null;
  const t = texts[0];
  if (isNumeric(t)) return null;
  const values = header.valueColumns.some((v) => (row[v.index] ?? '').trim() && row[v.index].trim() !== t);
  if (values) return null;
  return t.replace(/^(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十]+[）)]|\d+[.、])\s*/, '');
}

export interface ParseTableOptions {
  /** header of the table this one continues (a table after a page break without its own header) */
  continues?: { header: TableHeader; category: string | null };
}

/** Read an indicator table; null when the table is not one (no header with names and value columns). */
export function parseIndicatorTable(block: TableBlock, options: ParseTableOptions = {}): ParsedTable | null {
  const grid = expandGrid(block.rows);
  let header = findHeader(grid);
  let bodyStart = 0;
  if (header) {
    bodyStart = header.start + header.rows;
  } else if (options.continues && grid.length > 0) {
    header = options.continues.header;
    bodyStart = 0;
  } else {
    return null;
  }
  // a column of 约束性/预期性 cells under another header (指标类型) is the attribute column
  const byCells = attributeColumnByCells(grid.slice(bodyStart), header.roles, TABLE.attributes);
  if (byCells >= 0) header = { ...header, roles: header.roles.map((r, i) => (i === byCells ? 'attribute' : r)) };
  const rows: TableIndicatorRow[] = [];
  const skipped: ParsedTable['skipped'] = [];
  let category: string | null = header === options.continues?.header ? options.continues.category : null;
  let previous: string[] | null = null;
  const yearsSorted = [...header.valueColumns].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.index - b.index);

  for (let r = bodyStart; r < grid.length; r++) {
    const row = alignRow(grid[r], header, previous);
    if (row.every((c) => !c.trim())) continue;
    // a header repeated after a page break
    if (isHeaderRow(row)) continue;
    const cat = categoryLine(row, header);
    if (cat !== null) {
      category = cat;
      previous = row;
      continue;
    }
    const catColumn = header.roles.indexOf('category');
    if (catColumn >= 0) {
      const c = row[catColumn].trim();
      if (c) category = c;
      else row[catColumn] = category ?? '';
    }
    const rawName = row[header.nameColumn]?.trim() ?? '';
    if (!rawName || isNumeric(rawName)) {
      skipped.push({ row: r, text: row.join('\t'), why: 'no indicator name in the name column' });
      previous = row;
      continue;
    }
    // `森林覆盖率（%）★`: a sign at an end of the name marks the attribute, the unit bracket is before it
    const signless = withoutSigns(rawName);
    const { name, unit: bracketUnit, marks } = splitName(signless);
    const unitColumn = header.roles.indexOf('unit');
    const unitCell = unitColumn >= 0 ? toHalfWidth(row[unitColumn].trim()) : '';
    // a dash in the unit column (a coefficient, an index) says there is no unit
    const columnUnit = unitCell && !TABLE.emptyCells.has(unitCell.replace(/\s+/g, '')) ? unitCell : null;
    const attrColumn = header.roles.indexOf('attribute');
    const remarkColumn = header.roles.indexOf('remark');
    const cells = yearsSorted.map((v): TableCellValue => {
      const parsed = parseCellValue(row[v.index] ?? '');
      return { year: v.year, value: parsed.value, unit: parsed.unit, comparator: parsed.comparator, raw: parsed.raw, unparsed: parsed.unparsed };
    });
    const headerUnit = header.valueColumns.find((v) => v.unit)?.unit ?? null;
    const cellUnit = cells.find((c) => c.unit)?.unit ?? null;
    let unit = columnUnit ?? bracketUnit ?? headerUnit ?? cellUnit;
    // a bare scale in a cell (1.5万) with the unit from the column (件) makes 万件
    for (const c of cells) {
      if (c.unit && unit && c.unit !== unit && /^(?:万亿|千万|百万|亿|万)$/.test(c.unit)) c.unit = c.unit + unit;
      else if (!c.unit) c.unit = unit;
    }
    if (!unit) unit = null;
    const baselineIdx = yearsSorted.findIndex((v) => v.kind === 'baseline');
    // under a spanning 目标值 header the last year is the target, the others milestones
    const targetIdx = (() => {
      for (let k = yearsSorted.length - 1; k >= 0; k--) if (yearsSorted[k].kind === 'target') return k;
      return yearsSorted.length - 1;
    })();
    const bIdx = yearsSorted.length > 1 ? (baselineIdx >= 0 ? baselineIdx : 0) : -1;
    const entry: TableIndicatorRow = {
      name,
      rawName,
      unit,
      category: catColumn >= 0 || category ? category : null,
      attribute: attrColumn >= 0 ? attributeOf(row[attrColumn]) : null,
      marks,
      signs: [...(attrColumn >= 0 && isSignCell(row[attrColumn]) ? signsIn(row[attrColumn]) : []), ...(signless === rawName ? [] : signsIn(rawName.replace(signless, '')))],
      remark: remarkColumn >= 0 ? row[remarkColumn].trim() || null : null,
      baseline: bIdx >= 0 && bIdx !== targetIdx ? cells[bIdx] : null,
      milestones: cells.filter((_, i) => i !== bIdx && i !== targetIdx),
      target: cells[targetIdx] ?? null,
      row: r,
      quote: grid[r].join('\t'),
    };
    const periodColumn = header.roles.indexOf('period');
    const periodCell = periodColumn >= 0 ? parseCellValue(row[periodColumn] ?? '') : null;
    const period = periodCell ? periodTarget(header.texts[periodColumn], entry.target, periodCell) : null;
    if (period) {
      const year = entry.target?.year ?? yearsSorted[yearsSorted.length - 1]?.year ?? null;
      const c = period.cell;
      // a growth rate of the row's quantity is a target of its own name (地区生产总值年均增长, %)
      if (period.rateWord && !/增长|增速|增幅|下降|降低|提高|减少/.test(name)) entry.name = name + period.rateWord;
      if (period.rateWord) entry.unit = period.rateUnit ?? c.unit ?? '%';
      entry.target = { year, value: c.value, unit: period.rateWord ? entry.unit : (c.unit ?? unit), comparator: c.comparator, raw: c.raw, unparsed: false };
    } else if (periodCell && periodCell.raw && !TABLE.emptyCells.has(periodCell.raw.replace(/\s+/g, '')) && entry.target) {
      // the target is in its year's cell: the period figure beside it is said of the same row
      entry.remark = [entry.remark, `${header.texts[periodColumn].replace(/\s+/g, '')}：${periodCell.raw}`].filter(Boolean).join('；');
    }
    // 地区生产总值（亿元） | 3000 | 年均增长6%左右: the row's target is the level's growth
    const growth = entry.target && !entry.target.unparsed ? growthOfLevel(entry.name, entry.unit, entry.target.raw, parseCellValue(entry.target.raw).unit) : null;
    if (growth && entry.target) {
      const base = entry.baseline?.value != null ? `${entry.baseline.year ?? ''}${entry.baseline.year ? '年' : ''}：${entry.baseline.raw}${entry.unit ?? ''}` : null;
      entry.name += growth;
      entry.unit = parseCellValue(entry.target.raw).unit;
      entry.target = { ...entry.target, unit: entry.unit };
      entry.remark = [entry.remark, base].filter(Boolean).join('；') || null;
      entry.baseline = null;
      entry.milestones = [];
    }
    const tiers = entry.target?.unparsed ? tieredValues(entry.target.raw) : [];
    if (tiers.length >= 2 && entry.target) {
      // `重点城市≥30；一般城市≥15`: one indicator per tier, the qualifier in its name
      const tierOf = (raw: string) => new Map(tieredValues(raw).map((t) => [t.qualifier, t.text]));
      const baseTiers = entry.baseline?.unparsed ? tierOf(entry.baseline.raw) : new Map<string, string>();
      for (const t of tiers) {
        const v = parseCellValue(t.text);
        const bt = baseTiers.get(t.qualifier);
        const bv = bt ? parseCellValue(bt) : null;
        rows.push({
          ...entry,
          name: `${name}（${t.qualifier}）`,
          baseline: bv && entry.baseline ? { ...entry.baseline, value: bv.value, comparator: bv.comparator, raw: bt!, unparsed: false } : entry.baseline?.unparsed ? null : entry.baseline,
          target: { ...entry.target, value: v.value, unit: v.unit ?? entry.target.unit, comparator: v.comparator, raw: t.text, unparsed: false },
        });
      }
    } else rows.push(entry);
    previous = row;
  }
  return { header, rows, lastCategory: category, skipped };
}

const TIER = /^(\p{Script=Han}{1,8})\s*(?:[：:]\s*)?((?:[≥≤><＞＜]=?|[\p{Script=Han}]{0,6}?)\s*\d+(?:\.\d+)?\s*%?(?:左右|以上|以下)?)$/u;

/**
 * Tiers of one cell (`重点城市≥30；一般城市≥15`, `[成片：五年累计约110；零星：五年累计约20]`): qualifier
 * and value of each; none unless all parts are tiers.
 */
export function tieredValues(raw: string): { qualifier: string; text: string }[] {
  const inner = raw.trim().replace(/^[[【]/, '').replace(/[\]】]$/, '');
  const parts = inner.split(/[；;，,、\s]+/).filter(Boolean);
  const tiers = parts.map((p) => TIER.exec(p));
  if (tiers.length < 2 || tiers.some((t) => !t)) return [];
  return tiers.map((t) => ({ qualifier: t![1], text: t![2] }));
}

/** Footnotes of a 注 paragraph: `注：①…②…` → { ①: '…', ②: '…' }. */
export function parseNotes(text: string): Map<string, string> {
  const notes = new Map<string, string>();
  const body = text.replace(new RegExp(`^\\s*(?:${TABLE.noteStart.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`), '');
  const parts = body.split(/([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/);
  for (let i = 1; i < parts.length; i += 2) {
    const note = (parts[i + 1] ?? '').trim().replace(/[；;]$/, '');
    if (note && !notes.has(parts[i])) notes.set(parts[i], note);
  }
  // `[ ]内为五年累计数`: what the square brackets of the cells mean, for every bracketed value
  for (const sentence of body.split(/(?<=[。；;])|(?=[①-⑳])|(?<=^|\s)(?=\d{1,2}[.．、])/)) {
    const said = BRACKET_NOTE.exec(sentence.trim());
    if (said && !notes.has(BRACKETED)) notes.set(BRACKETED, sentence.trim().replace(/^(?:\d{1,2}[.．、]|[①-⑳])\s*/, '').replace(/[；;。]$/, ''));
  }
  // `标★的为约束性指标，其余为预期性指标`: what the signs of the rows mean
  for (const [sign, attribute] of signAttributes(body)) notes.set(SIGN_NOTE + sign, attribute);
  return notes;
}

/** the prefix of the keys parseNotes gives the meanings of signs (`属性★` → 约束性) */
export const SIGN_NOTE = '属性';

/** the key parseNotes gives a note on bracketed cells (no footnote mark is written so) */
export const BRACKETED = '[]';
/** a sentence that says what a bracket in a cell means: `[ ]内为五年累计数`, `带［］的为累计值` */
const BRACKET_NOTE = /^[^［\[【〔]{0,6}[［\[【〔][\s\u3000]*[］\]】〕]\s*(?:内|中)?(?:的)?(?:数据|数字|数值|指标)?(?:为|是)/;

/** A cell value written in square brackets (`[18]`, `【20】`): a figure the table's note explains. */
export function isBracketed(raw: string): boolean {
  return /^\s*[［\[【〔]/.test(raw);
}

/** A paragraph that opens the notes of a table (注：…) or goes on with them (②…). */
export function isNoteParagraph(text: string): boolean {
  const t = text.trim();
  // a line of its own saying what the signs mean (`标★的为约束性指标。`) is a note without 注
  return TABLE.noteStart.some((w) => t.startsWith(w)) || /^[①②③④⑤⑥⑦⑧⑨⑩]/.test(t) || (t.length <= 60 && signAttributes(t).size > 0);
}

/** Target year written in a table caption (`2025年主要指标`, `“十四五”…指标` → 2025), else null. */
export function captionYear(caption: string): number | null {
  const plan = planEnd(caption);
  if (plan !== null) return plan;
  const ys = findYears(caption);
  return ys.length ? Math.max(...ys.map((y) => y.year)) : null;
}

/** Last year of a five-year plan named in a short text (`“十四五”目标` → 2025), else null. */
function planEnd(text: string): number | null {
  const m = /(十[一二三四五六七八九]?|[三四五六七八九])五/.exec(text);
  if (!m) return null;
  const n = parseChineseInteger(m[1]);
  return n === null ? null : (fiveYearPlanPeriod(n)?.end ?? null);
}

/** Attribute stated for a whole table by its caption (`主要预期指标`). */
export function captionAttribute(caption: string): '预期性' | '约束性' | null {
  const t = clean(caption);
  for (const [w, a] of Object.entries(TABLE.captionAttribute)) if (t.includes(w)) return a;
  return null;
}
