/**
 * Attributes written as symbols: a table marks its binding (约束性) or expected (预期性) rows with a sign
 * (★, ▲, *) in the attribute column or beside the name, and a note says what each sign means
 * (`注：标★的为约束性指标，标▲的为预期性指标。`, `带*的为约束性指标，其余为预期性指标`,
 * `约束性指标用★标注`). The note may stand after the table or in its caption.
 */
type Attribute = '预期性' | '约束性';

/** the signs plans mark rows with */
const SIGN = '[★☆▲△●○◆◇■□※*＊#＃]';
const SIGN_RE = new RegExp(SIGN, 'g');
const ATTR = '(约束性|预期性|约束|预期)';
/** `标★的为约束性指标`, `★为约束性`, `带有▲号的指标是预期性指标`, `★表示约束性指标` */
const SIGN_IS = new RegExp(`(?:标注|标有|带有|标|带|加|有)?\\s*(${SIGN})\\s*(?:号|标记|标识|符号)?\\s*(?:的|者)?\\s*(?:指标|项)?\\s*(?:为|是|属于|表示|代表)\\s*${ATTR}`, 'g');
/** `约束性指标用★标注`, `约束性指标以▲表示` */
const ATTR_BY_SIGN = new RegExp(`${ATTR}(?:指标)?\\s*(?:用|以|标注|标记|标)\\s*(${SIGN})`, 'g');
/** `其余为预期性指标`, `未标注的为预期性指标` */
const REST_IS = new RegExp(`(?:其余|其他|其它|未标注|未加标注|未标|不带)[^，。；;,]{0,6}?(?:均|的)?\\s*(?:为|是|属于)\\s*${ATTR}`, 'g');

/** the key under which the attribute of rows without a sign is kept */
export const UNMARKED = '其余';

const full = (a: string): Attribute => (a.startsWith('约束') ? '约束性' : '预期性');

/** What each sign of a note or caption means: sign → attribute, UNMARKED → the attribute of the rest. */
export function signAttributes(text: string): Map<string, Attribute> {
  const out = new Map<string, Attribute>();
  for (const m of text.matchAll(SIGN_IS)) if (!out.has(norm(m[1]))) out.set(norm(m[1]), full(m[2]));
  for (const m of text.matchAll(ATTR_BY_SIGN)) if (!out.has(norm(m[2]))) out.set(norm(m[2]), full(m[1]));
  if (out.size > 0) for (const m of text.matchAll(REST_IS)) if (!out.has(UNMARKED)) out.set(UNMARKED, full(m[1]));
  return out;
}

/** full-width ＊ and ＃ are the same signs as * and # */
const norm = (s: string) => (s === '＊' ? '*' : s === '＃' ? '#' : s);

/** The signs in a cell or at either end of a name (`森林覆盖率★`, `★森林覆盖率`), in order. */
export function signsIn(text: string): string[] {
  return (text.match(SIGN_RE) ?? []).map(norm);
}

/** The name without the signs at its ends. */
export function withoutSigns(name: string): string {
  return name.replace(new RegExp(`^(?:${SIGN}\\s*)+|(?:\\s*${SIGN})+$`, 'g'), '').trim();
}

/** A cell that holds only signs (the attribute column of a table that marks rows with them). */
export function isSignCell(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return t.length > 0 && t.replace(SIGN_RE, '') === '';
}

/** The attribute a row's signs give by the notes' meanings; the rest's attribute for a row with none. */
export function attributeBySigns(signs: string[], meanings: Map<string, Attribute>): Attribute | null {
  for (const s of signs) {
    const a = meanings.get(s);
    if (a) return a;
  }
  return signs.length === 0 ? (meanings.get(UNMARKED) ?? null) : null;
}
