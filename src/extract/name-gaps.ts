/**
 * Names set apart by spaces or line breaks only, as the unit cells of a table often list them
 * (`县住建局 县交通运输局`, `县应急管理局<br>县市场监管局`): a gap separates names when every piece it leaves
 * is an organ's name by its own form. Otherwise the gap lies inside one name (a page break in
 * `市自然资源\n和规划局`, a space in `市委 组织部` or `（含 开发区）`) and the text stays whole.
 */
const GAP = /[ \t\r\n　]+/;
const LIST_SEPARATOR = /([、，,；;])/;

/** One list item (no separator in it) cut at its gaps, or whole. */
export function splitAtNameGaps(text: string, isName: (piece: string) => boolean): string[] {
  const t = text.trim();
  if (!GAP.test(t)) return [t];
  const pieces = t.split(GAP);
  return pieces.every(isName) ? pieces : [t];
}

/** A list (`A、B\nC`) with the gaps between whole names written as 、 (`A、B、C`); other text as it was. */
export function markNameGaps(list: string, isName: (piece: string) => boolean): string {
  if (!GAP.test(list.trim())) return list;
  return list
    .split(LIST_SEPARATOR)
    .map((part, i) => (i % 2 === 1 ? part : splitAtNameGaps(part, isName).join('、')))
    .join('');
}
