/**
 * A minimal PDF written by hand: object bodies (1-based) with a correct cross-reference table. For the
 * hostile and odd PDFs of the tests and of scripts/make-pdf-doc-fixtures.ts.
 */
export function pdfOf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let size = parts[0].length;
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    offsets.push(size);
    parts.push(chunk);
    size += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/**
 * A one-page PDF showing `lines` (ASCII, Helvetica 12) top to bottom. `rotate: 90` stores the page
 * landscape with /Rotate 90 and the text drawn turned, so that it reads upright as shown; `stamp` adds
 * a text drawn at 45°.
 */
export function textPdf(lines: string[], options: { rotate?: 0 | 90; stamp?: string } = {}): Buffer {
  const rotate = options.rotate ?? 0;
  // shown page: A4 portrait (595 × 842); with /Rotate 90 the MediaBox is landscape and the text is drawn turned
  const shows = lines.map((l, i) => {
    const x = 72;
    const y = 770 - i * 18;
    const tm = rotate === 90 ? `0 1 -1 0 ${842 - y} ${x} Tm` : `1 0 0 1 ${x} ${y} Tm`;
    return `BT /F1 12 Tf ${tm} (${l.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  });
  if (options.stamp) shows.push(`BT /F1 30 Tf 0.707 0.707 -0.707 0.707 300 300 Tm (${options.stamp}) Tj ET`);
  const content = shows.join('\n');
  const media = rotate === 90 ? '[0 0 842 595]' : '[0 0 595 842]';
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox ${media} /Rotate ${rotate} /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}
