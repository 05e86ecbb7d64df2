/** Comparing plans: side by side across cities (compare) and between two versions of one plan (diff). */
export { documentRefs, type DocumentRef } from './documents.js';
export { compareIndicators, type IndicatorComparison, type IndicatorRow, type IndicatorCompareOptions } from './indicators.js';
export { compareSections, SECTION_THRESHOLD, type SectionComparison, type SectionRow, type SectionCompareOptions } from './sections.js';
export { compareThemes, THEMES, themeOf, type ThemeComparison, type ThemeRow, type ThemeCell } from './themes.js';
export { compareTasks, TASK_THRESHOLD, type TaskComparison, type TaskRow, type TaskMatch, type TaskCompareOptions } from './tasks.js';
export { compareUnits, unitKind, type UnitComparison, type UnitKindRow, type UnitKindCell } from './units.js';
export { diffPlans, REWORD_THRESHOLD, type PlanDiff, type Change, type ChangeKind, type ChangeType } from './diff.js';
