/**
 * Shared by the robustness, batch and start-up tests: run the built CLI in a child process with a
 * time limit and its peak memory, write small zip packages by hand (for damaged and zip-bomb .docx),
 * and make plan-like text of any size from the samples.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

export { ROOT, ensureBuilt } from './helpers/build.js';
import { ROOT } from './helpers/build.js';
const BIN = join(ROOT, 'bin/planlens.js');
const RSS_HOOK = join(ROOT, 'test/robust-rss-hook.mjs');


export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stderr split into lines, the summary line of a batch left out */
  errorLines: string[];
  ms: number;
  /** peak resident memory of the child, MB */
  maxRssMb: number;
  /** nodejieba files the child loaded (empty: the jieba dictionary was never loaded) */
  jiebaModules: string[];
  /** zod files the child loaded through require (check loads it only to validate configured options) */
  zodModules: string[];
  timedOut: boolean;
}

/** Run the built CLI (`node bin/planlens.js …`) with a time limit; never throws. */
export function runCli(args: string[], options: { timeoutMs?: number; cwd?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {}): Promise<CliRun> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const rssFile = join(tmpdir(), `planlens-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', RSS_HOOK, BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env, PLANLENS_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let maxRssMb = 0;
      let jiebaModules: string[] = [];
      let zodModules: string[] = [];
      try {
        const report = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKb: number; jieba: string[]; zod: string[] };
        maxRssMb = report.maxRssKb / 1024;
        jiebaModules = report.jieba;
        zodModules = report.zod;
        rmSync(rssFile, { force: true });
      } catch {
        // killed before exit
      }
      const stderr = Buffer.concat(err).toString('utf8');
      done({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        errorLines: stderr.split('\n').filter((l) => l && !/^planlens: parse: \d+ files?,/.test(l)),
        ms: performance.now() - started,
        maxRssMb,
        jiebaModules,
        zodModules,
        timedOut,
      });
    });
  });
}

export interface ZipEntrySpec {
  name: string;
  data: Buffer;
  /** write this uncompressed size into the headers instead of the true one (a lying zip bomb) */
  declaredSize?: number;
  /** store instead of deflate */
  store?: boolean;
}

/** A zip package written by hand, so that headers can lie about sizes. */
export function makeZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.store ? e.data : deflateRawSync(e.data, { level: 9 });
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(e.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(e.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** The smallest parts of a .docx package around a given document.xml body. */
export function docxParts(bodyXml: string): ZipEntrySpec[] {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    { name: 'word/document.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${bodyXml}</w:body></w:document>`) },
  ];
}

const SAMPLE_DIR = join(ROOT, 'fixtures/txt');

/** The five samples, each as text (BOM removed). */
export function sampleTexts(): string[] {
  return readdirSync(SAMPLE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SAMPLE_DIR, f), 'utf8').replace(/^\uFEFF/, ''));
}

/**
 * Plan body text of at least `bytes` UTF-8 bytes: the samples one after the other, their 附件 and
 * 抄送/印发 lines left out (patterns from src/data/document-parts.json) so that all of it stays plan
 * body and every stage works on all of it, repeated as often as needed.
 */
export function planBodyText(bytes: number): string {
  const parts = JSON.parse(readFileSync(join(ROOT, 'src/data/document-parts.json'), 'utf8')) as Record<string, string[]>;
  const cut = [...parts.appendixStart, ...parts.footerStart, ...parts.footerLine].map((s) => new RegExp(s));
  const body =
    sampleTexts()
      .join('\n')
      .split(/\r\n|\r|\n/)
      .filter((l) => !cut.some((r) => r.test(l.trim())))
      .join('\n') + '\n';
  const copies = Math.max(1, Math.ceil(bytes / Buffer.byteLength(body)));
  return body.repeat(copies);
}
