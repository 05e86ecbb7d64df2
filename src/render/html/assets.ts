/** Inline CSS and JS of the HTML report (kept here so index.ts reads as structure). */

export const REPORT_CSS = `
:root { --fg: #1f2328; --muted: #656d76; --line: #d0d7de; --head: #f6f8fa; --accent: #0969da; --bar: #2f81f7; --range: #9ec5fe; --none: #fff1f0; --none-fg: #cf222e; --bg: #fff; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #8d96a0; --line: #30363d; --head: #161b22; --accent: #4493f8; --bar: #4493f8; --range: #1f4f8f; --none: #3d1d20; --none-fg: #ff7b72; --bg: #0d1117; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.5 system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
header, main { max-width: 1400px; margin: 0 auto; padding: 0 16px; }
header { padding-top: 16px; }
h1 { font-size: 1.5em; margin: 0.3em 0; }
h2 { font-size: 1.2em; margin: 1.6em 0 0.5em; border-bottom: 1px solid var(--line); padding-bottom: 0.2em; }
.subtitle { color: var(--muted); margin: 0 0 0.5em; }
nav ul { list-style: none; padding: 0; margin: 0.5em 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
nav a { color: var(--accent); text-decoration: none; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: separate; border-spacing: 0; width: 100%; font-size: 13px; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); border-right: 1px solid var(--line); vertical-align: top; text-align: left; }
tr > :last-child { border-right: 0; }
tbody tr:last-child > * { border-bottom: 0; }
thead th { background: var(--head); position: sticky; top: 0; z-index: 2; white-space: nowrap; }
tbody th { font-weight: 600; background: var(--bg); position: sticky; left: 0; z-index: 1; min-width: 9em; max-width: 18em; }
thead th:first-child { left: 0; z-index: 3; }
td { min-width: 7em; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.empty { background: repeating-linear-gradient(135deg, transparent 0 6px, var(--head) 6px 8px); }
td.none { background: var(--none); color: var(--none-fg); font-weight: 600; text-align: center; }
tbody tr:hover > * { background-color: var(--head); }
button.sort { all: unset; cursor: pointer; font-weight: 600; display: inline-flex; gap: 4px; align-items: baseline; }
button.sort:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.arrow::after { content: "↕"; color: var(--muted); font-size: 0.8em; }
th[aria-sort="ascending"] .arrow::after { content: "▲"; color: var(--accent); }
th[aria-sort="descending"] .arrow::after { content: "▼"; color: var(--accent); }
.notes { color: var(--muted); font-size: 12px; padding-left: 1.2em; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 12px; }
figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart { display: block; max-width: 100%; height: auto; font-size: 12px; }
svg.chart .label, svg.chart .value { fill: var(--fg); }
svg.chart .bar { fill: var(--bar); }
svg.chart .bar.range { fill: var(--range); }
svg.chart .baseline { stroke: var(--fg); stroke-width: 2; }
@media (max-width: 640px) {
  body { font-size: 13px; }
  header, main { padding: 0 8px; }
  th, td { padding: 4px 6px; }
  tbody th { min-width: 7em; max-width: 11em; }
  td { min-width: 5.5em; }
  .charts { grid-template-columns: 1fr; }
}
@media print {
  :root { --fg: #000; --muted: #444; --line: #999; --head: #eee; --bg: #fff; }
  body { font-size: 10pt; }
  header, main { max-width: none; padding: 0; }
  nav, .arrow { display: none; }
  .table-wrap { overflow: visible; border: 0; }
  table { font-size: 9pt; }
  thead { display: table-header-group; }
  thead th, tbody th { position: static; }
  tr, figure.chart { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; }
  .charts { grid-template-columns: repeat(2, 1fr); }
  td.empty { background: none; }
}
`;

/**
 * Sorting: a click on a header sorts the body rows by that column's data-sort values, numerically when
 * every non-empty value is a number, else by Chinese collation; again reverses; empty cells stay last.
 */
export const REPORT_JS = `
(function () {
  'use strict';
  var collator = new Intl.Collator('zh-CN', { numeric: true });
  function sortTable(table, col, th) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var values = rows.map(function (r) { var c = r.cells[col]; return c ? c.getAttribute('data-sort') || '' : ''; });
    var numeric = values.every(function (v) { return v === '' || !isNaN(Number(v)); });
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    var order = rows.map(function (r, i) { return i; });
    order.sort(function (a, b) {
      var x = values[a], y = values[b];
      if (x === '' || y === '') return x === y ? a - b : (x === '' ? 1 : -1);
      var d = numeric ? Number(x) - Number(y) : collator.compare(x, y);
      return d === 0 ? a - b : d * dir;
    });
    Array.prototype.forEach.call(th.parentNode.children, function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    order.forEach(function (i) { body.appendChild(rows[i]); });
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      var button = th.querySelector('button.sort');
      if (button) button.addEventListener('click', function () { sortTable(table, col, th); });
    });
  });
})();
`;
