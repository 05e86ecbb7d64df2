/**
 * A plan divided by unit (`按部门分解`): a group heading that is an organ's name alone (`一、县发展和改革局`,
 * `（二）市教育局`) over numbered items assigns them to that organ, as a 责任单位 clause written for the
 * group would. The name must be an organ's by its own form (the level it belongs to opens it or an
 * organ's word ends it), so headings naming work (`二、保障措施`, `（一）组织领导`) assign nothing.
 */
import { looksLikeBody, parseResponsibility, stripTrailingBrackets, type Responsibility } from './responsible.js';
import { isOrganName, opensWithLevel } from './unit-lists.js';
import { opensWithAction } from './work-items.js';

const NAME_MAX = 24;
// nouns ending in an organ's word that name no organ
const NOUN_NOT_ORGAN = /(?:格局|布局|大局|全局|开局|变局|结局|新局|体系|机制)$/;

/** The responsibility a heading naming one organ gives its items, or null. */
export function unitOfHeading(title: string): Responsibility | null {
  const name = title.trim();
  if (!name || [...name].length > NAME_MAX || /[\s，,。；;：:、]/.test(name)) return null;
  const bare = stripTrailingBrackets(name);
  // a heading is a phrase: the organ's own level must open it (`县农业农村局`), and nouns ending in an
  // organ's word (`新格局`, `总体布局`) or a verb of action (`构建…`) make it work, not a unit
  if (!looksLikeBody(name) || !isOrganName(bare) || !opensWithLevel(bare) || NOUN_NOT_ORGAN.test(bare) || opensWithAction(bare)) return null;
  // written as the clause a group would carry, so it is read again as clauses are (under the plan's options)
  const r = parseResponsibility(`（${name}负责）`);
  return r.lead.length === 1 ? r : null;
}
