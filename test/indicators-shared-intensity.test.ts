/**
 * An intensity (单位GDP, 单位工业增加值) opening the first name of a list before 分别 is said of each name:
 * 单位GDP能耗和二氧化碳排放分别下降13.5%、18% sets two intensities. Hand-written, in the form of a
 * provincial 纲要's goals paragraph.
 */
import { describe, expect, it } from 'vitest';
import { listNames } from '../src/extract/indicators/list-names.js';
import { parseText } from './helpers/parse-text.js';

describe('an intensity shared by a list', () => {
  it('is given to each name of the list', async () => {
    const plan = await parseText(`某某省“十四五”节能减排综合工作方案

一、主要目标
到2025年，全省单位地区生产总值能耗和二氧化碳排放分别下降14%、18%，单位工业增加值用水量和能耗分别下降16%、15%。
`);
    expect(plan.indicators.map((i) => [i.name, i.target.value])).toEqual([
      ['单位地区生产总值能耗下降', 14],
      ['单位地区生产总值二氧化碳排放下降', 18],
      ['单位工业增加值用水量下降', 16],
      ['单位工业增加值能耗下降', 15],
    ]);
  });

  it('is not given where the first name has none, nor over a name that has its own', () => {
    const id = (s: string) => s;
    expect(listNames('用水总量和能源消费总量', 2, '下降', id)).toEqual(['用水总量下降', '能源消费总量下降']);
    // a measure of its own before the list's last name is not a modifier of it (能耗, not 能耗化碳排放)
    expect(listNames('能耗和二氧化碳排放', 2, '下降', id)).toEqual(['能耗下降', '二氧化碳排放下降']);
    expect(listNames('一、二、三产增加值', 3, '增长', id)).toEqual(['一产增加值增长', '二产增加值增长', '三产增加值增长']);
    expect(listNames('单位GDP能耗和万元GDP用水量', 2, '下降', id)).toEqual(['单位GDP能耗下降', '万元GDP用水量下降']);
  });
});
