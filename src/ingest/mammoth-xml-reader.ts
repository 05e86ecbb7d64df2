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

/** The prefixes in scope, and the names already converted under them (Word repeats a few hundred). */
interface Scope {
  uris: Record<string, string>;
  elementNames: Map<string, string>;
  attributeNames: Map<string, string>;
}
const scopeOf = (uris: Record<string, string>): Scope => ({ uris, elementNames: new Map(), attributeNames: new Map() });

interface Open {
  qName: string;
  name: string;
  attributes: Record<string, string>;
  children: unknown[];
  scope: Scope;
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

function outside(): never {
  throw new OutsideSubset();
}

function read(xml: string, namespaceMap: Record<string, string>, nodes: Nodes): unknown {
  const nameOf = (uri: string | undefined, local: string): string => {
    if (!uri) return local;
    const prefix = namespaceMap[uri];
    return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
  };
  /** an element's name: the default namespace applies to an unprefixed one */
  const elementName = (scope: Scope, qName: string): string => {
    let name = scope.elementNames.get(qName);
    if (name === undefined) {
      const colon = qName.indexOf(':');
      const prefix = colon < 0 ? '' : qName.slice(0, colon);
      const uri = scope.uris[prefix];
      if (colon >= 0 && (uri === undefined || prefix === 'xmlns')) outside();
      name = nameOf(uri, qName.slice(colon + 1));
      scope.elementNames.set(qName, name);
    }
    return name;
  };
  /** an attribute's name: no namespace unprefixed, XMLNS for a declaration */
  const attributeName = (scope: Scope, qName: string): string => {
    let name = scope.attributeNames.get(qName);
    if (name === undefined) {
      const colon = qName.indexOf(':');
      if (qName === 'xmlns') name = nameOf(XMLNS, 'xmlns');
      else if (colon < 0) name = qName;
      else {
        const prefix = qName.slice(0, colon);
        const uri = prefix === 'xmlns' ? XMLNS : scope.uris[prefix];
        if (uri === undefined) outside();
        name = nameOf(uri, qName.slice(colon + 1));
      }
      scope.attributeNames.set(qName, name);
    }
    return name;
  };
  const stack: Open[] = [];
  let root: unknown = null;
  let rootOpened = false;
  const rootScope = scopeOf({ xml: XML_NAMESPACE });
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(xml);
    if (!m || m.index !== at) return outside();
    const token = m[0];
    const top = stack.length > 0 ? stack[stack.length - 1] : null;
    if (token.charCodeAt(0) !== 60 /* < */) {
      // text: inside the root a node, outside it only whitespace (as xmldom keeps it, out of the tree)
      if (top) top.children.push(nodes.text(decode(token)));
      else if (/\S/.test(token)) return outside();
      continue;
    }
    if (token.charCodeAt(1) === 63 /* ? */) {
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
    let scope = top ? top.scope : rootScope;
    const attributes: Record<string, string> = Object.create(null);
    const list = m[3];
    if (list) {
      // namespace declarations first: they apply to the element's own name and attributes
      if (list.includes('xmlns')) {
        const uris = { ...scope.uris };
        ATTRIBUTE.lastIndex = 0;
        for (let a = ATTRIBUTE.exec(list); a; a = ATTRIBUTE.exec(list)) {
          if (a[1] === 'xmlns') uris[''] = decode(a[2] ?? a[3]);
          else if (a[1].startsWith('xmlns:')) uris[a[1].slice(6)] = decode(a[2] ?? a[3]);
        }
        scope = scopeOf(uris);
      }
      ATTRIBUTE.lastIndex = 0;
      for (let a = ATTRIBUTE.exec(list); a; a = ATTRIBUTE.exec(list)) {
        const name = attributeName(scope, a[1]);
        // a name given twice (xmldom rejects it)
        if (name in attributes) return outside();
        attributes[name] = decode(a[2] ?? a[3]);
      }
    }
    const name = elementName(scope, qName);
    if (!top && qName === 'parsererror') return outside();
    if (m[4] === '/') {
      const element = new nodes.Element(name, attributes, []);
      if (top) top.children.push(element);
      else root = element;
    } else stack.push({ qName, name, attributes, children: [], scope });
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
