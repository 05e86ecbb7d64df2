/**
 * Metadata in the forms real notices and plans take that the fixture folders lack, each on a small
 * document of our own wording: 文号 with 〔〕 or [], dates in Chinese numerals, a notice that attaches
 * the plan (附件：…), bodies that sign together, an adoption note under the title, a 抄送/印发 footer.
 */
import { describe, expect, it } from 'vitest';
import { type PlanDocument } from '../src/index.js';
import { parseText } from './helpers/parse-text.js';

const meta = (plan: PlanDocument) => {
  const m = plan.meta;
  return { title: m.title, docNumber: m.docNumber, issuer: m.issuer, issueDate: m.issueDate, period: m.period, kind: m.kind };
};

describe('a notice wrapping a plan', () => {
  it('《》 title in the notice, 政办发〔〕 number, date in Chinese numerals, 抄送 and 印发 lines at the end', async () => {
    const plan = await parseText(
      [
        '某某市人民政府办公室文件',
        '某政办发〔2023〕12号',
        '某某市人民政府办公室关于印发《某某市数字经济高质量发展实施方案（2023—2025年）》的通知',
        '各区人民政府，市政府各部门，各直属机构：',
        '《某某市数字经济高质量发展实施方案（2023—2025年）》已经市政府同意，现印发给你们，请认真贯彻执行。',
        '某某市人民政府办公室',
        '二〇二三年五月十日',
        '（此件公开发布）',
        '某某市数字经济高质量发展实施方案（2023—2025年）',
        '一、发展目标',
        '到2025年，数字经济核心产业增加值达到800亿元。',
        '抄送：市委各部门，市人大常委会办公室，市政协办公室。',
        '某某市人民政府办公室                2023年5月12日印发',
      ].join('\n'),
    );
    expect(meta(plan)).toEqual({
      title: '某某市数字经济高质量发展实施方案',
      docNumber: '某政办发〔2023〕12号',
      issuer: '某某市人民政府办公室',
      issueDate: '2023-05-10',
      period: { start: 2023, end: 2025 },
      kind: '方案',
    });
  });

  it('a 文号 in square brackets and a date with ○ for zero', async () => {
    const plan = await parseText(
      ['某某市“十四五”教育事业发展规划', '某政发[2021]5号', '各区县人民政府，市政府各部门：', '现将《某某市“十四五”教育事业发展规划》印发给你们，请认真组织实施。', '某某市人民政府', '二○二一年九月二十八日', '一、发展目标', '到2025年，学前教育毛入园率达到95%以上。'].join('\n'),
    );
    expect(meta(plan)).toMatchObject({ title: '某某市“十四五”教育事业发展规划', docNumber: '某政发[2021]5号', issuer: '某某市人民政府', issueDate: '2021-09-28', period: { start: 2021, end: 2025 } });
  });

  it('a notice that attaches the plan: the 附件 line names it, the title is the line that stands alone; joint signers', async () => {
    const plan = await parseText(
      [
        '某某市发展和改革委员会　某某市经济和信息化局',
        '关于印发《某某市新型储能产业发展行动方案》的通知',
        '某发改能源〔2023〕188号',
        '各区县发改局、经信局，有关单位：',
        '现将《某某市新型储能产业发展行动方案》印发给你们，请遵照执行。',
        '附件：某某市新型储能产业发展行动方案',
        '某某市发展和改革委员会          某某市经济和信息化局',
        '2023年8月15日',
        '附件',
        '某某市新型储能产业发展行动方案',
        '一、发展目标',
        '到2025年，全市新型储能装机规模达到100万千瓦以上。',
      ].join('\n'),
    );
    expect(meta(plan)).toMatchObject({
      title: '某某市新型储能产业发展行动方案',
      docNumber: '某发改能源〔2023〕188号',
      issuer: '某某市发展和改革委员会、某某市经济和信息化局',
      issueDate: '2023-08-15',
    });
  });
});

describe('dates stated otherwise', () => {
  it('a bracketed adoption note under the title dates the plan', async () => {
    const plan = await parseText(['某某市“十四五”科技创新规划', '（2021年10月12日市政府第58次常务会议审议通过）', '一、发展目标', '到2025年，高新技术企业数量达到6000家。'].join('\n'));
    expect(meta(plan)).toMatchObject({ title: '某某市“十四五”科技创新规划', issueDate: '2021-10-12', period: { start: 2021, end: 2025 } });
  });

  it('a work report titled as one: the title line is kept, the year it plans is its period', async () => {
    const plan = await parseText(
      ['某某县2024年政府工作报告', '各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '一、2023年工作回顾', '全县地区生产总值增长6.1%。', '二、2024年工作安排', '2024年经济社会发展主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。'].join('\n'),
    );
    expect(meta(plan)).toMatchObject({ title: '某某县2024年政府工作报告', kind: '报告', period: { start: 2024, end: 2024 } });
    expect(plan.indicators.map((i) => [i.name, i.target.value, i.target.comparator, i.target.year])).toEqual([
      ['地区生产总值增长', 6, '≈', 2024],
      ['城镇调查失业率', 5.5, '<=', 2024],
    ]);
  });
});
