/** The small recognizers of issue 11, each on hand-written input. */
import { describe, expect, it } from 'vitest';
import { isPastTitle, partLabelRole, sectionRole } from '../src/extract/indicators/section-role.js';
import { findCurrentYear } from '../src/extract/indicators/document-year.js';
import { titlePeriod } from '../src/extract/indicators/title-period.js';
import { listNames } from '../src/extract/indicators/list-names.js';
import { dropQualifiers, isBracketNote } from '../src/extract/indicators/sentences.js';
import { findValueMentions, parseCellValue } from '../src/extract/indicators/values.js';
import { findSerialRowTables, rowCells } from '../src/ingest/serial-tables.js';

describe('section role', () => {
  it.each([
    ['一、2022年工作回顾', true],
    ['发展基础', true],
    ['“十三五”以来取得的成效', true],
    ['现状与评价', true],
    ['存在问题与成因分析', true],
    ['发展形势与总体要求', false],
    ['着力解决群众急难愁盼问题', false],
    ['坚定不移打好项目建设攻坚战，推动高质量发展基础更加坚实', false],
    ['2023年工作安排', false],
    ['“五个中心”建设既定目标如期实现', true],
    ['第一节 生态环境保护取得积极进展', true],
    ['全国生态环境保护形势', true],
    ['强化源头防控，夯实绿色发展基础', false],
  ])('%s past: %s', (title, past) => expect(isPastTitle(title)).toBe(past));

  it('the outermost title that says something decides', () => {
    expect(sectionRole(['三、重点任务', '（五）夯实发展基础'])).toBe('task');
    expect(sectionRole(['一、2022年工作回顾', '（一）经济运行稳中有进'])).toBe('past');
    expect(sectionRole(['发展形势与总体要求', '主要目标'])).toBe('goals');
    expect(sectionRole(['（二）优化营商环境'])).toBe('task');
    expect(sectionRole(['二、指导思想和主要目标', '（三）主要目标'])).toBe('goals');
    expect(sectionRole(['一、新阶段新起点', '1.1 既定目标如期实现', '1.1.1 综合实力大幅提升'])).toBe('past');
  });

  it('a short paragraph standing alone labels a part; a sentence does not', () => {
    expect(partLabelRole('2022年工作回顾')).toBe('past');
    expect(partLabelRole('2023年工作安排')).toBe('task');
    expect(partLabelRole('过去一年，我们新建农田3万亩。')).toBeNull();
  });
});

describe('year of an annual document', () => {
  it('is the year after the reviewed one', () => {
    expect(findCurrentYear({ titles: ['一、2022年工作回顾', '二、今年重点工作'], paragraphs: [] })).toBe(2023);
  });
  it('or the year a document introduces as the present, when it speaks of 今年', () => {
    expect(findCurrentYear({ titles: [], paragraphs: ['2025年是规划收官之年。今年要抓好三件事。', '今年还要办好十件实事。'] })).toBe(2025);
  });
  it('is null for a plan that does neither', () => {
    expect(findCurrentYear({ titles: ['一、发展基础', '二、主要目标'], paragraphs: ['到2025年，建成10个园区。'] })).toBeNull();
  });
});

describe('period named by a title', () => {
  it.each([
    ['某市国民经济和社会发展第十四个五年规划纲要', 2025],
    ['某县“十五五”农业发展规划', 2030],
    ['某市生态修复规划（2021—2035年）', 2035],
    ['某区行动方案(2024-2026年)', 2026],
  ])('%s → %d', (title, end) => expect(titlePeriod(title)?.end).toBe(end));
  it('none in a title without a period', () => expect(titlePeriod('关于加快人才集聚的实施意见')).toBeNull());
});

describe('names of a 分别 list', () => {
  const keep = (s: string) => s;
  it('shares a head written once', () => {
    expect(listNames('一、二、三产增加值', 3, '增长', keep)).toEqual(['一产增加值增长', '二产增加值增长', '三产增加值增长']);
  });
  it('splits a paired prefix when two values follow', () => {
    expect(listNames('城乡居民人均可支配收入', 2, '增长', keep)).toEqual(['城镇居民人均可支配收入增长', '农村居民人均可支配收入增长']);
    expect(listNames('进出口总额', 2, '达到', keep)).toEqual(['进口总额', '出口总额']);
  });
  it('keeps plain lists', () => {
    expect(listNames('专利授权量、商标注册量', 2, '达到', keep)).toEqual(['专利授权量', '商标注册量']);
  });
});

describe('values that are no targets', () => {
  const mentions = (t: string) => findValueMentions(t, { requireUnit: true });
  it('百亿级, 50万人口规模, 零部件 are no values of their own', () => {
    expect(mentions('打造百亿级产业集群').filter((m) => !m.modifier)).toEqual([]);
    expect(mentions('建成50万人口规模的城市').filter((m) => !m.modifier)).toEqual([]);
    expect(mentions('发展汽车零部件产业')).toEqual([]);
  });
  it('a value qualifying a counted noun is dropped, the count kept', () => {
    const text = '引进投资亿元以上项目15个';
    const kept = dropQualifiers(text, mentions(text));
    expect(kept.map((m) => m.raw)).toEqual(['15个']);
    const rate = '推动11项救助标准提高5%以上';
    expect(dropQualifiers(rate, mentions(rate)).map((m) => m.raw)).toEqual(['5%以上']);
    const plain = '新建学校3所，改造校舍2万平方米';
    expect(dropQualifiers(plain, mentions(plain)).map((m) => m.raw)).toEqual(['3所', '2万平方米']);
  });
  it('a quantity without a measure word, in Chinese numerals or already bounded, qualifies the noun after it', () => {
    const kept = (t: string) => dropQualifiers(t, mentions(t)).map((m) => m.raw);
    // hand-written
    expect(kept('培育十亿企业8家')).toEqual(['8家']);
    expect(kept('建设五星级酒店3座')).toEqual(['3座']);
    expect(kept('200亩左右连片果园覆盖率60%以上')).toEqual(['60%以上']);
    // real (合肥, 济南, 亳州 work reports)
    expect(kept('新增百亿企业5家左右')).toEqual(['5家左右']);
    expect(kept('建成千兆城市示范区2-3个')).toEqual(['2-3个']);
    expect(kept('300亩左右集中连片土地流转率45%以上')).toEqual(['45%以上']);
    // a quantity in a 的-phrase: hand-written and real (潜江 work report)
    expect(kept('建成服务20个社区的5家养老中心')).toEqual(['5家']);
    expect(kept('建成覆盖38个村的27处农村公益性公墓')).toEqual(['27处']);
    // a count with its measure word before a verb phrase stays: both are targets
    expect(kept('改造老旧小区200个，惠及居民3万户')).toEqual(['200个', '3万户']);
  });
  it('a score in brackets is a note; a cumulative figure in brackets is not', () => {
    const a = '平台建设（5分）';
    expect(isBracketNote(a, mentions(a)[0])).toBe(true);
    const b = '新增120户（累计约900户）';
    expect(isBracketNote(b, mentions(b)[1])).toBe(false);
  });
  it('time spans with 内 are upper bounds; 以上 may break across a line', () => {
    expect(mentions('3个工作日内办结')[0]).toMatchObject({ value: 3, comparator: '<=' });
    expect(mentions('达到 88%以\n上')[0]).toMatchObject({ value: 88, comparator: '>=' });
  });
  it('cells in square brackets are cumulative targets', () => {
    expect(parseCellValue('[15]')).toMatchObject({ value: 15, unparsed: false });
    expect(parseCellValue('[累计达到600]')).toMatchObject({ value: 600, unparsed: false });
  });
});

describe('serial-row tables (PDF-flattened, one row per line)', () => {
  const lines = [
    '表1 某市“十四五”主要指标',
    '序 “十四五”目标',
    '指 标 单位 属性',
    '号',
    '2025年 年均[累计]',
    '1 全市生产总值年均增长 % 预期性 - 6左右',
    '万元/',
    '2 人均可支配收入 预期性 9.5左右 -',
    '人',
    '每千人口拥有执业',
    '3 人 预期性 >3.2 -',
    '（助理）医师数',
    '4 绿色建筑占新建建筑比例3 % 约束性 100 -',
    '5 新增城镇就业 万人 预期性 - [累计达到45]',
    '3 指按常住人口计算。',
  ];
  const scan = findSerialRowTables(lines, lines, new Set());

  it('finds one table and its rows by serial number, the footnote line left out', () => {
    expect(scan.blocks).toHaveLength(1);
    expect(scan.blocks[0].line).toBe(2);
    expect(scan.blocks[0].endLine).toBe(14);
  });

  it('gives each row its name, unit and value, cells split around a row joined back', () => {
    const rows = scan.blocks[0].rows.map((r) => r.map((c) => c.text));
    expect(rows[0]).toEqual(['序号', '指标', '单位', '属性', '2025年']);
    expect(rows.slice(1)).toEqual([
      ['1', '全市生产总值年均增长', '%', '预期性', '6左右'],
      ['2', '人均可支配收入', '万元/人', '预期性', '9.5左右'],
      ['3', '每千人口拥有执业（助理）医师数', '人', '预期性', '>3.2'],
      ['4', '绿色建筑占新建建筑比例③', '%', '约束性', '100'],
      ['5', '新增城镇就业', '万人', '预期性', '[累计达到45]'],
    ]);
  });

  it('reads a row without an attribute column from its trailing values', () => {
    expect(rowCells(['农村自来水普及率', '%', '90', '95'], [], [])).toEqual({ name: '农村自来水普及率', unit: '%', attribute: '', values: ['90', '95'] });
  });
});

describe('sentences announcing targets', async () => {
  const { extractTextTargets } = await import('../src/extract/indicators/sentences.js');
  const ctx = { inheritedYear: null, horizon: 2024, currentYear: 2024, defaultYear: 2024, imperative: true };
  it.each(['主要预期目标是：', '主要预期目标：', '发展目标为'])('%s marks the targets up to 。 as announced goals, dated the horizon', (lead) => {
    const r = extractTextTargets(`全区${lead}地区生产总值增长6%左右，城镇新增就业1.2万人。全年开工项目120个。`, ctx);
    expect(r.targets.map((t) => [t.name, t.announced, t.year])).toEqual([
      ['地区生产总值增长', true, 2024],
      ['城镇新增就业', true, 2024],
      ['全年开工项目', false, 2024],
    ]);
  });
});

describe('years', async () => {
  const { findYears } = await import('../src/extract/indicators/years.js');
  it('X年起N年内 is a span ahead: its last year dates the targets', () => {
    expect(findYears('2019年起5年内，引进人才3000名').map((y) => [y.year, y.target, y.since])).toEqual([[2023, true, false]]);
    expect(findYears('2019年起，累计引进人才3000名').map((y) => [y.year, y.target, y.since])).toEqual([[2019, false, true]]);
  });
});
