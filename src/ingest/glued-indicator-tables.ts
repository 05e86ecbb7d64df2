/**
 * Indicator tables (专栏 boxes of national plans) whose cells a copy glued into one paragraph:
 * `指　　标2015年2020年〔累计〕属性…空气质量优良天数比率（%）76.7＞80-约束性森林蓄积量（亿立方米）151165〔14〕约束性…`.
 * The table is recognized by its own shape: a header `指标` + two or more year columns (+ a 累计 or
 * 增减 column, + 属性), then rows `name（unit）values [约束性|预期性]`. Values of adjacent cells may be
 * glued into one number (`151165〔14〕` is 151, 165 and a five-year sum of 14): a glued number is cut
 * where the row's own 累计/增减 column agrees (151 + 14 = 165), else where base and target are of one
 * size (`5456` → 54, 56). The paragraph becomes: the text before, the caption (专栏N …), the table, the
 * text after (notes), all on the paragraph's lines.
 */
import type { Block, ParagraphBlock, TableBlock, TableCell } from './blocks.js';
import type { Diagnostic } from '../schema/plan.js';
import { isUnit } from '../nlp/units.js';

// 指标 (or 指标名称) right before two to four year columns
const HEADER = /指\s*标(?:名\s*称)?\s*((?:(?:19|20)\d{2}\s*年\s*){2,4})/g;
const HEADER_YEAR = /((?:19|20)\d{2})\s*年/g;
// what a third value column after the years may be called: a five-year sum or a change
const EXTRA_COLUMN = /^([^\d。，；]{0,12}?(累计|增减|变化)[^\d。，；属]{0,4})/;
const ATTRIBUTE_HEADER = /^\s*\d?\s*属\s*性/;
const ATTRIBUTE = /^\s*(约束性|预期性)/;
const CAPTION = /专栏\s*\d{1,2}[^。；]{0,40}$/;
const MIN_ROWS = 3;
const MAX_NAME = 60;
const VALUE_START = /[\d\-－—＞＜≥≤><〔]/;
// a run of cell values: numbers with their bound words and units, empty cells, sums in 〔〕, spaces
const VALUE_RUN = /^(?:[\d.]+|[\-－—]|[＞＜≥≤><]|〔[^〕]{0,8}〕|左右|以上|以下|个百分点|百分点|[%％]|[ \u3000\t])+/;
const HAN = /[\u4e00-\u9fa5]/;

type ExtraKind = 'sum' | 'change' | null;

interface Layout {
  years: number[];
  extra: ExtraKind;
  attribute: boolean;
  /** where the header starts and the rows start */
  start: number;
  bodyStart: number;
}

interface Token {
  text: string;
  kind: 'empty' | 'sum' | 'number';
}

interface Row {
  name: string;
  unit: string | null;
  cells: string[];
  attribute: string | null;
}

export interface GluedTableScan {
  blocks: Block[];
  diagnostics: Diagnostic[];
}

/** Paragraphs holding glued indicator tables become the text before, the caption, each table and the text after. */
export function splitGluedIndicatorTables(blocks: Block[]): GluedTableScan {
  const out: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const b of blocks) {
    if (b.type !== 'paragraph' || !/指\s*标/.test(b.text)) {
      out.push(b);
      continue;
    }
    const piece = (text: string): ParagraphBlock => ({ ...b, text, raw: b.raw });
    let rest = b.text;
    for (let found = findGluedTable(rest); found; found = findGluedTable(rest)) {
      const before = rest.slice(0, found.start);
      const caption = CAPTION.exec(before);
      const prose = caption ? before.slice(0, caption.index) : before;
      if (prose.trim()) out.push(piece(prose.trim()));
      if (caption) out.push(piece(caption[0].trim()));
      out.push(tableBlock(b, found, rest.slice(found.start, found.end)));
      diagnostics.push({
        severity: 'info',
        code: 'debris.flat-table',
        message: `rebuilt an indicator table of ${found.rows.length} rows whose cells were glued into one paragraph`,
        line: b.line,
      });
      rest = rest.slice(found.end);
    }
    if (rest === b.text) out.push(b);
    else if (rest.trim()) out.push(piece(rest.trim()));
  }
  return { blocks: out, diagnostics };
}

function tableBlock(b: ParagraphBlock, found: NonNullable<ReturnType<typeof findGluedTable>>, raw: string): TableBlock {
  const { layout } = found;
  const header = ['指标', ...layout.years.map((y) => `${y}年`), ...(layout.attribute ? ['属性'] : [])];
  const body = found.rows.map((r) => [r.unit ? `${r.name}（${r.unit}）` : r.name, ...r.cells, ...(layout.attribute ? [r.attribute ?? ''] : [])]);
  const rows: TableCell[][] = [header, ...body].map((cells) => cells.map((text) => ({ text, rowSpan: 1, colSpan: 1 })));
  return { type: 'table', line: b.line, endLine: b.endLine, rows, raw, origin: 'text-glued' };
}

/** The first glued indicator table in a text: its header layout, rows and extent. */
export function findGluedTable(text: string): { layout: Layout; rows: Row[]; start: number; end: number } | null {
  HEADER.lastIndex = 0;
  for (let h = HEADER.exec(text); h; h = HEADER.exec(text)) {
    const layout = headerLayout(text, h);
    const { rows, end } = readRows(text, layout);
    if (rows.length >= MIN_ROWS) return { layout, rows, start: layout.start, end };
  }
  return null;
}

function headerLayout(text: string, h: RegExpExecArray): Layout {
  const years = [...h[1].matchAll(HEADER_YEAR)].map((m) => Number(m[1]));
  let at = h.index + h[0].length;
  let extra: ExtraKind = null;
  const e = EXTRA_COLUMN.exec(text.slice(at));
  if (e) {
    extra = e[2] === '累计' ? 'sum' : 'change';
    at += e[0].length;
  }
  const a = ATTRIBUTE_HEADER.exec(text.slice(at));
  if (a) at += a[0].length;
  return { years, extra, attribute: Boolean(a), start: h.index, bodyStart: at };
}

/** Rows one after another from the end of the header, as long as they have the row shape. */
function readRows(text: string, layout: Layout): { rows: Row[]; end: number } {
  const rows: Row[] = [];
  let pos = layout.bodyStart;
  let end = pos;
  let groupUnit: string | null = null;
  let lastAttribute: string | null = null;
  let nameStart = pos;
  for (let i = pos; i < text.length; ) {
    if (i - nameStart > MAX_NAME || /[。；]/.test(text[i])) break;
    if (!VALUE_START.test(text[i])) {
      i++;
      continue;
    }
    const run = VALUE_RUN.exec(text.slice(i));
    if (!run) {
      i++;
      continue;
    }
    const rawName = text.slice(nameStart, i);
    const unitBracket = /[（(]([^（）()]{1,8})[）)]\s*$/.exec(rawName);
    const ownUnit = unitBracket && isUnit(unitBracket[1]) ? unitBracket[1] : null;
    const tokens = tokenize(run[0], layout.extra);
    const attribute = ATTRIBUTE.exec(text.slice(i + run[0].length));
    const marked = tokens.some((t) => t.kind !== 'number' || /^[＞＜≥≤><]/.test(t.text));
    // a row's values follow its unit, or read as cells by themselves; else the digits belong to the name (a footnote mark, 1.)
    if (!ownUnit && !attribute && !(marked && tokens.length >= 2)) {
      i += run[0].length;
      continue;
    }
    const cells = assignCells(tokens, layout, ownUnit ?? groupUnit);
    const name = cleanRowName(ownUnit ? rawName.slice(0, unitBracket!.index) : rawName);
    // 注：, 说明： open the notes under the table: no row
    if (!cells || !HAN.test(name.text) || /[：:]/.test(name.text)) break;
    if (name.unit) groupUnit = name.unit;
    else if (ownUnit) groupUnit = null;
    lastAttribute = attribute ? attribute[1] : lastAttribute;
    rows.push({ name: name.text, unit: ownUnit ?? name.unit ?? groupUnit, cells: cells.cells, attribute: lastAttribute });
    i += run[0].length + (attribute ? attribute[0].length : 0);
    // a serial or footnote digit read with the values belongs to the next row's name
    i -= cells.leftover;
    nameStart = i;
    end = i;
  }
  return { rows, end };
}

/** The name of a row: the last numbered category label, serials and footnote digits removed; a unit bracket inside it is its group's unit. */
function cleanRowName(raw: string): { text: string; unit: string | null } {
  let s = raw.replace(/[\s\u3000]+/g, '');
  let unit: string | null = null;
  // `主要污染物排放总量减少（%）化学需氧量`: the group row named the unit of the rows under it
  const group = /^(.*)[（(]([^（）()]{1,8})[）)](?=[^（）()]+$)/.exec(s);
  if (group && isUnit(group[2])) {
    unit = group[2];
    s = s.slice(group[0].length);
  }
  const numbered = [...s.matchAll(/\d{1,2}[.．、](?=\D)/g)].pop();
  if (numbered) s = s.slice(numbered.index + numbered[0].length);
  s = s.replace(/^\d{1,2}(?=[\u4e00-\u9fa5])/, '').replace(/(?<=[\u4e00-\u9fa5）])\d(?=[\u4e00-\u9fa5])/g, '');
  return { text: s, unit };
}

function tokenize(run: string, extra: ExtraKind): Token[] {
  const tokens: Token[] = [];
  const re = /〔\s*([^〕]*?)\s*〕|[\-－—](?=[\d.])[\d.]+(?:个百分点|百分点|[%％])?|[\-－—]|[＞＜≥≤><]?[\d.]+(?:左右|以上|以下)?(?:个百分点|百分点|[%％])?/g;
  for (const m of run.matchAll(re)) {
    const t = m[0];
    if (t.startsWith('〔')) tokens.push({ text: m[1] ? t : '-', kind: m[1] ? 'sum' : 'empty' });
    else if (/^[\-－—]$/.test(t)) tokens.push({ text: t, kind: 'empty' });
    else if (/^[\-－—]/.test(t)) {
      // a minus sign only in a change column after a value; otherwise an empty cell, then a number
      if (extra === 'change' && tokens.length > 0 && tokens[tokens.length - 1].kind === 'number') tokens.push({ text: t, kind: 'number' });
      else tokens.push({ text: t[0], kind: 'empty' }, { text: t.slice(1), kind: 'number' });
    } else tokens.push({ text: t, kind: 'number' });
  }
  return tokens;
}

interface Candidate {
  tokens: Token[];
  split: boolean;
}

/**
 * The cells of a row (one per year column) from its value tokens: glued numbers cut, a footnote digit
 * before or a serial after dropped (leftover: characters to give back to the next row).
 */
function assignCells(tokens: Token[], layout: Layout, unit: string | null): { cells: string[]; leftover: number } | null {
  const columns = layout.years.length + (layout.extra ? 1 : 0);
  const bare = (t: Token | undefined) => t !== undefined && t.kind === 'number' && /^\d{1,2}[.．]?$/.test(t.text);
  const candidates: Candidate[] = [{ tokens, split: false }];
  tokens.forEach((t, k) => {
    if (t.kind !== 'number') return;
    for (const parts of [2, 3]) for (const cut of cutNumber(t.text, parts)) candidates.push({ tokens: [...tokens.slice(0, k), ...cut.map((text) => ({ text, kind: 'number' as const })), ...tokens.slice(k + 1)], split: true });
  });
  let best: { cells: string[]; score: number; leftover: number } | null = null;
  for (const c of candidates) {
    let list = c.tokens;
    let leftover = 0;
    // a footnote digit before the values, the serial of the next row after them
    if (list.length > columns && bare(list[0]) && list[0].text.length === 1) list = list.slice(1);
    if (list.length > columns && bare(list[list.length - 1])) {
      leftover = list[list.length - 1].text.length;
      list = list.slice(0, -1);
    }
    const placed = place(list, layout);
    if (!placed) continue;
    const score = plausibility(placed, layout, unit, c.split);
    if (score !== null && (best === null || score < best.score)) best = { cells: placed, score, leftover };
  }
  if (!best) return null;
  return { cells: targetCells(best.cells, layout), leftover: best.leftover };
}

/** Tokens to columns: year columns first, then the extra column (a missing trailing extra cell is empty). */
function place(tokens: Token[], layout: Layout): string[] | null {
  const years = layout.years.length;
  const columns = years + (layout.extra ? 1 : 0);
  const list = tokens.length === columns - 1 && layout.extra ? [...tokens, { text: '', kind: 'empty' as const }] : tokens;
  if (list.length !== columns) return null;
  for (let k = 0; k < list.length; k++) {
    const t = list[k];
    const inExtra = k >= years;
    // a five-year sum goes only in the 累计 column; a change (%, 个百分点) only in the 增减 column
    if (t.kind === 'sum' && !(inExtra && layout.extra === 'sum')) return null;
    if (!inExtra && t.kind === 'number' && /(?:百分点|[%％])$/.test(t.text) && layout.extra === 'change') return null;
    if (inExtra && layout.extra === 'change' && t.kind === 'number' && /(?:左右|以上|以下)$/.test(t.text)) return null;
  }
  // an empty cell as written is `-`; the cell left out at the end stays ''
  return list.map((t) => (t.kind === 'empty' && t.text !== '' ? '-' : t.text));
}

const numberOf = (cell: string): number | null => {
  const m = /-?\d+(?:\.\d+)?/.exec(cell.replace(/[－—]/, '-'));
  return m && !/^[\-－—]$/.test(cell) ? Number(m[0]) : null;
};

/** Lower is better; null: impossible. A cut number must agree with the row's sum or change column, else be of one size with its neighbour. */
function plausibility(cells: string[], layout: Layout, unit: string | null, split: boolean): number | null {
  const years = layout.years.length;
  const values = cells.slice(0, years).map(numberOf);
  if (unit === '%' && values.some((v) => v !== null && v > 100)) return null;
  const base = values[0];
  const target = values[years - 1];
  const extra = layout.extra ? cells[years] : '';
  const x = layout.extra ? numberOf(extra.replace(/[〔〕]/g, '')) : null;
  let agrees: boolean | null = null;
  if (base !== null && target !== null && x !== null) {
    if (layout.extra === 'sum') agrees = Math.abs(base + x - target) <= Math.max(0.05, Math.abs(target) * 0.01);
    else if (/[%％]$/.test(extra) && unit !== '%') agrees = Math.abs(base * (1 + x / 100) - target) <= Math.abs(target) * 0.02;
    else agrees = Math.abs(target - base - x) <= 0.051;
  }
  // a cell left out at the end is rarer than two cells glued together
  const padded = layout.extra !== null && cells[years] === '' ? 1.5 : 0;
  if (!split) return padded + (agrees === false ? 1 : 0);
  if (agrees === true) return 0.5;
  if (agrees === false || base === null || target === null || base <= 0 || target <= 0) return null;
  const spread = Math.abs(Math.log(target / base));
  return spread < 1 ? 1 + spread + padded : null;
}

/** Every way to cut a glued number (`151165`, `＞432个百分点`) into `parts` numbers; a bound before goes with the first, words after with the last. */
function cutNumber(text: string, parts: number): string[][] {
  const m = /^([＞＜≥≤><]?)([\d.]+)(.*)$/.exec(text);
  if (!m) return [];
  const [, prefix, digits, suffix] = m;
  // longer runs are no two or three glued cells (and would cost a cut at every digit)
  if (digits.length < parts + 1 || digits.length > 16) return [];
  const out: string[][] = [];
  const valid = (s: string) => /^(?:0|[1-9]\d*)(?:\.\d+)?$/.test(s);
  const cuts = (from: number, left: number): string[][] => {
    if (left === 1) return valid(digits.slice(from)) ? [[digits.slice(from)]] : [];
    const res: string[][] = [];
    for (let k = from + 1; k < digits.length; k++) {
      const head = digits.slice(from, k);
      if (!valid(head)) continue;
      for (const rest of cuts(k, left - 1)) res.push([head, ...rest]);
    }
    return res;
  };
  for (const c of cuts(0, parts)) {
    c[0] = prefix + c[0];
    c[c.length - 1] += suffix;
    out.push(c);
  }
  return out;
}

/** A row whose target cell is empty and whose five-year sum is given: the sum is the target (`--〔18〕`). */
function targetCells(cells: string[], layout: Layout): string[] {
  const years = layout.years.length;
  const yearCells = cells.slice(0, years);
  if (layout.extra === 'sum' && yearCells[years - 1] === '-' && /〔[^〕]+〕/.test(cells[years] ?? '')) yearCells[years - 1] = cells[years];
  return yearCells;
}
