/**
 * mammoth reads every XML part of a .docx (document, styles, numbering, notes, relationships) by
 * building an @xmldom/xmldom DOM and converting it to its own element tree: 40% of a .docx's ingest.
 * This module gives mammoth a reader that builds the same tree in one pass, for the XML Word writes;
 * anything else goes to mammoth's own reader, unchanged.
 *
 * The one-pass reader accepts only a strict subset of XML: tags with ASCII names; attributes in double or
 * single quotes, each name once, with no `<`, `>`, tab or line break in the value; the five predefined
 * entities, no other `&`; processing instructions before the root only; one root; closing tags that
 * match. A comment, CDATA section, DOCTYPE, character reference, undeclared prefix or anything it does
 * not know makes it give the text to mammoth's reader. Within that subset it follows xmldom as mammoth
 * converts it (mammoth/lib/xml/reader.js):
 *   - line ends are normalized first, as xmldom does (Word writes CR LF after the declaration);
 *   - an element's or attribute's name is `prefix:local` with mammoth's prefix for its namespace URI,
 *     `{uri}local` for a namespace mammoth has no prefix for, the local name without a namespace;
 *   - an unprefixed attribute has no namespace; `xmlns` and `xmlns:p` are attributes in the XMLNS
 *     namespace (local names `xmlns` and `p`); the `xml` prefix is always declared;
 *   - text between two tags is one text node, whitespace included, its entities decoded.
 * test/mammoth-xml-reader.test.ts compares both readers' trees on every part of the fixture .docx files
 * and checks that each case outside the subset is read by mammoth's reader.
 *
 * Like mammoth-style-memo.ts, it patches the very module mammoth calls (mammoth/lib/xml/index.js, whose
 * readString mammoth looks up at each call): docx.ts imports it before mammoth.
 */
import mammothXml from 'mammoth/lib/xml/index.js';

export interface MammothXmlNode {
  type: 'element' | 'text';
}
type ReadString = (xml: string, namespaceMap?: Record<string, string>) => Promise<unknown>;

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** A tag, a processing instruction or a run of text, from where the last one ended. */
const TOKEN = /<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?\s*=\s*(?:"[^"<>\t\n]*"|'[^'<>\t\n]*'))*)\s*(\/?)>|<\?[A-Za-z][^?]*\?>|[^<]+/y;
const ATTRIBUTE = /([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** What makes the text not Word's plain XML: an `&` that is not one of the five entities, `]]>`, a BOM. */
const OUTSIDE_SUBSET = /&(?!(?:amp|lt|gt|quot|apos);)|\]\]>|^\uFEFF/;
/** xmldom's normalizeLineEndings (@xmldom/xmldom/lib/dom-parser.js), applied before it parses. */
const normalizeLineEndings = (s: string): string => (/[\r\u0085\u2028]/.test(s) ? s.replace(/\r[\n\u0085]/g, '\n').replace(/[\r\u0085\u2028]/g, '\n') : s);
const ENTITY = /&(amp|lt|gt|quot|apos);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string => (s.includes('&') ? s.replace(ENTITY, (_, name: string) => ENTITIES[name]) : s);

interface Nodes {
  Element: new (name: string, attributes: Record<string, string>, children: unknown[]) => unknown;
  text(value: string): unknown;
}

/** Not read here: mammoth's own reader reads it. */
class OutsideSubset extends Error {}

interface Open {
  qName: string;
  name: string;
  attributes: Record<string, string>;
  children: unknown[];
  /** the prefixes in scope: this element's declarations over its parent's */
  scope: Record<string, string>;
}

/**
 * The tree mammoth's reader would build from `xml`, or null when `xml` is outside the subset above.
 * `nodes` is mammoth's node module (its Element class and text()).
 */
export function readWordXml(text: string, namespaceMap: Record<string, string>, nodes: Nodes): unknown {
  if (OUTSIDE_SUBSET.test(text)) return null;
  try {
    return read(normalizeLineEndings(text), namespaceMap, nodes);
  } catch (err) {
    if (err instanceof OutsideSubset) return null;
    throw err;
  }
}

function read(xml: string, namespaceMap: Record<string, string>, nodes: Nodes): unknown {
  const outside = (): never => {
    throw new OutsideSubset();
  };
  const nameOf = (uri: string | undefined, local: string): string => {
    if (!uri) return local;
    const prefix = namespaceMap[uri];
    return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
  };
  const stack: Open[] = [];
  let root: unknown = null;
  let rootOpened = false;
  const rootScope: Record<string, string> = { xml: XML_NAMESPACE };
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(xml);
    if (!m || m.index !== at) return outside();
    const token = m[0];
    const top = stack.length > 0 ? stack[stack.length - 1] : null;
    if (token[0] !== '<') {
      // text: inside the root a node, outside it only whitespace (as xmldom keeps it, out of the tree)
      if (top) top.children.push(nodes.text(decode(token)));
      else if (/\S/.test(token)) return outside();
      continue;
    }
    if (token[1] === '?') {
      if (rootOpened) return outside();
      continue;
    }
    const qName = m[2];
    if (m[1] === '/') {
      if (!top || top.qName !== qName || m[3] !== '' || m[4] !== '') return outside();
      stack.pop();
      const element = new nodes.Element(top.name, top.attributes, top.children);
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else root = element;
      continue;
    }
    // a second root
    if (!top && rootOpened) return outside();
    rootOpened = true;
    // attributes in order, namespace declarations first into the scope
    const raw: Array<[string, string]> = [];
    const seen = new Set<string>();
    let scope = top ? top.scope : rootScope;
    let declared = false;
    if (m[3]) {
      ATTRIBUTE.lastIndex = 0;
      for (let a = ATTRIBUTE.exec(m[3]); a; a = ATTRIBUTE.exec(m[3])) {
        const name = a[1];
        const value = decode(a[2] ?? a[3]);
        if (seen.has(name)) return outside();
        seen.add(name);
        raw.push([name, value]);
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          if (!declared) (scope = { ...scope }), (declared = true);
          scope[name === 'xmlns' ? '' : name.slice(6)] = value;
        }
      }
    }
    const attributes: Record<string, string> = Object.create(null);
    for (const [name, value] of raw) {
      const colon = name.indexOf(':');
      if (name === 'xmlns') attributes[nameOf(XMLNS, 'xmlns')] = value;
      else if (colon < 0) attributes[name] = value;
      else {
        const prefix = name.slice(0, colon);
        const uri = prefix === 'xmlns' ? XMLNS : scope[prefix];
        if (uri === undefined) return outside();
        attributes[nameOf(uri, name.slice(colon + 1))] = value;
      }
    }
    const colon = qName.indexOf(':');
    let elementName: string;
    if (colon < 0) elementName = nameOf(scope[''], qName);
    else {
      const uri = scope[qName.slice(0, colon)];
      if (uri === undefined || qName.slice(0, colon) === 'xmlns') return outside();
      elementName = nameOf(uri, qName.slice(colon + 1));
    }
    if (stack.length === 0 && qName === 'parsererror') return outside();
    if (m[4] === '/') {
      const element = new nodes.Element(elementName, attributes, []);
      if (top) top.children.push(element);
      else root = element;
    } else stack.push({ qName, name: elementName, attributes, children: [], scope });
  }
  if (stack.length > 0 || root === null) return outside();
  return root;
}

interface MammothXmlModule {
  readString: ReadString;
  __planlensReader?: true;
}

const xmlModule = mammothXml as unknown as MammothXmlModule;
if (!xmlModule.__planlensReader) {
  const mammothRead = xmlModule.readString;
  (xmlModule as { __planlensOriginal?: ReadString }).__planlensOriginal = mammothRead;
  // mammoth's node module, as its reader uses it (the Element class its converters test against)
  const nodes = { Element: mammothXml.Element, text: mammothXml.text } as unknown as Nodes;
  xmlModule.readString = (xml: string, namespaceMap?: Record<string, string>) => {
    const tree = typeof xml === 'string' ? readWordXml(xml, namespaceMap ?? {}, nodes) : null;
    return tree === null ? mammothRead(xml, namespaceMap) : Promise.resolve(tree);
  };
  xmlModule.__planlensReader = true;
}

/** mammoth's own reader, for tests comparing the two. */
export function mammothOwnReader(): ReadString {
  return (mammothXml as unknown as { __planlensOriginal?: ReadString }).__planlensOriginal ?? xmlModule.readString;
}
