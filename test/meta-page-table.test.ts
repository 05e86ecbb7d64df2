import { describe, expect, it } from 'vitest';
import { findPageMetaInLines } from '../src/ingest/page-meta-table.js';
import { parsePlanBytes } from '../src/parse.js';

const BODY = `某区社区食堂建设实施方案

为推动全区社区食堂健康发展，方便老年人就餐，结合本区实际，制定本方案。
一、工作目标
到2026年，全区建成社区食堂40家，街道覆盖率达到100%。
二、主要任务
（一）合理布局食堂网点。各街道结合人口分布和老年人就餐需求，统筹设置社区食堂。
（二）强化食品安全监管。区市场监管局定期开展食堂食品安全检查。
`;
const parseTxt = (text: string) => parsePlanBytes(Buffer.from(text), 'plan.txt');

describe('a page metadata table copied into a text file', () => {
  it('cells parted by tabs: meta takes the issuer and 成文日期 the text does not give; not plan text', async () => {
    const head = '索 引 号：00000000/2024-00017\t主题分类：民政\n发文机关：某区民政局\t成文日期：2024年3月8日\n发文字号：某民〔2024〕6号\t发布日期：2024-03-15\n\n';
    const plan = await parseTxt(head + BODY);
    expect(plan.meta).toMatchObject({ title: '某区社区食堂建设实施方案', issuer: '某区民政局', issueDate: '2024-03-08', docNumber: '某民〔2024〕6号' });
    const planText = JSON.stringify([plan.sections, plan.tasks, plan.indicators]);
    expect(planText).not.toContain('索');
    expect(planText).not.toContain('某区民政局');
  });

  it('without the table the same text has no issuer or date', async () => {
    const plan = await parseTxt(BODY);
    expect(plan.meta.issuer).toBeNull();
    expect(plan.meta.issueDate).toBeNull();
  });

  it('cells parted by spaces before the next label, or one label or value per line', () => {
    expect(findPageMetaInLines(['发文机关：某县人民政府   成文日期：2022年7月1日', '标　　题：某县乡村振兴规划   发文字号：某政〔2022〕3号'])).toMatchObject({
      issuer: '某县人民政府',
      writtenDate: '2022-07-01',
      title: '某县乡村振兴规划',
      docNumber: '某政〔2022〕3号',
    });
    expect(findPageMetaInLines(['发布机构', '某县农业农村局', '成文日期', '2021-05-06', '文号', '某农〔2021〕8号'])?.issuer).toBe('某县农业农村局');
  });

  it('a cover that only names its issuer and date is no table', () => {
    expect(findPageMetaInLines(['某县人民政府办公室', '2022年7月1日', '发文字号：某政办〔2022〕3号'])).toBeNull();
  });
});
