/**
 * A self-contained HTML report: tables (sortable by clicking a header) and horizontal bar charts as
 * inline SVG, with inline CSS and JS only. No network: no fonts, CDNs or images from elsewhere, and a
 * Content-Security-Policy that forbids them. Readable on a phone (tables scroll sideways with the first
 * column fixed, charts stack) and printable (print CSS). Like rows.ts, this module knows nothing about
 * planning documents: the caller gives headings, columns, rows and bars.
 */
import { cellText, type CellValue, type ColumnSpec, type Row } from '../rows.js';
import { REPORT_CSS, REPORT_JS } from './assets.js';

export interface HtmlColumn extends ColumnSpec {
  /** key of the row value used for sorting by this column (default: the shown value) */
  sortKey?: string;
  /** extra CSS class of a cell, from its row (e.g. "none" for an empty coverage cell) */
  cellClass?: (row: Row) => string | undefined;
}

export interface HtmlTable {
  kind: 'table';
  id: string;
  heading: string;
  intro?: string;
  columns: HtmlColumn[];
  rows: Row[];
  notes?: string[];
}

export interface Bar {
  label: string;
  /** bar length; null draws no bar (the label stays, marked "—") */
  value: number | null;
  /** upper end of a range (value is the lower end) */
  high?: number | null;
  /** a marker for where it started */
  baseline?: number | null;
  /** text after the bar */
  text: string;
}

export interface BarChart {
  title: string;
  unit: string | null;
  bars: Bar[];
}

export interface HtmlCharts {
  kind: 'charts';
  id: string;
  heading: string;
  intro?: string;
  charts: BarChart[];
}

export type HtmlBlock = HtmlTable | HtmlCharts;

export interface HtmlReport {
  title: string;
  subtitle?: string;
  lang?: string;
  blocks: HtmlBlock[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Text with its line breaks kept. */
function textHtml(s: string): string {
  return escapeHtml(s).replace(/\r?\n/g, '<br>');
}

export function renderHtmlReport(report: HtmlReport): string {
  const nav = report.blocks.length > 1 ? `<nav><ul>${report.blocks.map((b) => `<li><a href="#${escapeHtml(b.id)}">${escapeHtml(b.heading)}</a></li>`).join('')}</ul></nav>` : '';
  const body = report.blocks.map((b) => (b.kind === 'table' ? tableHtml(b) : chartsHtml(b))).join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(report.lang ?? 'zh-CN')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="planlens">
<title>${escapeHtml(report.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(report.title)}</h1>${report.subtitle ? `<p class="subtitle">${escapeHtml(report.subtitle)}</p>` : ''}${nav}</header>
<main>
${body}
</main>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}

function sortValue(v: CellValue): string {
  if (typeof v === 'number') return String(v);
  return cellText(v);
}

function tableHtml(t: HtmlTable): string {
  const head = t.columns
    .map((c) => `<th scope="col" class="${c.align === 'right' ? 'num' : ''}"><button type="button" class="sort" title="sort">${textHtml(c.header)}<span class="arrow" aria-hidden="true"></span></button></th>`)
    .join('');
  const rows = t.rows
    .map((r) => {
      const cells = t.columns.map((c, i) => {
        const text = cellText(r[c.key]);
        const classes = [c.align === 'right' ? 'num' : '', text === '' ? 'empty' : '', c.cellClass?.(r) ?? ''].filter(Boolean).join(' ');
        const sort = c.sortKey !== undefined ? sortValue(r[c.sortKey]) : sortValue(r[c.key]);
        const attrs = `${classes ? ` class="${classes}"` : ''} data-sort="${escapeHtml(sort)}"`;
        return i === 0 ? `<th scope="row"${attrs}>${textHtml(text)}</th>` : `<td${attrs}>${textHtml(text)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const notes = t.notes?.length ? `<ul class="notes">${t.notes.map((n) => `<li>${textHtml(n)}</li>`).join('')}</ul>` : '';
  return `<section id="${escapeHtml(t.id)}">
<h2>${escapeHtml(t.heading)}</h2>${t.intro ? `<p>${textHtml(t.intro)}</p>` : ''}
<div class="table-wrap"><table class="sortable">
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table></div>${notes}
</section>`;
}

function chartsHtml(c: HtmlCharts): string {
  return `<section id="${escapeHtml(c.id)}">
<h2>${escapeHtml(c.heading)}</h2>${c.intro ? `<p>${textHtml(c.intro)}</p>` : ''}
<div class="charts">
${c.charts.map(chartSvg).join('\n')}
</div>
</section>`;
}

const fmt = (x: number) => String(Math.round(x * 100) / 100);

/** One horizontal bar chart: a row per bar, label left, bar, text right; ranges drawn lighter to their high end. */
export function chartSvg(chart: BarChart): string {
  const rowHeight = 26;
  const labelWidth = 120;
  const textWidth = 110;
  const barWidth = 230;
  const width = labelWidth + barWidth + textWidth;
  const height = chart.bars.length * rowHeight + 8;
  const max = Math.max(0, ...chart.bars.flatMap((b) => [b.value ?? 0, b.high ?? 0, b.baseline ?? 0]));
  const scale = (x: number) => (max > 0 ? (Math.max(0, x) / max) * barWidth : 0);
  const rows = chart.bars
    .map((b, i) => {
      const y = 4 + i * rowHeight;
      const mid = y + rowHeight / 2;
      const parts = [`<text class="label" x="${labelWidth - 6}" y="${mid}" text-anchor="end" dominant-baseline="middle">${escapeHtml(b.label)}</text>`];
      if (b.value !== null) {
        const w = scale(b.value);
        parts.push(`<rect class="bar" x="${labelWidth}" y="${y + 4}" width="${fmt(Math.max(w, 1))}" height="${rowHeight - 8}" rx="2"><title>${escapeHtml(`${b.label}: ${b.text}`)}</title></rect>`);
        if (b.high !== undefined && b.high !== null && b.high > b.value) {
          parts.push(`<rect class="bar range" x="${fmt(labelWidth + w)}" y="${y + 4}" width="${fmt(scale(b.high) - w)}" height="${rowHeight - 8}" rx="2"/>`);
        }
      }
      if (b.baseline !== undefined && b.baseline !== null) {
        const x = fmt(labelWidth + scale(b.baseline));
        parts.push(`<line class="baseline" x1="${x}" x2="${x}" y1="${y + 1}" y2="${y + rowHeight - 1}"><title>baseline ${fmt(b.baseline)}</title></line>`);
      }
      const end = labelWidth + (b.value === null ? 0 : scale(Math.max(b.value, b.high ?? 0))) + 6;
      parts.push(`<text class="value" x="${fmt(end)}" y="${mid}" dominant-baseline="middle">${escapeHtml(b.value === null ? '—' : b.text)}</text>`);
      return `<g>${parts.join('')}</g>`;
    })
    .join('');
  const caption = `${chart.title}${chart.unit ? `（${chart.unit}）` : ''}`;
  return `<figure class="chart"><figcaption>${escapeHtml(caption)}</figcaption><svg class="chart" role="img" aria-label="${escapeHtml(caption)}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">${rows}</svg></figure>`;
}
