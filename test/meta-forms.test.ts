/** Metadata of plans the parser was not written for, each rule on a small document of our own wording. */
import { describe, expect, it } from 'vitest';
import { type PlanDocument } from '../src/index.js';
import { parseText } from './helpers/parse-text.js';


describe('region', () => {
  it('a work report without a title is about the city it names most, not its province or a place named once', async () => {
    const doc = await parseText(
      [
        '各位代表：',
        '现在，我代表市人民政府向大会报告工作，请予审议。',
        '一、过去一年工作回顾',
        '一年来，全市上下在省委省政府领导下，湖北全省经济回升，宜昌经济稳中有进，宜昌港吞吐量创新高。',
        '我们与武汉加强合作，宜昌城区面貌焕然一新。',
        '二、今年工作安排',
        '推动宜昌高质量发展，建设宜昌新城，全市生产总值增长百分之六。',
      ].join('\n'),
    );
    expect(doc.meta.region).toBe('宜昌市');
    expect(doc.meta.kind).toBe('报告');
    expect(doc.meta.title).toBeNull();
  });

  it('a short name that is also a common word counts only written in full', async () => {
    const doc = await parseText(
      ['各位代表：', '现在，我代表市人民政府向大会报告工作。', '一、工作回顾', '全市深化区域合作，加强交流合作，扩大经贸合作，推进产业合作，衢州经济稳步增长，衢州城市品质提升，衢州开放水平提高。'].join('\n'),
    );
    expect(doc.meta.region).toBe('衢州市');
  });

  it('an autonomous prefecture is called by what comes before its peoples, and speaks of itself as 全州', async () => {
    const report = (name: string) =>
      parseText(
        ['各位代表：', '现在，我代表州人民政府向大会报告工作，请予审议。', '一、过去一年工作回顾', `全州经济稳中向好，${name}旅游持续升温，${name}特色农业做大做强，${name}开放水平不断提高，与贵阳合作深化。`].join('\n'),
      );
    expect((await report('黔东南')).meta.region).toBe('黔东南苗族侗族自治州');
    expect((await report('博尔塔拉')).meta.region).toBe('博尔塔拉蒙古自治州');
    expect((await report('西双版纳')).meta.region).toBe('西双版纳傣族自治州');
    expect((await report('恩施')).meta.region).toBe('恩施土家族苗族自治州');
    // 黔西南's short name is not 黔西 (a city of its own)
    expect((await report('黔西南')).meta.region).toBe('黔西南布依族苗族自治州');
  });

  it('a title that does not start with its place still names it', async () => {
    const doc = await parseText(['关于加快推进杭州市数字经济发展的实施意见', '一、总体要求', '到2025年数字经济规模明显扩大。'].join('\n'));
    expect(doc.meta.title).toBe('关于加快推进杭州市数字经济发展的实施意见');
    expect(doc.meta.region).toBe('杭州市');
    expect(doc.meta.kind).toBe('意见');
  });
});

describe('kind from the genre', () => {
  it.each([
    ['某某市关于促进消费的若干意见', '意见'],
    ['某某市关于加快发展托育服务的指导意见', '意见'],
    ['某某市制造业数字化转型行动计划（2024-2026年）', '计划'],
    ['某某市2024年营商环境考评办法', '办法'],
    ['某某市国民经济和社会发展第十五个五年规划纲要', '纲要'],
  ])('%s → %s', async (title, kind) => {
    const doc = await parseText([title, '一、总体要求', '坚持稳中求进。'].join('\n'));
    expect(doc.meta.kind).toBe(kind);
  });
});

describe('period', () => {
  it.each([
    ['某某市制造业数字化转型行动计划（2024-2026年）', '', { start: 2024, end: 2026 }],
    ['某某市生态修复规划', '（2021 年-2035 年）', { start: 2021, end: 2035 }],
    ['某某市2024年营商环境考评办法', '', { start: 2024, end: 2024 }],
    ['某某市国民经济和社会发展第十五个五年规划纲要', '', { start: 2026, end: 2030 }],
  ])('from the title %s %s', async (title, sub, period) => {
    const doc = await parseText([title, sub, '一、总体要求', '到2040年基本实现现代化。到2050年全面建成。'].filter(Boolean).join('\n'));
    expect(doc.meta.period).toEqual(period);
  });

  it('from a stated span, a start year with a count of years, else a single horizon with no start', async () => {
    const stated = await parseText(['某某区关于支持人才发展的若干意见', '政策期限为2025年至2027年。', '一、支持措施', '给予住房补贴。'].join('\n'));
    expect(stated.meta.period).toEqual({ start: 2025, end: 2027 });
    const counted = await parseText(['关于实施人才工程的意见', '一、目标', '1.目标。2013年起5年内引进人才一千名。'].join('\n'));
    expect(counted.meta.period).toEqual({ start: 2013, end: 2017 });
    const horizon = await parseText(['某某省关于扩大开放的实施意见', '一、发展目标', '到2027年，外贸进出口总额明显增长。'].join('\n'));
    expect(horizon.meta.period).toEqual({ start: null, end: 2027 });
    const two = await parseText(['某某省关于扩大开放的实施意见', '一、发展目标', '到2027年，外贸明显增长；到2035年，全面开放。'].join('\n'));
    expect(two.meta.period).toBeNull();
  });
});

describe('title and issue date under a notice', () => {
  it('the plan a notice issues is the title; the date line after the signature is the issue date', async () => {
    const doc = await parseText(
      [
        '某某市经济和信息化局印发《关于推进某某市工业设计发展的指导意见》的通知',
        '某经信发〔2023〕12号',
        '各区政府，各有关单位：',
        '现将《关于推进某某市工业设计发展的指导意见》印发给你们，请认真贯彻落实。',
        '某某市经济和信息化局',
        '2023年6月8日',
        '关于推进某某市工业设计发展的指导意见',
        '一、总体要求',
        '坚持创新驱动。',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('关于推进某某市工业设计发展的指导意见');
    expect(doc.meta.docNumber).toBe('某经信发〔2023〕12号');
    expect(doc.meta.issueDate).toBe('2023-06-08');
    expect(doc.meta.kind).toBe('意见');
  });

  it('a title over two lines and an approval date under it', async () => {
    const doc = await parseText(
      ['某某市国民经济和社会发展第十五个五年规划', '和二〇四〇年远景目标纲要', '2026 年 1 月 20 日某某市第十六届', '人民代表大会第四次会议批准', '一、发展环境', '发展环境深刻变化。'].join('\n'),
    );
    expect(doc.meta.title).toBe('某某市国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要');
    expect(doc.meta.kind).toBe('纲要');
    expect(doc.meta.issueDate).toBe('2026-01-20');
  });
});

describe('notices run together on few lines (national pages copied as text)', () => {
  it('a 文号 glued after the notice title starts after its last word; a 预案 is of kind 预案', async () => {
    // hand-written
    const doc = await parseText(
      [
        '某某省人民政府办公厅关于印发某某省森林火灾应急预案的通知某政办函〔2021〕7号各市人民政府，省政府各部门：',
        '经省政府同意，现将《某某省森林火灾应急预案》印发给你们，请认真组织实施。',
        '某某省人民政府办公厅',
        '2021年3月2日',
        '某某省森林火灾应急预案',
        '1　总则',
        '1.1　编制目的',
        '为有效应对森林火灾，制定本预案。',
      ].join('\n'),
    );
    expect(doc.meta.docNumber).toBe('某政办函〔2021〕7号');
    expect(doc.meta.kind).toBe('预案');
    expect(doc.meta.issueDate).toBe('2021-03-02');
  });

  it('the signature and date at the end of the notice paragraph, a bracketed note after them', async () => {
    // hand-written
    const doc = await parseText(
      [
        '国务院关于印发某领域发展规划的通知',
        '国发〔2030〕9号',
        '各省、自治区、直辖市人民政府：现将《某领域发展规划》印发给你们，请认真贯彻实施。　　　　　　　　国务院',
        '2030年2月3日（此件公开发布）',
        '某领域发展规划',
        '第一章　发展基础',
        '发展基础扎实。',
      ].join('\n'),
    );
    expect([doc.meta.issuer, doc.meta.issueDate]).toEqual(['国务院', '2030-02-03']);
    // real (国办发〔2020〕43号, all on one line): `…认真贯彻落实。国务院办公厅2020年11月1日（此件公开发布）`
    const real = await parseText(
      [
        '国务院办公厅关于印发某会议重点任务分工方案的通知国办发〔2020〕43号',
        '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：《某会议重点任务分工方案》已经国务院同意，现印发给你们，请结合实际认真贯彻落实。国务院办公厅2020年11月1日（此件公开发布）',
        '某会议重点任务分工方案',
        '一、加强统筹。',
      ].join('\n'),
    );
    expect([real.meta.docNumber, real.meta.issuer, real.meta.issueDate]).toEqual(['国办发〔2020〕43号', '国务院办公厅', '2020-11-01']);
  });

  it('a notice title over two lines names the plan when the plan title line is lost; its 文号 follows it', async () => {
    // after the 国发〔2007〕37号 page: the plan title is glued after the date, the notice title broken
    const doc = await parseText(
      [
        '国务院关于印发某某事业',
        '“十五五”规划的通知国发〔2027〕3号各省、自治区、直辖市人民政府：',
        '国务院同意有关部门制定的《某某事业“十五五”规划》，现印发给你们，请认真贯彻执行。',
        '国务院',
        '二○二七年三月八日 某某事业“十五五”规划　　根据有关纲要编制本规划。',
        '一、发展形势',
        '形势复杂。',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('某某事业“十五五”规划');
    expect(doc.meta.docNumber).toBe('国发〔2027〕3号');
    expect([doc.meta.issuer, doc.meta.issueDate]).toEqual(['国务院', '2027-03-08']);
    expect(doc.meta.kind).toBe('规划');
  });
});

describe('a document issued in its own name (国发 意见)', () => {
  it('a title broken after a connector is joined, the 文号 line under it read, the closing signature gives issuer and date', async () => {
    // hand-written, after the 国发〔2018〕42号 page
    const doc = await parseText(
      [
        '国务院关于加快推进乡村旅游和',
        '休闲农业融合发展的指导意见',
        '国发〔2031〕7号',
        '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
        '为加快推进乡村旅游和休闲农业融合发展，现提出以下意见。',
        '一、总体要求',
        '（一）指导思想。坚持融合发展。',
        '二、保障措施',
        '（二）加强组织领导。各地要抓好落实。',
        '国务院',
        '2031年3月4日',
        '（此件公开发布）',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('国务院关于加快推进乡村旅游和休闲农业融合发展的指导意见');
    expect(doc.meta.docNumber).toBe('国发〔2031〕7号');
    expect([doc.meta.issuer, doc.meta.issueDate, doc.meta.kind]).toEqual(['国务院', '2031-03-04', '意见']);
  });

  it('a title line that ends a phrase is not joined to the line before it', async () => {
    const doc = await parseText(['某某市人民政府办公室', '某某市数字经济发展规划', '一、发展基础', '基础较好。'].join('\n'));
    expect(doc.meta.title).toBe('某某市数字经济发展规划');
  });
});
