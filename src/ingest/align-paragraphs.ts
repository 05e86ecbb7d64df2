/**
 * Pairing two readings of one document's paragraphs (the numbering reader's and the text reader's):
 * shared by the .docx reader (document.xml vs mammoth) and the .doc reader (PAPX runs vs word-extractor).
 */
const compact = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, '');

/**
 * Pair mammoth's paragraphs with document.xml's, both in document order. Equal text pairs; where they
 * differ, the side that finds its text soonest on the other side skips ahead; otherwise the two are
 * taken as the same paragraph read slightly differently.
 */
export function alignParagraphs(xml: string[], mm: string[], window = 40): Array<number | null> {
  const pairOf: Array<number | null> = mm.map(() => null);
  const a = xml.map(compact);
  const b = mm.map(compact);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairOf[j++] = i++;
      continue;
    }
    let skipMm = -1;
    let skipXml = -1;
    for (let k = 1; k <= window; k++) {
      if (skipMm < 0 && j + k < b.length && b[j + k] === a[i]) skipMm = k;
      if (skipXml < 0 && i + k < a.length && a[i + k] === b[j]) skipXml = k;
      if (skipMm >= 0 || skipXml >= 0) break;
    }
    if (skipMm >= 0 && (skipXml < 0 || skipMm <= skipXml)) j += skipMm;
    else if (skipXml >= 0) i += skipXml;
    else pairOf[j++] = i++;
  }
  return pairOf;
}
