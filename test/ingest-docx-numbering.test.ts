import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, HeadingLevel, LevelFormat, LevelSuffix, Packer, Paragraph } from 'docx';
import { ingestDocx, alignParagraphs } from '../src/ingest/docx.js';
import { formatNumber, readDocumentParagraphs } from '../src/ingest/docx-numbering.js';
import type { ListItemBlock, ParagraphBlock } from '../src/ingest/blocks.js';
import { level, makeDocx, para } from './ingest-docx-helpers.js';

const lvl = (n: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: n,
  format,
  text,
  suffix: LevelSuffix.NOTHING,
  alignment: AlignmentType.LEFT,
});

describe('Word automatic numbering in a hand-written docx (built with the docx package)', () => {
  it('recovers chineseCounting, （%2）, decimal, decimalEnclosedCircle and a restarted list', async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'outline',
            levels: [
              lvl(0, LevelFormat.CHINESE_COUNTING, '%1、'),
              lvl(1, LevelFormat.CHINESE_COUNTING, '（%2）'),
              lvl(2, LevelFormat.DECIMAL, '%3.'),
              lvl(3, LevelFormat.DECIMAL_ENCLOSED_CIRCLE, '%4'),
            ],
          },
          { reference: 'steps', levels: [lvl(0, LevelFormat.DECIMAL, '第%1步')] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: '基础与形势', heading: HeadingLevel.HEADING_1, numbering: { reference: 'outline', level: 0 } }),
            new Paragraph({ text: '发展基础', heading: HeadingLevel.HEADING_2, numbering: { reference: 'outline', level: 1 } }),
            new Paragraph({ text: '任务甲。', numbering: { reference: 'outline', level: 2 } }),
            new Paragraph({ text: '子项一', numbering: { reference: 'outline', level: 3 } }),
            new Paragraph({ text: '子项二', numbering: { reference: 'outline', level: 3 } }),
            new Paragraph({ text: '任务乙。', numbering: { reference: 'outline', level: 2 } }),
            new Paragraph({ text: '子项三', numbering: { reference: 'outline', level: 3 } }),
            new Paragraph({ text: '面临形势', heading: HeadingLevel.HEADING_2, numbering: { reference: 'outline', level: 1 } }),
            new Paragraph({ text: '任务丙。', numbering: { reference: 'outline', level: 2 } }),
            new Paragraph({ text: '没有编号的段落。' }),
            new Paragraph({ text: '总体要求', heading: HeadingLevel.HEADING_1, numbering: { reference: 'outline', level: 0 } }),
            new Paragraph({ text: '指导思想', heading: HeadingLevel.HEADING_2, numbering: { reference: 'outline', level: 1 } }),
            new Paragraph({ text: '准备', numbering: { reference: 'steps', level: 0, instance: 1 } }),
            new Paragraph({ text: '实施', numbering: { reference: 'steps', level: 0, instance: 1 } }),
            // a second instance of the same list: Word's "restart numbering"
            new Paragraph({ text: '再准备', numbering: { reference: 'steps', level: 0, instance: 2 } }),
            new Paragraph({ text: '再实施', numbering: { reference: 'steps', level: 0, instance: 2 } }),
            ...['三', '四', '五', '六', '七', '八', '九', '十', '十一'].map(
              (n) => new Paragraph({ text: `章${n}`, heading: HeadingLevel.HEADING_1, numbering: { reference: 'outline', level: 0 } }),
            ),
          ],
        },
      ],
    });
    const r = await ingestDocx(await Packer.toBuffer(doc), 'hand.docx');
    expect(r.lines).toEqual([
      '一、基础与形势',
      '（一）发展基础',
      '1.任务甲。',
      '①子项一',
      '②子项二',
      '2.任务乙。',
      '①子项三',
      '（二）面临形势',
      '1.任务丙。',
      '没有编号的段落。',
      '二、总体要求',
      '（一）指导思想',
      '第1步准备',
      '第2步实施',
      '第1步再准备',
      '第2步再实施',
      '三、章三',
      '四、章四',
      '五、章五',
      '六、章六',
      '七、章七',
      '八、章八',
      '九、章九',
      '十、章十',
      '十一、章十一',
    ]);
    const heading = r.blocks[0] as ParagraphBlock;
    expect(heading).toMatchObject({ type: 'paragraph', heading: 1, number: '一、', raw: '基础与形势' });
    const item = r.blocks[3] as ListItemBlock;
    expect(item).toMatchObject({ type: 'listItem', number: '①', text: '①子项一', depth: 3 });
    expect(r.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });
});

describe('Word automatic numbering in hand-written package XML', () => {
  const styles = `
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="H2x"><w:name w:val="Heading Two Custom"/><w:basedOn w:val="H2"/></w:style>`;
  const numbering = `
    <w:abstractNum w:abstractNumId="0">
      ${level(0, 'chineseCounting', '%1、')}
      ${level(1, 'chineseCounting', '（%2）')}
      ${level(2, 'decimal', '%3．', '<w:lvlRestart w:val="0"/>')}
      ${level(3, 'lowerLetter', '%4)')}
      ${level(4, 'decimal', '%1.%3.%5', '<w:isLgl/>')}
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1">${level(0, 'hebrew1', '%1.')}</w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="10"/></w:lvlOverride></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>`;

  it('follows style numbering, lvlRestart 0, startOverride, isLgl and numId 0', async () => {
    const body = [
      para('总体要求', { style: 'H1' }), // 一、 from the style's numPr
      para('指导思想', { style: 'H2' }), // （一）
      para('任务一', { numId: '1', ilvl: 2 }), // 1．
      para('细项', { numId: '1', ilvl: 3 }), // a)
      para('任务二', { numId: '1', ilvl: 2 }), // 2．
      para('基本原则', { style: 'H2x' }), // （二） through basedOn
      para('任务三', { numId: '1', ilvl: 2 }), // 3．: lvlRestart 0, the level never restarts
      para('法定编号', { numId: '1', ilvl: 4 }), // isLgl: 1.3.1 (一 shown as 1)
      para('主要任务', { style: 'H1' }), // 二、
      para('不编号的标题', { style: 'H1', numId: '0' }), // numId 0 switches numbering off
      para('任务四', { numId: '1', ilvl: 2 }), // 4．
      para('另起编号', { numId: '2', ilvl: 2 }), // 10．: startOverride where num 2 is first used
      para('接着编号', { numId: '2', ilvl: 2 }), // 11．
    ].join('');
    const r = await ingestDocx(makeDocx(body, numbering, styles), 'xml.docx');
    expect(r.lines).toEqual([
      '一、总体要求',
      '（一）指导思想',
      '1．任务一',
      'a)细项',
      '2．任务二',
      '（二）基本原则',
      '3．任务三',
      '1.3.1 法定编号', // a number ending in a digit is set off by a space
      '二、主要任务',
      '不编号的标题',
      '4．任务四',
      '10．另起编号',
      '11．接着编号',
    ]);
    expect(r.blocks.find((b) => b.line === 1)).toMatchObject({ heading: 1, number: '一、' });
    expect(r.blocks.find((b) => b.line === 10)).toMatchObject({ heading: 1, text: '不编号的标题' });
    expect(r.blocks.find((b) => b.line === 10)).not.toHaveProperty('number');
    expect(r.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });

  it('warns where a number cannot be recovered, and keeps the text', async () => {
    const body = [para('正文开头。'), para('未知格式', { numId: '3', ilvl: 0 }), para('缺少定义', { numId: '9', ilvl: 0 })].join('');
    const r = await ingestDocx(makeDocx(body, numbering, styles), 'warn.docx');
    expect(r.lines).toEqual(['正文开头。', '未知格式', '缺少定义']);
    const warnings = r.diagnostics.filter((d) => d.code === 'docx.numbering-unrecovered');
    expect(warnings.map((w) => [w.severity, w.line])).toEqual([
      ['warning', 2],
      ['warning', 3],
    ]);
    expect(warnings[0].message).toMatch(/hebrew1/);
    expect(warnings[1].message).toMatch(/definition 9 is missing/);
    const item = r.blocks.find((b) => b.line === 2) as ListItemBlock;
    expect(item).toMatchObject({ type: 'listItem', number: null, text: '未知格式' });
  });
});

describe('number formats', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [23, 'chineseCountingThousand', '二十三'],
    [105, 'chineseCountingThousand', '一百零五'],
    [1010, 'chineseCountingThousand', '一千零一十'],
    [12, 'chineseLegalSimplified', '拾贰'],
    [3, 'ideographTraditional', '丙'],
    [2, 'ideographZodiac', '丑'],
    [10, 'ideographDigital', '一〇'],
    [5, 'decimalEnclosedCircle', '⑤'],
    [21, 'decimalEnclosedCircleChinese', '㉑'],
    [3, 'decimalEnclosedParen', '⑶'],
    [12, 'decimalFullWidth', '１２'],
    [7, 'decimalZero', '07'],
    [27, 'lowerLetter', 'aa'],
    [4, 'upperRoman', 'IV'],
    [14, 'lowerRoman', 'xiv'],
    [2, 'ordinal', '2nd'],
  ])('%i in %s is %s', (n, fmt, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });

  it('knows when it does not know a format', () => {
    expect(formatNumber(1, 'hebrew1')).toBeNull();
  });
});

describe('paragraph alignment between document.xml and mammoth', () => {
  it('pairs equal texts and skips what one side lacks', () => {
    expect(alignParagraphs(['甲', '乙', '丙', '丁'], ['甲', '丙', '丁'])).toEqual([0, 2, 3]);
    expect(alignParagraphs(['甲', '丙'], ['甲', '文本框', '丙'])).toEqual([0, null, 1]);
    // read slightly differently (a field result): still the same paragraph
    expect(alignParagraphs(['甲', '乙 1', '丙'], ['甲', '乙', '丙'])).toEqual([0, 1, 2]);
  });
});

describe('readDocumentParagraphs (document.xml read as a stream of tags)', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
  const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

  it("reads each paragraph's text, style and own numbering; a text box's paragraphs come after their host's", () => {
    const xml = doc(
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>总体</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">要求 &amp; 目标</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>前</w:t></w:r><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>框一</w:t></w:r><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>框中框</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p><w:p><w:r><w:t>框二</w:t></w:r></w:p></w:txbxContent></w:pict></w:r><w:r><w:br/><w:t>后</w:t><w:noBreakHyphen/></w:r></w:p>' +
        '<w:tbl><w:tr><w:tc><w:p><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>单元格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    );
    expect(readDocumentParagraphs(xml)).toEqual([
      { index: 0, text: '总体\t要求 & 目标', styleId: 'Heading1', numPr: { numId: '7', ilvl: 1 } },
      { index: 1, text: '前\n后-', styleId: null, numPr: null },
      { index: 2, text: '框一', styleId: null, numPr: null },
      { index: 3, text: '框中框', styleId: null, numPr: null },
      { index: 4, text: '框二', styleId: null, numPr: null },
      { index: 5, text: '单元格', styleId: null, numPr: { numId: '0', ilvl: null } },
    ]);
  });

  it('text that does not show is left out: deletions, field codes, the Choice half of alternate content; deleted paragraphs are no paragraphs', () => {
    const xml = doc(
      '<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r>' +
        '<mc:AlternateContent><mc:Choice><w:r><w:t>选一</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>备用</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>' +
        '<w:del><w:p><w:r><w:t>整段删去</w:t></w:r></w:p></w:del>' +
        // only the paragraph's first w:pPr and its first w:pStyle count
        '<w:p><w:pPr><w:pStyle w:val="A"/><w:pStyle w:val="B"/></w:pPr><w:pPr><w:pStyle w:val="C"/></w:pPr><w:r><w:rPr><w:t>不是正文</w:t></w:rPr><w:t>末段</w:t></w:r></w:p>',
    );
    expect(readDocumentParagraphs(xml).map((p) => [p.text, p.styleId])).toEqual([
      ['保留备用', null],
      ['末段', 'A'],
    ]);
  });
});

describe('readDocumentParagraphs on what Word never writes', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const doc = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
  it("a w:t's text is its own character data: comments, instructions and elements inside it are left out", () => {
    const xml = doc('<w:p><w:r><w:t>a<!--注释-->b<?pi x?>c<w:tab/>d<w:p><w:r><w:t>内</w:t></w:r></w:p>e</w:t><w:t>f</w:t></w:r></w:p><w:p><w:r><w:t>下一段</w:t></w:r></w:p>');
    expect(readDocumentParagraphs(xml).map((p) => p.text)).toEqual(['abcdef', '下一段']);
  });
});
