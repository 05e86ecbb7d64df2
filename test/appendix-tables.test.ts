import { describe, expect, it } from 'vitest';
import { parsePlanBytes } from '../src/index.js';

const html = (body: string) => new TextEncoder().encode(`<html><body><div>${body}</div></body></html>`);

describe('attachments set as tables', () => {
  it('each table whose first cell opens with 附件N is an appendix; the 附件：1. 2. list before them stays in the text', async () => {
    const doc = await parsePlanBytes(
      html(
        [
          '<p>某区社区托育服务提升方案</p>',
          '<p>一、工作目标</p>',
          '<p>到2025年，每千人口拥有托位数达到4.5个。</p>',
          '<p>二、主要任务</p>',
          '<p>（一）扩大托位供给。各街道新建一批普惠托育点。</p>',
          '<p>（二）加强人员培训。区卫生健康局每年组织保育人员培训。</p>',
          '<p>附件：1.托育服务评价指标</p>',
          '<p>2.重点任务分工表</p>',
          '<table><tr><td colspan="2">附件1<br>托育服务评价指标（试行）</td></tr><tr><td>指标</td><td>目标值</td></tr><tr><td>托位数</td><td>4.5个</td></tr></table>',
          '<table><tr><td colspan="3">附件2<br>重点任务分工表</td></tr><tr><td>任务</td><td>牵头单位</td><td>配合单位</td></tr><tr><td>扩大托位供给</td><td>区卫生健康局</td><td>各街道</td></tr></table>',
        ].join(''),
      ),
      'hand.html',
    );
    const appendices = doc.sections.filter((s) => s.kind === 'appendix');
    expect(appendices.map((s) => [s.number, s.title])).toEqual([
      ['附件1', '托育服务评价指标（试行）'],
      ['附件2', '重点任务分工表'],
    ]);
    // the list entry `2.重点任务分工表` is not a heading of the text
    const body = doc.sections.filter((s) => s.kind === 'body');
    expect(body.map((s) => s.number)).toEqual(['一', '二']);
    expect(body[1].children.map((s) => s.number)).toEqual(['（一）', '（二）']);
    expect(body[1].children.every((s) => s.children.length === 0)).toBe(true);
  });
});
