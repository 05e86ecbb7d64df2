/**
 * An enumeration run into one paragraph whose items each close with a responsibility clause of their own:
 * `一是扩大优质高中招生规模（市教育局负责）；二是推进“县管校聘”改革（市教育局、市人社局负责）。` Each item
 * names who carries it out, so each is a work item of its own (beside run-in titled items, which
 * run-in-items.ts reads), titled by its text up to its clause.
 */
import { findClauses, withoutClauses } from './responsible.js';
import { parseChineseInteger } from '../nlp/numbers.js';
import { cutAt } from '../nlp/cut.js';
import type { RunInTitle } from './run-in-items.js';

// `一是` / `二是` at the start of the text, or after a sentence end, semicolon or colon
const ENUMERATOR_AT = /(?<=^|[。！？!?；;：:][ 　]?)([一二三四五六七八九十]{1,2})是/g;
const ENUMERATOR = /^([一二三四五六七八九十]{1,2})是/;
const TITLE_MAX = 40;

/** Whether a piece ends with a responsibility clause (punctuation after it aside). */
function closesWithClause(piece: string): boolean {
  const clauses = findClauses(piece);
  if (clauses.length === 0) return false;
  return piece.slice(clauses[clauses.length - 1].end).replace(/[。；;，,\s]/g, '') === '';
}

/**
 * The text cut before each enumerated item (counting on from 一是) when there are two at least and every
 * one closes with its own clause; else the text whole.
 */
export function cutAtAssignedItems(text: string): string[] {
  const cuts: number[] = [];
  let expected = 1;
  for (const m of text.matchAll(ENUMERATOR_AT)) {
    if (parseChineseInteger(m[1]) !== expected) continue;
    cuts.push(m.index);
    expected++;
  }
  if (cuts.length < 2) return [text];
  const pieces = cutAt(text, cuts);
  const items = cuts[0] > 0 ? pieces.slice(1) : pieces;
  return items.every(closesWithClause) ? pieces : [text];
}

/** The enumerator and title of an item cut so: its text before its first clause, its first phrase if long. */
export function assignedItemTitle(piece: string): RunInTitle | null {
  const t = piece.trim();
  const m = ENUMERATOR.exec(t);
  if (!m || !closesWithClause(t)) return null;
  const rest = t.slice(m[0].length);
  const first = findClauses(rest)[0];
  let title = withoutClauses(rest.slice(0, first ? first.start : rest.length)).replace(/[。；;，,：:\s]+$/, '');
  if ([...title].length > TITLE_MAX) title = title.split(/[，,；;]/)[0];
  return title ? { enumerator: m[0], title } : null;
}
