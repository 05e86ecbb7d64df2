/**
 * Builds fixtures/docx/<name>.docx and fixtures/html/<name>.html from each fixtures/txt/<name>.txt, so
 * every sample exists in the three input formats. The files are committed; run again after changing
 * this script:   npx tsx scripts/make-fixtures.ts
 *
 * The .txt samples are exports of the original documents; this script rebuilds what the originals
 * looked like, using the .txt reader's own blocks (debris removed, page-break splits joined, flattened
 * tables rebuilt with their merged cells, 专栏 boxes found):
 * - headings (`一、` short lines, `（一）`/`(一)` short lines, `1、` short lines) get Heading 1/2 styles; the
 *   title gets the Title style; a 目录's entries get "toc 1"/"toc 2" styles (not headings);
 * - flattened indicator tables become real Word/HTML tables (rowspan for merged 类别 cells);
 * - 专栏N boxes become a two-row table (title row + content row); framed text without a title a one-cell table;
 * - `- ` member lists become a bulleted list;
 * - documents whose 一、/（一）/1. numbers run in order are AUTO-NUMBERED in the .docx: the number text is
 *   removed from the paragraph and Word's numbering (chineseCounting `%1、`, `（%2）` or `(%2)`, decimal
 *   `%3.`/`%3．`) shows it; tasks numbered on across groups (1–22) use a separate one-level list.
 *   The reader has to recover these numbers. Documents whose numbers do not run in order keep them typed.
 *
 * What each fixture exercises:
 * - 000 (draft 规划): docx auto-numbered 一、/（一）/1. with 1. restarting under each （一）, numbered
 *   body paragraphs `（一）加强组织领导。…` (list items, not headings); bookmark debris gone.
 *   html: UTF-8 `<meta charset>`, headings as `<p><strong>`, article in `div#zoom`.
 * - 001 (规划 with 目录, lost body headings): docx keeps typed numbers; 目录 in TOC styles; the indicator
 *   table with merged 类别 cells (rowSpan 2) and 专栏 boxes as two-row tables. html: http-equiv charset,
 *   `<table>` with rowspan, 专栏 tables, article in `div.TRS_Editor`.
 * - 002 (cover notice + 规划): docx auto-numbered 一、/（一） and a continuous task list 1．–22． across
 *   groups (full-width `．`); indicator table with 6 columns. html: GB18030 bytes declared
 *   `<meta charset="gb2312">`, an old table-based page layout, notice lines separated by `<br>`.
 * - 003 (工作方案 with page-break splits, appendix, 抄送 footer): docx auto-numbered 一、/(一)/1. with
 *   half-width `(%2)`; the split paragraphs as one paragraph; the member list as a bulleted list.
 *   html: `<h2>`/`<h3>` headings, `<ul>` member list.
 * - 004 (纲要, `1、` `2、` then `三、`): numbers typed (they do not run in order), headings as Heading
 *   styles. html: headings as `<p><strong>`, article in `div#content`.
 *
 * Besides the samples, fixtures/task-table/ holds one 工作方案 written for the tests (its wording is our
 * own), built from TASK_TABLE_PLAN below in the three formats: a real Word 重点任务分工表 (序号 | 重点任务 |
 * 具体措施 | 牵头单位 | 配合单位 | 完成时限) whose 牵头单位 cells are merged over several rows and which is
 * continued on the next page as a second table without a header row; the .html twin with rowspan; the
 * .txt as a PDF-to-text export gives it: tab-separated rows, a merged cell left empty below its first
 * row, a page number between the two parts.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { basename, join } from 'node:path';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell as DocxTableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import iconv from 'iconv-lite';
import { ingestTxt } from '../src/ingest/txt.js';
import type { Block, TableCell } from '../src/ingest/blocks.js';
import { parseChineseInteger } from '../src/nlp/numbers.js';

const ROOT = join(import.meta.dirname, '..');

// ---------------------------------------------------------------------------------------------------
// Document model rebuilt from the .txt blocks

interface NumberRef {
  list: 'outline' | 'tasks';
  level: number;
}

type Item =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string; typedNumber: string; rest: string; value: number | null }
  | { kind: 'para'; text: string; numbered?: { level: 1 | 2; typedNumber: string; rest: string; value: number | null } }
  | { kind: 'toc'; level: 1 | 2; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'table'; rows: TableCell[][] }
  | { kind: 'box'; title: string | null; paragraphs: string[] };

const CN = '一二三四五六七八九十';
const H1_CN = new RegExp(`^([${CN}]+)、\\s*(.+)$`);
const H1_ARABIC = /^(\d{1,2})、\s*(.+)$/;
const L2 = new RegExp(`^([（(])([${CN}]+)([)）])\\s*(.+)$`);
const L3 = /^(\d{1,2})\s*([.．])(?!\d)\s*(.+)$/;

const isShortTitle = (s: string): boolean => [...s].length <= 30 && !/[。；;，,]/.test(s);

function classify(text: string): Item {
  let m = H1_CN.exec(text);
  if (m && isShortTitle(m[2])) return { kind: 'heading', level: 1, text, typedNumber: `${m[1]}、`, rest: m[2], value: parseChineseInteger(m[1]) };
  m = H1_ARABIC.exec(text);
  if (m && isShortTitle(m[2])) return { kind: 'heading', level: 1, text, typedNumber: `${m[1]}、`, rest: m[2], value: Number(m[1]) };
  m = L2.exec(text);
  if (m) {
    const typed = `${m[1]}${m[2]}${m[3]}`;
    if (isShortTitle(m[4])) return { kind: 'heading', level: 2, text, typedNumber: typed, rest: m[4], value: parseChineseInteger(m[2]) };
    return { kind: 'para', text, numbered: { level: 1, typedNumber: typed, rest: m[4], value: parseChineseInteger(m[2]) } };
  }
  m = L3.exec(text);
  if (m) return { kind: 'para', text, numbered: { level: 2, typedNumber: `${m[1]}${m[2]}`, rest: m[3], value: Number(m[1]) } };
  if (/^-\s+/.test(text)) return { kind: 'bullet', text: text.replace(/^-\s+/, '') };
  return { kind: 'para', text };
}

function buildItems(blocks: Block[]): Item[] {
  const items: Item[] = [];
  let titled = false;
  let inToc = false;
  let title = '';
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'table') {
      items.push({ kind: 'table', rows: b.rows });
      inToc = false;
      continue;
    }
    if (b.type === 'paragraph' && b.framed) {
      const run: string[] = [];
      while (i < blocks.length && blocks[i].type === 'paragraph' && (blocks[i] as { framed?: boolean }).framed) {
        run.push((blocks[i] as { text: string }).text);
        i++;
      }
      i--;
      // a run may hold several boxes: each 专栏 line opens one
      let box: { title: string | null; paragraphs: string[] } | null = null;
      for (const t of run) {
        if (/^专栏\s*\d/.test(t) || !box) {
          box = { title: /^专栏\s*\d/.test(t) ? t : null, paragraphs: /^专栏\s*\d/.test(t) ? [] : [t] };
          items.push({ kind: 'box', ...box });
        } else box.paragraphs.push(t);
      }
      continue;
    }
    const text = b.text;
    if (/^目\s*录$/.test(text)) {
      inToc = true;
      items.push({ kind: 'para', text });
      continue;
    }
    if (inToc) {
      if (text === title || !isShortTitle(text)) inToc = false;
      else {
        items.push({ kind: 'toc', level: L2.test(text) ? 2 : 1, text });
        continue;
      }
    }
    if (!titled && /(规划|方案|纲要)$/.test(text) && [...text].length <= 40 && !text.startsWith('《')) {
      titled = true;
      title = text;
      items.push({ kind: 'title', text });
      continue;
    }
    items.push(classify(text));
  }
  return items;
}

/**
 * Whether the document's 一、/（一）/1. numbers run the way Word's automatic numbering would count them:
 * 'nested' (1. restarts under each （一）), 'continuous' (1. runs on across groups), or null.
 */
function numberingMode(items: Item[]): 'nested' | 'continuous' | null {
  const numbered = items.flatMap((it) => {
    if (it.kind === 'heading') return [{ level: it.level - 1, value: it.value, typed: it.typedNumber }];
    if (it.kind === 'para' && it.numbered) return [{ level: it.numbered.level, value: it.numbered.value, typed: it.numbered.typedNumber }];
    return [];
  });
  if (!numbered.some((n) => n.level === 0) || numbered.some((n) => n.level === 0 && /^\d/.test(n.typed))) return null;
  for (const mode of ['nested', 'continuous'] as const) {
    const c = [0, 0, 0];
    let ok = true;
    for (const n of numbered) {
      c[n.level]++;
      if (n.level === 0) c[1] = 0;
      if (n.level < 2 && mode === 'nested') c[2] = 0;
      if (c[n.level] !== n.value) ok = false;
    }
    if (ok) return mode;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// .docx

function docxCellParagraphs(text: string, bold = false): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }));
}

function docxTable(rows: TableCell[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r) =>
        new TableRow({
          children: r.map(
            (c) => new DocxTableCell({ rowSpan: c.rowSpan, columnSpan: c.colSpan, children: docxCellParagraphs(c.text) }),
          ),
        }),
    ),
  });
}

function docxBox(title: string | null, paragraphs: string[]): Table {
  const content = new TableRow({
    children: [new DocxTableCell({ children: paragraphs.map((p) => new Paragraph({ text: p, indent: { firstLine: 480 } })) })],
  });
  const rows = title ? [new TableRow({ children: [new DocxTableCell({ children: docxCellParagraphs(title, true) })] }), content] : [content];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

async function makeDocx(items: Item[]): Promise<Buffer> {
  const mode = numberingMode(items);
  const first = items.find((it): it is Extract<Item, { kind: 'heading' }> => it.kind === 'heading' && it.level === 2);
  const secondText = first && first.typedNumber.startsWith('(') ? '(%2)' : '（%2）';
  const l3 = items.find((it): it is Extract<Item, { kind: 'para' }> => it.kind === 'para' && it.numbered?.level === 2);
  const dot = l3?.numbered?.typedNumber.endsWith('．') ? '．' : '.';
  const numberingConfig = [
    {
      reference: 'outline',
      levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: LevelSuffix.NOTHING, alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.CHINESE_COUNTING, text: secondText, suffix: LevelSuffix.NOTHING, alignment: AlignmentType.LEFT },
        { level: 2, format: LevelFormat.DECIMAL, text: `%3${dot}`, suffix: LevelSuffix.NOTHING, alignment: AlignmentType.LEFT },
      ],
    },
    {
      reference: 'tasks',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: `%1${dot}`, suffix: LevelSuffix.NOTHING, alignment: AlignmentType.LEFT }],
    },
    {
      reference: 'members',
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }],
    },
  ];
  const numberOf = (level: number): NumberRef | null => {
    if (!mode) return null;
    if (level === 2 && mode === 'continuous') return { list: 'tasks', level: 0 };
    return { list: 'outline', level };
  };

  const children: Array<Paragraph | Table> = [];
  for (const it of items) {
    switch (it.kind) {
      case 'title':
        children.push(new Paragraph({ text: it.text, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }));
        break;
      case 'heading': {
        const n = numberOf(it.level - 1);
        const heading = it.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
        children.push(
          n
            ? new Paragraph({ text: it.rest, heading, numbering: { reference: n.list, level: n.level } })
            : new Paragraph({ text: it.text, heading }),
        );
        break;
      }
      case 'para': {
        const n = it.numbered ? numberOf(it.numbered.level) : null;
        children.push(
          n && it.numbered
            ? new Paragraph({ text: it.numbered.rest, numbering: { reference: n.list, level: n.level } })
            : new Paragraph({ text: it.text, indent: { firstLine: 640 } }),
        );
        break;
      }
      case 'toc':
        children.push(new Paragraph({ text: it.text, style: it.level === 1 ? 'TOC1' : 'TOC2' }));
        break;
      case 'bullet':
        children.push(new Paragraph({ text: it.text, numbering: { reference: 'members', level: 0 } }));
        break;
      case 'table':
        children.push(docxTable(it.rows), new Paragraph({ text: '' }));
        break;
      case 'box':
        children.push(docxBox(it.title, it.paragraphs), new Paragraph({ text: '' }));
        break;
    }
  }
  const doc = new Document({
    creator: 'planlens fixtures',
    styles: {
      default: { document: { run: { font: 'FangSong', size: 32 } } },
      paragraphStyles: [
        { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal' },
        { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 640 } } },
      ],
    },
    numbering: { config: numberingConfig },
    sections: [{ children }],
  });
  return stableZip(await Packer.toBuffer(doc));
}

// Word stamps the time into docProps/core.xml and every zip entry; fix both so a rebuild gives the same bytes.
const FIXED_TIME = '2024-01-01T00:00:00Z';
async function stableZip(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string')).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_TIME}`);
    zip.file('docProps/core.xml', xml);
  }
  for (const f of Object.values(zip.files)) f.date = new Date(FIXED_TIME);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

// ---------------------------------------------------------------------------------------------------
// .html

interface PageStyle {
  charset: 'utf-8' | 'gb2312';
  /** how the charset is declared */
  meta: 'charset' | 'http-equiv';
  headings: 'strong' | 'h';
  container: string;
  /** old sites lay the page out in tables */
  tableLayout: boolean;
  /** cover lines before the title joined into one <p> with <br> */
  brCover: boolean;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlTable(rows: TableCell[][]): string {
  const trs = rows.map(
    (r) =>
      `<tr>${r
        .map((c) => `<td${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}>${c.text.split('\n').map(esc).join('<br>')}</td>`)
        .join('')}</tr>`,
  );
  return `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%">\n${trs.join('\n')}\n</table>`;
}

function articleHtml(items: Item[], style: PageStyle): string {
  const out: string[] = [];
  let cover: string[] = [];
  const flushCover = (): void => {
    if (cover.length) out.push(`<p style="text-align:center">${cover.map(esc).join('<br>\n')}</p>`);
    cover = [];
  };
  const titleIndex = items.findIndex((it) => it.kind === 'title');
  items.forEach((it, k) => {
    if (style.brCover && k < titleIndex && it.kind === 'para' && !it.numbered && [...it.text].length <= 40) {
      cover.push(it.text);
      return;
    }
    flushCover();
    switch (it.kind) {
      case 'title':
        out.push(`<p style="text-align:center;font-size:22px"><strong>${esc(it.text)}</strong></p>`);
        break;
      case 'heading':
        if (style.headings === 'h') out.push(`<h${it.level + 1}>${esc(it.text)}</h${it.level + 1}>`);
        else out.push(`<p style="text-indent:2em"><strong>${esc(it.text)}</strong></p>`);
        break;
      case 'para':
        out.push(`<p style="text-indent:2em">&nbsp;&nbsp;${esc(it.text)}</p>`);
        break;
      case 'toc':
        out.push(`<p class="toc${it.level}">${esc(it.text)}</p>`);
        break;
      case 'bullet': {
        const prev = items[k - 1];
        if (prev?.kind !== 'bullet') out.push('<ul class="members">');
        out.push(`<li>${esc(it.text)}</li>`);
        if (items[k + 1]?.kind !== 'bullet') out.push('</ul>');
        break;
      }
      case 'table':
        out.push(htmlTable(it.rows));
        break;
      case 'box':
        out.push(
          `<table class="zhuanlan" border="1" cellspacing="0" style="width:100%">${it.title ? `\n<tr><td><strong>${esc(it.title)}</strong></td></tr>` : ''}\n<tr><td>${it.paragraphs
            .map((p) => `<p>${esc(p)}</p>`)
            .join('')}</td></tr>\n</table>`,
        );
        break;
    }
  });
  flushCover();
  return out.join('\n');
}

function makeHtml(items: Item[], style: PageStyle): Buffer {
  const title = items.find((it) => it.kind === 'title')?.text ?? '';
  const meta =
    style.meta === 'charset'
      ? `<meta charset="${style.charset}">`
      : `<meta http-equiv="Content-Type" content="text/html; charset=${style.charset}">`;
  const header = `<div class="header"><div class="logo">人民政府门户网站</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zcwj/">政策文件</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul>
<form class="search"><input type="text" name="q"><button>搜索</button></form></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zcwj/">政策文件</a></div>`;
  const titleBlock = `<div class="article-title"><h1>${esc(title)}</h1>
<div class="info"><span>发布日期：2022-12-01</span> <span>来源：政府办公室</span> <span>浏览次数：1024</span> <span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div></div>`;
  const article = `<div ${style.container}>\n${articleHtml(items, style)}\n</div>`;
  const tools = `<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a/1.html">关于进一步加强知识产权保护工作的通知</a></li><li><a href="/a/2.html">关于印发专利转化专项计划的通知</a></li><li><a href="/a/3.html">政策解读：知识产权规划</a></li></ul></div>`;
  const footer = `<div class="footer"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>
<p>版权所有：人民政府办公室　主办单位：人民政府办公室</p>
<p>ICP备12345678号　网站标识码：0000000001　公网安备 00000000000001号</p></div>`;
  const main = style.tableLayout
    ? `<table width="1000" align="center" cellspacing="0" cellpadding="0"><tr><td>${header}</td></tr>
<tr><td><table width="100%"><tr><td class="left-col" width="760">${titleBlock}\n${article}\n${tools}</td><td class="right-col" width="240"><div class="side"><h3>热点专题</h3><ul><li><a>优化营商环境</a></li><li><a>政府信息公开年报</a></li></ul></div></td></tr></table></td></tr>
<tr><td>${footer}</td></tr></table>`
    : `${header}\n<div class="main">\n${titleBlock}\n${article}\n${tools}\n</div>\n${footer}`;
  const page = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${meta}
<title>${esc(title)}_政策文件_人民政府门户网站</title>
<style>body{font-family:SimSun} .toc2{padding-left:2em}</style>
<script>var _hm = 'analytics';</script>
</head>
<body>
${main}
</body>
</html>
`;
  return style.charset === 'gb2312' ? iconv.encode(page, 'gb18030') : Buffer.from(page, 'utf8');
}

// Page styles, varied so the html reader meets several kinds of government pages.
const PAGE_STYLES: PageStyle[] = [
  { charset: 'utf-8', meta: 'charset', headings: 'strong', container: 'id="zoom" class="article-content"', tableLayout: false, brCover: false },
  { charset: 'utf-8', meta: 'http-equiv', headings: 'strong', container: 'class="TRS_Editor"', tableLayout: false, brCover: false },
  { charset: 'gb2312', meta: 'charset', headings: 'strong', container: 'class="Custom_UnionStyle"', tableLayout: true, brCover: true },
  { charset: 'utf-8', meta: 'charset', headings: 'h', container: 'class="pages_content"', tableLayout: false, brCover: false },
  { charset: 'utf-8', meta: 'charset', headings: 'strong', container: 'id="content"', tableLayout: false, brCover: false },
];

// ---------------------------------------------------------------------------------------------------
// fixtures/task-table: a 工作方案 with a 重点任务分工表 (wording written for the tests)

interface TaskRow {
  n: string;
  task: string;
  measure: string;
  /** the lead unit; null: covered by the merged cell above */
  lead: string | null;
  /** rows the lead cell spans (1 = not merged) */
  leadSpan: number;
  support: string;
  deadline: string;
}

const TASK_TABLE_PLAN = {
  title: '溪山市推进社区嵌入式养老服务设施建设工作方案',
  intro: '为补齐社区养老服务短板，推动养老服务设施嵌入社区、就近可及，结合本市实际，制定本方案。',
  goalHeading: '一、工作目标',
  goal: '到2025年底，全市建成社区嵌入式养老服务设施60个以上，街道综合养老服务中心覆盖率达到100%。',
  taskHeading: '二、重点任务分工',
  taskIntro: '各牵头单位要会同配合单位细化工作措施，按照完成时限逐项推进。具体分工如下。',
  caption: '表1 重点任务分工表',
  header: ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'],
  rows: [
    { n: '1', task: '摸清设施底数', measure: '开展社区养老服务设施普查，建立设施台账。', lead: '市民政局', leadSpan: 3, support: '市统计局', deadline: '2024年6月底' },
    { n: '2', task: '盘活闲置用房', measure: '清理社区闲置公共用房，优先用于养老服务。', lead: null, leadSpan: 1, support: '市住房城乡建设局、市机关事务管理局', deadline: '2024年9月底' },
    { n: '3', task: '统一建设标准', measure: '制定社区嵌入式养老服务设施建设导则。', lead: null, leadSpan: 1, support: '市市场监管局', deadline: '2024年12月底' },
    { n: '4', task: '保障建设资金', measure: '统筹福利彩票公益金支持设施建设和运营补贴。', lead: '市财政局', leadSpan: 2, support: '市民政局', deadline: '长期' },
    { n: '5', task: '落实税费优惠', measure: '对社区养老服务机构落实税费减免政策。', lead: null, leadSpan: 1, support: '市税务局', deadline: '长期' },
  ] as TaskRow[],
  /** continued on the next page, without the header row */
  continued: [
    { n: '6', task: '培育运营主体', measure: '引导专业机构连锁化运营社区设施。', lead: '市民政局', leadSpan: 1, support: '各区、县级市人民政府', deadline: '2025年6月底' },
    { n: '7', task: '推进医养结合', measure: '推动社区卫生服务中心与养老设施签约合作。', lead: '市卫生健康委', leadSpan: 2, support: '市医保局', deadline: '2025年12月底' },
    { n: '8', task: '强化人才支撑', measure: '开展养老护理员职业技能培训。', lead: null, leadSpan: 1, support: '市人力资源社会保障局', deadline: '2025年12月底' },
  ] as TaskRow[],
  safeguardHeading: '三、保障措施',
  safeguards: ['（一）加强统筹协调。建立部门协同推进机制，定期调度工作进展。', '（二）强化督促检查。将任务落实情况纳入年度考核。'],
};

function taskRowCells(r: TaskRow): TableCell[] {
  const cells: TableCell[] = [r.n, r.task, r.measure].map((text) => ({ text, rowSpan: 1, colSpan: 1 }));
  if (r.lead !== null) cells.push({ text: r.lead, rowSpan: r.leadSpan, colSpan: 1 });
  for (const text of [r.support, r.deadline]) cells.push({ text, rowSpan: 1, colSpan: 1 });
  return cells;
}

function taskTableDocx(rows: TableCell[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r) => new TableRow({ children: r.map((c) => new DocxTableCell({ rowSpan: c.rowSpan, children: docxCellParagraphs(c.text) })) })),
  });
}

async function makeTaskTableFixture(): Promise<void> {
  const P = TASK_TABLE_PLAN;
  const dir = join(ROOT, 'fixtures/task-table');
  mkdirSync(dir, { recursive: true });
  const header: TableCell[] = P.header.map((text) => ({ text, rowSpan: 1, colSpan: 1 }));
  const first = [header, ...P.rows.map(taskRowCells)];
  const second = P.continued.map(taskRowCells);

  const body = (text: string) => new Paragraph({ text, indent: { firstLine: 640 } });
  const doc = new Document({
    creator: 'planlens fixtures',
    styles: { default: { document: { run: { font: 'FangSong', size: 32 } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: P.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          body(P.intro),
          new Paragraph({ text: P.goalHeading, heading: HeadingLevel.HEADING_1 }),
          body(P.goal),
          new Paragraph({ text: P.taskHeading, heading: HeadingLevel.HEADING_1 }),
          body(P.taskIntro),
          new Paragraph({ text: P.caption, alignment: AlignmentType.CENTER }),
          taskTableDocx(first),
          new Paragraph({ children: [new PageBreak()] }),
          taskTableDocx(second),
          new Paragraph({ text: P.safeguardHeading, heading: HeadingLevel.HEADING_1 }),
          ...P.safeguards.map(body),
        ],
      },
    ],
  });
  writeFileSync(join(dir, 'renwu-fengong.docx'), await stableZip(await Packer.toBuffer(doc)));

  const p = (text: string) => `<p style="text-indent:2em">${esc(text)}</p>`;
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(P.title)}_政策文件_人民政府门户网站</title>
</head>
<body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zcwj/">政策文件</a></div>
<div class="TRS_Editor">
<p style="text-align:center"><strong>${esc(P.title)}</strong></p>
${p(P.intro)}
<p><strong>${esc(P.goalHeading)}</strong></p>
${p(P.goal)}
<p><strong>${esc(P.taskHeading)}</strong></p>
${p(P.taskIntro)}
<p style="text-align:center">${esc(P.caption)}</p>
${htmlTable(first)}
${htmlTable(second)}
<p><strong>${esc(P.safeguardHeading)}</strong></p>
${P.safeguards.map(p).join('\n')}
</div>
<div class="footer"><p>版权所有：人民政府办公室</p></div>
</body>
</html>
`;
  writeFileSync(join(dir, 'renwu-fengong.html'), html);

  // the text a PDF export gives: cells apart by tabs, a merged cell empty below its first row, a page number
  const tabRow = (r: TaskRow) => [r.n, r.task, r.measure, r.lead ?? '', r.support, r.deadline].join('\t');
  const txt = [
    P.title,
    '',
    P.intro,
    P.goalHeading,
    P.goal,
    P.taskHeading,
    P.taskIntro,
    P.caption,
    P.header.join('\t'),
    ...P.rows.map(tabRow),
    '',
    '— 2 —',
    '',
    ...P.continued.map(tabRow),
    P.safeguardHeading,
    ...P.safeguards,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'renwu-fengong.txt'), txt);
  console.log(`task-table: renwu-fengong.{docx,html,txt}, ${P.rows.length + P.continued.length} task rows`);
}

async function main(): Promise<void> {
  const txtDir = join(ROOT, 'fixtures/txt');
  mkdirSync(join(ROOT, 'fixtures/docx'), { recursive: true });
  mkdirSync(join(ROOT, 'fixtures/html'), { recursive: true });
  const files = readdirSync(txtDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const [k, file] of files.entries()) {
    const name = basename(file, '.txt');
    const txt = ingestTxt(readFileSync(join(txtDir, file)), file);
    const items = buildItems(txt.blocks);
    const docx = await makeDocx(items);
    writeFileSync(join(ROOT, 'fixtures/docx', `${name}.docx`), docx);
    const html = makeHtml(items, PAGE_STYLES[k % PAGE_STYLES.length]);
    writeFileSync(join(ROOT, 'fixtures/html', `${name}.html`), html);
    console.log(`${name}: ${items.length} items, numbering ${numberingMode(items) ?? 'typed'}, docx ${docx.length} B, html ${html.length} B`);
  }
  await makeTaskTableFixture();
}

await main();
