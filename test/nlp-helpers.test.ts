import { describe, expect, it } from 'vitest';
import { cutAt } from '../src/nlp/cut.js';
import { alternation, escapeRe } from '../src/nlp/regex.js';
import { matchHeadingNumber } from '../src/segment/numbering.js';
import { startsNewItem } from '../src/ingest/debris.js';
import { isAttributeCell, isEmptyCell } from '../src/ingest/table-cells.js';

describe('shared text helpers', () => {
  it('cuts a text before each offset, trimmed, without empty pieces', () => {
    expect(cutAt('甲乙 丙丁', [2, 3])).toEqual(['甲乙', '丙丁']);
    expect(cutAt('一、总则二、目标', [4])).toEqual(['一、总则', '二、目标']);
    expect(cutAt('abc', [])).toEqual(['abc']);
  });

  it('builds an alternation longest first, literals escaped', () => {
    const re = new RegExp(`^(?:${alternation(['牵头单位', '牵头考核单位', 'a.b'])})`);
    expect(re.exec('牵头考核单位：甲')?.[0]).toBe('牵头考核单位');
    expect(re.test('axb')).toBe(false);
    expect(escapeRe('(1)')).toBe('\\(1\\)');
  });

  it('tells a decimal heading from a decimal quantity by what follows the number', () => {
    expect(matchHeadingNumber('2.3 推进数字化转型')?.family).toBe('decimal-2');
    expect(matchHeadingNumber('2.69 万亿元的地区生产总值')).toBeNull();
    expect(matchHeadingNumber('1 总则')?.family).toBe('arabic-dot');
    expect(matchHeadingNumber('3 家企业')).toBeNull();
    expect(startsNewItem('2.3 推进数字化转型')).toBe(true);
    expect(startsNewItem('1.5 倍以上')).toBe(false);
  });

  it('reads attribute and empty cells from the indicator word lists', () => {
    expect(isAttributeCell('约束性')).toBe(true);
    expect(isAttributeCell('约束性指标')).toBe(false);
    expect(isEmptyCell('—')).toBe(true);
    expect(isEmptyCell('12')).toBe(false);
  });
});
