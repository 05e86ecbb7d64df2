/**
 * A label set in square brackets instead of closed by a colon: `【牵头单位】市科技局【配合单位】市财政局`,
 * `［责任单位］市住建局` (分工 lists and cards write it so). Such a bracket holding only a role or time-limit
 * label opens a clause as `牵头单位：` does after a sentence end. Rewritten in place, the text keeping its
 * length (clause offsets cut titles from the text as written): the opening bracket becomes a line break,
 * the closing one a colon.
 */
import { escapeRe } from '../nlp/regex.js';

export function bracketLabelPattern(labels: string[]): RegExp {
  const alt = [...labels].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
  return new RegExp(`[【［](${alt})[】］]`, 'g');
}

/** The text with each `【label】` written `\nlabel：` (same length), or the text itself when it has none. */
export function labelsOutOfBrackets(text: string, pattern: RegExp): string {
  if (!text.includes('【') && !text.includes('［')) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, (_, label: string) => `\n${label}：`);
}
