/**
 * .html/.htm ingest: a plan saved from a government web site. The page is decoded (BOM, then the
 * declared charset, then sniffing: GB2312/GBK pages are common), the article is found among the site's
 * navigation, breadcrumbs, share/print links, related links and footer, and walked into blocks with the
 * walker the .docx reader uses (html-blocks.ts). What is left out is reported in one info diagnostic.
 *
 * Finding the article, a general rule rather than a list of sites: every text unit (the text directly
 * inside one block element) weighs its Chinese characters that are not link text; units that are mostly
 * links, that sit in <nav>/<footer>, or that are short site furniture (src/data/html-boilerplate.json)
 * weigh nothing. Starting at <body>, descend into the child element holding the most weight as long as
 * it holds at least 85% of the page's weight (60% for an element whose id/class names it as content).
 * The deepest such element is the article. A title just before it (h1–h3, a "title" element, or a line
 * ending in a 公文 genre such as 方案/规划/通知) that the article does not repeat is put first.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { InputError } from '../errors.js';
import type { Diagnostic } from '../schema/plan.js';
import type { IngestResult } from './blocks.js';
import { decodePage } from './html-charset.js';
import { BLOCK_TAGS, SKIPPED_TAGS, cjkCount, isElement, normalizeText, repairBlocks, sortDiagnostics, walkBlocks } from './html-blocks.js';
import pageData from '../data/html-boilerplate.json' with { type: 'json' };
import { GENRE_SOURCE } from '../nlp/genres.js';
import { findPageMetaTable, publicationDateIn, type PageMeta } from './page-meta-table.js';
import { descendToArticle } from './article-descent.js';
import { attachmentListReader } from './attachment-list.js';

const BOILERPLATE = new RegExp(pageData.boilerplate.join('|'), 'i');
const CONTENT_HINTS = pageData.contentHints.map((h) => h.toLowerCase());

/** Share of the page's article-like text the chosen container must hold. */
const ARTICLE_SHARE = 0.85;
const HINTED_ARTICLE_SHARE = 0.6;

export function isBoilerplateText(text: string, linkChars = 0): boolean {
  const chars = cjkCount(text);
  if (chars > 0 && linkChars / chars > 0.5 && chars <= 60) return true; // a link, or a row of links
  return [...text].length <= pageData.maxBoilerplateChars && BOILERPLATE.test(text);
}

// ---------------------------------------------------------------------------------------------------
// Finding the article

interface Unit {
  el: Element;
  text: string;
  linkChars: number;
  weight: number;
}

function isHidden(el: Element): boolean {
  // a page may hide its whole <body> until its scripts have run: that is not hidden text
  if (el.name === 'body' || el.name === 'html') return false;
  if (el.attribs.hidden !== undefined) return true;
  const style = (el.attribs.style ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function parentElement(el: AnyNode): Element | null {
  const p = el.parent as AnyNode | null;
  return p && isElement(p) ? p : null;
}

function contains(ancestor: Element, node: AnyNode): boolean {
  for (let p: AnyNode | null = node; p; p = p.parent as AnyNode | null) if (p === ancestor) return true;
  return false;
}

/** Text units of the page: the text of each text node, grouped by its nearest block element. */
function collectUnits(root: Element): Unit[] {
  const byEl = new Map<Element, Unit>();
  const order: Unit[] = [];
  const visit = (node: AnyNode, block: Element, inLink: boolean, muted: boolean): void => {
    if (node.type === 'text') {
      if (!node.data.trim()) {
        // whitespace between inline elements still separates words
        const u = byEl.get(block);
        if (u) u.text += ' ';
        return;
      }
      let u = byEl.get(block);
      if (!u) {
        u = { el: block, text: '', linkChars: 0, weight: muted ? -1 : 0 };
        byEl.set(block, u);
        order.push(u);
      }
      u.text += node.data;
      if (inLink) u.linkChars += cjkCount(node.data);
      return;
    }
    // a page may hide its whole <body> until its scripts run (`visibility: hidden`): only hidden parts inside count
    if (!isElement(node) || SKIPPED_TAGS.has(node.name) || (node !== root && isHidden(node))) return;
    const isBlock = BLOCK_TAGS.has(node.name);
    const mute = muted || node.name === 'nav' || node.name === 'footer';
    for (const c of node.children) visit(c, isBlock ? node : block, inLink || node.name === 'a', mute);
  };
  visit(root, root, false, false);
  for (const u of order) {
    u.text = normalizeText(u.text);
    u.weight = u.weight < 0 || isBoilerplateText(u.text, u.linkChars) ? 0 : cjkCount(u.text) - u.linkChars;
  }
  return order;
}

function isHinted(el: Element): boolean {
  const names = `${el.attribs.id ?? ''} ${el.attribs.class ?? ''}`.toLowerCase();
  return names.trim() !== '' && CONTENT_HINTS.some((h) => names.includes(h));
}

export function findArticle(body: Element, units: Unit[]): Element {
  return descendToArticle(body, units, { share: ARTICLE_SHARE, hintedShare: HINTED_ARTICLE_SHARE, isHinted });
}

const TITLE_LIKE = /title|biaoti/i;
// a 公文 title ends with its genre (方案, 规划, 通知 …), a draft's with its status in brackets after it
const MIN_GENRE_TITLE_CHARS = 8;
const GENRE_END = new RegExp(`(?:${GENRE_SOURCE})(?:[（(][^）)]{2,8}[）)])?$`);
/** A sentence of the document's running text: it ends a sentence, or is longer than any metadata value. */
function isProse(text: string): boolean {
  return /[。！？；]$/.test(text.trim()) || [...text].length > 120;
}

/** The article's title when it stands just before the article container (h1–h3 or a "title" element). */
function titleBefore(article: Element, units: Unit[]): Unit | null {
  const scope = parentElement(parentElement(parentElement(article) ?? article) ?? article) ?? article;
  let found: Unit | null = null;
  for (const u of units) {
    if (contains(article, u.el)) break; // units are in document order
    if (!contains(scope, u.el) || u.weight === 0) continue;
    const chars = [...u.text].length;
    if (chars < 4 || chars > 100 || cjkCount(u.text) < 4) continue;
    // a column label such as 规划计划 also ends in a genre: a title names its subject before the genre
    let titled = chars >= MIN_GENRE_TITLE_CHARS && GENRE_END.test(u.text.trim());
    for (let el: Element | null = u.el; el && el !== scope && !titled; el = parentElement(el)) {
      titled = /^h[1-3]$/.test(el.name) || TITLE_LIKE.test(`${el.attribs.id ?? ''} ${el.attribs.class ?? ''}`);
    }
    if (titled) found = u;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------

export async function ingestHtml(bytes: Uint8Array, path: string): Promise<IngestResult> {
  const decoded = decodePage(bytes, path);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  const $ = cheerio.load(decoded.text);
  const body = ($('body')[0] ?? $.root()[0]) as Element;
  const units = collectUnits(body);
  if (!units.some((u) => u.text)) throw new InputError(path, 'no text found in the page');

  const article = findArticle(body, units);
  const title = article === body ? null : titleBefore(article, units);
  const articleStart = compactText(units.filter((u) => contains(article, u.el)).slice(0, 3).map((u) => u.text).join(''));
  const prepend = title && !articleStart.includes(compactText(title.text)) ? [{ text: title.text, heading: 1 }] : [];

  // the page's metadata table (索引号, 发文机关, 成文日期 …) is the page's record of the document, not its text
  // it stands above the document: only units before the article's first sentence of running text are looked at
  const texted = units.filter((u) => u.text);
  const firstProse = texted.findIndex((u) => contains(article, u.el) && isProse(u.text));
  const head = firstProse < 0 ? texted : texted.slice(0, firstProse);
  const metaTable = findPageMetaTable(head.map((u) => ({ text: u.text, record: recordOf(u.el) })));
  const metaUnits = new Set(metaTable?.indexes.map((i) => texted[i]) ?? []);
  const metaSkip = metaTable ? elementsToSkip([...metaUnits], units) : new Set<Element>();

  // the 附件说明 is document text though its names are links
  const attachments = attachmentListReader();
  const walk = walkBlocks([article], {
    source: 'html',
    isBoilerplate: (text, links) => !attachments.isAttachmentLine(text) && isBoilerplateText(text, links),
    skip: (el) => isHidden(el) || el.name === 'nav' || metaSkip.has(el),
    prepend,
  });
  // the title unit (when prepended) is not dropped text; the metadata table is reported on its own
  const outside = units.filter((u) => u.text && !contains(article, u.el) && u !== title && !metaUnits.has(u));
  const dropped = [...outside.map((u) => u.text), ...walk.dropped];
  if (dropped.length) {
    const chars = dropped.reduce((n, t) => n + [...t].length, 0);
    const sample = dropped.slice(0, 8).map((t) => ([...t].length > 30 ? `${[...t].slice(0, 30).join('')}…` : t));
    diagnostics.push({
      severity: 'info',
      code: 'html.non-article-dropped',
      message: `left out ${dropped.length} text block${dropped.length === 1 ? '' : 's'} (${chars} characters) that are not part of the article: site navigation, breadcrumbs, title-block details, share/print links, related links, footer`,
      line: 0,
      actual: sample.join(' | '),
    });
  }
  if (metaTable) {
    const labels = metaTable.meta.entries.map((e) => e.label);
    diagnostics.push({
      severity: 'info',
      code: 'html.page-metadata',
      message: `read the page's metadata table (${labels.join(', ')}) as the page's record of the document, not plan text; meta takes issuer, date, 文号 and title from it where the text does not give them`,
      line: 0,
      actual: metaTable.meta.entries.map((e) => `${e.label}：${e.value}`).join(' | '),
    });
  }
  const repaired = repairBlocks(walk.blocks);
  diagnostics.push(...repaired.diagnostics);
  if (repaired.blocks.length === 0) throw new InputError(path, 'no text found in the page');
  // no metadata table names the document: the page's <title> may (meta takes it where the text has no title)
  const pageTitle = metaTable?.meta.title ? null : documentTitleOf($('head > title').first().text());
  // nor any table: the line the site sets under the title may say when it published the page
  const published = metaTable ? null : publishedLineOf(head.map((u) => u.text));
  const pageMeta = metaTable ? { ...metaTable.meta, title: metaTable.meta.title ?? pageTitle } : pageTitle || published ? lineOnlyPageMeta(pageTitle, published) : null;
  return {
    format: 'html',
    encoding: decoded.encoding,
    lineCount: walk.lines.length,
    lines: walk.lines,
    blocks: repaired.blocks,
    diagnostics: sortDiagnostics(diagnostics),
    ...(pageMeta ? { pageMeta } : {}),
  };
}

/**
 * The document's title in a page's <title>: the part, between the separators sites put around their own
 * name (`_`, `|`, ` - `, `—`), that reads as a 公文 title (it ends in its genre, 8 characters at least, or
 * is the notice that issues such a document);
 * null when none does (`首页`, `某某市人民政府门户网站`).
 */
export function documentTitleOf(pageTitle: string): string | null {
  const parts = pageTitle
    .split(/\s*[_|｜]\s*|\s+[-–—－]+\s+|——/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const titled = (p: string): boolean => [...p].length >= MIN_GENRE_TITLE_CHARS && cjkCount(p) >= 4 && GENRE_END.test(p);
  // a notice that issues the document (关于印发《…方案》的通知) names it too
  return parts.find((p) => titled(p) || titled(NOTICE_OF.exec(p)?.[1] ?? '')) ?? null;
}
const NOTICE_OF = /(?:印发|转发|发布)《?(.+?)》?的通知$/;

function lineOnlyPageMeta(title: string | null, published: { label: string; date: string } | null): PageMeta {
  const entries: PageMeta['entries'] = [];
  if (title) entries.push({ label: '<title>', field: 'title', value: title });
  if (published) entries.push({ label: published.label, field: 'publishedDate', value: published.date });
  return { issuer: null, writtenDate: null, publishedDate: published?.date ?? null, docNumber: null, title, entries };
}

/** The publication line among the units above the article's text (`发布日期：2024-03-12`). */
function publishedLineOf(texts: string[]): { label: string; date: string } | null {
  for (const t of texts) {
    const date = [...t].length <= 120 ? publicationDateIn(t) : null;
    if (date) return { label: t.trim().slice(0, 30), date };
  }
  return null;
}

/** The record a text unit stands in: its table row, else its parent element. */
function recordOf(el: Element): Element | null {
  for (let p: Element | null = el; p; p = parentElement(p)) if (p.name === 'tr') return p;
  return parentElement(el);
}

/**
 * The elements the walker leaves out for a metadata table: the smallest table holding all its units when
 * that table holds nothing else, else each of its units' elements (a run of short lines).
 */
function elementsToSkip(metaUnits: Unit[], units: Unit[]): Set<Element> {
  const members = new Set(metaUnits);
  for (let el: Element | null = parentElement(metaUnits[0].el); el; el = parentElement(el)) {
    if (el.name !== 'table') continue;
    if (!metaUnits.every((u) => contains(el!, u.el))) continue;
    const inside = units.filter((u) => u.text && contains(el!, u.el));
    if (inside.every((u) => members.has(u))) return new Set([el]);
    break;
  }
  return new Set(metaUnits.map((u) => u.el));
}

function compactText(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, '');
}
