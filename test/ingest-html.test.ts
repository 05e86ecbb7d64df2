import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestHtml } from '../src/ingest/html.js';
import { InputError } from '../src/errors.js';
import type { Block, ListItemBlock, ParagraphBlock, TableBlock } from '../src/ingest/blocks.js';

const SAMPLES = ['000_15d9cfafcb8c96c1', '001_7331ced31a583862', '002_0da019a67ef299a4', '003_8f351ce4ef5c39ac', '004_5d042cf0ad576120'];
const read = (name: string) => ingestHtml(readFileSync(`fixtures/html/${name}.html`), `${name}.html`);
const page = (body: string, head = '<meta charset="utf-8">') => Buffer.from(`<!DOCTYPE html><html><head>${head}<title>页面</title></head><body>${body}</body></html>`);

type TextBlock = ParagraphBlock | ListItemBlock;
const texts = (blocks: Block[]): string[] => blocks.map((b) => (b.type === 'table' ? b.rows.flat().map((c) => c.text).join(' ') : b.text));
const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.type === 'table');

// Site furniture that the fixture pages (scripts/make-fixtures.ts) put around the article.
const FURNITURE = ['首页', '政务公开', '互动交流', '当前位置', '发布日期', '浏览次数', '分享到', '打印本页', '关闭窗口', '相关链接', '关于进一步加强知识产权保护工作的通知', '版权所有', 'ICP备', '网站标识码', '网站地图', '热点专题', '门户网站'];

const ARTICLE = `<p>　　为深入实施知识产权战略，推动高质量发展，结合本地实际，制定本规划。规划期为2021年至2025年，展望到2035年。</p>
<p><strong>一、发展基础</strong></p>
<p>“十三五”期间，全市知识产权创造、运用、保护、管理和服务水平全面提升，专利申请量和授权量大幅增长，知识产权保护体系不断完善。</p>`;

function furnished(article: string, title = '某市知识产权发展规划'): Buffer {
  return page(`<div class="top"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li><li><a href="/b">办事服务</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/a">政务公开</a></div>
<div class="wrap"><h1 class="title">${title}</h1><p class="meta">发布日期：2023-01-05 来源：市场监管局</p>
<div class="content">${article}</div>
<div class="bar"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>
<div class="foot">版权所有：某市人民政府 ICP备000000号 网站标识码：0000000000</div>`);
}

async function inputError(bytes: Buffer): Promise<string> {
  try {
    await ingestHtml(bytes, 'bad.html');
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('html fixtures', () => {
  it.each(SAMPLES)('%s: the article only, in order, with site furniture reported', async (name) => {
    const r = await read(name);
    expect(r.format).toBe('html');
    expect(r.blocks.length).toBeGreaterThan(30);
    for (const t of texts(r.blocks)) for (const f of FURNITURE) expect(t).not.toContain(f);
    const dropped = r.diagnostics.find((d) => d.code === 'html.non-article-dropped');
    expect(dropped?.severity).toBe('info');
    expect(dropped?.message).toMatch(/left out \d+ text blocks/);
    expect(dropped?.actual).toContain('当前位置');
    let last = 0;
    for (const b of r.blocks) {
      expect(b.line).toBeGreaterThan(last);
      last = b.endLine;
    }
    expect(last).toBeLessThanOrEqual(r.lineCount);
  });

  it('decodes a GB18030 page that declares gb2312 (002)', async () => {
    const r = await read('002_0da019a67ef299a4');
    expect(r.encoding).toBe('gb18030');
    expect(r.blocks[2]).toMatchObject({ text: '宿政办秘〔2022〕41号' });
    // the notice lines were one <p> split by <br>
    expect(texts(r.blocks).slice(0, 2)).toEqual(['宿州市人民政府办公室关于印发', '宿州市“十四五”知识产权发展规划的通知']);
    const indicator = tables(r.blocks).find((t) => t.rows[0][0].text === '序号');
    expect(indicator?.rows[0].map((c) => c.text)).toEqual(['序号', '指标', '2021年', '2023年', '2025年', '属性']);
    expect(indicator?.rows).toHaveLength(11);
  });

  it('reads tables with rowspan and 专栏 boxes (001)', async () => {
    const r = await read('001_7331ced31a583862');
    const indicator = tables(r.blocks).find((t) => t.rows[0].some((c) => c.text === '指标名称'));
    expect(indicator?.origin).toBe('html');
    expect(indicator?.rows[3][0]).toEqual({ text: '保护', rowSpan: 2, colSpan: 1 });
    expect(indicator?.rows[4].map((c) => c.text)).toEqual(['4', '知识产权民事一审案件服判息诉率', '', '85%以上']);
    const box = tables(r.blocks).find((t) => t.rows[0][0].text.startsWith('专栏8'));
    expect(box?.rows[1][0].text).toMatch(/^拓展知识产权培训渠道/);
  });

  it('keeps h2/h3 headings and the member list (003)', async () => {
    const r = await read('003_8f351ce4ef5c39ac');
    expect(r.blocks.find((b) => b.type !== 'table' && b.text === '二、重点任务')).toMatchObject({ heading: 2 });
    expect(r.blocks.find((b) => b.type !== 'table' && b.text === '(一)实施知识产权管理创新工程')).toMatchObject({ heading: 3 });
    const member = r.blocks.find((b) => b.type === 'listItem' && b.text.includes('市人民政府市长')) as ListItemBlock;
    expect(member).toMatchObject({ number: null, depth: 0 });
  });
});

describe('finding the article', () => {
  it('puts the title that stands above the article first, and drops the furniture', async () => {
    const r = await ingestHtml(furnished(ARTICLE), 'a.html');
    expect(texts(r.blocks)).toEqual([
      '某市知识产权发展规划',
      '为深入实施知识产权战略，推动高质量发展，结合本地实际，制定本规划。规划期为2021年至2025年，展望到2035年。',
      '一、发展基础',
      '“十三五”期间，全市知识产权创造、运用、保护、管理和服务水平全面提升，专利申请量和授权量大幅增长，知识产权保护体系不断完善。',
    ]);
    expect((r.blocks[0] as TextBlock & { heading?: number }).heading).toBe(1);
    const dropped = r.diagnostics.find((d) => d.code === 'html.non-article-dropped');
    expect(dropped?.actual).toMatch(/首页.*当前位置.*发布日期.*打印本页.*版权所有/);
  });

  it('does not repeat a title the article already starts with', async () => {
    const r = await ingestHtml(furnished(`<p style="text-align:center">某市知识产权发展规划</p>${ARTICLE}`), 'a.html');
    expect(texts(r.blocks).filter((t) => t === '某市知识产权发展规划')).toHaveLength(1);
  });

  it('walks a layout table as blocks and keeps a data table inside it', async () => {
    const r = await ingestHtml(
      page(`<table><tr><td><a href="/">首页</a> <a href="/x">机构</a></td></tr><tr><td>
        <table><tr><td class="zw">${ARTICLE}<table border="1"><tr><td>指标</td><td>2025年</td></tr><tr><td>专利</td><td>5</td></tr></table></td></tr></table>
      </td></tr></table>`),
      'layout.html',
    );
    expect(r.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'table']);
    expect(tables(r.blocks)[0].rows).toEqual([
      [{ text: '指标', rowSpan: 1, colSpan: 1 }, { text: '2025年', rowSpan: 1, colSpan: 1 }],
      [{ text: '专利', rowSpan: 1, colSpan: 1 }, { text: '5', rowSpan: 1, colSpan: 1 }],
    ]);
  });

  it('splits <br> lines, numbers <ol> items as a browser shows them, skips hidden text', async () => {
    const r = await ingestHtml(
      page(`<div class="article">${ARTICLE}<div>各区人民政府，市政府各部门：<br>现将规划印发给你们，请认真贯彻执行。</div>
      <ol start="3"><li>加强组织领导。</li><li><p>强化考核评估。</p></li></ol>
      <div style="display:none">隐藏的重复正文不应出现。</div></div>`),
      'ol.html',
    );
    expect(texts(r.blocks).slice(3)).toEqual(['各区人民政府，市政府各部门：', '现将规划印发给你们，请认真贯彻执行。', '3.加强组织领导。', '4.强化考核评估。']);
    expect(r.blocks[5]).toMatchObject({ type: 'listItem', number: '3.', raw: '加强组织领导。' });
  });

  it('joins a source line break between Chinese characters without a space', async () => {
    const r = await ingestHtml(page(`<div class="content"><p>知识产权保护体系不断完善，专利申请量\n大幅增长。</p></div>`), 'nl.html');
    expect(texts(r.blocks)).toEqual(['知识产权保护体系不断完善，专利申请量大幅增长。']);
  });
});

describe('conversion debris in a page', () => {
  it('removes bookmark markers and page numbers and joins a paragraph cut by a page break', async () => {
    const r = await ingestHtml(
      page(`<div class="content"><p>[bookmark: _Toc1]一、总体目标</p>
      <p>全市专利、商标、著作权数量稳步增长，培育一批核心专利、知名商标和精</p><p>- 3 -</p>
      <p>品版权，形成一批高水平的集成电路布图设计。</p></div>`),
      'debris.html',
    );
    expect(texts(r.blocks)).toEqual(['一、总体目标', '全市专利、商标、著作权数量稳步增长，培育一批核心专利、知名商标和精品版权，形成一批高水平的集成电路布图设计。']);
    expect(r.blocks[1]).toMatchObject({ line: 2, endLine: 4 });
    expect(r.lines[2]).toBe('- 3 -');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['debris.bookmark', 'debris.page-number', 'debris.page-break-join']);
  });
});

describe('html encodings and bad input', () => {
  const text = '知识产权强市建设取得明显成效，全市知识产权创造量质齐升。';
  it('decodes GBK declared by http-equiv', async () => {
    const bytes = iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body><p>${text}</p></body></html>`, 'gbk');
    const r = await ingestHtml(bytes, 'gbk.html');
    expect(r.encoding).toBe('gb18030');
    expect(texts(r.blocks)).toEqual([text]);
  });

  it('sniffs GB18030 bytes when the page declares nothing, and reports a wrong declaration', async () => {
    const plain = await ingestHtml(iconv.encode(`<html><body><p>${text}</p></body></html>`, 'gb18030'), 'none.html');
    expect(texts(plain.blocks)).toEqual([text]);
    expect(plain.encoding).toBe('gb18030');
    const wrong = await ingestHtml(iconv.encode(`<html><head><meta charset="utf-8"></head><body><p>${text}</p></body></html>`, 'gb18030'), 'wrong.html');
    expect(texts(wrong.blocks)).toEqual([text]);
    expect(wrong.diagnostics.find((d) => d.code === 'html.charset-mismatch')?.message).toMatch(/declares charset "utf-8"/);
  });

  it('reads UTF-8 with a BOM', async () => {
    const r = await ingestHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), page(`<p>${text}</p>`, '')]), 'bom.html');
    expect(r.encoding).toBe('utf-8-bom');
    expect(texts(r.blocks)).toEqual([text]);
  });

  it('refuses an empty file, a page without text and a page of links only', async () => {
    expect(await inputError(Buffer.alloc(0))).toMatch(/empty/);
    expect(await inputError(page('<div><img src="a.png"></div>'))).toMatch(/no text/);
    expect(await inputError(page('<ul><li><a href="/">首页</a></li><li><a href="/x">政务公开</a></li></ul>'))).toMatch(/no text/);
  });

  it('refuses binary data', async () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="gbk">'), Buffer.from([0, 1, 2, 0, 0, 0, 3, 0])]);
    expect(await inputError(bytes)).toMatch(/binary/);
  });
});
