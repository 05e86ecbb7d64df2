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
