/** The word lists of src/data/indicator-words.json, typed and sorted for longest-first matching. */
import data from '../../data/indicator-words.json' with { type: 'json' };
import type { Comparator } from '../../schema/plan.js';
import { alternation, byLengthDesc, escapeRe } from '../../nlp/regex.js';

// one escapeRe/alternation for the whole parser (src/nlp/regex.ts); re-exported for the indicator modules
export { alternation, escapeRe };
const sorted = (xs: string[]) => [...xs].sort(byLengthDesc);

export const PREFIX_COMPARATORS = data.comparators.prefix as Record<string, Comparator>;
export const SUFFIX_COMPARATORS = data.comparators.suffix as Record<string, Comparator>;
export const RANGE_SEPARATORS = sorted(data.rangeSeparators);
export const HEDGES = data.hedges as Record<string, '力争'>;
export const METRIC_VERBS = sorted(data.metricVerbs.words);
export const ACTION_VERBS = sorted(data.actionVerbs.words);
/** nouns that open with one of the action verbs (建成区, 建设用地): not stripped from a name's start */
export const NOUNS_OPENING_WITH_VERB = sorted(data.actionVerbs.nounsOpeningWithOne);
export const TARGET_CUES = sorted(data.targetCues.words);
export const LEADING_FILLERS = sorted(data.leadingFillers.words);
export const TRAILING_FILLERS = sorted(data.trailingFillers.words);
export const PAIRED_PREFIXES = Object.fromEntries(Object.entries(data.pairedPrefixes).filter(([k]) => k !== '$comment')) as Record<string, [string, string]>;
export const CHANGE_VERBS = sorted(data.changeVerbs.words);
export const STAGE_VERBS = sorted(data.stageVerbs.words);
export const SHARED_INTENSITIES = sorted(data.sharedIntensities.words);
export const PAST_MARKERS = sorted(data.pastMarkers.words);
export const GOALS_PART = sorted(data.goalsPart.words);
export const TASKS_PART = sorted(data.tasksPart.words);
export const PAST_PART = sorted(data.pastPart.words);
/** words by which a longer title says it reviews the past (…取得积极进展, …目标如期实现) */
export const REVIEW_CUES: readonly string[] = data.pastPart.reviewCues;
export const FORWARD_WORDS = sorted(data.forwardWords.words);
export const GOAL_ANNOUNCEMENTS = sorted(data.goalAnnouncements.words);
export const RED_LINES = { lineWords: sorted(data.redLines.lineWords), ceilingWords: sorted(data.redLines.ceilingWords) };

export const TABLE = {
  name: sorted(data.table.name),
  serial: sorted(data.table.serial),
  category: sorted(data.table.category),
  unit: sorted(data.table.unit),
  attribute: sorted(data.table.attribute),
  baselineWords: sorted(data.table.baselineWords),
  targetWords: sorted(data.table.targetWords),
  remark: sorted(data.table.remark),
  /** units a name cell's bracket may hold that running text cannot take for units (平均受教育年限（年）) */
  nameUnits: new Set(data.table.nameUnits),
  noteStart: sorted(data.table.noteStart),
  emptyCells: new Set(data.table.emptyCells),
  continuedMarkers: sorted(data.table.continuedMarkers),
  attributes: data.table.attributes as Record<string, '预期性' | '约束性'>,
  captionAttribute: data.table.captionAttribute as Record<string, '预期性' | '约束性'>,
};
