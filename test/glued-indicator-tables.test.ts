/** Indicator tables whose cells a copy glued into one paragraph (专栏 boxes of national plans). */
import { describe, expect, it } from 'vitest';
import { findGluedTable, splitGluedIndicatorTables } from '../src/ingest/glued-indicator-tables.js';
import { parseText } from './helpers/parse-text.js';
import { parsePlanBytes } from '../src/index.js';

const rowsOf = (text: string) => findGluedTable(text)?.rows.map((r) => [r.name, r.unit, ...r.cells, r.attribute]) ?? null;

describe('glued indicator tables', () => {
  it('reads name（unit）, base, target and attribute rows after a 指标 + years header (hand-written)', () => {
    const text = '专栏2　某某主要指标指　标2020年2025年属性森林覆盖率（%）40.2＞42约束性城市污水处理率（%）95≥97预期性新增造林面积（万亩）-50预期性';
    expect(rowsOf(text)).toEqual([
      ['森林覆盖率', '%', '40.2', '＞42', '约束性'],
      ['城市污水处理率', '%', '95', '≥97', '预期性'],
      ['新增造林面积', '万亩', '-', '50', '预期性'],
    ]);
  });

  it('cuts glued numbers where the 累计 column agrees, else where base and target are of one size; a five-year sum is the target when the year cell is empty', () => {
    // hand-written
    const text = '指标2020年2025年〔累计〕属性湿地面积（万亩）120132〔12〕约束性草原盖度（%）5861 预期性耕地减少（%）--〔5〕约束性';
    expect(rowsOf(text)).toEqual([
      ['湿地面积', '万亩', '120', '132', '约束性'],
      ['草原盖度', '%', '58', '61', '预期性'],
      ['耕地减少', '%', '-', '〔5〕', '约束性'],
    ]);
    // real (“十三五”生态环境保护规划, 专栏1)
    const real = '指　　标2015年2020年〔累计〕1属性森林覆盖率（%）21.6623.04〔1.38〕约束性森林蓄积量（亿立方米）151165〔14〕约束性湿地保有量（亿亩）-≥8-预期性草原综合植被盖度（%）5456 预期性近岸海域水质优良（一、二类）比例（%）70.570左右-预期性';
    expect(rowsOf(real)).toEqual([
      ['森林覆盖率', '%', '21.66', '23.04', '约束性'],
      ['森林蓄积量', '亿立方米', '151', '165', '约束性'],
      ['湿地保有量', '亿亩', '-', '≥8', '预期性'],
      ['草原综合植被盖度', '%', '54', '56', '预期性'],
      ['近岸海域水质优良（一、二类）比例', '%', '70.5', '70左右', '预期性'],
    ]);
  });

  it('a 增减 column checks the cut; serial numbers between rows are dropped; the prose after the table is left', () => {
    // real (国家环境保护“十一五”规划, 专栏2)
    const real =
      '指标2005年2010年“十一五”增减情况1化学需氧量排放总量（万吨）14141270-10%2二氧化硫排放总量（万吨）25492295-10%3地表水国控断面劣V类水质的比例（%）26.1＜22-4.1个百分点4七大水系国控断面好于Ⅲ类的比例（%）41＞432个百分点专栏3　重点城市名单（共113个）　　1.确保实现减排目标。';
    const t = findGluedTable(real)!;
    expect(t.rows.map((r) => [r.name, r.unit, ...r.cells])).toEqual([
      ['化学需氧量排放总量', '万吨', '1414', '1270'],
      ['二氧化硫排放总量', '万吨', '2549', '2295'],
      ['地表水国控断面劣V类水质的比例', '%', '26.1', '＜22'],
      ['七大水系国控断面好于Ⅲ类的比例', '%', '41', '＞43'],
    ]);
    expect(real.slice(t.end)).toBe('专栏3　重点城市名单（共113个）　　1.确保实现减排目标。');
  });

  it('a sentence with numbers and brackets is no table; two rows are not enough', () => {
    expect(findGluedTable('到2025年，主要指标2020年2025年均有提高，森林覆盖率（%）达到40。')).toBeNull();
    expect(findGluedTable('指标2020年2025年属性森林覆盖率（%）40.2＞42约束性草原盖度（%）5861预期性')).toBeNull();
  });

  it('in a parsed plan the rows are table indicators with years, the caption and the text after stay paragraphs', async () => {
    const plan = await parseText(
      [
        '某某生态环境保护规划',
        '第一章　主要目标',
        '到2025年，生态环境持续改善。专栏1　主要指标指　标2020年2025年属性森林覆盖率（%）40.2＞42约束性城市污水处理率（%）95≥97预期性新增造林面积（万亩）-50预期性注：1.新增造林面积为五年累计数。',
      ].join('\n'),
    );
    const table = plan.indicators.filter((i) => i.source === 'table');
    expect(table.map((i) => [i.name, i.unit, i.baseline?.value ?? null, i.target.year, i.target.value, i.target.comparator, i.attribute])).toEqual([
      ['森林覆盖率', '%', 40.2, 2025, 42, '>', '约束性'],
      ['城市污水处理率', '%', 95, 2025, 97, '>=', '预期性'],
      ['新增造林面积', '万亩', null, 2025, 50, '=', '预期性'],
    ]);
  });

  it('a web page copy of the same box is read the same way', async () => {
    const html =
      '<html><body><h1>某某生态环境保护规划</h1><p>一、主要目标</p><p>到2025年，生态环境持续改善。</p>' +
      '<p>指　标2020年2025年属性森林覆盖率（%）40.2＞42约束性城市污水处理率（%）95≥97预期性新增造林面积（万亩）-50预期性</p></body></html>';
    const plan = await parsePlanBytes(new TextEncoder().encode(html), 'box.html');
    expect(plan.indicators.filter((i) => i.source === 'table').map((i) => [i.name, i.target.value])).toEqual([
      ['森林覆盖率', 42],
      ['城市污水处理率', 97],
      ['新增造林面积', 50],
    ]);
  });

  it('two boxes in one paragraph are both read; half-width unit brackets too (hand-written)', () => {
    const box = (n: number) => `专栏${n}　指标2020年2025年属性甲指标${n}(%)40.2＞42约束性乙指标${n}(%)95≥97预期性丙指标${n}(万亩)-50预期性`;
    const blocks = splitGluedIndicatorTables([{ type: 'paragraph', line: 1, endLine: 1, text: `前言。${box(1)}中间的话。${box(2)}结语。`, raw: '' }]).blocks;
    expect(blocks.map((b) => (b.type === 'table' ? `table:${b.rows.length - 1}:${b.rows[1][0].text}` : b.text))).toEqual([
      '前言。',
      '专栏1',
      'table:3:甲指标1（%）',
      '中间的话。',
      '专栏2',
      'table:3:甲指标2（%）',
      '结语。',
    ]);
  });
});
