/**
 * A bare list of units closing a task: `…稳定生猪生产。（县农业农村局、县财政局）`. 分工方案 often name the units
 * of a task with no label and no role verb, in a bracket at the end of its sentence; the units are then
 * those responsible (all of them, or the first as lead where the plan states the positional convention).
 * Ordinary brackets at a sentence end (`（2024—2026年）`, `（含开发区）`, `（以下简称市发改委）`) must not be
 * read so: every name must be the name of an organ by its own form.
 */
import cues from '../data/responsibility.json' with { type: 'json' };
import unitData from '../data/units.json' with { type: 'json' };
import { escapeRe } from '../nlp/regex.js';

// the level an organ belongs to opens its name (`市住建局`, `县农业农村局`, `各乡镇人民政府`, `国家税务总局…`)
const ORGAN_START = new RegExp(`^(?:${[...unitData.prefixes, ...cues.organPrefixes].map(escapeRe).join('|')})`);
// a name ending in an organ's own word reads as one whatever opens it (`团市委`, `高新区管委会`)
const ORGAN_END = new RegExp(`(?:${cues.organSuffixes.map(escapeRe).join('|')})$`);
// words of a note, never of a name (`以下简称…`, `下同`), and how a note opens (`含…`, `包括…`)
const NOTE_WORD = new RegExp(`^(?:${cues.noteOpenings.map(escapeRe).join('|')})|${cues.notInUnitName.map(escapeRe).join('|')}`);

/**
 * Whether a name (brackets after it aside) is the name of an organ by its form: it opens with the level it
 * belongs to or ends in an organ's own word, and holds no word of a note. `looksLikeBody` must hold too.
 */
export function isOrganName(bare: string): boolean {
  if (NOTE_WORD.test(bare)) return false;
  return ORGAN_START.test(bare) || ORGAN_END.test(bare);
}

/** Whether a name opens with the level its organ belongs to (`县发展和改革局`, `各乡镇人民政府`). */
export function opensWithLevel(name: string): boolean {
  return ORGAN_START.test(name) && !NOTE_WORD.test(name);
}

/** Whether a bracket ending at `end` closes its sentence: a full stop, semicolon, line break or the end follows. */
export function closesSentence(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '　') continue;
    return '。；;\n\r'.includes(ch);
  }
  return true;
}
