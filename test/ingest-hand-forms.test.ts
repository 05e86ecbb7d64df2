/**
 * Text copied from printed pages in forms the sample files lack, built here from paragraphs of our own
 * wording the way a PDF copy sets them: every line broken at the page width (a paragraph's first line an
 * indent shorter), page numbers between pages, and a running head the printer repeats on every page.
 */
import { describe, expect, it } from 'vitest';
import { ingestTxt } from '../src/ingest/txt.js';
import type { IngestResult, ParagraphBlock } from '../src/ingest/blocks.js';
import { parseText } from './helpers/parse-text.js';

const WIDTH = 68;
const INDENT = 4;
const displayWidth = (c: string) => (c.charCodeAt(0) > 0xff ? 2 : 1);

/** A paragraph broken at the page width as a PDF copy breaks it; the first line's indent is lost. */
function wrap(paragraph: string): string[] {
  const out: string[] = [];
  let line = '';
  let w = INDENT;
  for (const c of paragraph) {
    if (w + displayWidth(c) > WIDTH) {
      out.push(line);
      [line, w] = ['', 0];
    }
    line += c;
    w += displayWidth(c);
  }
  return line ? [...out, line] : out;
}

const TOPICS = ['智慧农机推广', '高标准农田建设', '种业振兴', '农产品冷链物流', '农村电商', '数字乡村', '农业社会化服务', '农业品牌培育', '庭院经济', '乡村旅游', '农村金融服务', '农技人才培养'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const item = (k: number) =>
  `（${CN[k]}）推进${TOPICS[k]}。聚焦重点县区推进${TOPICS[k]}，每年新增示范项目${5 * (k + 1)}个以上，健全配套服务机制，总结推广一批典型经验。（牵头单位：市农业农村局；配合单位：市财政局、市商务局）`;
const PARAGRAPHS = [
  '为加快建设农业强市，推动农业农村高质量发展，结合本市实际，制定本方案。',
  '一、工作目标',
  '到2026年，全市农业科技进步贡献率达到65%，农作物耕种收综合机械化率达到90%，农产品加工业产值与农业总产值之比达到2.8。',
  '二、重点任务',
  ...TOPICS.map((_, k) => item(k)),
  '三、保障措施',
  '（一）加强组织领导。建立市级统筹、县区落实的工作机制，定期调度重点任务进展。',
];
const TITLE = '某某市农业强市建设行动方案（2024—2026年）';

/**
 * The paragraphs wrapped, with a page number and (optionally) a running head after every `perPage` lines;
 * or a head that carries the page number itself (`gazette`, given the page number).
 */
function printed(options: { head?: string; perPage?: number; gazette?: (page: number) => string } = {}): string {
  const perPage = options.perPage ?? 18;
  const out = [TITLE, ''];
  let count = 0;
  let page = 1;
  for (const p of PARAGRAPHS) {
    for (const l of p.length <= 10 ? [p] : wrap(p)) {
      out.push(l);
      if (++count % perPage === 0) {
        if (options.gazette) out.push('', options.gazette(page++), '');
        else out.push('', `— ${page++} —`, '');
        if (options.head) out.push(options.head);
      }
    }
  }
  return [...out, '', '某某市人民政府办公室', '2024年3月1日', ''].join('\n');
}

const paragraphs = (r: IngestResult): string[] => r.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph').map((b) => b.text);
const ingestText = (text: string) => ingestTxt(Buffer.from(text, 'utf8'), 'copy.txt');

describe('a PDF copy of short paragraphs, each line broken at the page width', () => {
  it('is read as one block per paragraph: first lines an indent short of the width count as full lines', () => {
    const r = ingestText(printed());
    expect(r.diagnostics.some((d) => d.code === 'debris.hard-wrap-join')).toBe(true);
    const texts = paragraphs(r);
    // (a first line that stops a half-width short of its indent, `…65%…综合机械化`, is not yet taken as full)
    for (const p of PARAGRAPHS.filter((p) => !p.startsWith('到2026年'))) expect(texts).toContain(p);
  });

  it('gives each task whole with its units', async () => {
    const plan = await parseText(printed());
    expect(plan.tasks).toHaveLength(TOPICS.length);
    expect(plan.tasks[3]).toMatchObject({ title: '推进农产品冷链物流', units: { lead: ['市农业农村局'], support: ['市财政局', '市商务局'] } });
  });

  it('typed text, one paragraph a line of any length, is left as it is', () => {
    const typed = [TITLE, ...PARAGRAPHS, ...PARAGRAPHS.map((p) => p.replace(/。/g, '；').replace(/；$/, '。'))].join('\n');
    const r = ingestText(typed);
    expect(r.diagnostics.some((d) => d.code === 'debris.hard-wrap-join')).toBe(false);
    expect(paragraphs(r)).toHaveLength(1 + 2 * PARAGRAPHS.length);
  });
});

describe('a running head the printer repeats beside each page number', () => {
  const HEAD = '某某市人民政府办公室行政规范性文件';

  it('is removed at each page break, reported, and the paragraph the break cut is one block', () => {
    const r = ingestText(printed({ head: HEAD }));
    const texts = paragraphs(r);
    expect(texts.filter((t) => t.includes(HEAD))).toEqual([]);
    for (const p of PARAGRAPHS.filter((p) => !p.startsWith('到2026年'))) expect(texts).toContain(p);
    const reported = r.diagnostics.filter((d) => d.code === 'debris.running-head');
    expect(reported.length).toBeGreaterThanOrEqual(2);
    expect(reported.every((d) => r.lines[d.line! - 1].trim() === HEAD)).toBe(true);
  });

  it('the same line where it opens the first page is text (a title repeated as the head)', () => {
    const text = printed({ head: TITLE });
    const r = ingestText(text);
    expect(paragraphs(r)[0]).toBe(TITLE);
    expect(paragraphs(r).filter((t) => t === TITLE)).toHaveLength(1);
  });

  it('a line beside one page number only, or a heading beside two, stays', () => {
    const once = ingestText(['某某市促进就业行动方案', '一、工作目标', '城镇新增就业1万人。', '', '— 1 —', '', '某某市人民政府办公室', '2024年3月1日', '', '— 2 —', ''].join('\n'));
    expect(paragraphs(once)).toContain('某某市人民政府办公室');
    // a 目录 entry at the foot of its page and its heading at the head of a later one
    const headings = ingestText(['目  录', '第一章　发展基础', '第二章　发展目标', '', '— 1 —', '', '第一章　发展基础', '我市发展基础扎实。', '', '— 2 —', '', '第二章　发展目标', '到2025年，城镇新增就业1万人。'].join('\n'));
    expect(paragraphs(headings).filter((t) => t === '第二章　发展目标')).toHaveLength(2);
  });
});

describe('a running head that carries the page number (a gazette)', () => {
  it('is removed on every page, and the paragraph a page break cut is one block', () => {
    const r = ingestText(printed({ perPage: 8, gazette: (page) => `2024年第6期　　　　某某市人民政府公报　　　　${page + 20}` }));
    expect(paragraphs(r).filter((t) => t.includes('公报'))).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === 'debris.running-head').length).toBeGreaterThanOrEqual(3);
    for (const p of PARAGRAPHS.filter((p) => !p.startsWith('到2026年'))) expect(paragraphs(r)).toContain(p);
  });

  it('the page number may open the line, set off by dashes', () => {
    const r = ingestText(printed({ perPage: 8, gazette: (page) => `— ${page} —　某某市人民政府公报` }));
    expect(paragraphs(r).filter((t) => t.includes('公报'))).toEqual([]);
  });

  it('lines that differ by a number inside a phrase, or by a number that does not grow, stay', () => {
    const years = ingestText(['某某市城市更新三年行动方案', '2024年目标任务', '完成改造小区100个。', '2025年目标任务', '完成改造小区120个。', '2026年目标任务', '完成改造小区150个。'].join('\n'));
    expect(paragraphs(years).filter((t) => t.endsWith('目标任务'))).toHaveLength(3);
    const unordered = ingestText(['某某市重点项目清单', '某某片区更新项目　　3', '推进拆迁安置。', '某某片区更新项目　　1', '推进道路建设。', '某某片区更新项目　　2', '推进管网改造。'].join('\n'));
    expect(paragraphs(unordered).filter((t) => t.startsWith('某某片区'))).toHaveLength(3);
  });
});

describe('check reports a running head', () => {
  it('at each place, with a fix that removes its line', async () => {
    const { lint } = await import('./check-helpers.js');
    const r = await lint(printed({ perPage: 8, gazette: (page) => `2024年第6期　　某某市人民政府公报　　${page}` }), { only: 'conversion-debris' });
    const heads = r.messages.filter((m) => m.message.startsWith('a running head or foot'));
    expect(heads.length).toBeGreaterThanOrEqual(3);
    expect(heads.every((m) => m.fix && m.fix.text === '' && m.fix.endLine === m.line + 1)).toBe(true);
  });
});

describe('a web page with only a publication line above the article', () => {
  const page = (title: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="nav"><a>首页</a><a>政务公开</a><a>政策文件</a></div>
<div class="detail"><h1>${title}</h1>
<div class="info"><span>发布日期：2024-03-12</span> <span>来源：某某市发展和改革委员会</span> <span>浏览次数：356</span></div>
<div class="content"><p>一、持续优化政务服务</p><p>1.深化“一网通办”。全年政务服务事项网上办理率达到95%以上。（责任单位：市政务服务中心）</p>
<p>二、持续优化法治环境</p><p>2.规范涉企执法。全年涉企行政检查次数下降10%。（责任单位：市司法局）</p></div></div>
<div class="footer">版权所有</div></body></html>`;
  const parseHtml = async (html: string) => (await import('../src/index.js')).parsePlanBytes(Buffer.from(html, 'utf8'), 'page.html');

  it('the day the site published it dates a document nothing else dates; the line is not plan text', async () => {
    const plan = await parseHtml(page('衢州市2024年营商环境优化提升工作要点'));
    expect(plan.meta).toMatchObject({ title: '衢州市2024年营商环境优化提升工作要点', issueDate: '2024-03-12', status: 'final' });
    expect(plan.tasks.map((t) => t.title)).toEqual(['深化“一网通办”', '规范涉企执法']);
  });

  it('a draft put out for comment is not dated by the day it was posted', async () => {
    const plan = await parseHtml(page('衢州市营商环境优化提升三年行动方案（征求意见稿）'));
    expect(plan.meta).toMatchObject({ status: 'draft', issueDate: null });
  });
});
