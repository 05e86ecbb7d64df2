/**
 * Chinese integers as written in plans: 十二, 二十三, 一百零五, 两千, and digit-by-digit years
 * such as 二〇三五 / 二0三五. Returns null for anything else.
 */
const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 'Ｏ': 0, 'O': 0, '0': 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export function parseChineseInteger(input: string): number | null {
  const s = input.trim();
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s);
  // digit-by-digit (二〇三五, 二0三五): no unit characters at all
  if ([...s].every((ch) => ch in DIGIT)) {
    if (s.length === 1) return DIGIT[s];
    return Number([...s].map((ch) => DIGIT[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGIT) {
      digit = DIGIT[ch];
    } else if (ch in UNIT) {
      section += (digit ?? 1) * UNIT[ch];
      digit = null;
    } else if (ch in BIG) {
      total += (section + (digit ?? 0)) * BIG[ch];
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
