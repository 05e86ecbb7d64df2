import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPageMetaTable, isoDate, type TextUnit } from '../src/ingest/page-meta-table.js';
import { ingestHtml } from '../src/ingest/html.js';
import { parsePlanBytes } from '../src/parse.js';
import type { Block } from '../src/ingest/blocks.js';

const page = (body: string) => Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>页面</title></head><body>${body}</body></html>`);
const texts = (blocks: Block[]): string => blocks.map((b) => (b.type === 'table' ? b.rows.flat().map((c) => c.text).join(' ') : b.text)).join('\n');
const row = (record: string, ...cells: string[]): TextUnit[] => cells.map((text) => ({ text, record }));

// a plan body that names neither its issuer, its date nor its 文号: only the page's table does
const BODY = `<p>为推动全区社区食堂健康发展，方便老年人就餐，结合本区实际，制定本方案。</p>
<p><strong>一、工作目标</strong></p>
<p>到2026年，全区建成社区食堂40家，街道覆盖率达到100%，老年人助餐服务满意度达到90%以上。</p>
<p><strong>二、主要任务</strong></p>
<p>（一）合理布局食堂网点。各街道结合人口分布和老年人就餐需求，统筹设置社区食堂，优先利用闲置公房。</p>
<p>（二）强化食品安全监管。区市场监管局定期开展食堂食品安全检查，督促落实进货查验和留样制度。</p>`;

const TABLE = `<table class="xxgk"><tr><td>索 引 号：</td><td>00000000/2024-00017</td><td>主题分类：</td><td>民政、扶贫、救灾</td></tr>
<tr><td>发文机关：</td><td>某区民政局</td><td>成文日期：</td><td>2024年3月8日</td></tr>
<tr><td>标　　题：</td><td colspan="3">某区民政局关于印发某区社区食堂建设实施方案的通知</td></tr>
<tr><td>发文字号：</td><td>某民〔2024〕6号</td><td>发布日期：</td><td>2024-03-15</td></tr></table>`;

describe('findPageMetaTable (label/value units)', () => {
  it('reads label cells each followed by the value cell of the same row', () => {
    const found = findPageMetaTable([
      { text: '网站首页', record: 'nav' },
      ...row('r1', '发文机关：', '某县人民政府', '成文日期：', '2022年7月1日'),
      ...row('r2', '发文字号：', '某政发〔2022〕3号', '发布日期：', '2022-07-05'),
      { text: '一、总体要求', record: 'body' },
    ]);
    expect(found?.indexes).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(found?.meta).toMatchObject({ issuer: '某县人民政府', writtenDate: '2022-07-01', publishedDate: '2022-07-05', docNumber: '某政发〔2022〕3号', title: null });
  });

  it('reads a run of short `label：value` lines', () => {
    const found = findPageMetaTable(row('div', '名称：某镇垃圾分类三年行动计划', '发布机构：某镇人民政府', '文号：某镇发〔2021〕12号', '正文第一段，不是标签。'));
    expect(found?.indexes).toEqual([0, 1, 2]);
    expect(found?.meta.title).toBe('某镇垃圾分类三年行动计划');
    expect(found?.meta.issuer).toBe('某镇人民政府');
  });

  it('does not take text of another record as the value of an empty label cell', () => {
    const found = findPageMetaTable([...row('r1', '索引号：', '123/2020-1', '发文机关：', '某市政府', '主题词：'), { text: '某市关于加快发展的意见', record: 'article' }]);
    expect(found?.meta.entries.at(-1)).toEqual({ label: '主题词', field: null, value: '' });
    expect(found?.indexes).not.toContain(5);
  });

  it('needs several labels: one label line in the text is not a table', () => {
    expect(findPageMetaTable(row('p', '发布日期：2020年1月2日', '一、总体要求', '标题', '某规划'))).toBeNull();
  });

  it('a row of column headings (labels with no values) is not a metadata table', () => {
    expect(findPageMetaTable([...row('h', '名称', '文号', '发布日期'), ...row('d', '某市规划', '某政〔2020〕1号', '2020-01-02')])).toBeNull();
  });

  it('reads dates in the forms pages write them', () => {
    expect(isoDate('2018年12月21日')).toBe('2018-12-21');
    expect(isoDate('2023-10-19')).toBe('2023-10-19');
    expect(isoDate('2023/1/9')).toBe('2023-01-09');
    expect(isoDate('暂无')).toBeNull();
  });
});

describe('a web page metadata table', () => {
  it('inside the article container: kept out of the blocks, carried as pageMeta, reported', async () => {
    const r = await ingestHtml(page(`<div class="content">${TABLE}${BODY}</div>`), 'p.html');
    const body = texts(r.blocks);
    for (const t of ['索', '主题分类', '发文机关', '某民〔2024〕6号', '2024-03-15']) expect(body).not.toContain(t);
    expect(body).toContain('制定本方案');
    expect(r.pageMeta).toMatchObject({ issuer: '某区民政局', writtenDate: '2024-03-08', publishedDate: '2024-03-15', docNumber: '某民〔2024〕6号' });
    const d = r.diagnostics.find((x) => x.code === 'html.page-metadata');
    expect(d?.actual).toContain('索引号：00000000/2024-00017');
    expect(d?.actual).toContain('主题分类：民政、扶贫、救灾');
  });

  it('gives meta the issuer, 成文日期, 文号 and the issued title the text does not give; not plan text', async () => {
    const plan = await parsePlanBytes(page(`<div class="top">${TABLE}</div><div class="content">${BODY}</div>`), 'p.html');
    expect(plan.meta).toMatchObject({ issuer: '某区民政局', issueDate: '2024-03-08', docNumber: '某民〔2024〕6号', title: '某区社区食堂建设实施方案', kind: '方案' });
    const all = JSON.stringify([plan.sections, plan.tasks, plan.indicators]);
    for (const t of ['索引号', '发文机关', '00000000/2024-00017']) expect(all).not.toContain(t);
    expect(plan.tasks.length).toBeGreaterThan(0);
  });

  it('without 成文日期 meta takes 发布日期', async () => {
    const table = TABLE.replace('<td>成文日期：</td><td>2024年3月8日</td>', '');
    const plan = await parsePlanBytes(page(`<div class="top">${table}</div><div class="content">${BODY}</div>`), 'p.html');
    expect(plan.meta.issueDate).toBe('2024-03-15');
  });

  it('the text wins where it gives them itself (its title, signature and 文号)', async () => {
    const own = `<p>某区老年助餐服务实施方案</p><p>某民发〔2024〕9号</p>${BODY}<p>某区民政局办公室</p><p>2024年3月1日</p>`;
    const plan = await parsePlanBytes(page(`<div class="top">${TABLE}</div><div class="content">${own}</div>`), 'p.html');
    expect(plan.meta).toMatchObject({ title: '某区老年助餐服务实施方案', docNumber: '某民发〔2024〕9号', issuer: '某区民政局办公室', issueDate: '2024-03-01' });
  });

  it('a text dated by month only takes the day from the table when the month agrees', async () => {
    const own = (month: string) => `<p>某区老年助餐服务实施方案</p>${BODY}<p>某区民政局</p><p>${month}</p>`;
    const at = async (month: string) => (await parsePlanBytes(page(`<div class="top">${TABLE}</div><div class="content">${own(month)}</div>`), 'p.html')).meta.issueDate;
    expect(await at('2024年3月')).toBe('2024-03-08');
    expect(await at('2024年2月')).toBe('2024-02');
  });
});

describe('label/value lines that are part of the document', () => {
  it('a list of documents after the running text stays in the text', async () => {
    const list = '<p>附件：相关文件</p><p>名称：某区养老服务条例</p><p>文号：某民〔2020〕2号</p><p>发布日期：2020年5月6日</p>';
    const r = await ingestHtml(page(`<div class="content">${BODY}${list}</div>`), 'p.html');
    expect(r.pageMeta).toBeUndefined();
    expect(texts(r.blocks)).toContain('文号：某民〔2020〕2号');
  });

  it('a table whose heading row is 名称 | 文号 | 发布日期 stays a table', async () => {
    const table = '<table><tr><td>名称</td><td>文号</td><td>发布日期</td></tr><tr><td>某区养老服务条例</td><td>某民〔2020〕2号</td><td>2020-05-06</td></tr></table>';
    const r = await ingestHtml(page(`<div class="content"><p>为推动全区社区食堂健康发展，制定本方案。</p>${table}${BODY}</div>`), 'p.html');
    expect(r.pageMeta).toBeUndefined();
    const t = r.blocks.find((b) => b.type === 'table');
    expect(t?.type === 'table' && t.rows[0].map((c) => c.text)).toEqual(['名称', '文号', '发布日期']);
  });
});

describe('real pages', () => {
  const parse = (name: string) => parsePlanBytes(readFileSync(`fixtures/corpus/${name}.html`), `${name}.html`);

  it('gov.cn 国发 意见: the table agrees with the text; none of it is plan text', async () => {
    const plan = await parse('yijian_guojia_nongyejixiehua');
    expect(plan.meta).toMatchObject({ issuer: '国务院', issueDate: '2018-12-21', docNumber: '国发〔2018〕42号', title: '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见' });
    const d = plan.diagnostics.find((x) => x.code === 'html.page-metadata');
    expect(d?.actual).toContain('发布日期：2018年12月29日');
    expect(JSON.stringify(plan.sections)).not.toContain('000014349');
  });

  it('city portal: 发布机构/名称/文号 labels read; the text names the issuers more precisely', async () => {
    const r = await ingestHtml(readFileSync('fixtures/corpus/fangan_guangzhou_jiatingyisheng.html'), 'g.html');
    expect(r.pageMeta).toMatchObject({ issuer: '广州市卫生健康委员会', writtenDate: '2023-10-19', publishedDate: '2023-11-07', docNumber: '穗卫函〔2023〕1930号' });
    const plan = await parse('fangan_guangzhou_jiatingyisheng');
    expect(plan.meta).toMatchObject({ issuer: '广州市卫生健康委等4部门', issueDate: '2023-10-19', docNumber: '穗卫函〔2023〕1930号' });
  });
});

describe("a page's <title>", () => {
  it('names the document when a part of it, between the site\'s separators, reads as a 公文 title', async () => {
    const { documentTitleOf } = await import('../src/ingest/html.js');
    expect(documentTitleOf('某某区社区食堂建设实施方案_某某区人民政府门户网站')).toBe('某某区社区食堂建设实施方案');
    expect(documentTitleOf('某某区人民政府 - 关于印发某某区社区食堂建设实施方案的通知')).toBe('关于印发某某区社区食堂建设实施方案的通知');
    expect(documentTitleOf('某某区人民政府门户网站')).toBeNull();
    expect(documentTitleOf('规划计划_政务公开')).toBeNull(); // a column label: too short to name its subject
    expect(documentTitleOf('')).toBeNull();
  });

  it("gives meta the title when the text has none, the plan's own title when a notice issues it", async () => {
    const notice = (title: string) =>
      Buffer.from(
        `<html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="nav">首页 | 政务公开</div><div class="pages_content"><p>各街道办事处，区政府各部门：</p><p>《某某区社区食堂建设实施方案》已经区政府同意，现印发给你们，请认真贯彻执行。</p><p>某某区人民政府办公室</p><p>2026年3月2日</p></div></body></html>`,
      );
    const issued = await parsePlanBytes(notice('某某区人民政府办公室关于印发某某区社区食堂建设实施方案的通知_某某区人民政府'), 'n.html');
    expect(issued.meta.title).toBe('某某区社区食堂建设实施方案');
    const bare = await parsePlanBytes(notice('某某区人民政府门户网站'), 'n.html');
    expect(bare.meta.title).toBeNull();
  });
});
