/**
 * The positional convention of 分工方案: `列第一位的为牵头单位，其余为配合单位`. A plan says once how to read
 * a list of units with no role words (`责任单位：A、B、C`, `（A、B、C）`, `A、B、C负责`): the first leads, the
 * others support. Where the note stands decides its reach:
 *  - at the end of one clause (`（A、B负责。列第一位者为牵头单位）`): that clause only;
 *  - at the end of a clause with 下同: that clause and every one after it;
 *  - apart from any list of units (the preamble `现将任务分工如下（列第一位的为牵头单位）`, a note line or
 *    table row `注：责任单位中列第一位的为牵头单位`): the whole document.
 */

// `排在首位的为牵头单位` / `列第一位者为牵头部门` / `…，其余为配合单位` / `…，下同`
// (one space at most where a space may stand: a run of them before a note is never searched through,
// so no input makes these patterns backtrack over it)
const NOTE_CORE =
  '(?:排|列)(?:在)?(?:第一位|首位|第一个|第一|最前)(?:者|的)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)?' +
  '(?:[，,；;][ 　]?(?:其余|其他|其它|其后|其他列出)(?:的)?(?:单位|部门)?(?:为|是)(?:配合|协同|协助|参与|责任)(?:单位|部门)?)?';
const NOTE_TAIL = `(?:[，,][ 　]?(下同))?`;

/** The note closing a list, bare (`。列第一位者为牵头单位`) or in its own bracket (`（列第一位的为牵头单位，下同）`). */
const TRAILING_NOTE = new RegExp(`(?:[。；;，,]?[ 　]?(?:以上|上述)?(?:单位|部门)?${NOTE_CORE}${NOTE_TAIL}[。]?|[（(][ 　]?${NOTE_CORE}${NOTE_TAIL}[。]?[ 　]?[）)])$`);

/** Any statement of the convention in a text. */
const NOTE_ANYWHERE = new RegExp(`${NOTE_CORE}${NOTE_TAIL}`, 'g');

export interface PositionalNote {
  /** the text before the note */
  text: string;
  /** the text closed with the note */
  found: boolean;
  /** the note ends with 下同: it holds for the clauses after this one too */
  onwards: boolean;
}

/** A list's closing note cut off: `A、B、C（列第一位的为牵头单位，下同）` → `A、B、C`, found, onwards. */
export function cutPositionalNote(text: string): PositionalNote {
  // every note names 牵头: most texts are passed over without a search
  const m = text.includes('牵头') ? TRAILING_NOTE.exec(text.trimEnd()) : null;
  if (!m) return { text, found: false, onwards: false };
  return { text: text.slice(0, m.index).trim(), found: true, onwards: m[0].includes('下同') };
}

/** Whether a text states the convention for the clauses after it (`…列第一位者为牵头单位，下同`). */
export function statesFirstListedLeads(text: string): boolean {
  NOTE_ANYWHERE.lastIndex = 0;
  for (let m = NOTE_ANYWHERE.exec(text); m; m = NOTE_ANYWHERE.exec(text)) if (m[1]) return true;
  return false;
}

/** Where what precedes a note in its sentence or bracket begins: the note is read against that stretch. */
const STRETCH_START = /[。；;！!？?\n（(【[〔]|注[:：]|说明[:：]/g;

/**
 * The stretch of text a note is read against: back to the start of its sentence or bracket, and where the
 * note opens its own bracket or sentence right after a list (`A、B（列第一位的为牵头单位）`, `A、B负责。列…`),
 * that list's stretch.
 */
function stretchBefore(before: string): string {
  const own = lastStretch(before);
  // a note opening its bracket or sentence (`A、B负责。列第一位者…`) is read against the stretch before it
  // (one step back); after `注：` it is a note of the document's own
  if (own.text.trim() === '' && own.from > 0 && !/[:：]$/.test(own.opener)) return lastStretch(before.slice(0, own.from - own.opener.length)).text;
  return own.text;
}

function lastStretch(before: string): { text: string; from: number; opener: string } {
  let from = 0;
  let opener = '';
  STRETCH_START.lastIndex = 0;
  for (let s = STRETCH_START.exec(before); s; s = STRETCH_START.exec(before)) {
    from = s.index + s[0].length;
    opener = s[0];
  }
  return { text: before.slice(from), from, opener };
}

/**
 * Whether a text states the convention apart from any list of units, so that it holds for the whole
 * document: what precedes the note in its sentence or bracket names no unit (`现将…分工如下（列第一位的为
 * 牵头单位）`, `注：责任单位中列第一位的为牵头单位`). `namesUnits` says whether a stretch of text names one.
 */
export function statesFirstListedLeadsForAll(text: string, namesUnits: (stretch: string) => boolean): boolean {
  NOTE_ANYWHERE.lastIndex = 0;
  for (let m = NOTE_ANYWHERE.exec(text); m; m = NOTE_ANYWHERE.exec(text)) {
    if (!namesUnits(stretchBefore(text.slice(0, m.index)))) return true;
  }
  return false;
}

/**
 * The first line from which the plan's lists are read by the convention: the start of the document where
 * a note states it apart from any list, else the line of the first clause closed with `…，下同`, else
 * Infinity. `texts` are the document's paragraphs and table cells with their lines.
 */
export function firstListedLeadsFrom(texts: { text: string; line: number }[], namesUnits: (stretch: string) => boolean): number {
  let from = Infinity;
  for (const t of texts) {
    if (!t.text.includes('牵头')) continue; // every statement names 牵头: most texts are passed over here
    if (statesFirstListedLeadsForAll(t.text, namesUnits)) return -Infinity;
    if (from === Infinity && statesFirstListedLeads(t.text)) from = t.line;
  }
  return from;
}
