import { describe, expect, it } from 'vitest';
import { cutAtEnumeratedItems, runInTitle } from '../src/extract/run-in-items.js';
import { parseText } from './helpers/parse-text.js';

describe('run-in titled items', () => {
  it('a short title sentence opening a paragraph, also after 一是 or a dash', () => {
    expect(runInTitle('培育骨干企业。实施企业梯度培育计划。')).toEqual({ enumerator: '', title: '培育骨干企业' });
    expect(runInTitle('二是健全养老服务。建成中心3个。')).toEqual({ enumerator: '二是', title: '健全养老服务' });
    expect(runInTitle('——织密社会保障网。扩大参保。')).toEqual({ enumerator: '——', title: '织密社会保障网' });
    // a sentence with a comma, a whole paragraph of one sentence, a line cut short: no title
    expect(runInTitle('围绕主导产业，持续发力。推进改革。')).toBeNull();
    expect(runInTitle('培育骨干企业。')).toBeNull();
    expect(runInTitle('各位代表！')).toBeNull();
  });

  it('cuts a paragraph at enumerated items only when each opens with a title', () => {
    expect(cutAtEnumeratedItems('补齐短板。一是办好义务教育。新建小学2所。二是健全养老服务。建成中心3个。')).toEqual([
      '补齐短板。',
      '一是办好义务教育。新建小学2所。',
      '二是健全养老服务。建成中心3个。',
    ]);
    // an enumeration inside a sentence names no titles
    const inline = '升级热线。一是“一单通达”，提高效率；二是自动回访，减少工作量。';
    expect(cutAtEnumeratedItems(inline)).toEqual([inline]);
  });

  it('under a group number, titled paragraphs and 一是 items are tasks of their own', async () => {
    const plan = await parseText(`甲县2025年政府工作报告

一、2024年工作回顾
过去一年，全县经济平稳运行。

二、2025年重点工作
（一）壮大实体经济，夯实发展基础
围绕主导产业，持续发力，加快转型。
培育骨干企业。实施企业梯度培育计划，新增规上企业12家。支持龙头企业技改扩能。
优化园区服务。完善园区道路管网，建成标准厂房5万平方米。推行拿地即开工。
（二）补齐民生短板，提升群众获得感。一是办好义务教育。新建小学2所，改善寄宿条件。二是健全养老服务。建成乡镇养老服务中心3个，推行助餐服务。
`);
    expect(plan.tasks.map((t) => [t.number, t.title])).toEqual([
      ['（一）', '壮大实体经济，夯实发展基础'],
      ['', '培育骨干企业'],
      ['', '优化园区服务'],
      ['（二）', '补齐民生短板，提升群众获得感'],
      ['一是', '办好义务教育'],
      ['二是', '健全养老服务'],
    ]);
    // each item holds the targets of its own text, also where several items share one line
    const quotes = (title: string) => {
      const t = plan.tasks.find((x) => x.title === title)!;
      return (t.indicatorIds ?? []).map((id) => plan.indicators.find((i) => i.id === id)!.quote);
    };
    expect(quotes('培育骨干企业').join()).toContain('12家');
    expect(quotes('办好义务教育').join()).toContain('2所');
    expect(quotes('健全养老服务').join()).not.toContain('2所');
    expect(quotes('补齐民生短板，提升群众获得感')).toEqual([]);
  });

  it('under an item number (1.), titled paragraphs are parts of that one item', async () => {
    const plan = await parseText(`乙市数字化转型行动方案

一、重点任务
1.推广融合新模式。
智能化制造。鼓励企业应用数字技术，提升生产效率。
网络化协同。支持企业共享设备和数据资源。
2.建设公共服务平台。建成平台3个。
`);
    expect(plan.tasks.map((t) => [t.number, t.title])).toEqual([
      ['1', '推广融合新模式'],
      ['2', '建设公共服务平台'],
    ]);
  });
});

describe('tasks sharing a line', () => {
  it('a plan on one line: each task holds the targets quoted in its own text, not every target of the line', async () => {
    const detail = '逐项梳理工作清单，明确责任分工和完成时限，定期调度推进情况，及时协调解决困难问题。'.repeat(10);
    const line = [
      '为抓好落实，制定如下分工方案。',
      '一、优化营商环境（一）压缩办理时间，具体措施：',
      `1．推行企业开办一网通办，开办时间压缩至2个工作日以内。${detail}（市市场监管局牵头，各区按职责分工负责）`,
      `2．推进不动产登记改革，登记时间压缩至5个工作日以内。${detail}（市自然资源局牵头）`,
      `3．完善信用修复机制。${detail}（市发展改革委牵头）`,
      '二、提升服务效能（二）推行网上办理，具体措施：',
      `4．扩大网上可办事项，政务服务事项网上可办率达到95%。${detail}（市政务服务局牵头）`,
    ].join('');
    const plan = await parseText(['某某市优化营商环境重点任务分工方案', line].join('\n'));
    const targets = plan.tasks.map((t) => [t.number, (t.indicatorIds ?? []).map((id) => plan.indicators.find((i) => i.id === id)!.target?.value ?? null)]);
    expect(targets).toEqual([
      ['1', [2]],
      ['2', [5]],
      ['3', []],
      ['4', [95]],
    ]);
    expect(plan.tasks[0].units).toEqual({ lead: ['市市场监管局'], support: ['各区'] });
  });
});
