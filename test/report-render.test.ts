import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { chartSvg, escapeHtml, renderHtmlReport } from '../src/render/html/index.js';
import { fitWidths, renderTable, wrapToWidth } from '../src/render/rows.js';

describe('html report renderer', () => {
  it('escapes text, keeps line breaks, marks empty cells and gives sort values', () => {
    const html = renderHtmlReport({
      title: '<b>比较</b>',
      blocks: [
        {
          kind: 'table',
          id: 't',
          heading: 'T & U',
          columns: [
            { key: 'name', header: '名称' },
            { key: 'v', header: '值', align: 'right', sortKey: 'n', cellClass: (r) => (r.v === '—' ? 'none' : undefined) },
          ],
          rows: [
            { name: 'a"b', v: '≥5\n基线 1', n: 5 },
            { name: 'c', v: '—', n: null },
            { name: 'd', v: '', n: null },
          ],
        },
      ],
    });
    expect(html).toContain('<title>&lt;b&gt;比较&lt;/b&gt;</title>');
    expect(html).toContain('<th scope="row" data-sort="a&quot;b">a&quot;b</th>');
    expect(html).toContain('<td class="num" data-sort="5">≥5<br>基线 1</td>');
    expect(html).toContain('<td class="num none" data-sort="">—</td>');
    expect(html).toContain('<td class="num empty" data-sort=""></td>');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/https?:\/\//);
    expect(escapeHtml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
  });

  it('draws bars to scale, ranges to their high end and a baseline mark', () => {
    const svg = chartSvg({
      title: '指标',
      unit: '件',
      bars: [
        { label: '甲', value: 10, text: '10' },
        { label: '乙', value: 5, high: 8, baseline: 2, text: '5–8' },
        { label: '丙', value: null, text: '' },
      ],
    });
    const widths = [...svg.matchAll(/<rect class="bar[^"]*" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([230, 115, 69]);
    expect(svg.match(/class="baseline" x1="([\d.]+)"/)![1]).toBe('166');
    expect(svg).toContain('<figcaption>指标（件）</figcaption>');
    expect(svg).toContain('>—</text>');
  });
});

describe('terminal tables by display width', () => {
  it('wraps CJK text by width, at a space or 、 when there is one', () => {
    expect(wrapToWidth('每万人口高价值发明专利拥有量', 10)).toBe('每万人口高\n价值发明专\n利拥有量');
    expect(wrapToWidth('力争30 (2020)', 10)).toBe('力争30\n(2020)');
    expect(wrapToWidth('甲、乙、丙丁', 8)).toBe('甲、乙、\n丙丁');
    expect(wrapToWidth('  (一)知识产权创造有效', 12)).toBe('  (一)知识产\n权创造有效');
    for (const line of wrapToWidth('知识产权质押融资金额 基线 0.35 (2020)', 7).split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(7);
  });

  it('narrows the widest columns until the table fits', () => {
    const w = [30, 10, 20];
    fitWidths(w, 50);
    expect(w.reduce((a, b) => a + b, 0) + w.length + 1).toBe(50);
    expect(w[1]).toBe(10);
    const floor = [9, 9];
    fitWidths(floor, 5);
    expect(floor).toEqual([8, 8]);
  });

  it('keeps every line of a coloured, wrapped CJK table at one width', () => {
    const out = renderTable(
      [
        { key: 'a', header: '指标名称很长的列' },
        { key: 'b', header: '宿州市\n2021–2025' },
      ],
      [{ a: '每万人口高价值发明专利拥有量', b: '2 (2025)\n基线 1 (2021)' }],
      { color: true, width: 24, wrapByWidth: true },
    );
    const plain = out.replace(/\x1b\[[0-9;]*m/g, '');
    const widths = new Set(plain.trimEnd().split('\n').map((l) => stringWidth(l)));
    expect([...widths]).toEqual([24]);
    expect(plain).not.toContain('…');
    // the first column of the body, read top to bottom, is the whole name
    const body = plain.split('\n').filter((l) => l.startsWith('│')).slice(2);
    expect(body.map((l) => l.split('│')[1].trim()).join('')).toBe('每万人口高价值发明专利拥有量');
  });
});
