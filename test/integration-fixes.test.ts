/**
 * Rules found while merging the reader and parser branches, each on a small document of our own wording:
 * a web page printed to PDF keeps the site's publication line between the page title and the plan's
 * own title block, and that must not push the cover lines into the body (which then misaligns an
 * outline rebuilt from the 目录).
 */
import { describe, expect, it } from 'vitest';
import { parsePlanBytes, type PlanDocument } from '../src/index.js';

const parseText = (text: string): Promise<PlanDocument> => parsePlanBytes(new TextEncoder().encode(text), 'hand.txt');

describe('title block of a printed web page', () => {
  it('the publication line and the title repeated under it stay in the title block; the outline rebuilt from the 目录 is not shifted', async () => {
    const lines = [
      '甲县生态保护规划',
      '发布时间：2023-05-06  来源：县政府办  浏览次数：88',
      '甲县生态保护规划',
      '甲县生态环境局',
      '2023年4月',
      '目录',
      '一、现状与形势',
      '（一）工作现状',
      '（二）面临形势',
      '二、重点任务',
      '（一）治理水土流失',
      '（二）保护湿地资源',
      '甲县生态保护规划',
      '为保护全县生态环境，制定本规划。',
      '近年来全县水土流失面积逐年减少，湿地面积保持稳定，工作现状良好。',
      '1.造林绿化成效明显。全县新增造林面积较大。',
      '2.湿地保护体系初步建立。建成湿地公园两处。',
      '当前面临形势依然严峻，生态保护任务艰巨。',
      '1.水土流失治理难度加大。坡耕地面积较大。',
      '2.湿地退化压力仍存。部分湿地萎缩。',
      '实施水土流失综合治理，治理坡耕地，开展小流域治理。',
      '1.推进坡耕地改造。完成梯田改造。',
      '加强湿地资源保护修复，开展湿地监测。',
      '1.开展湿地监测。建立湿地监测站点。',
    ];
    const doc = await parseText(lines.join('\n'));
    expect(doc.parts.find((p) => p.kind === 'title')?.endLine).toBe(5);
    expect(doc.meta.issuer).toBe('甲县生态环境局');
    const body = doc.sections.filter((s) => s.kind === 'body');
    const under = (id: string) => body.flatMap((s) => s.children).find((s) => s.id === id)?.children.map((c) => c.title);
    expect(under('s1.1')).toEqual(['造林绿化成效明显', '湿地保护体系初步建立']);
    expect(under('s1.2')).toEqual(['水土流失治理难度加大', '湿地退化压力仍存']);
    expect(under('s2.1')).toEqual(['推进坡耕地改造']);
  });
});
