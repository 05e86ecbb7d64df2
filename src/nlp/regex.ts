/** Building regular expressions from word lists (src/data/*.json). */

/** The text as a literal inside a regular expression. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Longest first (ties in code-point order), so an alternation prefers 牵头考核单位 over 牵头单位. */
export const byLengthDesc = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

/** The words as one alternation source, longest first, each escaped. */
export const alternation = (words: readonly string[]): string => [...words].sort(byLengthDesc).map(escapeRe).join('|');
