/**
 * A catalog printed as a table of levels (大类 / 小类 / 品目) often comes out of PDF and Word as one
 * line per row: `1.耕整地机械1.1耕地机械1.1.1犁`. Each decimal number that opens the level under the
 * number before it (1 → 1.1 → 1.1.1) or the next one at the same depth (1.1.1 → 1.1.2) starts its own
 * item, so such a line is cut at those numbers. A line with sentence punctuation is running text
 * (`按照1.1和1.2的要求。`) and is left alone.
 */
import type { Block } from './blocks.js';
import { cutAt } from '../nlp/cut.js';

// a decimal number glued after a CJK character or a closing bracket: 机械1.1耕地
// (not after a word that cites a number: 按1.1、见2.3、第1.2)
const INLINE_DECIMAL = /(?<=[\u4e00-\u9fff）)])(?<![按照见第和及与至或同])(\d{1,3}(?:\.\d{1,3})+)(?=[.．、]?[\u4e00-\u9fff（(])/g;
const LEADING_DECIMAL = /^(\d{1,3}(?:[.．]\d{1,3})*)[.．、]?(?=[\u4e00-\u9fff（(])/;

function parts(n: string): number[] {
  return n.split(/[.．]/).map(Number);
}

/** `b` opens the level under `a` (1.1 → 1.1.1) or follows it at the same depth (1.1.1 → 1.1.2). */
function continues(a: number[], b: number[]): boolean {
  const prefixEq = (k: number) => a.slice(0, k).every((x, i) => x === b[i]);
  if (b.length === a.length + 1) return prefixEq(a.length) && b[b.length - 1] === 1;
  if (b.length === a.length) return prefixEq(a.length - 1) && b[b.length - 1] === a[a.length - 1] + 1;
  return false;
}

/** The line cut at the nested decimal numbers inside it; one piece when there is nothing to cut. */
export function splitNestedDecimalLine(text: string): string[] {
  const lead = LEADING_DECIMAL.exec(text);
  if (!lead || text.length > 120 || /[。；;！？，,]/.test(text)) return [text];
  let prev = parts(lead[1]);
  const cuts: number[] = [];
  for (const m of text.matchAll(INLINE_DECIMAL)) {
    const n = parts(m[1]);
    if (!continues(prev, n)) continue;
    cuts.push(m.index!);
    prev = n;
  }
  if (!cuts.length) return [text];
  return cutAt(text, cuts);
}

/** Paragraph and list blocks holding several catalog levels become one block per level (same line). */
export function splitNestedDecimalItems(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.type === 'table') {
      out.push(b);
      continue;
    }
    const pieces = splitNestedDecimalLine(b.text);
    if (pieces.length === 1) {
      out.push(b);
      continue;
    }
    for (const text of pieces) out.push({ ...b, text });
  }
  return out;
}
