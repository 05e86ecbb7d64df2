import { describe, expect, it } from 'vitest';
import { parseChineseInteger, parseNumber, parseYear, scale, toHalfWidth } from '../src/nlp/numbers.js';
import { isUnit, normalizeValue, splitUnit } from '../src/nlp/units.js';

describe('Chinese numerals', () => {
  it.each([
    ['十二', 12],
    ['两', 2],
    ['十', 10],
    ['二十', 20],
    ['二十三', 23],
    ['一百零五', 105],
    ['一千二百', 1200],
    ['两千', 2000],
    ['三万五千', 35000],
    ['二0三五', 2035],
    ['二〇二五', 2025],
    ['二零二零', 2020],
  ])('%s → %d', (text, n) => expect(parseChineseInteger(text)).toBe(n));

  it.each(['十三五', '一二三十', '二百一千', '万', '', '十四五'])('%s is not one number', (text) => {
    expect(parseChineseInteger(text)).toBeNull();
  });
});

describe('parseNumber / parseYear', () => {
  it('reads Arabic, full-width and grouped numbers', () => {
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber('32,000')).toBe(32000);
    expect(parseNumber('１２')).toBe(12);
    expect(parseNumber('0.51')).toBe(0.51);
    expect(parseNumber('十二')).toBe(12);
    expect(parseNumber('abc')).toBeNull();
  });
  it('reads years written in digits or Chinese, rejects other numbers', () => {
    expect(parseYear('2025')).toBe(2025);
    expect(parseYear('二0三五')).toBe(2035);
    expect(parseYear('２０２５')).toBe(2025);
    expect(parseYear('1200')).toBeNull();
    expect(parseYear('25')).toBeNull();
  });
  it('full-width folding keeps the length', () => {
    const s = '达到１０％以上，（件）';
    expect(toHalfWidth(s)).toBe('达到10%以上,(件)');
    expect(toHalfWidth(s)).toHaveLength(s.length);
  });
  it('scales without binary noise', () => {
    expect(scale(0.51, 1e8)).toBe(51000000);
    expect(scale(1.5, 1e4)).toBe(15000);
    expect(scale(0.35, 1e8)).toBe(35000000);
  });
});

describe('units', () => {
  it('splits scale words from base units', () => {
    expect(splitUnit('亿元')).toEqual({ factor: 1e8, base: '元' });
    expect(splitUnit('万人')).toEqual({ factor: 1e4, base: '人' });
    expect(splitUnit('万件')).toEqual({ factor: 1e4, base: '件' });
    expect(splitUnit('万人次')).toEqual({ factor: 1e4, base: '人次' });
    expect(splitUnit('%')).toEqual({ factor: 1, base: '%' });
    expect(splitUnit('件/万人')).toEqual({ factor: 1, base: '件/万人' });
    expect(splitUnit('万')).toEqual({ factor: 1e4, base: null });
  });
  it('normalizes to the base unit (亿元→元, 万人→人, 万件→件; % stays %)', () => {
    expect(normalizeValue(0.51, '亿元')).toEqual({ value: 51000000, unit: '元' });
    expect(normalizeValue(1.5, '万人')).toEqual({ value: 15000, unit: '人' });
    expect(normalizeValue(9, '万件')).toEqual({ value: 90000, unit: '件' });
    expect(normalizeValue([1, 2], '亿元')).toEqual({ value: [100000000, 200000000], unit: '元' });
    expect(normalizeValue(85, '%')).toEqual({ value: 85, unit: '%' });
    expect(normalizeValue(3, '件/万人')).toEqual({ value: 3, unit: '件/万人' });
    expect(normalizeValue(null, '件')).toBeUndefined();
    expect(normalizeValue(3, null)).toBeUndefined();
  });
  it('knows a unit when it sees one (brackets in table names)', () => {
    for (const u of ['件', '亿元', '%', '分', '家', '万人', '件/万人']) expect(isUnit(u)).toBe(true);
    for (const u of ['专利', '含港澳台', '分别']) expect(isUnit(u)).toBe(false);
  });
});

describe('Chinese numerals in full (cases of the Recognizers-Text Chinese NumberModel)', () => {
  it.each([
    ['一百五十二', 152],
    ['两千四百五', 2450],
    ['一千零一', 1001],
    ['一百零一万一千', 1011000],
    ['五亿零六', 500000006],
    ['七十八万五佰零六', 780506],
    ['5万4千6百', 54600],
    ['拾万零五十六', 100056],
    ['四亿五千六百四十二万零一十五', 456420015],
    ['一万二', 12000],
    ['三千五', 3500],
    ['壹佰贰拾叁', 123],
  ])('%s → %d', (text, n) => expect(parseChineseInteger(text)).toBe(n));

  it('a digit after 零 stays a unit digit', () => {
    expect(parseChineseInteger('一千零五')).toBe(1005);
    expect(parseChineseInteger('二百零八')).toBe(208);
  });
});

describe('rates: a unit per span of time', () => {
  it('is one unit, its scale normalized (24万吨/日 is 240 000 吨/日)', () => {
    expect(isUnit('万吨/日')).toBe(true);
    expect(isUnit('元/年')).toBe(true);
    expect(isUnit('吨/万人')).toBe(false);
    expect(splitUnit('万吨/日')).toEqual({ factor: 1e4, base: '吨/日' });
    expect(normalizeValue(24, '万吨/日')).toEqual({ value: 240000, unit: '吨/日' });
  });

  it('is read after a number in a target, the slash full-width or not', async () => {
    const { parseText } = await import('./helpers/parse-text.js');
    const plan = await parseText(`某市“十四五”生态环境保护规划

一、主要目标
到2025年，新增污水处理能力24万吨/日，新增垃圾焚烧处理能力3000吨／日。
`);
    expect(plan.indicators.map((i) => [i.name, i.target.value, i.unit])).toEqual([
      ['新增污水处理能力', 24, '万吨/日'],
      ['新增垃圾焚烧处理能力', 3000, '吨/日'],
    ]);
  });
});

