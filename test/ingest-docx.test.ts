import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingestDocx } from '../src/ingest/docx.js';
import { InputError } from '../src/errors.js';
import type { Block, ListItemBlock, ParagraphBlock, TableBlock } from '../src/ingest/blocks.js';
import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { makeDocx, makeZip, para } from './ingest-docx-helpers.js';

const SAMPLES = ['000_15d9cfafcb8c96c1', '001_7331ced31a583862', '002_0da019a67ef299a4', '003_8f351ce4ef5c39ac', '004_5d042cf0ad576120'];
const fixture = (name: string): Buffer => readFileSync(`fixtures/docx/${name}.docx`);
const read = (name: string) => ingestDocx(fixture(name), `${name}.docx`);

type TextBlock = ParagraphBlock | ListItemBlock;
const textBlocks = (blocks: Block[]): TextBlock[] => blocks.filter((b): b is TextBlock => b.type !== 'table');
const find = (blocks: Block[], pred: (t: string) => boolean): TextBlock | undefined => textBlocks(blocks).find((b) => pred(b.text));
const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.type === 'table');

async function inputError(bytes: Buffer): Promise<string> {
  try {
    await ingestDocx(bytes, 'bad.docx');
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected an InputError');
}

describe('docx fixtures', () => {
  it.each(SAMPLES)('%s ingests into blocks with consistent positions', async (name) => {
    const r = await read(name);
    expect(r.format).toBe('docx');
    expect(r.blocks.length).toBeGreaterThan(30);
    expect(r.lineCount).toBe(r.lines.length);
    let last = 0;
    for (const b of r.blocks) {
      expect(b.line).toBeGreaterThan(last);
      expect(b.endLine).toBeGreaterThanOrEqual(b.line);
      expect(b.endLine).toBeLessThanOrEqual(r.lineCount);
      last = b.endLine;
    }
    expect(r.diagnostics.filter((d) => d.code === 'docx.numbering-unrecovered')).toEqual([]);
    for (const b of textBlocks(r.blocks)) expect(b.text).not.toMatch(/[\uE000-\uE002]|\[bookmark/);
  });

  it('recovers Word automatic numbering of headings and items (000: 一、/（一）/1. restarting)', async () => {
    const r = await read('000_15d9cfafcb8c96c1');
    const heading = find(r.blocks, (t) => t.endsWith('总体要求')) as ParagraphBlock;
    expect(heading.text).toBe('二、总体要求');
    expect(heading.raw).toBe('总体要求');
    expect(heading.number).toBe('二、');
    expect(heading.heading).toBe(1);
    expect(find(r.blocks, (t) => t.endsWith('发展基础'))?.text).toBe('（一）发展基础');
    expect(find(r.blocks, (t) => t.endsWith('面临形势'))?.text).toBe('（二）面临形势');
    expect(find(r.blocks, (t) => t.endsWith('保障措施'))?.text).toBe('四、保障措施');
    const item = find(r.blocks, (t) => t.includes('加强执法协作形成知识产权大保护')) as ListItemBlock;
    expect(item.type).toBe('listItem');
    expect(item.number).toBe('1.');
    expect(item.text.startsWith('1.加强执法协作')).toBe(true);
    expect(find(r.blocks, (t) => t.includes('提升知识产权公共服务信息化水平'))?.text.startsWith('4.')).toBe(true);
    // a numbered body paragraph (heading and text on one line) stays a list item, not a heading
    expect(find(r.blocks, (t) => t.includes('加强考核评估。'))?.text.startsWith('（四）加强考核评估。')).toBe(true);
    expect(r.diagnostics.find((d) => d.code === 'docx.numbering-recovered')?.message).toMatch(/recovered \d+ numbers/);
  });

  it('recovers a task list that runs on across groups (002: 1．–22．)', async () => {
    const r = await read('002_0da019a67ef299a4');
    expect(find(r.blocks, (t) => t.includes('优化知识产权管理机制'))?.text.startsWith('1．优化')).toBe(true);
    expect(find(r.blocks, (t) => t.includes('实施高价值专利培育工程'))?.text.startsWith('4．实施')).toBe(true);
    expect(find(r.blocks, (t) => t.includes('创新知识产权人才培养'))?.text.startsWith('22．创新')).toBe(true);
    expect(find(r.blocks, (t) => t.endsWith('主要任务'))?.text).toBe('三、主要任务');
    expect(find(r.blocks, (t) => t.endsWith('打造知识产权宣传新高地'))?.text).toBe('（六）打造知识产权宣传新高地');
  });

  it('recovers half-width (%2) numbering and keeps bullets unnumbered (003)', async () => {
    const r = await read('003_8f351ce4ef5c39ac');
    expect(find(r.blocks, (t) => t.endsWith('实施知识产权保护强化工程'))?.text).toBe('(二)实施知识产权保护强化工程');
    expect(find(r.blocks, (t) => t.includes('知识产权创造有效支撑产业创新能力提升'))?.text.startsWith('(一)')).toBe(true);
    const member = find(r.blocks, (t) => t.includes('市人民政府市长')) as ListItemBlock;
    expect(member.type).toBe('listItem');
    expect(member.number).toBeNull();
    // the paragraph a page break cut in the .txt is one paragraph here
    expect(find(r.blocks, (t) => t.includes('商标和精品版权'))).toBeDefined();
  });

  it('keeps typed numbers where the document has no automatic numbering (004)', async () => {
    const r = await read('004_5d042cf0ad576120');
    const h = find(r.blocks, (t) => t.includes('编制背景')) as ParagraphBlock;
    expect(h.text).toBe('1、 编制背景');
    expect(h.heading).toBe(1);
    expect(h.number).toBeUndefined();
    expect(r.diagnostics.some((d) => d.code === 'docx.numbering-recovered')).toBe(false);
  });

  it('reads real tables with merged cells and 专栏 boxes (001)', async () => {
    const r = await read('001_7331ced31a583862');
    const indicator = tables(r.blocks).find((t) => t.rows[0].some((c) => c.text === '指标名称'));
    expect(indicator).toBeDefined();
    expect(indicator!.origin).toBe('docx');
    expect(indicator!.rows[0].map((c) => c.text)).toEqual(['类别', '序号', '指标名称', '2020年', '2025年']);
    expect(indicator!.rows[1][0]).toEqual({ text: '创造', rowSpan: 2, colSpan: 1 });
    expect(indicator!.rows[2].map((c) => c.text)).toEqual(['2', 'PCT国际专利申请量(件)', '22', '35']);
    // one position per row
    expect(indicator!.endLine - indicator!.line + 1).toBe(indicator!.rows.length);
    expect(r.lines[indicator!.line]).toBe('创造\t1\t每万人口高质量发明专利拥有量(件)\t0.85\t3');
    const box = tables(r.blocks).find((t) => t.rows[0][0].text.startsWith('专栏6'));
    expect(box?.rows.length).toBe(2);
    expect(box?.rows[1][0].text).toMatch(/^在园区建立知识产权信息服务工作站/);
  });

  it('gives the same blocks on a second run', async () => {
    const a = await read('002_0da019a67ef299a4');
    const b = await read('002_0da019a67ef299a4');
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('docx paragraphs', () => {
  it('gives a soft line break its own position and keeps footnotes with their mark', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('数据来源：统计公报。')] } },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('每万人高价值发明专利拥有量'), new FootnoteReferenceRun(1), new TextRun('达到12件。')] }),
            new Paragraph({ children: [new TextRun('人民政府办公室关于印发'), new TextRun({ text: '知识产权规划的通知', break: 1 })] }),
          ],
        },
      ],
    });
    const r = await ingestDocx(await Packer.toBuffer(doc), 'notes.docx');
    expect(r.lines).toEqual(['每万人高价值发明专利拥有量[1]达到12件。', '人民政府办公室关于印发', '知识产权规划的通知', '[1] 数据来源：统计公报。']);
    expect(r.blocks.map((b) => [b.type, b.line])).toEqual([
      ['paragraph', 1],
      ['paragraph', 2],
      ['paragraph', 3],
      ['paragraph', 4],
    ]);
  });
});

describe('docx bad input', () => {
  it('refuses a file that is not a zip', async () => {
    expect(await inputError(Buffer.from('这不是一个Word文件，只是文本。'))).toMatch(/not a \.docx.*not a zip/);
    expect(await inputError(Buffer.from('<html><body>x</body></html>'))).toMatch(/rename it to \.html/);
  });

  it('refuses an empty file and an old binary .doc', async () => {
    expect(await inputError(Buffer.alloc(0))).toMatch(/empty/);
    expect(await inputError(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]))).toMatch(/old Word \.doc/);
  });

  it('refuses a truncated .docx', async () => {
    const bytes = fixture('000_15d9cfafcb8c96c1');
    expect(await inputError(bytes.subarray(0, Math.floor(bytes.length / 2)))).toMatch(/truncated/);
    expect(await inputError(bytes.subarray(0, 10))).toMatch(/too short|truncated/);
  });

  it('refuses a .docx whose compressed data is damaged', async () => {
    const bytes = Buffer.from(makeDocx(para('正文')));
    const at = bytes.indexOf(Buffer.from('word/document.xml')) + 'word/document.xml'.length; // first local header's data
    bytes.fill(0xff, at, at + 40);
    expect(await inputError(bytes)).toMatch(/damaged|cannot be decompressed/);
  });

  it('refuses a zip without word/document.xml', async () => {
    const zip = makeZip([{ name: 'hello.txt', data: 'hello' }, { name: 'xl/workbook.xml', data: '<workbook/>' }]);
    expect(await inputError(zip)).toMatch(/no Word document part \(word\/document\.xml\)/);
  });

  it('refuses a zip bomb before inflating it (ratio)', async () => {
    const bomb = makeDocx(para('正文'), undefined, undefined, [{ name: 'word/media/filler.bin', data: Buffer.alloc(8 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(await inputError(bomb)).toMatch(/filler\.bin would inflate \d+ times.*zip bomb/);
  });

  it('refuses an entry that inflates beyond its declared size', async () => {
    const body = para('正文'.repeat(200000));
    const lying = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: `<w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`, declaredSize: 1000 },
    ]);
    expect(await inputError(lying)).toMatch(/beyond its declared|zip bomb/);
  });

  it('refuses a total declared size past the limit', async () => {
    // incompressible data, declared 80 times larger: under the ratio limit, over the total limit
    const noise = randomBytes(3 * 1024 * 1024);
    const big = makeDocx(para('正文'), undefined, undefined, [{ name: 'word/media/a.bin', data: noise, declaredSize: 240 * 1024 * 1024 }]);
    expect(await inputError(big)).toMatch(/more than the 200\.0 MB limit/);
  });

  it('refuses a .docx with no text', async () => {
    expect(await inputError(makeDocx('<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>'))).toMatch(/no text/);
  });
});

describe('mammoth is given what it would read itself', () => {
  it('its style rules are parsed once per process, and reading a document again gives the same blocks', async () => {
    const { default: styleReader } = await import('mammoth/lib/style-reader.js');
    await read(SAMPLES[0]);
    expect(styleReader.__planlensMemo).toBe(true);
    const rule = "p[style-name='标题 1'] => h1:fresh";
    expect(styleReader.readStyle(rule)).toBe(styleReader.readStyle(rule));
    // the remembered rules are only read: a second conversion of every sample is the same as the first
    for (const name of SAMPLES) expect(JSON.stringify(await read(name))).toBe(JSON.stringify(await read(name)));
  });

  it('the parts the zip check inflated are what mammoth reads: the same HTML as mammoth opening the bytes', async () => {
    const mammoth = (await import('mammoth')).default;
    for (const name of SAMPLES) {
      const bytes = fixture(name);
      const own = await mammoth.convertToHtml({ buffer: bytes });
      const blocks = await read(name);
      // every paragraph mammoth renders from the bytes is in the blocks (text or table cells) read through the inflated parts
      const text = JSON.stringify(blocks.blocks).replace(/\s+/g, '');
      const paragraphs = [...own.value.matchAll(/<p>([^<]{6,})<\/p>/g)].map((m) => m[1].replace(/\s+/g, '').slice(0, 6));
      expect(paragraphs.length).toBeGreaterThan(10);
      for (const p of paragraphs) expect(text, `${name}: ${p}`).toContain(p.replace(/&amp;/g, '&'));
    }
  });
});
