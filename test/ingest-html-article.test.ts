// Small government pages whose plan is mostly a table, split over sibling elements, or ends in a 附件
// list: the article is found by where the text is (article-descent.ts), whatever the site's class names.
import iconv from 'iconv-lite';
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { ingestHtml } from '../src/ingest/html.js';
import { descendToArticle, isRunningSentence } from '../src/ingest/article-descent.js';
import { attachmentListReader } from '../src/ingest/attachment-list.js';
import type { Block, ParagraphBlock, TableBlock } from '../src/ingest/blocks.js';

const CHROME_TOP = `<div class="top"><a href="/">首页</a> <a href="/zw">政务公开</a> <a href="/bs">办事服务</a> <a href="/hd">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zw">政务公开</a> &gt; 通知公告</div>`;
const CHROME_BOTTOM = `<div class="share">分享到：<a>微信</a> <a>微博</a></div><div class="tools">【打印本页】 【关闭窗口】</div>
<div class="links">相关链接：<a href="/a">关于做好春季农业生产工作的通知</a></div>
<div class="footer"><p>主办单位：某某县人民政府办公室</p><p>版权所有 某某县人民政府 ICP备00000000号</p></div>`;
const CHROME = ['首页', '当前位置', '分享到', '打印本页', '相关链接', '版权所有', '主办单位'];
const HEAD = '<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th></tr>';
const TASK_ROWS = `<tr><td>1</td><td>新建高标准农田1.5万亩，配套完善灌排设施。</td><td>县农业农村局</td><td>县财政局、县水利局</td></tr>
<tr><td>2</td><td>农村卫生厕所普及率达到92%以上。</td><td>县农业农村局</td><td>县卫生健康局</td></tr>
<tr><td>3</td><td>新改建农村公路40公里。</td><td>县交通运输局</td><td>县发展改革委</td></tr>
<tr><td>4</td><td>每个乡镇建成1所区域养老服务中心，提供日间照料服务。</td><td>县民政局</td><td>县财政局</td></tr>
<tr><td>5</td><td>集体经济年收入10万元以上的村占比达到65%。</td><td>县委组织部</td><td>县农业农村局</td></tr>`;

const page = (body: string, charset = 'utf-8') =>
  `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>页面</title></head><body>${body}</body></html>`;
const read = (html: string | Buffer) => ingestHtml(typeof html === 'string' ? Buffer.from(html) : html, 'page.html');
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.type === 'table');
const paragraphs = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'table' ? [] : [b.text]));
const allText = (blocks: Block[]) => blocks.map((b) => (b.type === 'table' ? b.rows.flat().map((c) => c.text).join(' ') : b.text)).join('\n');

function expectNoChrome(blocks: Block[], dropped: string | undefined): void {
  const text = allText(blocks);
  for (const c of CHROME) expect(text).not.toContain(c);
  expect(dropped).toContain('当前位置'); // reported, not silently lost
}

describe('html pages whose plan is mostly a table', () => {
  it('a title, one lead-in sentence and a 任务分工 table: the sentence stays and the table is one table', async () => {
    const r = await read(page(`${CHROME_TOP}<div class="main"><h1>某某县2026年乡村振兴重点任务分工方案</h1>
<div class="info">发布时间：2026-03-02</div><div id="zoom"><p>为抓好全县乡村振兴工作落实，现将重点任务分工如下。</p>
<table border="1">${HEAD}${TASK_ROWS}</table></div></div>${CHROME_BOTTOM}`));
    expect(paragraphs(r.blocks)).toEqual(['某某县2026年乡村振兴重点任务分工方案', '为抓好全县乡村振兴工作落实，现将重点任务分工如下。']);
    expect(tables(r.blocks)).toHaveLength(1);
    expect(tables(r.blocks)[0].rows).toHaveLength(6);
    expect(tables(r.blocks)[0].rows[3].map((c) => c.text)).toEqual(['3', '新改建农村公路40公里。', '县交通运输局', '县发展改革委']);
    expectNoChrome(r.blocks, r.diagnostics.find((d) => d.code === 'html.non-article-dropped')?.actual);
  });

  it('a content element holding only an indicator table: read as a table, not as one paragraph per cell', async () => {
    const r = await read(page(`${CHROME_TOP}<div class="wrap"><h2>某某市2026年民生实事主要指标</h2><div class="body-text"><table>
<tr><th>序号</th><th>指标</th><th>单位</th><th>2026年目标</th></tr><tr><td>1</td><td>城镇新增就业</td><td>万人</td><td>3.2</td></tr>
<tr><td>2</td><td>新增公办幼儿园学位</td><td>个</td><td>3000</td></tr><tr><td>3</td><td>新增养老床位</td><td>张</td><td>1200</td></tr></table></div></div>${CHROME_BOTTOM}`));
    expect(paragraphs(r.blocks)).toEqual(['某某市2026年民生实事主要指标']);
    expect(tables(r.blocks)[0].rows.map((row) => row[1].text)).toEqual(['指标', '城镇新增就业', '新增公办幼儿园学位', '新增养老床位']);
  });

  it('the lead-in and the closing paragraph in sibling elements of the table element are kept', async () => {
    const r = await read(page(`${CHROME_TOP}<div class="box"><div class="a"><p>经研究，现将2026年城市更新重点任务分解如下：</p></div>
<div class="b"><table>${HEAD}${TASK_ROWS}</table></div><div class="c"><p>各牵头单位每半年报送一次进展情况。</p></div></div>
${CHROME_BOTTOM}<div class="foot"><p>本站建议使用1280×800以上分辨率浏览，感谢您的访问。</p></div>`));
    expect(paragraphs(r.blocks)).toEqual(['经研究，现将2026年城市更新重点任务分解如下：', '各牵头单位每半年报送一次进展情况。']);
    expect(tables(r.blocks)).toHaveLength(1);
    expect(r.diagnostics.find((d) => d.code === 'html.non-article-dropped')?.actual).toContain('本站建议使用');
  });

  it('a content div inside layout tables: its paragraphs and its data table, in order', async () => {
    const r = await read(page(`<table width="1000"><tr><td>${CHROME_TOP}</td></tr><tr><td><table width="100%"><tr><td class="lm">规划计划</td></tr><tr><td class="bt">某某区2026年优化营商环境行动方案</td></tr><tr><td><div class="TRS_Editor">
<p>为持续优化营商环境，结合本区实际，制定本方案。</p><p>一、重点任务</p><table border="1">${HEAD}${TASK_ROWS}</table>
<p>二、保障措施</p><p>各部门每季度末报送工作进展。</p></div></td></tr></table></td></tr><tr><td>${CHROME_BOTTOM}</td></tr></table>`));
    // the title stands above the article in a cell of no telling name: it ends in its genre (方案)
    expect(paragraphs(r.blocks)).toEqual(['某某区2026年优化营商环境行动方案', '为持续优化营商环境，结合本区实际，制定本方案。', '一、重点任务', '二、保障措施', '各部门每季度末报送工作进展。']);
    expect((r.blocks[0] as ParagraphBlock).heading).toBe(1);
    expect(r.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'table', 'paragraph', 'paragraph']);
    expectNoChrome(r.blocks, r.diagnostics.find((d) => d.code === 'html.non-article-dropped')?.actual);
  });

  it('a one-column table framing a short article (no heading, no nested table) is a frame, not a table', async () => {
    const r = await read(page(`<table width="960"><tr><td>${CHROME_TOP}</td></tr><tr><td class="zw">
<p>为加快补齐农村养老服务短板，制定本方案。</p><p>一、到2026年底，乡镇区域养老服务中心覆盖率达到60%。</p><p>二、县民政局牵头，县财政局配合，落实运营补贴。</p></td></tr></table>${CHROME_BOTTOM}`));
    expect(tables(r.blocks)).toHaveLength(0);
    expect(paragraphs(r.blocks)).toEqual(['为加快补齐农村养老服务短板，制定本方案。', '一、到2026年底，乡镇区域养老服务中心覆盖率达到60%。', '二、县民政局牵头，县财政局配合，落实运营补贴。']);
  });

  it('a column label above the article that ends in a genre word (规划计划) is not taken for its title', async () => {
    const r = await read(page(`${CHROME_TOP}<div class="main"><div class="lm">规划计划</div><div class="text-box"><p>为加快建设现代物流体系，制定本计划。</p>
<p>一、到2026年，社会物流总费用与地区生产总值的比率降至13.5%。</p></div></div>${CHROME_BOTTOM}`));
    expect(paragraphs(r.blocks)[0]).toBe('为加快建设现代物流体系，制定本计划。');
  });

  it('a plan over sibling div/p elements with <br> line breaks: one paragraph per line', async () => {
    const r = await read(page(`${CHROME_TOP}<div class="wrap"><div class="c1">为防范化解重大安全风险，制定本工作要点。<br>一、总体要求<br>全年生产安全事故起数实现下降。</div>
<div class="c2">二、主要任务<br>（一）开展隐患排查。镇安监站牵头，年内完成重点企业排查全覆盖。</div><p>某某镇人民政府<br>2026年2月10日</p></div>${CHROME_BOTTOM}`));
    expect(paragraphs(r.blocks)).toEqual([
      '为防范化解重大安全风险，制定本工作要点。', '一、总体要求', '全年生产安全事故起数实现下降。', '二、主要任务',
      '（一）开展隐患排查。镇安监站牵头，年内完成重点企业排查全覆盖。', '某某镇人民政府', '2026年2月10日',
    ]);
  });

  it('a GB2312-declared page with a task table: decoded, the lead-in kept', async () => {
    const html = page(`${CHROME_TOP}<div id="content"><div class="content_title">某某县2026年教育重点工作任务分工</div>
<p>　　现将年度教育重点工作任务分工如下：</p><table border="1">${HEAD}${TASK_ROWS}</table></div>${CHROME_BOTTOM}`, 'gb2312');
    const r = await read(iconv.encode(html, 'gb18030'));
    expect(paragraphs(r.blocks)).toEqual(['某某县2026年教育重点工作任务分工', '现将年度教育重点工作任务分工如下：']);
    expect(tables(r.blocks)[0].rows[1][2].text).toBe('县农业农村局');
  });

  it('a notice ending in a 附件 list of links: the list is the notice\'s text, the related links are not', async () => {
    const r = await read(page(`${CHROME_TOP}<div class="pages_content"><p>各区人民政府，市政府各部门：</p>
<p>《某某市2026年数字经济发展行动计划》已经市政府同意，现印发给你们，请认真贯彻执行。</p>
<p>附件：1.<a href="/f1.pdf">某某市2026年数字经济发展行动计划</a></p><p>2.<a href="/f2.xls">某某市2026年数字经济重点项目清单</a></p>
<p>某某市人民政府办公室</p><p>2026年1月20日</p></div>${CHROME_BOTTOM}`));
    expect(paragraphs(r.blocks)).toContain('附件：1.某某市2026年数字经济发展行动计划');
    expect(paragraphs(r.blocks)).toContain('2.某某市2026年数字经济重点项目清单');
    expectNoChrome(r.blocks, r.diagnostics.find((d) => d.code === 'html.non-article-dropped')?.actual);
  });

  it('a metadata table, a title, a lead-in and a task table in one content element: each read as what it is', async () => {
    const r = await read(page(`${CHROME_TOP}<div class="content"><table><tr><td>索引号：</td><td>000000/2026-0042</td><td>发文机关：</td><td>某某县人民政府办公室</td></tr>
<tr><td>成文日期：</td><td>2026年02月14日</td><td>发布日期：</td><td>2026年02月18日</td></tr></table><h1>某某县2026年违法建设整治重点任务分工方案</h1>
<p>现将重点任务分工如下。</p><table border="1">${HEAD}${TASK_ROWS}</table><p>附件：<a href="/x.doc">整治工作进度表</a></p></div>${CHROME_BOTTOM}`));
    expect(paragraphs(r.blocks)).toEqual(['某某县2026年违法建设整治重点任务分工方案', '现将重点任务分工如下。', '附件：整治工作进度表']);
    expect(tables(r.blocks)).toHaveLength(1);
    expect(r.pageMeta?.entries.map((e) => e.label)).toEqual(['索引号', '发文机关', '成文日期', '发布日期']);
  });
});

describe('descendToArticle', () => {
  const units = (root: Element, $: cheerio.CheerioAPI) =>
    $('p, td, th, li, div')
      .toArray()
      .filter((el) => (el as Element).children.some((c) => c.type === 'text' && c.data.trim()))
      .map((el) => {
        const text = $(el).contents().filter((_, c) => c.type === 'text').text().trim();
        return { el: el as Element, text, weight: /首页|导航/.test(text) ? 0 : [...text].length };
      });
  const options = { share: 0.85, hintedShare: 0.6, isHinted: () => false };
  const article = (html: string) => {
    const $ = cheerio.load(html);
    const body = $('body')[0] as Element;
    const found = descendToArticle(body, units(body, $), options);
    return found.attribs.id ?? found.name;
  };
  const bigTable = `<table id="t"><tr><td>${'重点任务内容'.repeat(30)}</td><td>牵头单位</td></tr></table>`;

  it('does not enter a data table that holds most of the text', () => {
    expect(article(`<body><div id="art"><p>现将任务分工如下。</p>${bigTable}</div></body>`)).toBe('art');
  });
  it('enters a layout table around the article', () => {
    expect(article(`<body><table><tr><td><div id="art"><p>${'正文内容'.repeat(20)}。</p><p>${'正文内容'.repeat(20)}。</p></div></td></tr></table></body>`)).toBe('art');
  });
  it('stops where the heaviest child has a running sentence beside it, not where a far sibling has one', () => {
    expect(article(`<body><div id="box"><div><p>现将任务分解如下：</p></div><div id="t">${bigTable}</div></div></body>`)).toBe('box');
    expect(article(`<body><div id="art"><p>${'正文内容'.repeat(20)}。</p><p>${'正文内容'.repeat(20)}。</p></div><div><p>首页</p></div><div><p>感谢您的访问本站点。</p></div></body>`)).toBe('art');
  });
  it('a sentence is running text by its end and weight, not by its words', () => {
    expect(isRunningSentence({ el: null as unknown as Element, text: '现将任务分工如下：', weight: 8 })).toBe(true);
    expect(isRunningSentence({ el: null as unknown as Element, text: '重点任务分工表', weight: 7 })).toBe(false);
  });
});

describe('attachmentListReader', () => {
  it('takes a 附件 label and the numbered lines that follow it, and nothing after a break', () => {
    const reader = attachmentListReader();
    const lines = ['附件：1．某某实施方案', '2．某某任务清单', '3、某某指标表', '某某市人民政府', '2．不是附件'];
    expect(lines.map((l) => reader.isAttachmentLine(l))).toEqual([true, true, true, false, false]);
  });
  it('takes one "附件N：" line per attachment', () => {
    const reader = attachmentListReader();
    expect(['附件1：分工方案', '附件 2: 项目清单', '相关链接：某通知'].map((l) => reader.isAttachmentLine(l))).toEqual([true, true, false]);
  });
});
