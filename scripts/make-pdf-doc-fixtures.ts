/**
 * Builds the PDF and Word 97–2003 fixtures from the committed ones, so the PDF and .doc readers are
 * tested on files typeset by real programs. The results are committed: tests need neither LibreOffice
 * nor a browser. Run again after changing fixtures/docx or fixtures/html:
 *
 *   apt-get install -y --no-install-recommends libreoffice-writer fonts-wqy-microhei chromium
 *   npx tsx scripts/make-pdf-doc-fixtures.ts
 *
 * - fixtures/pdf/<name>.pdf and fixtures/doc/<name>.doc: LibreOffice Writer's export of
 *   fixtures/docx/<name>.docx (`soffice --headless --convert-to pdf|doc`): Word's automatic numbering
 *   printed (pdf) or kept as Word 97 list tables (doc), tables with ruling lines, 专栏 boxes as framed
 *   one-column tables, line wraps everywhere. (See withoutRedundantStartOverrides for the .doc.)
 * - fixtures/pdf/chromium/<name>.pdf: Chromium's print of fixtures/html/<name>.html (another typesetter:
 *   other fonts and margins, CSS table borders, and a running header and footer with page numbers
 *   "1/9" on every page, as a browser prints them).
 * - fixtures/pdf/bad/: PDFs that must be refused with one line: encrypted with a password (LibreOffice
 *   export with an open password), truncated (the first half of a sample), not a PDF, a bomb of pages
 *   (a page tree of 5000 pages), a bomb of bytes (a content stream that inflates to 100 MB).
 *
 * LibreOffice and Chromium write the creation date into the file; fixed dates are not worth the
 * trouble: only the text and its layout are tested.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { pdfOf } from '../test/helpers/mini-pdf.js';

const SOFFICE = process.env.SOFFICE ?? 'soffice';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_SAMPLES = ['001_7331ced31a583862', '002_0da019a67ef299a4'];

function soffice(args: string[]): void {
  // a private profile: a running or stale LibreOffice of the user does not block the conversion
  const profile = mkdtempSync(join(tmpdir(), 'planlens-lo-'));
  try {
    execFileSync(SOFFICE, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', ...args], { stdio: 'pipe' });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * LibreOffice's .doc export gives the first paragraph of a list whose num restarts its count
 * (`w:startOverride`) a Word 97 list of its own, so the .doc shows `一、` twice where the .docx shows
 * `一、` `二、` (LibreOffice reading its own .doc back shows the same). The samples' overrides only
 * restate the start their level already has (1): a copy without them displays what the .docx displays.
 */
async function withoutRedundantStartOverrides(src: string, dest: string): Promise<void> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(readFileSync(src));
  const numbering = zip.file('word/numbering.xml');
  if (numbering) {
    const xml = await numbering.async('string');
    const starts = new Set([...xml.matchAll(/<w:start w:val="(\d+)"\/>/g)].map((m) => m[1]));
    if (starts.size !== 1 || !starts.has('1')) throw new Error(`${src}: a level does not start at 1; the start overrides are not redundant`);
    zip.file('word/numbering.xml', xml.replace(/<w:lvlOverride w:ilvl="\d"><w:startOverride w:val="1"\/><\/w:lvlOverride>/g, ''));
  }
  writeFileSync(dest, await zip.generateAsync({ type: 'nodebuffer' }));
}

async function convertDocx(): Promise<void> {
  const docx = readdirSync('fixtures/docx').filter((f) => f.endsWith('.docx')).map((f) => join('fixtures/docx', f));
  mkdirSync('fixtures/pdf', { recursive: true });
  soffice(['--convert-to', 'pdf:writer_pdf_Export', '--outdir', 'fixtures/pdf', ...docx]);
  console.log(`fixtures/pdf: ${docx.length} files`);
  mkdirSync('fixtures/doc', { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'planlens-doc-'));
  try {
    const copies: string[] = [];
    for (const f of docx) {
      const copy = join(tmp, basename(f));
      await withoutRedundantStartOverrides(f, copy);
      copies.push(copy);
    }
    soffice(['--convert-to', 'doc:MS Word 97', '--outdir', 'fixtures/doc', ...copies]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`fixtures/doc: ${docx.length} files`);
}

async function printHtml(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.warn(`${CHROMIUM} not found: fixtures/pdf/chromium left as it is`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    mkdirSync('fixtures/pdf/chromium', { recursive: true });
    const page = await browser.newPage();
    for (const stem of CHROMIUM_SAMPLES) {
      await page.goto(pathToFileURL(join('fixtures/html', `${stem}.html`)).href);
      await page.pdf({
        path: join('fixtures/pdf/chromium', `${stem}.pdf`),
        format: 'A4',
        displayHeaderFooter: true,
        headerTemplate: '<div style="font-size:9px;width:100%;text-align:center"><span class="title"></span></div>',
        footerTemplate: '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span>/<span class="totalPages"></span></div>',
        margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
      });
      console.log(`fixtures/pdf/chromium/${stem}.pdf`);
    }
  } finally {
    await browser.close();
  }
}

function badPdfs(): void {
  const dir = 'fixtures/pdf/bad';
  mkdirSync(dir, { recursive: true });
  // encrypted: LibreOffice's export with an open password (JSON filter options, LibreOffice ≥ 7.4)
  const tmp = mkdtempSync(join(tmpdir(), 'planlens-enc-'));
  try {
    const src = join(tmp, 'encrypted.docx');
    copyFileSync('fixtures/docx/004_5d042cf0ad576120.docx', src);
    const options = JSON.stringify({ EncryptFile: { type: 'boolean', value: 'true' }, DocumentOpenPassword: { type: 'string', value: 'planlens' } });
    soffice(['--convert-to', `pdf:writer_pdf_Export:${options}`, '--outdir', dir, src]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  // truncated: a download cut in half
  const whole = readFileSync('fixtures/pdf/004_5d042cf0ad576120.pdf');
  writeFileSync(join(dir, 'truncated.pdf'), whole.subarray(0, Math.floor(whole.length / 2)));
  // not a PDF: a web page saved under a .pdf name
  writeFileSync(join(dir, 'not-a-pdf.pdf'), '<!DOCTYPE html><html><head><title>404</title></head><body>页面不存在</body></html>\n');
  // bomb of pages: one page object shared by a page tree of 5000 kids
  const kids = Array.from({ length: 5000 }, () => '3 0 R').join(' ');
  writeFileSync(
    join(dir, 'bomb-pages.pdf'),
    pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Count 5000 /Kids [${kids}] >>`, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>']),
  );
  // bomb of bytes: a 100 MB content stream of spaces, deflated to ~100 kB
  const stream = deflateSync(Buffer.alloc(100 * 1024 * 1024, 0x20), { level: 9 });
  writeFileSync(
    join(dir, 'bomb-stream.pdf'),
    pdfOf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
      Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream', 'latin1')]),
    ]),
  );
  console.log(`${dir}: ${readdirSync(dir).map((f) => basename(f)).join(', ')}`);
}

const only = process.argv[2];
if (!only || only === 'docx') await convertDocx();
if (!only || only === 'html') await printHtml();
if (!only || only === 'bad') badPdfs();
