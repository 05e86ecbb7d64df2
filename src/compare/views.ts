/**
 * Comparisons as tables (columns and rows for the generic renderers) and as HTML report blocks. Text
 * formats (table, md) get one column per plan with the figures written out; file formats (csv, tsv,
 * xlsx) also get the numbers in columns of their own, so a spreadsheet can compute with them.
 */
import type { ColumnSpec, Row, RowFormat } from '../render/rows.js';
import type { BarChart, HtmlBlock, HtmlColumn, HtmlTable } from '../render/html/index.js';
import type { DocumentRef } from './documents.js';
import { cellText as indicatorCellText, chartIndicator, formatNumber, inDisplayUnit, sortValue, targetText, type IndicatorComparison } from './indicators.js';
import { numberedTitle, sectionLabel, type SectionComparison } from './sections.js';
import { untouched, type ThemeComparison } from './themes.js';
import type { TaskComparison } from './tasks.js';
import type { UnitComparison } from './units.js';
import type { PlanDiff } from './diff.js';

export interface TableView {
  id: string;
  heading: string;
  columns: HtmlColumn[];
  rows: Row[];
  /** printed under the table in table and md output, listed under it in html */
  notes: string[];
  /** keys of columns a narrow terminal table leaves out */
  optional?: string[];
}

export type OutputFormat = RowFormat | 'html';

const isFileFormat = (f: OutputFormat) => f === 'csv' || f === 'tsv' || f === 'xlsx';

/** A plan's column header: `宿州市` over `2021–2025` in a terminal, one line elsewhere. */
function docHeader(d: DocumentRef, format: OutputFormat): string {
  return format === 'table' ? d.label.replace(' ', '\n') : d.label;
}

export function documentsView(documents: DocumentRef[], titles: (string | null)[]): TableView {
  return {
    id: 'documents',
    heading: 'Plans compared',
    columns: [
      { key: 'label', header: 'plan' },
      { key: 'title', header: 'title', maxWidth: 40 },
      { key: 'path', header: 'file', maxWidth: 40 },
      { key: 'id', header: 'id (json)' },
    ],
    rows: documents.map((d, i) => ({ id: d.id, label: d.label, title: titles[i], path: d.path })),
    notes: [],
  };
}

// ---- indicators ---------------------------------------------------------------------------------

export function indicatorsView(c: IndicatorComparison, format: OutputFormat): TableView {
  const numbers = isFileFormat(format);
  const columns: HtmlColumn[] = [
    { key: 'indicator', header: 'indicator', maxWidth: 22 },
    { key: 'unit', header: 'unit' },
    { key: 'plans', header: 'plans', align: 'right' },
    { key: 'category', header: 'category', maxWidth: 10 },
  ];
  for (const d of c.documents) {
    columns.push({ key: d.id, header: docHeader(d, format), sortKey: `${d.id}#sort`, maxWidth: 22 });
    if (numbers) {
      columns.push({ key: `${d.id}#value`, header: `${d.label} target`, align: 'right' });
      columns.push({ key: `${d.id}#year`, header: `${d.label} year`, align: 'right' });
    }
  }
  const rows = c.rows.map((r) => {
    const row: Row = { indicator: r.canonicalName, unit: r.displayUnit, plans: r.plans, category: r.category };
    for (const d of c.documents) {
      const inds = r.cells[d.id];
      row[d.id] = indicatorCellText(inds, r.displayUnit);
      row[`${d.id}#sort`] = sortValue(inds, r.displayUnit);
      const main = chartIndicator(inds);
      const v = main ? inDisplayUnit(main.target, main.unit, r.displayUnit) : null;
      row[`${d.id}#value`] = v ? (Array.isArray(v.value) ? formatNumber(v.value) : v.value) : null;
      row[`${d.id}#year`] = main?.target.year ?? null;
    }
    return row;
  });
  return {
    id: 'indicators',
    heading: 'Indicators side by side',
    columns,
    rows,
    notes: [
      'cells: target (target year), ≥ > ≤ < ≈ as the plan words it, 力争 when hedged; 基线 = baseline (year); [as written] when converted into the row\'s unit',
      'plans: how many plans set the indicator; rows sorted by that, then by category',
    ],
    optional: ['category'],
  };
}

/** A bar chart per indicator that at least two plans give a number for. */
export function indicatorCharts(c: IndicatorComparison): BarChart[] {
  const charts: BarChart[] = [];
  for (const r of c.rows) {
    const bars = c.documents.flatMap((d) => {
      const ind = chartIndicator(r.cells[d.id]);
      const v = ind ? inDisplayUnit(ind.target, ind.unit, r.displayUnit) : null;
      if (!ind || !v) return [];
      const baseline = inDisplayUnit(ind.baseline, ind.unit, r.displayUnit);
      const low = Array.isArray(v.value) ? v.value[0] : v.value;
      return [
        {
          label: d.label,
          value: low,
          high: Array.isArray(v.value) ? v.value[1] : null,
          baseline: baseline && !Array.isArray(baseline.value) ? baseline.value : null,
          text: targetText(ind, r.displayUnit).replace(/ \[.*\]$/, ''),
        },
      ];
    });
    if (bars.length >= 2) charts.push({ title: r.canonicalName, unit: r.displayUnit, bars });
  }
  return charts;
}

// ---- sections -----------------------------------------------------------------------------------

export function sectionsView(c: SectionComparison, format: OutputFormat): TableView {
  const indent = format === 'html' ? '\u3000' : format === 'table' ? '  ' : false;
  const columns: HtmlColumn[] = c.documents.map((d) => ({ key: d.id, header: docHeader(d, format), maxWidth: 26 }));
  columns.push({ key: 'score', header: 'similarity', align: 'right' });
  const rows = c.rows.map((r) => {
    const row: Row = { score: r.score };
    for (const d of c.documents) row[d.id] = sectionLabel(r.cells[d.id], indent);
    return row;
  });
  return {
    id: 'sections',
    heading: 'Outlines aligned by title',
    columns,
    rows,
    notes: ['sections on one row have similar titles (TF-IDF over jieba tokens, filler words such as 加强/推进 left out); similarity: their average'],
  };
}

// ---- themes -------------------------------------------------------------------------------------

export function themesView(c: ThemeComparison, format: OutputFormat): TableView {
  const numbers = isFileFormat(format);
  const columns: HtmlColumn[] = [{ key: 'theme', header: 'theme' }];
  for (const d of c.documents) {
    if (numbers) {
      columns.push({ key: `${d.id}#tasks`, header: `${d.label} tasks`, align: 'right' });
      columns.push({ key: `${d.id}#mentions`, header: `${d.label} mentions`, align: 'right' });
      columns.push({ key: `${d.id}#indicators`, header: `${d.label} indicators`, align: 'right' });
    } else {
      columns.push({ key: d.id, header: docHeader(d, format), sortKey: `${d.id}#weight`, cellClass: (row) => (row[d.id] === '—' ? 'none' : undefined) });
    }
  }
  const rows = c.rows.map((r) => {
    const row: Row = { theme: r.theme };
    for (const d of c.documents) {
      const cell = r.cells[d.id];
      row[`${d.id}#tasks`] = cell.tasks.length;
      row[`${d.id}#mentions`] = cell.mentions.length;
      row[`${d.id}#indicators`] = cell.indicators.length;
      row[`${d.id}#weight`] = cell.tasks.length * 1000 + cell.indicators.length * 10 + cell.mentions.length;
      row[d.id] = untouched(cell) ? '—' : `T${cell.tasks.length} I${cell.indicators.length}${cell.mentions.length ? ` (+${cell.mentions.length})` : ''}`;
    }
    return row;
  });
  return {
    id: 'themes',
    heading: 'Theme coverage',
    columns,
    rows,
    notes: ['T: tasks whose title or section names the theme; I: indicators about it; (+n): further tasks that mention it in their text; —: the plan never touches the theme'],
  };
}

// ---- tasks --------------------------------------------------------------------------------------

export function tasksView(c: TaskComparison, format: OutputFormat): TableView {
  const base = c.documents.find((d) => d.id === c.base);
  const others = c.documents.filter((d) => d.id !== c.base);
  const columns: HtmlColumn[] = [{ key: 'task', header: `${base ? docHeader(base, format) : 'task'}`, maxWidth: 26 }];
  for (const d of others) columns.push({ key: d.id, header: docHeader(d, format), maxWidth: 26, sortKey: `${d.id}#score` });
  const rows = c.rows.map((r) => {
    const row: Row = { task: numberedTitle(r.task.number, r.task.title, '. ') };
    for (const d of others) {
      const ms = r.matches[d.id] ?? [];
      row[d.id] = ms.map((m) => `${m.title} (${m.score.toFixed(2)})`).join('\n');
      row[`${d.id}#score`] = ms[0]?.score ?? null;
    }
    return row;
  });
  return {
    id: 'tasks',
    heading: `Most similar tasks${base ? ` to ${base.label}` : ''}`,
    columns,
    rows,
    notes: [`score: cosine similarity of TF-IDF vectors over jieba tokens of title and text; matches below ${c.threshold} are not shown`],
  };
}

// ---- units --------------------------------------------------------------------------------------

export function unitsView(c: UnitComparison, format: OutputFormat): TableView {
  const numbers = isFileFormat(format);
  const columns: HtmlColumn[] = [
    { key: 'by', header: 'by' },
    { key: 'kind', header: 'kind of body' },
  ];
  for (const d of c.documents) {
    if (numbers) {
      columns.push({ key: `${d.id}#lead`, header: `${d.label} leads`, align: 'right' });
      columns.push({ key: `${d.id}#share`, header: `${d.label} lead share`, align: 'right' });
      columns.push({ key: `${d.id}#support`, header: `${d.label} supports`, align: 'right' });
      columns.push({ key: `${d.id}#units`, header: `${d.label} units` });
    } else {
      columns.push({ key: d.id, header: docHeader(d, format), maxWidth: 24, sortKey: `${d.id}#lead` });
    }
  }
  const typed = c.types.map((r) => ({ ...r, by: 'type of body' }));
  const fields = c.rows.map((r) => ({ ...r, by: 'field' }));
  const rows = [...typed, ...fields].map((r) => {
    const row: Row = { by: r.by, kind: r.kind };
    for (const d of c.documents) {
      const cell = r.cells[d.id];
      row[`${d.id}#lead`] = cell.lead.length;
      row[`${d.id}#share`] = cell.leadShare;
      row[`${d.id}#support`] = cell.support.length;
      row[`${d.id}#units`] = cell.units.join('、');
      row[d.id] =
        cell.units.length === 0
          ? ''
          : `leads ${cell.lead.length} (${Math.round(cell.leadShare * 100)}%)\nsupports ${cell.support.length}\n${cell.units.length} unit${cell.units.length > 1 ? 's' : ''}`;
    }
    return row;
  });
  const silent = c.documents.filter((d) => c.ledTasks[d.id] === 0).map((d) => d.label);
  return {
    id: 'units',
    heading: 'Who leads the work',
    columns,
    rows,
    notes: [
      'leads: tasks a body of this kind leads (share of the plan\'s tasks that name a lead unit); supports: tasks it supports',
      'by type of body: party committee departments, government departments, lower governments, vertical offices, enterprises, associations …; by field: what the bodies work on',
      ...(silent.length ? [`no responsible units named in: ${silent.join(', ')}`] : []),
    ],
  };
}

// ---- diff ---------------------------------------------------------------------------------------

const CLIP = 80;
const clip = (s: string | null) => (s !== null && [...s].length > CLIP ? [...s].slice(0, CLIP).join('') + '…' : s);

export function diffView(d: PlanDiff): TableView {
  return {
    id: 'diff',
    heading: 'Changes',
    columns: [
      { key: 'kind', header: 'kind' },
      { key: 'change', header: 'change' },
      { key: 'subject', header: 'what', maxWidth: 28 },
      { key: 'old', header: 'old', maxWidth: 40 },
      { key: 'new', header: 'new', maxWidth: 40 },
      { key: 'detail', header: 'detail', maxWidth: 30 },
    ],
    rows: d.changes.map((c) => ({
      kind: c.kind,
      change: c.change,
      subject: c.subject,
      // a task's whole text is in json; a table shows its start
      old: c.kind === 'task' ? clip(c.old) : c.old,
      new: c.kind === 'task' ? clip(c.new) : c.new,
      detail: c.detail,
    })),
    notes: [],
  };
}

// ---- html ---------------------------------------------------------------------------------------

export function htmlTable(v: TableView): HtmlTable {
  return { kind: 'table', id: v.id, heading: v.heading, columns: v.columns, rows: v.rows, notes: v.notes };
}

export function htmlCharts(charts: BarChart[]): HtmlBlock {
  return {
    kind: 'charts',
    id: 'charts',
    heading: 'Shared indicators',
    intro: charts.length ? 'Targets in one unit per indicator; lighter bars reach the top of a range, a dark mark shows the baseline.' : 'No indicator has figures in two or more plans.',
    charts,
  };
}

/** Columns as the row renderers take them (the html-only fields dropped). */
export function plainColumns(columns: HtmlColumn[]): ColumnSpec[] {
  return columns.map(({ key, header, align, maxWidth }) => ({ key, header, align, maxWidth }));
}
