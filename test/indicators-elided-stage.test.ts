/**
 * A clause naming only another stage of the work before it (新开工…200个、完工150个) counts that work at
 * that stage. Hand-written, in the form of a city work report's task list.
 */
import { describe, expect, it } from 'vitest';
import { withElidedObject } from '../src/extract/indicators/elided-object.js';
import { parseText } from './helpers/parse-text.js';

describe('a stage verb standing for its object', () => {
  it('takes the object of the clause before (完工 after 新开工X)', async () => {
    const plan = await parseText(`2025年某某区政府工作报告

二、2025年重点工作
（一）推进城市更新。新开工城中村改造项目12个、竣工8个，背街小巷整治开工50条、完工40条。
`);
    expect(plan.indicators.map((i) => [i.name, i.target.value, i.unit])).toEqual([
      ['新开工城中村改造项目', 12, '个'],
      ['城中村改造项目竣工', 8, '个'],
      ['背街小巷整治开工', 50, '条'],
      ['背街小巷整治完工', 40, '条'],
    ]);
  });

  it('leaves a name that is no stage verb as it is; a stage after a name with no stage takes that name whole', () => {
    expect(withElidedObject('完工', '改造老旧小区')).toBe('改造老旧小区完工');
    expect(withElidedObject('培育', '新开工项目')).toBe('培育');
    expect(withElidedObject('开工', '开工项目')).toBe('开工项目');
    expect(withElidedObject('完工', '新开工项目')).toBe('项目完工');
  });
});
