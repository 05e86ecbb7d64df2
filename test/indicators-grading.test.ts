/**
 * A grading rule's figures (考评办法, 考核细则) are conditions and points, not targets: a clause that gives
 * or takes points (达到6%以上的得10分, 每低1个百分点扣2分) or names the grade a score earns (90分以上为优秀).
 * Hand-written 考核评价办法; a satisfaction score and a rate of points stay targets.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers/parse-text.js';

const RULES = `某某县乡村振兴实绩考核评价办法

第一条 为推动乡村振兴战略落地见效，制定本办法。
第二条 考核内容及分值
（一）产业发展（30分）。农业总产值增速达到6%以上的得10分，每低1个百分点扣2分；新增市级以上龙头企业1家得5分，最高10分。
（二）生态宜居（20分）。农村生活垃圾收运处置体系覆盖率达到100%的得10分，未达到的不得分。
第三条 考核结果分为优秀、良好、一般、较差四个等次，得分90分以上为优秀，75分至89分为良好。
`;

describe('a grading rule', () => {
  it('gives no target, and says why for each figure', async () => {
    const plan = await parseText(RULES);
    expect(plan.indicators).toEqual([]);
    const graded = plan.diagnostics.filter((d) => d.code === 'indicators.norm' && d.message.includes('grading'));
    expect(graded.map((d) => d.line)).toEqual(expect.arrayContaining([5, 6, 7]));
  });

  it('leaves targets measured in points or rates of points targets', async () => {
    const plan = await parseText(`某某县政务服务提升方案（2024—2025年）

一、工作目标
到2025年，群众满意度达到90分以上，政务服务事项网上办理得分率达到95%。
`);
    expect(plan.indicators.map((i) => [i.name, i.target.value, i.unit])).toEqual([
      ['群众满意度', 90, '分'],
      ['政务服务事项网上办理得分率', 95, '%'],
    ]);
  });
});
