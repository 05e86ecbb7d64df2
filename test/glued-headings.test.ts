import { describe, expect, it } from 'vitest';
import { splitGluedHeadings } from '../src/ingest/glued-headings.js';
import { parseText } from './helpers/parse-text.js';

const S = '\u3000';

describe('a heading glued onto the end of a box line', () => {
  it('cuts before a box label set off by a full-width space and before a heading number after a wide gap', () => {
    expect(splitGluedHeadings(`加强队伍建设。专栏2${S}监测能力建设内容${S}${S}三、重点项目`)).toEqual(['加强队伍建设。', `专栏2${S}监测能力建设内容`, '三、重点项目']);
    expect(splitGluedHeadings(`完善投入机制。专栏4${S}重点工程${S}${S}（二）资金保障。`)).toEqual(['完善投入机制。', `专栏4${S}重点工程`, '（二）资金保障。']);
    expect(splitGluedHeadings(`推进治理工作。${S}${S}2.强化源头防控。`)).toEqual(['推进治理工作。', '2.强化源头防控。']);
  });

  it('leaves a mention of a box, a gap before a figure and a single space alone', () => {
    expect(splitGluedHeadings('重点工程见专栏3，由各地组织实施。')).toBeNull();
    expect(splitGluedHeadings(`指标${S}${S}1.5万吨${S}${S}2.3万吨`)).toBeNull();
    expect(splitGluedHeadings(`推进治理工作。${S}二、强化源头防控`)).toBeNull();
    expect(splitGluedHeadings(`${S}${S}一、总体要求`)).toBeNull();
  });

  it('the heading after a box is a section of the outline, not part of the box', async () => {
    const doc = await parseText(
      [
        '某省生态保护规划',
        '一、主要任务',
        '（一）加强监测能力。',
        `${S}${S}建设监测网络，提高预警水平。专栏1${S}监测能力建设重点${S}${S}（二）推进重点工程。`,
        `${S}${S}实施一批治理工程。专栏2${S}重点工程${S}${S}二、保障措施`,
        `${S}${S}加强组织领导。`,
      ].join('\n'),
    );
    const body = doc.sections.filter((s) => s.kind === 'body');
    expect(body.map((s) => s.number)).toEqual(['一', '二']);
    expect(body[0].children.filter((s) => s.kind === 'body').map((s) => s.title)).toEqual(['加强监测能力', '推进重点工程']);
    expect(body[0].children[0].children.map((s) => s.number)).toEqual(['专栏1']);
    expect(doc.diagnostics.filter((d) => d.code === 'debris.glued-heading')).toHaveLength(2);
  });
});

describe('a box run on in one line', () => {
  it('the numbered items cut from a line that opens with 专栏N stay inside the box', async () => {
    const cn = ['一', '二', '三', '四', '五', '六'];
    const items = cn.map((c, k) => `（${c}）第${k + 1}类治理工程。${'完成重点区域污染治理设施建设和提标改造，建立项目库，强化绩效管理。'.repeat(9)}`);
    const doc = await parseText(
      ['某省环境保护规划', '一、重点工程', '国家组织实施一批重点工程，强化项目绩效管理。', `专栏1${S}环境治理重点工程${items.join('')}`, '二、保障措施', '加强组织领导。'].join('\n'),
    );
    const body = doc.sections.filter((s) => s.kind === 'body');
    expect(body.map((s) => s.number)).toEqual(['一', '二']);
    expect(body[0].children.map((s) => [s.kind, s.number])).toEqual([['box', '专栏1']]);
    expect(doc.diagnostics.some((d) => d.code === 'debris.run-on-line')).toBe(true);
  });
});
