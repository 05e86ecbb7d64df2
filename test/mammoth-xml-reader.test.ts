import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import mammothXml from 'mammoth/lib/xml/index.js';
import { mammothOwnReader, readWordXml } from '../src/ingest/mammoth-xml-reader.js';
import { readCentralDirectory, readEntry } from '../src/ingest/docx-zip.js';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, FootnoteReferenceRun } from 'docx';

// mammoth's namespace map (mammoth/lib/docx/office-xml-reader.js), a part of it: enough for both cases
// (a URI with a prefix, a URI without one)
const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'content-types',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};
const nodes = { Element: mammothXml.Element, text: mammothXml.text };

/** The tree as plain data, attribute order and element class included (toEqual ignores key order). */
function shape(node: unknown): unknown {
  const n = node as { type: string; name?: string; value?: string; attributes?: Record<string, string>; children?: unknown[] };
  if (n.type === 'text') return ['text', n.value];
  return [n.name, node instanceof mammothXml.Element, Object.getPrototypeOf(n.attributes) === null, Object.entries(n.attributes ?? {}), (n.children ?? []).map(shape)];
}

async function both(xml: string): Promise<{ fast: unknown; own: unknown }> {
  const fast = readWordXml(xml, NAMESPACES, nodes);
  const own = await mammothOwnReader()(xml, NAMESPACES);
  return { fast: fast === null ? null : shape(fast), own: shape(own) };
}

function xmlParts(bytes: Buffer): Array<[string, string]> {
  return readCentralDirectory(bytes)
    .filter((e) => /\.(xml|rels)$/.test(e.name))
    .map((e) => [e.name, readEntry(bytes, e).toString('utf8').replace(/^\uFEFF/, '')]);
}

const FIXTURES = [
  'fixtures/docx/000_15d9cfafcb8c96c1.docx',
  'fixtures/docx/001_7331ced31a583862.docx',
  'fixtures/docx/002_0da019a67ef299a4.docx',
  'fixtures/docx/003_8f351ce4ef5c39ac.docx',
  'fixtures/docx/004_5d042cf0ad576120.docx',
  'fixtures/task-table/renwu-fengong.docx',
  'fixtures/corpus/yijian_zhongyang_sannong2026.docx',
];

describe('the one-pass XML reader for mammoth', () => {
  it.each(FIXTURES)('builds the tree of mammoth’s own reader for every XML part of %s', async (file) => {
    const parts = xmlParts(readFileSync(file));
    expect(parts.length).toBeGreaterThan(3);
    let read = 0;
    for (const [name, xml] of parts) {
      const { fast, own } = await both(xml);
      if (fast === null) continue;
      read++;
      expect(fast, name).toEqual(own);
    }
    // Word's parts are inside the subset: none of the main parts goes to mammoth's reader
    expect(read).toBe(parts.length);
  });

  it('builds the same tree for a document written by another producer (docx package): tables, notes, runs', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('注：数据来源于统计公报。')] } },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: '一、发展目标', bold: true }), new FootnoteReferenceRun(1)] }),
            new Paragraph({ children: [new TextRun('到2027年，  全市 R&D 经费投入强度达到3.5%，<不含> “引号”与\'单引号\'。')] }),
            new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('指标')] }), new TableCell({ children: [new Paragraph('2027年')] })] })] }),
          ],
        },
      ],
    });
    const parts = xmlParts(await Packer.toBuffer(doc));
    for (const [name, xml] of parts) {
      const { fast, own } = await both(xml);
      expect(fast, name).not.toBeNull();
      expect(fast, name).toEqual(own);
    }
  });

  it('keeps whitespace text, decodes the five entities, resolves default, prefixed, xml: and unknown namespaces', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:x="urn:unknown">\n' +
      '  <w:p x:flag=\'1\' plain = "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;"><w:t xml:space="preserve"> 甲 &amp; 乙 </w:t><x:ext/></w:p>\n' +
      '  <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1"/></Relationships>\n' +
      '  <bare attr="v">行一\r\n行二\r行三\u2028</bare>\n</w:document>\n';
    const { fast, own } = await both(xml);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(own);
    // and what that tree is
    expect(JSON.stringify(fast)).toContain('"w:t",true,true,[["{http://www.w3.org/XML/1998/namespace}space","preserve"]],[["text"," 甲 & 乙 "]]');
    expect(JSON.stringify(fast)).toContain('["{urn:unknown}ext",true,true,[],[]]');
    expect(JSON.stringify(fast)).toContain('["relationships:Relationship",true,true,[["Id","r1"]],[]]');
    // line ends normalized as xmldom does
    expect(JSON.stringify(fast)).toContain('["text","行一\\n行二\\n行三\\n"]');
  });

  // each of these is outside the subset: the one-pass reader declines, mammoth's own reads it (or fails)
  it.each([
    ['a comment', '<r>a<!-- x -->b</r>'],
    ['a CDATA section', '<r><![CDATA[x]]></r>'],
    ['a character reference', '<r>&#65;</r>'],
    ['an unknown entity', '<r>&nbsp;</r>'],
    ['a bare ampersand', '<r>R & D</r>'],
    ['a line break in an attribute value, after normalizing line ends', '<r a="1\r2"/>'],
    ['a mismatched closing tag', '<r><a><b></a></r>'],
    ['an unclosed element', '<r><a></r>'],
    ['a stray closing tag', '<r></x></r>'],
    ['two roots', '<r/><s/>'],
    ['text outside the root', 'x<r/>'],
    ['an unquoted attribute', '<r a=1/>'],
    ['an attribute without a value', '<r a/>'],
    ['a repeated attribute', '<r a="1" a="2"/>'],
    ['a line break in an attribute value', '<r a="1\n2"/>'],
    ['a < in text', '<r>1 < 2</r>'],
    ['an undeclared prefix', '<p:r/>'],
    ['a DOCTYPE', '<!DOCTYPE r><r/>'],
    ['a processing instruction inside the root', '<r><?pi x?></r>'],
    ['nothing', ''],
  ])('declines %s', (_what, xml) => {
    expect(readWordXml(xml, NAMESPACES, nodes)).toBeNull();
  });

  it('reads or declines 200,000 characters of adversarial XML at once (no backtracking: the test timeout)', () => {
    const n = 200_000;
    const rep = (unit: string) => unit.repeat(Math.ceil(n / unit.length));
    expect(readWordXml(`<r ${rep('x="1" ')}`, NAMESPACES, nodes)).toBeNull();
    expect(readWordXml(rep('<a x="1" y=\'2\''), NAMESPACES, nodes)).toBeNull();
    expect(readWordXml(`<r>${rep('<a>')}`, NAMESPACES, nodes)).toBeNull();
    expect(readWordXml(`<r>${rep('&amp;<b/>')}</r>`, NAMESPACES, nodes)).not.toBeNull();
    expect(readWordXml(`<r>${rep('<a:b ')}</r>`, NAMESPACES, nodes)).toBeNull();
  });

  it('is the reader mammoth calls, and mammoth still reads what it declines', async () => {
    expect(mammothXml.readString).not.toBe(mammothOwnReader());
    const tree = (await mammothXml.readString('<r>a<!-- x -->b</r>', {})) as { children: unknown[] };
    expect(tree.children.map(shape)).toEqual([
      ['text', 'a'],
      ['text', 'b'],
    ]);
    await expect(mammothXml.readString('<r><a></r>', {})).rejects.toThrow();
  });
});
