/**
 * Document metadata from the parts the segmenter found: the title block, the cover notice, the
 * footer, and (for province, period and horizon) the whole text. Where the text does not give its
 * issuer, date, 文号 or title, a web page's metadata table gives them (src/ingest/page-meta-table.ts).
 */
import type { Block } from '../ingest/blocks.js';
import { findPageMetaInLines, publicationDateIn, type PageMeta } from '../ingest/page-meta-table.js';
import type { Meta } from '../schema/plan.js';
import { alternation } from '../nlp/regex.js';
import type { SegmentedDocument } from '../segment/types.js';
import regions from '../data/regions.json' with { type: 'json' };
import partsData from '../data/document-parts.json' with { type: 'json' };
import { GENRE_SOURCE } from '../nlp/genres.js';
import { parseChineseInteger } from '../nlp/numbers.js';
import { ISSUER_LINE, isTitleCandidate } from '../segment/parts.js';
import { opensWithAction } from './work-items.js';

// the genre a title ends with, a plan's or another document's (预案, 条例); a government work report
// (政府工作报告) is kind 报告
const KIND = new RegExp(`(${GENRE_SOURCE})`, 'g');
const CITY_PROVINCE: Record<string, string> = Object.fromEntries(
  Object.entries({ ...regions.cityProvinces.prefecture, ...regions.cityProvinces.county }).filter((e): e is [string, string] => !e[0].startsWith('$') && typeof e[1] === 'string'),
);
const REGION_SCAN_CHARS = 60_000;
const AMBIGUOUS_SHORT_NAMES = new Set(regions.cityProvinces.shortNamesThatAreWords);
// every named division a title may start with or the text may be about, longest first
const KNOWN_PLACES = [...regions.provinces.map(([full]) => full), ...Object.keys(CITY_PROVINCE)].sort((a, b) => b.length - a.length);
const KNOWN_PLACE = new RegExp(alternation(KNOWN_PLACES));
/** A report delivered to a people's congress: `我代表市人民政府向大会报告工作`. */
const WORK_REPORT = /向大会报告|政府工作报告/;
const DRAFT = new RegExp(partsData.statusDraft.join('|'));
const COUNTY_CITIES = new Set(regions.countyLevelCities);
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
// some offices write 第 before the serial (`晋中政办发〔2023〕第21号`)
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}[〔［\[【(（]\s*\d{4}\s*[〕］\]】)）]\s*第?\s*\d{1,4}\s*号/;
const CN_DATE = '[〇零一二三四五六七八九十○Ｏ0-9]';
const DATE = new RegExp(`(\\d{4}|${CN_DATE}{4})\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月(?:\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日)?`);
const NOT_IN_REGION = /知识|产权|推进|关于|建设|国家|创新|印发|工作/;

function textOf(b: Block): string {
  return foldDigits(b.type === 'table' ? b.rows.map((r) => r.map((c) => c.text).join(' ')).join(' ') : b.text.trim());
}

/** Full-width digits (`２０２３年５月１０日`, `〔２０２３〕１２号`, as Word's 全角 typing gives) read as digits. */
function foldDigits(s: string): string {
  return s.replace(FULL_WIDTH_DIGIT, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/** `X关于印发Y的通知`: the notice that issues a document names it (Y) */
const ISSUING_NOTICE = /关于(?:印发|发布|转发)(?:《)?(.{4,60}?)(?:》)?的通知/;
/** words that end a notice's title; a 文号 glued after them starts after them */
const NOTICE_END = /^.*(?:通知|意见|决定|批复|通报|公告|的函)/;

/**
 * The title a notice gives the document it issues (`国务院关于印发国家环境保护` / `“十一五”规划的通知`,
 * a notice title broken over two lines), for a file whose own title line was not found.
 */
function titleFromNotice(lines: string[]): string | null {
  const head = lines.slice(0, 3).map((l) => l.replace(/\s/g, ''));
  for (let i = 0; i < head.length; i++) {
    const joined = head[i] + (ISSUING_NOTICE.test(head[i]) ? '' : (head[i + 1] ?? ''));
    const m = ISSUING_NOTICE.exec(joined);
    // the document may end with its period in brackets (`…总体规划（2021-2035年）`)
    if (m && KIND_AT_END.test(m[1].replace(TRAILING_BRACKET, ''))) return m[1];
  }
  return null;
}
const KIND_AT_END = new RegExp(`(?:${GENRE_SOURCE})$`);
const TRAILING_BRACKET = /[（(〔][^（(）)〕]*[）)〕]$/;

/**
 * The title of a notice that is itself the document (`关于进一步加强某项工作的通知`, its work set out
 * under 一、二、), perhaps with its issuer on the line above (`某市人民政府办公室` / `关于…的通知`):
 * a 关于…的通知/决定/通报 line among the opening lines that issues no other document.
 */
function ownNoticeTitle(lines: string[]): string | null {
  const head = lines.slice(0, 3).map((l) => l.replace(/\s/g, ''));
  for (let i = 0; i < head.length; i++) {
    if (!OWN_NOTICE.test(head[i]) || ISSUING_NOTICE.test(head[i])) continue;
    const above = i > 0 ? head[i - 1] : '';
    return /^关于/.test(head[i]) && above.length <= 30 && ISSUER_LINE.test(above) ? above + head[i] : head[i];
  }
  return null;
}
/** A title printed in 《》 on a line of its own among the opening lines (`《某市数字政府建设“十四五”规划》`). */
function bracketedTitle(lines: string[]): string | null {
  for (const l of lines.slice(0, 3)) {
    const m = /^《([^《》]{4,60})》$/.exec(l.replace(/\s/g, ''));
    if (m && KIND_AT_END.test(m[1].replace(TRAILING_BRACKET, ''))) return m[1];
  }
  return null;
}
const OWN_NOTICE = /^.{0,30}关于.{2,60}的(?:通知|决定|通报)$/;

export function extractMeta(doc: SegmentedDocument): Meta {
  const blocksOf = (kind: string) => doc.placed.filter((p) => p.part === kind).map((p) => textOf(p.block));
  // a file holding several documents: the plan among them (a 行动计划 rather than the 若干政策 beside it)
  const titleParts = doc.parts.filter((p) => p.kind === 'title' && p.title);
  const titlePart = titleParts.find((p) => isTitleCandidate(p.title!)) ?? titleParts[0];
  const titleOfPart = titlePart?.title ? foldDigits(titlePart.title) : null;
  const titleLines = blocksOf('title');
  const coverLines = blocksOf('cover');
  const footerLines = blocksOf('footer');
  const allText = doc.placed.map((p) => textOf(p.block)).join('\n');
  const horizon = horizonOf(allText);

  // a web page's metadata table, read by the HTML reader, or the same table copied into the cover of a text
  const page = doc.ingest.pageMeta ?? findPageMetaInLines(coverLines) ?? undefined;
  const rawTitle =
    (titleOfPart ? joinBrokenTitle(titleLines, titleOfPart) : titleFromNotice([...coverLines, ...blocksOf('preamble')]) ?? bracketedTitle([...coverLines, ...blocksOf('preamble')])) ??
    (page?.title ? titleFromNotice([page.title]) ?? page.title : null) ??
    ownNoticeTitle([...coverLines, ...blocksOf('preamble')]);
  const title = rawTitle ? cleanTitle(rawTitle) : null;
  const earlyIssuer = issuerOf(coverLines, titleLines, rawTitle);
  // a title that names no place (`关于加快推进城市国际化的实施意见`): the place its issuer names
  const region = (title ? regionOf(title) ?? (earlyIssuer ? regionOf(earlyIssuer) : null) : regionFromIssuer(coverLines)) ?? regionFromText(allText);
  const province = provinceOf(region, allText, [rawTitle ?? '', ...titleLines, ...coverLines].filter((l) => l.length <= 80));
  // a work report untitled, or titled as one (`政府工作报告`, `某县2024年政府工作报告`)
  const workReport = (!title || /报告$/.test(title)) && WORK_REPORT.test(allText.slice(0, 2000));
  // a notice signs at its end; a document issued in its own name (国发 意见) signs at the end of the text
  const closing = doc.placed.filter((p) => p.block.type !== 'table').slice(-6).map((p) => textOf(p.block));
  const signature = signatureOf(coverLines.length > 0 ? coverLines : blocksOf('preamble').slice(0, 12)) ?? signatureOf(closing);
  // a 草案 the title goes on from (`关于…计划草案的报告`) is what the document is about, not its status
  const statusText = [...titleLines.slice(0, 6), ...coverLines, rawTitle ?? ''].join('\n').replace(/草案(?=[的和与及])/g, '');
  const draft = DRAFT.test(statusText);
  // a draft put out for comment is not issued: the day a site posted it dates no issue
  const datingPage = draft && page ? { ...page, publishedDate: null } : page;
  const issueDate =
    preciserDate(issueDateOf(coverLines, titleLines, footerLines) ?? signature?.date ?? deliveryDate([...titleLines, ...blocksOf('preamble').slice(0, 3)]) ?? null, datingPage) ??
    (draft ? null : publicationLineDate([...titleLines, ...coverLines, ...blocksOf('preamble').slice(0, 3)]));
  const order = governmentOrderOf([...coverLines, ...titleLines].slice(0, 8));

  return {
    title,
    region,
    province,
    level: levelOf(region),
    docNumber: docNumberOf(coverLines) ?? docNumberAfterNotice(blocksOf('preamble').slice(0, 3)) ?? order?.docNumber ?? page?.docNumber ?? null,
    issuer: earlyIssuer ?? order?.issuer ?? signature?.issuer ?? page?.issuer ?? null,
    issueDate,
    period: periodOf(titleLines, rawTitle, allText) ?? (workReport ? reportYear(doc) : null) ?? countedYears(title, horizon, issueDate) ?? periodFromHorizon(horizon),
    horizon,
    status: draft ? 'draft' : 'final',
    // a notice is of no plan kind, whatever it is about (`关于下达年度计划的通知`)
    kind: title && !OWN_NOTICE.test(title) ? kindOf(title) : workReport ? '报告' : null,
  };
}

/**
 * The text's date unless the page's metadata table says more: no date in the text, or only its month
 * (2018-12) where the table's 成文日期 gives the day in that month. 成文日期 before 发布日期 (a document is
 * dated by when it was signed, not when the site posted it).
 */
function preciserDate(fromText: string | null, page: PageMeta | undefined): string | null {
  const fromPage = page?.writtenDate ?? page?.publishedDate ?? null;
  if (!fromText) return fromPage;
  return fromPage && fromPage.length > fromText.length && fromPage.startsWith(`${fromText}-`) ? fromPage : fromText;
}

/**
 * A title broken over two lines of the title block: the line before the one found ends inside a phrase
 * (`国务院关于加快推进农业机械化和` / `农机装备产业转型升级的指导意见`): a connector (和, 与, 及, 的, 、) or
 * an opened 关于 whose genre word has not come yet.
 */
function joinBrokenTitle(titleLines: string[], title: string): string {
  const at = titleLines.findIndex((l) => l.replace(/\s/g, '') === title.replace(/\s/g, ''));
  if (at <= 0) return title;
  const before = titleLines[at - 1].replace(/\s/g, '');
  if (before.length > 40 || /[。；;，,：:]/.test(before) || KIND_AT_END.test(before) || DATE.test(before)) return title;
  return /[和与及的、]$/.test(before) || /关于/.test(before) || CONTINUES_TITLE.test(title.trim()) ? before + title.replace(/\s/g, '') : title;
}
/**
 * A title never opens with the ordinal of a five-year plan or a connector: a line that does
 * (`第十四个五年规划和二〇三五年远景目标纲要`, `和二〇三五年…`) continues the line above it
 * (`某市国民经济和社会发展`).
 */
const CONTINUES_TITLE = /^(?:第[一二三四五六七八九十]{1,3}个五年|[和与及暨])/;

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
  // a Party committee is named 中共X委: its place is X
  let t = title.replace(/^关于/, '').replace(/^(?:中共|中国共产党)/, '');
  let province: string | null = null;
  for (const [full] of regions.provinces) {
    if (t.startsWith(full)) {
      province = full;
      t = t.slice(full.length);
      break;
    }
  }
  // try the suffixes from the most to the least common for plan issuers; 2–6 characters before them
  const suffixes = [/^([\u4e00-\u9fa5]{2,6}?市)/, /^([\u4e00-\u9fa5]{2,8}?(?:自治州|地区|盟))/, /^([\u4e00-\u9fa5]{1,6}?(?:自治县|县|旗))/, /^([\u4e00-\u9fa5]{1,6}?区)/];
  for (const [k, re] of suffixes.entries()) {
    const m = re.exec(t);
    // a city or prefecture (the first two) may be followed by the county the document is for
    // (after a province a zone is the province's: `某省自由贸易试验区建设方案`)
    if (m && province && ZONE_WORD_END.test(m[1])) continue;
    if (m && !NOT_IN_REGION.test(m[1])) return (k < 2 ? countyOf(t.slice(m[1].length)) : null) ?? m[1];
  }
  // a zone a government sets up issues in its own name, often a long one (`某某航空港经济综合实验区`,
  // `某某经济技术开发区`); a title that opens with a verb (`促进高新区发展…`) names no zone
  const zone = province ? null : ZONE.exec(t);
  if (zone && !NOT_IN_REGION.test(zone[1]) && !opensWithAction(zone[1])) return zone[1];
  return province ?? placeIn(title);
}

const ZONE_WORDS = '开发区|实验区|试验区|示范区|合作区|新区|园区|保税区';
const ZONE = new RegExp(`^([\\u4e00-\\u9fa5]{2,12}?(?:${ZONE_WORDS}))`);
// a 新区 may be a district (浦东新区): only the other zone words make a zone the province's
const ZONE_WORD_END = new RegExp(`(?:${ZONE_WORDS.replace('|新区', '')})$`);

/**
 * A county, district or banner named right after the city or prefecture it lies in (`临沂市兰山区…`,
 * `鄂尔多斯市伊金霍洛旗…`): the document is the county's, its city only says where it lies. A word for a
 * kind of area (老旧小区, 中心城区, 自然保护区) is no division.
 */
function countyOf(rest: string): string | null {
  const m = COUNTY_NAME.exec(rest);
  if (!m || NOT_IN_REGION.test(m[1])) return null;
  const name = m[1];
  if (AREA_NOUNS.some((w) => name === w || (name.length > 3 && name.endsWith(w)))) return null;
  return name;
}
// 1–4 characters and the division word; an autonomous county's name holds its peoples (大厂回族自治县);
// 区 or 县 opening a word (区域, 区块链, 县域, 县城) is no division's end
const COUNTY_NAME = /^([\u4e00-\u9fa5]{1,4}?(?:区(?![域块间位划])|县(?![域级城乡])|旗)|[\u4e00-\u9fa5]{2,10}?自治[县旗])/;
const AREA_NOUNS: string[] = regions.areaNouns.words;

/** The first known place a title names anywhere (`关于推进北京市数据专区建设的指导意见` → 北京市). */
function placeIn(title: string): string | null {
  // the leftmost name, the longest at that place (one pattern instead of a search per known place)
  const m = KNOWN_PLACE.exec(title);
  const best = m ? m[0] : null;
  const at = m ? m.index : -1;
  // a province followed by one of its cities: the city (`湖北省武汉市`)
  if (best && regions.provinces.some(([full]) => full === best)) {
    const rest = title.slice(at + best.length);
    const city = Object.keys(CITY_PROVINCE).find((c) => rest.startsWith(c));
    if (city) return city;
  }
  return best;
}

/** The name a city is called by in running text: 林芝市 → 林芝, 恩施土家族苗族自治州 → 恩施. */
function shortPlaceName(name: string): string {
  // 黔东南苗族侗族自治州 → 黔东南, 博尔塔拉蒙古自治州 → 博尔塔拉: an autonomous division is called by what
  // comes before the names of its peoples
  const autonomous = AUTONOMOUS_NAME.exec(name);
  if (autonomous) return autonomous[1];
  return name.replace(/(市|地区|盟)$/, '');
}
const AUTONOMOUS_NAME = new RegExp(`^(.+?)(?:(?:${[...regions.peoples].sort((a, b) => b.length - a.length).join('|')})族?)+自治州$`);

/**
 * The city a text without a title is about: a text that speaks of itself as a city (全市, 我市, 本市)
 * and names one city by its short name at least three times and more than any other (a work report
 * rarely writes its own name in full); the province or a place mentioned in passing loses to it.
 */
function regionFromText(whole: string): string | null {
  // the opening of a long text says what it is about; counting 700 names over megabytes would not
  const text = whole.slice(0, REGION_SCAN_CHARS);
  // a city speaks of itself as 全市/我市, a prefecture as 全州/我州, a league as 全盟
  if (!/(全|我|本)[市州盟]/.test(text)) return null;
  let best: string | null = null;
  let bestCount = 2;
  const candidates = [...Object.keys(CITY_PROVINCE), ...regions.provinces.map(([full]) => full).filter((p) => MUNICIPALITIES.has(p))];
  for (const name of candidates) {
    // a short name that is also a common word (合作, 安康) counts only written in full
    const short = AMBIGUOUS_SHORT_NAMES.has(shortPlaceName(name)) ? name : shortPlaceName(name);
    if (short.length < 2) continue;
    const n = count(text, short);
    if (n > bestCount) [best, bestCount] = [name, n];
  }
  return best;
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

/**
 * The province the document is for: its region when that is a province, the province of its city or
 * county, else a province its title or issuer names. Without those, a text that speaks of itself as a
 * province (全省, 我省, 本省) is about the province it names most; a place merely mentioned (港澳台, a
 * province in a national plan's list) never makes the province.
 */
function provinceOf(region: string | null, text: string, own: string[]): string | null {
  if (region && levelOf(region) === 'province') return region;
  if (region && CITY_PROVINCE[region]) return CITY_PROVINCE[region];
  for (const line of own) {
    const r = regionOf(line);
    if (r && levelOf(r) === 'province') return r;
    if (r && CITY_PROVINCE[r]) return CITY_PROVINCE[r];
    // a county named after its city (`临沂市兰山区`): the city's province
    // (or named after its province: `某省某某新区`, `上海市浦东新区`)
    const city = r && levelOf(r) !== 'city' ? placeIn(line) : null;
    if (city && CITY_PROVINCE[city]) return CITY_PROVINCE[city];
    if (city && levelOf(city) === 'province') return city;
  }
  if (!/(全|我|本)省|(我|本)区|(?<![健完安齐])全区(?![域县市])/.test(text.slice(0, REGION_SCAN_CHARS))) return null;
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
    // a 文号 glued to the notice title before it (`…应急预案的通知国办函〔2014〕119号`) starts after the title's last word
    if (m && !/《/.test(line)) return m[0].replace(NOTICE_END, '') || m[0];
  }
  return null;
}

/**
 * A report or speech is dated by the line under its title that says when and where it was delivered
 * (`——2024年1月10日在某市第十四届人民代表大会第四次会议上`).
 */
function deliveryDate(titleLines: string[]): string | null {
  for (const l of titleLines) {
    const m = DELIVERY_LINE.exec(l.replace(/\s/g, ''));
    if (m) return formatDate(DATE.exec(m[1])!);
  }
  return null;
}
const DELIVERY_LINE = new RegExp(`^[—\\-－─]{1,2}(${DATE.source})在.{2,60}(?:会议|大会|会)上(?:的[^，。]{0,8})?$`);

/**
 * A page copied as text keeps the line its site sets under the title (`发布时间：2024-02-28 10:30　来源：…`):
 * where nothing else dates the document, the day it was published does.
 */
function publicationLineDate(lines: string[]): string | null {
  for (const l of lines) {
    const d = l.length <= 120 ? publicationDateIn(l) : null;
    if (d) return d;
  }
  return null;
}

/**
 * A 规章 is promulgated by an order: its first lines are the issuer's 令 and the order's number
 * (`某市人民政府令` / `第345号`, or on one line); the number is its 文号, the body before 令 its issuer.
 */
function governmentOrderOf(lines: string[]): { issuer: string; docNumber: string } | null {
  const t = lines.map((l) => l.replace(/\s/g, ''));
  for (let i = 0; i < t.length; i++) {
    const m = ORDER_LINE.exec(t[i]) ?? ORDER_LINE.exec(t[i] + (t[i + 1] ?? ''));
    if (m && (ISSUER_LINE.test(m[1]) || /部$/.test(m[1]))) return { issuer: m[1], docNumber: `${m[1]}令第${m[2]}号` };
  }
  return null;
}
const ORDER_LINE = /^(.{2,30}?)令[（(]?第(\d{1,4})号[）)]?$/;

/** A 文号 right after a notice title in the opening lines of a file whose cover was not told apart. */
function docNumberAfterNotice(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    // a line that is a 文号 and nothing else, under the title
    const whole = DOC_NUMBER.exec(lines[i].replace(/\s/g, ''));
    if (whole && whole[0].length === lines[i].replace(/\s/g, '').length) return whole[0];
    // the notice title may be broken over two lines
    const t = ((lines[i - 1] ?? '') + lines[i]).replace(/\s/g, '');
    const m = DOC_NUMBER.exec(t);
    if (m && ISSUING_NOTICE.test(t.slice(0, m.index + m[0].length))) return m[0].replace(NOTICE_END, '') || m[0];
  }
  return null;
}

/**
 * The signature that closes a notice: the issuing body and the date, with perhaps a note in brackets
 * (`…请认真贯彻实施。　　国务院 2016年11月24日（此件有删改）`), at the end of a paragraph whose lines
 * were joined, or on two lines of their own (`国务院` / `二○○七年十一月二十二日 …` with the text after
 * it glued on).
 */
/** a signature closing a line: issuer then date, perhaps a bracketed note (（此件有删改）) */
const SIGNED = new RegExp(`(?:^|[。！；：:])([^。，,；：:、《》]{2,30}?)(${DATE.source})(?:[（(][^（）()]{1,12}[）)])?$`);
/** a date opening a line, perhaps with its bracketed note */
const DATE_FIRST = new RegExp(`^(?:${DATE.source})(?:[（(][^（）()]{1,12}[）)])?`);

export function signatureOf(lines: string[]): { issuer: string; date: string } | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    // the date may open the next line, with the text after it glued on
    const next = DATE_FIRST.exec((lines[i + 1] ?? '').replace(/\s/g, ''));
    for (const t of [lines[i].replace(/\s/g, ''), ...(next ? [lines[i].replace(/\s/g, '') + next[0]] : [])]) {
      const m = SIGNED.exec(t);
      if (m && ISSUER_LINE.test(m[1])) return { issuer: jointIssuers(lines[i], m[1]) ?? m[1], date: formatDate(DATE.exec(m[2])!) };
    }
  }
  return null;
}

/**
 * Bodies that sign together stand on one line, apart by wide spaces (`某市发展和改革委员会　　某市财政局`):
 * the issuer is each of them, joined by 、. `signed` is the issuer read from the line without its spaces.
 */
function jointIssuers(line: string, signed: string): string | null {
  const bodies = line
    .trim()
    .split(/\s{2,}|\u3000+/)
    .map((b) => b.replace(/\s/g, ''))
    .filter(Boolean);
  const named = bodies.filter((b) => !DATE.test(b) || DATE.exec(b)!.index > 0).map((b) => b.replace(DATE, ''));
  if (named.length < 2 || named.join('') !== signed || !named.every((b) => ISSUER_LINE.test(b))) return null;
  return named.join('、');
}

function issuerOf(cover: string[], titleLines: string[], rawTitle: string | null): string | null {
  for (const line of cover) {
    const m = /^(.{2,30}?)文件$/.exec(line.replace(/\s/g, ''));
    if (m) return m[1];
  }
  for (const line of cover) {
    // `X关于印发《Y》的通知`, or `X印发《Y》的通知` (the 两办 form)
    const m = /^(.{2,30}?)(?:关于印发|印发《)/.exec(line.replace(/\s/g, ''));
    if (m && regionOf(m[1])) return jointBeforeTitle(line) ?? m[1];
  }
  // the signature: an office name right above the date line; bodies signing together stand one above
  // the other (`中共某市委办公厅` / `某市人民政府办公厅` / date)
  for (let i = cover.length - 1; i > 0; i--) {
    if (DATE.test(cover[i]) && cover[i].length <= 20 && ISSUER_LINE.test(cover[i - 1]) && cover[i - 1].length <= 30) {
      let top = i - 1;
      while (top > 0 && isSignerLine(cover[top - 1])) top--;
      return cover.slice(top, i).map((l) => l.trim()).join('、');
    }
    if (DATE.test(cover[i]) && cover[i].length <= 20) {
      const joint = jointIssuers(cover[i - 1], cover[i - 1].replace(/\s/g, ''));
      if (joint) return joint;
    }
  }
  // issuing bodies listed under the title (title block lines that are office names), several on a line
  // apart by spaces (`中共某市委 某市人民政府`)
  const bodies = titleLines.filter((l) => l !== rawTitle && l.length <= 30 && ISSUER_LINE.test(l) && !/[，,。]/.test(l));
  return bodies.length ? bodies.flatMap(bodiesOnLine).join('、') : null;
}

/** The bodies a line names apart by spaces when each is a body's name; else the line as one name. */
function bodiesOnLine(line: string): string[] {
  const parts = line.trim().split(/\s+/);
  return parts.length > 1 && parts.every((b) => ISSUER_LINE.test(b)) ? parts : [line.replace(/\s/g, '')];
}

/** A line that names a signing body and nothing else (no sentence, no date). */
function isSignerLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 30 && ISSUER_LINE.test(t) && !/[，,。：:；;]/.test(t) && !DATE.test(t);
}

/** Bodies that issue a notice together stand before its 关于 apart by spaces (`某省发展改革委 某省财政厅关于印发…`). */
function jointBeforeTitle(line: string): string | null {
  const t = line.trim();
  const bodies = t.slice(0, Math.max(0, t.search(/关于|印发《/))).split(/\s+/).filter(Boolean);
  return bodies.length > 1 && bodies.every((b) => ISSUER_LINE.test(b)) ? bodies.join('、') : null;
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
  return dateLine([...cover].reverse()) ?? dateLine(titleLines) ?? adoptionDate(titleLines) ?? dateLine(footer, /印发$/);
}

/** `（2021年10月12日市政府第58次常务会议审议通过）`: a bracketed line under the title records when the text was adopted */
const BRACKETED_DATE = new RegExp(`^[（(]${DATE.source}[）)]$`);
const ADOPTION_NOTE = /^[（(][^（()）]{0,60}(?:通过|批准|印发|发布|施行)[）)]$/;

function adoptionDate(titleLines: string[]): string | null {
  for (const l of titleLines) {
    const t = l.replace(/\s/g, '');
    // a date alone in brackets under the title dates the document too (`（2023年8月10日）`, as Party
    // committees print their 意见)
    if (!ADOPTION_NOTE.test(t) && !BRACKETED_DATE.test(t)) continue;
    const m = DATE.exec(t);
    if (m) return formatDate(m);
  }
  return null;
}

const YEAR = '((?:19|20)\\d{2})';
// 2021-2023年, 2021年至2035年, 2021 年-2035 年
const RANGE = new RegExp(`${YEAR}\\s*年?\\s*[—–\\-－~～至到]\\s*${YEAR}\\s*年`);
// a title's period in brackets may leave out 年: 行动计划（2023—2025）
const BRACKETED_RANGE = new RegExp(`[（(]\\s*${YEAR}\\s*[—–\\-－~～至到]\\s*${YEAR}\\s*[）)]`);
// 第十四个五年规划 names the 十四五 period
const NTH_FIVE_YEAR = /第(十[一二三四五六七八九])个五年/;
// 规划期限为2021年至2035年, 政策期限为2016年至2018年
const STATED_PERIOD = new RegExp(`(?:规划|政策|实施|执行|计划|方案)期(?:限)?(?:为|是)?\\s*${YEAR}\\s*年?\\s*[—–\\-－~～至到]\\s*${YEAR}`);
// 2012年起5年内, 从2012年开始用五年时间
const YEARS_FROM = new RegExp(`${YEAR}\\s*年(?:起|开始)[，,]?\\s*(?:用)?\\s*([1-9]|[一二三四五六七八九十])\\s*年(?:内|时间)`);

function periodOf(titleLines: string[], rawTitle: string | null, text: string): Meta['period'] {
  const lines = [rawTitle ?? '', ...titleLines];
  for (const l of lines) {
    const m = RANGE.exec(l) ?? BRACKETED_RANGE.exec(l);
    if (m) return { start: Number(m[1]), end: Number(m[2]) };
  }
  const plans = regions.fiveYearPlans as unknown as Record<string, [number, number]>;
  for (const l of lines) {
    for (const [name, [start, end]] of Object.entries(plans)) if (l.includes(name)) return { start, end };
    const nth = NTH_FIVE_YEAR.exec(l);
    if (nth && plans[`${nth[1]}五`]) return { start: plans[`${nth[1]}五`][0], end: plans[`${nth[1]}五`][1] };
  }
  // a title about one year (`包头市2022年数字政府建设考评办法`)
  if (rawTitle) {
    const years = [...rawTitle.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]));
    if (years.length === 1) return { start: years[0], end: years[0] };
  }
  const stated = STATED_PERIOD.exec(text);
  if (stated) return { start: Number(stated[1]), end: Number(stated[2]) };
  const from = YEARS_FROM.exec(text);
  if (from) {
    const n = /\d/.test(from[2]) ? Number(from[2]) : parseChineseInteger(from[2]) ?? 0;
    if (n > 0) return { start: Number(from[1]), end: Number(from[1]) + n - 1 };
  }
  return null;
}

/** The year a work report plans for: a top-level part titled with one year (`2024年工作安排`), else the year after the one reviewed. */
function reportYear(doc: SegmentedDocument): Meta['period'] {
  let planned: number | null = null;
  let reviewed: number | null = null;
  for (const s of doc.sections) {
    if (s.kind !== 'body') continue;
    const m = /^((?:19|20)\d{2})\s*年/.exec(s.title);
    if (!m) continue;
    if (/回顾|总结|成绩/.test(s.title)) reviewed = Number(m[1]);
    else planned = Math.max(planned ?? 0, Number(m[1]));
  }
  const year = planned ?? (reviewed !== null ? reviewed + 1 : null);
  return year ? { start: year, end: year } : null;
}

/**
 * A title that counts its years (`三年行动计划`, `五年规划`) with one horizon (`到2025年`): the plan ends
 * then and began the years before it; an issue date more than a year away from that start says the
 * count is not the plan's own span.
 */
function countedYears(title: string | null, horizon: number[], issueDate: string | null): Meta['period'] {
  const m = title ? YEAR_COUNT.exec(title) : null;
  if (!m || horizon.length !== 1) return null;
  const n = /\d/.test(m[1]) ? Number(m[1]) : parseChineseInteger(m[1].replace('两', '二'));
  if (!n || n < 2) return null;
  const start = horizon[0] - n + 1;
  const issued = issueDate ? Number(issueDate.slice(0, 4)) : null;
  return issued === null || Math.abs(issued - start) <= 1 ? { start, end: horizon[0] } : null;
}
// 三年, 5年; not a year's digits (2024年) nor a span of time (三年内, 十年来)
const YEAR_COUNT = /(?:^|[^\d〇零一二三四五六七八九十百])([两二三四五六七八九十]|[2-9])年(?![度代前内间来底末])/;

/** Only a horizon (`到2024年`) says when the plan ends: start unknown. Several horizons say nothing. */
function periodFromHorizon(horizon: number[]): Meta['period'] {
  return horizon.length === 1 ? { start: null, end: horizon[0] } : null;
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
