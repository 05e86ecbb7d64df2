/**
 * Document metadata from the parts the segmenter found: the title block, the cover notice, the
 * footer, and (for province, period and horizon) the whole text.
 */
import type { Block } from '../ingest/blocks.js';
import type { Meta } from '../schema/plan.js';
import type { SegmentedDocument } from '../segment/types.js';
import regions from '../data/regions.json' with { type: 'json' };
import partsData from '../data/document-parts.json' with { type: 'json' };
import { parseChineseInteger } from '../nlp/chinese-numerals.js';

const KIND = new RegExp(`(${partsData.planKinds.join('|')})`, 'g');
const DRAFT = new RegExp(partsData.statusDraft.join('|'));
const COUNTY_CITIES = new Set(regions.countyLevelCities);
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}[〔［\[【(（]\s*\d{4}\s*[〕］\]】)）]\s*\d{1,4}\s*号/;
const CN_DATE = '[〇零一二三四五六七八九十○Ｏ0-9]';
const DATE = new RegExp(`(\\d{4}|${CN_DATE}{4})\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月(?:\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日)?`);
const NOT_IN_REGION = /知识|产权|推进|关于|建设|国家|创新|印发|工作/;

function textOf(b: Block): string {
  return b.type === 'table' ? b.rows.map((r) => r.map((c) => c.text).join(' ')).join(' ') : b.text.trim();
}

export function extractMeta(doc: SegmentedDocument): Meta {
  const blocksOf = (kind: string) => doc.placed.filter((p) => p.part === kind).map((p) => textOf(p.block));
  const titlePart = doc.parts.find((p) => p.kind === 'title');
  const titleLines = blocksOf('title');
  const coverLines = blocksOf('cover');
  const footerLines = blocksOf('footer');
  const allText = doc.placed.map((p) => textOf(p.block)).join('\n');

  const rawTitle = titlePart?.title ?? null;
  const title = rawTitle ? cleanTitle(rawTitle) : null;
  const region = title ? regionOf(title) : regionFromIssuer(coverLines);
  const province = provinceOf(region, allText);
  const statusText = [...titleLines.slice(0, 6), ...coverLines, rawTitle ?? ''].join('\n');

  return {
    title,
    region,
    province,
    level: levelOf(region),
    docNumber: docNumberOf(coverLines),
    issuer: issuerOf(coverLines, titleLines, rawTitle),
    issueDate: issueDateOf(coverLines, titleLines, footerLines),
    period: periodOf(titleLines, rawTitle, allText),
    horizon: horizonOf(allText),
    status: DRAFT.test(statusText) ? 'draft' : 'final',
    kind: title ? kindOf(title) : null,
  };
}

/** The title without a trailing status bracket (（征求意见稿）) or period bracket. */
function cleanTitle(t: string): string {
  return t.replace(/\s+/g, '').replace(/[（(〔][^（(）)]*[）)〕]$/, '') || t;
}

function kindOf(title: string): string | null {
  const all = [...title.matchAll(KIND)];
  return all.length ? all[all.length - 1][1] : null;
}

/** The region a title starts with: `宿州市“十四五”…` → 宿州市, `湖北省…` → 湖北省. */
export function regionOf(title: string): string | null {
  let t = title.replace(/^关于/, '');
  let province: string | null = null;
  for (const [full] of regions.provinces) {
    if (t.startsWith(full)) {
      province = full;
      t = t.slice(full.length);
      break;
    }
  }
  // try the suffixes from the most to the least common for plan issuers; 2–6 characters before them
  for (const re of [/^([\u4e00-\u9fa5]{2,6}?市)/, /^([\u4e00-\u9fa5]{2,8}?(?:自治州|地区|盟))/, /^([\u4e00-\u9fa5]{1,6}?(?:自治县|县|旗))/, /^([\u4e00-\u9fa5]{1,6}?区)/]) {
    const m = re.exec(t);
    if (m && !NOT_IN_REGION.test(m[1])) return m[1];
  }
  return province;
}

function regionFromIssuer(cover: string[]): string | null {
  for (const line of cover) {
    const r = regionOf(line);
    if (r) return r;
  }
  return null;
}

function levelOf(region: string | null): Meta['level'] {
  if (!region) return null;
  if (/(省|自治区|特别行政区)$/.test(region) || MUNICIPALITIES.has(region)) return 'province';
  if (COUNTY_CITIES.has(region) || /(县|旗)$/.test(region)) return 'county';
  if (/区$/.test(region)) return 'district';
  return 'city';
}

/** The province named in the text most often (full names count double), or the region itself. */
function provinceOf(region: string | null, text: string): string | null {
  if (region && levelOf(region) === 'province') return region;
  let best: string | null = null;
  let bestScore = 0;
  let bestFirst = Infinity;
  for (const [full, short] of regions.provinces) {
    if (MUNICIPALITIES.has(full)) continue;
    const fullCount = count(text, full);
    const score = 2 * fullCount + (count(text, short) - fullCount);
    const first = text.indexOf(short);
    if (score > bestScore || (score === bestScore && score > 0 && first < bestFirst)) {
      best = full;
      bestScore = score;
      bestFirst = first;
    }
  }
  return best;
}

function count(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

function docNumberOf(cover: string[]): string | null {
  for (const line of cover) {
    const m = DOC_NUMBER.exec(line.replace(/\s/g, ''));
    if (m && !/《/.test(line)) return m[0];
  }
  return null;
}

function issuerOf(cover: string[], titleLines: string[], rawTitle: string | null): string | null {
  for (const line of cover) {
    const m = /^(.{2,30}?)文件$/.exec(line.replace(/\s/g, ''));
    if (m) return m[1];
  }
  for (const line of cover) {
    const m = /^(.{2,30}?)关于印发/.exec(line.replace(/\s/g, ''));
    if (m && regionOf(m[1])) return m[1];
  }
  // the signature: an office name right above the date line
  const issuerRe = new RegExp(`(${partsData.issuerSuffix.join('|')})$`);
  for (let i = cover.length - 1; i > 0; i--) {
    if (DATE.test(cover[i]) && cover[i].length <= 20 && issuerRe.test(cover[i - 1]) && cover[i - 1].length <= 30) return cover[i - 1];
  }
  // issuing bodies listed under the title (title block lines that are office names)
  const bodies = titleLines.filter((l) => l !== rawTitle && l.length <= 30 && issuerRe.test(l) && !/[，,。]/.test(l));
  return bodies.length ? bodies.join('、') : null;
}

function formatDate(m: RegExpExecArray): string {
  const y = /^\d{4}$/.test(m[1]) ? Number(m[1]) : parseChineseInteger(m[1].replace(/[○Ｏ]/g, '〇'));
  const mo = parseChineseInteger(m[2]);
  const d = m[3] ? parseChineseInteger(m[3]) : null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return d ? `${y}-${pad(mo!)}-${pad(d)}` : `${y}-${pad(mo!)}`;
}

function issueDateOf(cover: string[], titleLines: string[], footer: string[]): string | null {
  const dateLine = (lines: string[], extra?: RegExp) => {
    for (const l of lines) {
      const t = l.replace(/\s/g, '');
      if (t.length > 24) continue;
      if (extra && !extra.test(t)) continue;
      const m = DATE.exec(t);
      if (m && m.index === 0) return formatDate(m);
    }
    return null;
  };
  return dateLine([...cover].reverse()) ?? dateLine(titleLines) ?? dateLine(footer, /印发$/);
}

function periodOf(titleLines: string[], rawTitle: string | null, text: string): Meta['period'] {
  const range = /((?:19|20)\d{2})\s*[—–\-－~～至到]\s*((?:19|20)\d{2})\s*年/;
  for (const l of [rawTitle ?? '', ...titleLines]) {
    const m = range.exec(l);
    if (m) return { start: Number(m[1]), end: Number(m[2]) };
  }
  const plans = regions.fiveYearPlans as unknown as Record<string, [number, number]>;
  for (const l of [rawTitle ?? '', ...titleLines]) {
    for (const [name, [start, end]] of Object.entries(plans)) if (l.includes(name)) return { start, end };
  }
  const stated = /规划期(?:为|限为|限)?\s*((?:19|20)\d{2})\s*[—–\-－~～至到]\s*((?:19|20)\d{2})/.exec(text);
  if (stated) return { start: Number(stated[1]), end: Number(stated[2]) };
  return null;
}

function horizonOf(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/到\s*((?:20)\d{2})\s*年/g)) years.add(Number(m[1]));
  for (const m of text.matchAll(/到\s*(二[〇零0○]\s*[一二三四五六七八九〇零0○]{2})\s*年/g)) {
    const y = parseChineseInteger(m[1].replace(/[○0]/g, '〇').replace(/\s/g, ''));
    if (y) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}
