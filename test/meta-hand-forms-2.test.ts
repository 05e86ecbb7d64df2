/**
 * Metadata in more forms real documents take, each on a small document of our own wording: a county,
 * district or banner named after its city, a 纲要 title broken before its five-year ordinal, a notice
 * whose plan carries its period in brackets, bodies issuing jointly named before 关于, and a notice
 * that is itself the document. Beside each, the near form the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { type PlanDocument } from '../src/index.js';
import { parseText } from './helpers/parse-text.js';

const where = (plan: PlanDocument) => ({ region: plan.meta.region, province: plan.meta.province, level: plan.meta.level });

describe('a county, district or banner named after its city', () => {
  it('the document is the county\'s; the province is still the city\'s', async () => {
    const district = await parseText(['临沂市兰山区“十四五”现代服务业发展规划', '临沂市兰山区人民政府', '二〇二二年一月', '第一章　发展目标', '到2025年，服务业增加值占比达到60%。'].join('\n'));
    expect(where(district)).toEqual({ region: '兰山区', province: '山东省', level: 'district' });
    const banner = await parseText(['鄂尔多斯市伊金霍洛旗国土空间总体规划（2021—2035年）', '第一章　总则', '规划期限为2021年至2035年。'].join('\n'));
    expect(where(banner)).toEqual({ region: '伊金霍洛旗', province: '内蒙古自治区', level: 'county' });
    const spaced = await parseText(['广州市黄埔区 广州开发区促进集成电路产业发展办法', '第一条　为促进集成电路产业发展，制定本办法。'].join('\n'));
    expect(where(spaced)).toMatchObject({ region: '黄埔区', province: '广东省' });
  });

  it('a word for a kind of area after the city is no division: the document is the city\'s', async () => {
    for (const title of ['盐城市老旧小区改造三年行动方案', '盐城市中心城区排水防涝专项规划', '盐城市自然保护区管理办法', '盐城市山区综合开发规划', '盐城市农村区域供水一体化规划', '盐城市数字区块链产业发展规划', '盐城市各区县产业布局规划']) {
      const plan = await parseText([title, '一、工作目标', '到2025年，完成改造任务。'].join('\n'));
      expect(where(plan), title).toEqual({ region: '盐城市', province: '江苏省', level: 'city' });
    }
  });
});

describe('titles', () => {
  it('a 纲要 title broken before its five-year ordinal is one title, and names its place', async () => {
    const plan = await parseText(['苏州工业园区国民经济和社会发展', '第十四个五年规划和二〇三五年远景目标纲要', '第一章　发展基础', '第二章　发展目标', '到2025年，地区生产总值达到4000亿元。'].join('\n'));
    expect(plan.meta).toMatchObject({ title: '苏州工业园区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', region: '苏州工业园区', kind: '纲要', period: { start: 2021, end: 2025 } });
  });

  it('a title line that opens otherwise is not joined to the line above', async () => {
    const plan = await parseText(['苏州工业园区管理委员会', '苏州工业园区数字经济发展三年行动计划', '一、发展目标', '到2025年，数字经济核心产业增加值达到1000亿元。'].join('\n'));
    expect(plan.meta.title).toBe('苏州工业园区数字经济发展三年行动计划');
  });

  it('a notice issuing a plan whose title ends with its period in brackets names the plan and the period', async () => {
    const plan = await parseText(
      ['某某市人民政府', '关于印发某某市国土空间总体规划（2021-2035年）的通知', '某政发〔2024〕1号', '各县（区）人民政府，市政府各部门：', '现将《某某市国土空间总体规划（2021-2035年）》印发给你们，请认真组织实施。', '某某市人民政府', '2024年1月2日'].join('\n'),
    );
    expect(plan.meta).toMatchObject({ title: '某某市国土空间总体规划', kind: '规划', period: { start: 2021, end: 2035 }, docNumber: '某政发〔2024〕1号', issueDate: '2024-01-02' });
  });

  it('a notice that is itself the document: its title with the issuer above it, of no plan kind', async () => {
    const plan = await parseText(
      [
        '桐乡市人民政府办公室',
        '关于进一步加强农村生活垃圾分类工作的通知',
        '桐政办〔2023〕21号',
        '各镇人民政府、街道办事处，市政府各部门：',
        '为进一步加强农村生活垃圾分类工作，经市政府同意，现就有关事项通知如下：',
        '一、工作目标',
        '到2023年底，农村生活垃圾分类处理行政村覆盖率达到100%。',
        '二、工作措施',
        '（一）健全收运体系。',
        '桐乡市人民政府办公室',
        '2023年4月12日',
      ].join('\n'),
    );
    expect(plan.meta).toMatchObject({ title: '桐乡市人民政府办公室关于进一步加强农村生活垃圾分类工作的通知', region: '桐乡市', province: '浙江省', kind: null, docNumber: '桐政办〔2023〕21号', issueDate: '2023-04-12' });
    // about a plan, still a notice
    const about = await parseText(['关于下达2024年度重点项目投资计划的通知', '各县区发展改革局：', '现将2024年度重点项目投资计划下达给你们。', '一、总体要求', '全年完成投资500亿元。'].join('\n'));
    expect(about.meta).toMatchObject({ title: '关于下达2024年度重点项目投资计划的通知', kind: null });
  });
});

describe('issuers', () => {
  it('bodies issuing a notice together, named before 关于 apart by spaces, are each an issuer', async () => {
    const plan = await parseText(
      [
        '江苏省发展改革委 江苏省财政厅关于印发《江苏省城乡冷链物流设施建设行动方案》的通知',
        '苏发改经贸发〔2023〕512号',
        '各设区市发展改革委、财政局：',
        '现将《江苏省城乡冷链物流设施建设行动方案》印发给你们，请认真组织实施。',
        '2023年6月2日',
        '江苏省城乡冷链物流设施建设行动方案',
        '一、主要目标',
        '到2025年，全省冷库总容量达到1000万吨。',
      ].join('\n'),
    );
    expect(plan.meta).toMatchObject({ title: '江苏省城乡冷链物流设施建设行动方案', issuer: '江苏省发展改革委、江苏省财政厅', docNumber: '苏发改经贸发〔2023〕512号' });
  });

  it('one body before 关于, with no space in its name, stays one issuer', async () => {
    const plan = await parseText(
      ['江苏省发展和改革委员会关于印发《江苏省城乡冷链物流设施建设行动方案》的通知', '苏发改经贸发〔2023〕512号', '各设区市发展改革委：', '现将《江苏省城乡冷链物流设施建设行动方案》印发给你们。', '2023年6月2日', '江苏省城乡冷链物流设施建设行动方案', '一、主要目标', '到2025年，全省冷库总容量达到1000万吨。'].join('\n'),
    );
    expect(plan.meta.issuer).toBe('江苏省发展和改革委员会');
  });
});

describe('numbers and dates stated otherwise', () => {
  it('a 规章 promulgated by an order: the 令 and its number are its 文号, the body before 令 its issuer', async () => {
    const plan = await parseText(
      ['杭州市人民政府令', '第345号', '《杭州市城市绿化管理办法》已经2023年4月18日市人民政府第30次常务会议审议通过，现予公布，自2023年7月1日起施行。', '市长　某某某', '2023年5月6日', '杭州市城市绿化管理办法', '第一章　总则', '第一条　为了促进城市绿化事业发展，制定本办法。'].join('\n'),
    );
    expect(plan.meta).toMatchObject({ title: '杭州市城市绿化管理办法', docNumber: '杭州市人民政府令第345号', issuer: '杭州市人民政府', issueDate: '2023-05-06', kind: '办法' });
    const oneLine = await parseText(['某某省人民政府令（第12号）', '某某省农村公路条例实施办法', '第一条　为加强农村公路管理，制定本办法。'].join('\n'));
    expect(oneLine.meta).toMatchObject({ docNumber: '某某省人民政府令第12号', issuer: '某某省人民政府' });
  });

  it('a 文号 with 第 before its serial', async () => {
    const plan = await parseText(
      ['关于印发《晋中市城乡供水一体化三年行动方案》的通知', '晋中政办发〔2023〕第21号', '各县（区、市）人民政府：', '现将《晋中市城乡供水一体化三年行动方案》印发给你们。', '晋中市人民政府办公室', '2023 年 6 月 9 日', '晋中市城乡供水一体化三年行动方案', '一、工作目标', '到2025年，全市农村自来水普及率达到98%。'].join('\n'),
    );
    expect(plan.meta).toMatchObject({ docNumber: '晋中政办发〔2023〕第21号', issueDate: '2023-06-09' });
  });

  it('the publication line a page sets under its title dates a document nothing else dates', async () => {
    const plan = await parseText(['发布时间：2024-02-28 10:30　来源：某某市发展和改革委员会　浏览次数：1024', '南通市2024年推进长江经济带高质量发展工作要点', '一、推进生态环境保护修复', '1.打好长江保护修复攻坚战。干流断面水质保持Ⅱ类。'].join('\n'));
    expect(plan.meta.issueDate).toBe('2024-02-28');
    // a time the plan sets for its own work is no publication line
    const work = await parseText(['南通市2024年长江岸线整治工作方案', '一、实施步骤', '实施时间：2024年3月1日至12月31日。', '二、工作要求', '1.加强组织领导。'].join('\n'));
    expect(work.meta.issueDate).toBeNull();
  });
});

describe('a period in brackets without 年', () => {
  it('is the period; a bracket holding one year is not a span', async () => {
    const plan = await parseText(['湖州市数字乡村建设行动计划（2023—2025）', '一、主要目标', '到2025年，建成数字乡村示范村100个。'].join('\n'));
    expect(plan.meta.period).toEqual({ start: 2023, end: 2025 });
    const one = await parseText(['湖州市数字乡村建设行动计划（2023修订）', '一、主要目标', '到2025年，建成数字乡村示范村100个。'].join('\n'));
    expect(one.meta.period).toEqual({ start: null, end: 2025 });
  });
});

describe('a title that counts its years', () => {
  const plan = (title: string, date: string | null, goal: string) =>
    parseText([title, '一、工作目标', goal, '二、重点任务', '（一）推进项目建设。', ...(date ? ['某某市人民政府办公室', date] : [])].join('\n'));

  it('with one horizon, the plan ends then and began the years before it', async () => {
    expect((await plan('沈阳市新型基础设施建设三年行动计划', '2023年2月14日', '到2025年，全市5G基站总数达到5万个。')).meta.period).toEqual({ start: 2023, end: 2025 });
    expect((await plan('某某市养老服务五年行动方案', null, '到2027年，养老机构床位达到2万张。')).meta.period).toEqual({ start: 2023, end: 2027 });
  });

  it('not when the issue date is far from that start, nor with two horizons', async () => {
    expect((await plan('某某市老旧小区改造三年行动计划', '2019年5月6日', '到2025年，完成改造小区300个。')).meta.period).toEqual({ start: null, end: 2025 });
    expect((await plan('某某市老旧小区改造三年行动计划', null, '到2025年，完成改造小区300个；到2030年全部完成。')).meta.period).toBeNull();
  });
});

describe('documents of a Party committee and government together (两办)', () => {
  it('joint bodies on one line over a title naming no place: each an issuer, the place theirs; a bracketed date under the title', async () => {
    const plan = await parseText(['中共杭州市委 杭州市人民政府', '关于加快推进城市国际化的实施意见', '（2023年8月10日）', '为加快推进城市国际化，现提出如下实施意见。', '一、总体目标', '到2027年，入境游客人数达到500万人次。', '二、重点任务', '（一）提升国际交往能力。'].join('\n'));
    expect(plan.meta).toMatchObject({ title: '关于加快推进城市国际化的实施意见', issuer: '中共杭州市委、杭州市人民政府', region: '杭州市', province: '浙江省', issueDate: '2023-08-10' });
  });

  it('`X印发《Y》的通知` without 关于, and signers stacked over the date, are each an issuer', async () => {
    const joint = await parseText(
      [
        '中共杭州市委办公厅 杭州市人民政府办公厅印发《关于推进共同富裕示范区建设的行动方案》的通知',
        '市委办发〔2023〕30号',
        '各区、县（市）党委和人民政府，市直属各单位：',
        '《关于推进共同富裕示范区建设的行动方案》已经市委、市政府同意，现印发给你们，请结合实际认真贯彻落实。',
        '中共杭州市委办公厅',
        '杭州市人民政府办公厅',
        '2023年7月1日',
        '关于推进共同富裕示范区建设的行动方案',
        '一、主要目标',
        '到2025年，城乡居民收入倍差缩小到1.7以内。',
      ].join('\n'),
    );
    expect(joint.meta).toMatchObject({ title: '关于推进共同富裕示范区建设的行动方案', issuer: '中共杭州市委办公厅、杭州市人民政府办公厅', region: '杭州市', docNumber: '市委办发〔2023〕30号', issueDate: '2023-07-01' });
    const stacked = await parseText(
      [
        '中共临沂市兰山区委办公室  临沂市兰山区人民政府办公室',
        '关于印发《兰山区2024年乡村振兴工作要点》的通知',
        '各街道党工委、办事处，区委各部委，区直各部门：',
        '现将《兰山区2024年乡村振兴工作要点》印发给你们，请认真抓好落实。',
        '中共临沂市兰山区委办公室',
        '临沂市兰山区人民政府办公室',
        '2024年2月26日',
        '兰山区2024年乡村振兴工作要点',
        '一、稳定粮食生产',
        '1.全年粮食播种面积稳定在50万亩以上。',
      ].join('\n'),
    );
    expect(stacked.meta).toMatchObject({ issuer: '中共临沂市兰山区委办公室、临沂市兰山区人民政府办公室', region: '兰山区', issueDate: '2024-02-26' });
  });

  it('one signer over the date with the addressee line above it stays one issuer', async () => {
    const plan = await parseText(['关于印发《某某市节水行动方案》的通知', '各区人民政府，市政府各部门：', '现将《某某市节水行动方案》印发给你们。', '某某市人民政府办公室', '2023年5月4日', '某某市节水行动方案', '一、主要目标', '到2025年，万元GDP用水量下降10%。'].join('\n'));
    expect(plan.meta.issuer).toBe('某某市人民政府办公室');
  });
});

describe('reports delivered to a congress', () => {
  it('dated by the line under the title that says when and where it was delivered', async () => {
    const plan = await parseText(
      ['政府工作报告', '——2024年1月10日在某某市第十四届人民代表大会第四次会议上', '某某市市长　某某某', '各位代表：', '现在，我代表市人民政府向大会报告工作，请予审议。', '一、2023年工作回顾', '全市地区生产总值增长5.6%。', '二、2024年工作安排', '地区生产总值增长5.5%左右。'].join('\n'),
    );
    expect(plan.meta).toMatchObject({ title: '政府工作报告', kind: '报告', issueDate: '2024-01-10', status: 'final' });
  });

  it('a 草案 the title goes on from is what the report is about, not its status; a bracketed 草案 is', async () => {
    const report = await parseText(
      ['关于某某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告', '——2024年1月8日在某某市第十六届人民代表大会第四次会议上', '各位代表：', '受市人民政府委托，现将计划草案提请审议。', '一、2023年计划执行情况', '全市地区生产总值增长5.5%。'].join('\n'),
    );
    expect(report.meta).toMatchObject({ status: 'final', issueDate: '2024-01-08' });
    const draft = await parseText(['某某市生态环境保护规划（2026-2030年）（草案）', '一、主要目标', '到2030年，PM2.5平均浓度控制在22微克/立方米以下。'].join('\n'));
    expect(draft.meta.status).toBe('draft');
  });
});

describe('forms of typing', () => {
  it('full-width digits in the 文号, dates and period read as digits', async () => {
    const plan = await parseText(
      [
        '关于印发《丽水市生态产品价值实现行动方案（２０２３－２０２５年）》的通知',
        '丽政办发〔２０２３〕１２号',
        '各县（市、区）人民政府，市政府直属各单位：',
        '现将《丽水市生态产品价值实现行动方案（２０２３－２０２５年）》印发给你们，请认真组织实施。',
        '丽水市人民政府办公室',
        '２０２３年５月１０日',
        '丽水市生态产品价值实现行动方案（２０２３－２０２５年）',
        '一、主要目标',
        '到２０２５年，全市生态产品总值达到５０００亿元。',
      ].join('\n'),
    );
    expect(plan.meta).toMatchObject({ title: '丽水市生态产品价值实现行动方案', docNumber: '丽政办发〔2023〕12号', issuer: '丽水市人民政府办公室', issueDate: '2023-05-10', period: { start: 2023, end: 2025 } });
  });

  it('a title printed in 《》 on a line of its own; a 《》 line that names no genre is no title', async () => {
    const plan = await parseText(['《衢州市数字政府建设“十四五”规划》', '衢州市人民政府办公室', '2022年3月', '一、发展基础', '二、发展目标', '到2025年，政务服务事项网上可办率达到100%。'].join('\n'));
    expect(plan.meta).toMatchObject({ title: '衢州市数字政府建设“十四五”规划', region: '衢州市', kind: '规划', period: { start: 2021, end: 2025 } });
    const quoted = await parseText(['《中华人民共和国城乡规划法》', '一、发展基础', '二、发展目标', '到2025年，政务服务事项网上可办率达到100%。'].join('\n'));
    expect(quoted.meta.title).toBeNull();
  });
});

describe('zones a government sets up', () => {
  const place = async (title: string) => {
    const plan = await parseText([title, '一、主要目标', '到2025年，建成示范项目10个。'].join('\n'));
    return { region: plan.meta.region, province: plan.meta.province };
  };

  it('a zone with a long name issuing in its own name is the region', async () => {
    expect(await place('郑州航空港经济综合实验区关于加快低空经济发展的实施意见')).toEqual({ region: '郑州航空港经济综合实验区', province: null });
    expect((await place('天津经济技术开发区促进生物医药产业发展的若干措施')).region).toBe('天津经济技术开发区');
  });

  it('after a province a zone word makes the zone the province\'s; a 新区 named after its province keeps the province', async () => {
    expect(await place('浙江省自由贸易试验区建设方案')).toEqual({ region: '浙江省', province: '浙江省' });
    expect(await place('上海市浦东新区综合改革方案')).toEqual({ region: '浦东新区', province: '上海市' });
  });

  it('a title opening with a verb names no zone', async () => {
    expect((await place('促进高新技术产业开发区高质量发展的若干措施')).region).toBeNull();
  });
});
