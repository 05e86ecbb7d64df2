/**
 * A part title that names background or principles by its noun (发展环境, 发展基础) states work when a verb
 * of action opens it (`优化发展环境`, `夯实发展基础`): its numbered measures are work items like those of the
 * other parts. Small documents of our own wording (a 若干措施 whose every part is measures).
 */
import { describe, expect, it } from 'vitest';
import { classifyPartTitle } from '../src/extract/work-items.js';
import { parseText } from './helpers/parse-text.js';

describe('a part title opening with a verb of action', () => {
  it('is no background part', () => {
    expect(classifyPartTitle('优化发展环境')).toBeNull();
    expect(classifyPartTitle('强化源头防控，夯实绿色发展基础')).toBeNull();
    expect(classifyPartTitle('发展环境')).toBe('principle');
    expect(classifyPartTitle('发展基础与面临形势')).toBe('principle');
  });

  it('its numbered measures are work items with their units', async () => {
    const plan = await parseText(
      [
        '某某市促进民营经济高质量发展若干措施',
        '为进一步激发民营经济活力，制定以下措施。',
        '一、优化发展环境',
        '1.降低融资成本。到2025年，全市民营企业贷款余额达到8000亿元以上。（责任单位：市金融办）',
        '2.减轻税费负担。全年为民营企业减税降费100亿元。（责任单位：市税务局）',
        '二、支持创新发展',
        '3.支持研发投入。对研发投入增长20%以上的企业给予奖励。（责任单位：市科技局）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.title, t.units.lead])).toEqual([
      ['1', '降低融资成本', ['市金融办']],
      ['2', '减轻税费负担', ['市税务局']],
      ['3', '支持研发投入', ['市科技局']],
    ]);
  });

  it('a background part titled by its noun keeps its points out of the work items', async () => {
    const plan = await parseText(
      ['某某市数字经济发展规划', '一、发展环境', '（一）发展基础。全市数字经济规模达到1000亿元。', '（二）面临形势。数字化转型加速推进。', '二、重点任务', '（一）建设新型基础设施。新建5G基站1000个。（责任单位：市通信管理办）'].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['建设新型基础设施']);
  });
});
