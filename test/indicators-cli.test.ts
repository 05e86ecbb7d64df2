import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import stringWidth from 'string-width';
import { runCliInProcess } from './helpers/cli.js';

const SUZHOU = 'fixtures/txt/002_0da019a67ef299a4.txt';
const TAIAN = 'fixtures/txt/004_5d042cf0ad576120.txt';

const cli = (...args: string[]) => runCliInProcess(args, { binary: true });

afterEach(() => vi.restoreAllMocks());

describe('planlens indicators', () => {
  it('json: the indicator objects with file and region', async () => {
    const r = await cli('indicators', TAIAN, '--format', 'json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      file: TAIAN,
      region: '泰安市',
      id: 'i2',
      name: '有效注册商标量',
      unit: '万件',
      target: { year: 2025, value: 9, comparator: '=', normalized: { value: 90000, unit: '件' } },
      source: 'goals',
    });
  });

  it('csv: BOM, the contract columns, values and years apart', async () => {
    const r = await cli('indicators', SUZHOU, '--format', 'csv', '--source', 'table');
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\uFEFF')).toBe(true);
    const lines = r.out.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,region,name,canonical name,unit,baseline,baseline year,milestones,target,target year,comparator,hedge,attribute,category,note,source,line');
    expect(lines).toHaveLength(11);
    // the row's note: the plan's footnote defining the indicator (category: none in this table)
    expect(lines[1]).toMatch(/^i21,宿州市,每万人高价值发明专利拥有量,每万人口高价值发明专利拥有量,件,1,2021,1\.5 \(2023\),2,2025,=,,预期性,,“每万人口高价值发明专利拥有量”是指.*,table,53$/);
  });

  it('--source filters; a range prints as low–high', async () => {
    const r = await cli('indicators', SUZHOU, '--format', 'tsv', '--source', 'goals');
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines.every((l, i) => i === 0 || l.split('\t')[15] === 'goals')).toBe(true);
    expect(r.out).toContain('知识产权服务集聚区\t\t个\t\t\t\t1–2\t2025\trange\t力争');
  });

  it('table: CJK-aligned, no colour when stdout is not a terminal; md has one line per indicator', async () => {
    const t = await cli('indicators', TAIAN);
    expect(t.out).not.toMatch(/\u001b\[/);
    const widths = new Set(t.out.trimEnd().split('\n').map((l) => stringWidth(l)));
    expect(widths.size).toBe(1);
    expect(t.out).toContain('3.6 (2025)');
    const md = await cli('indicators', TAIAN, '--format', 'md');
    expect(md.out.trimEnd().split('\n')).toHaveLength(4);
  });

  it('xlsx: one sheet per document plus "all", header row frozen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'planlens-'));
    try {
      const file = join(dir, 'out.xlsx');
      const r = await cli('indicators', TAIAN, SUZHOU, '--format', 'xlsx', '-o', file);
      expect(r.code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['004_5d042cf0ad576120.txt', '002_0da019a67ef299a4.txt', 'all']);
      const all = wb.getWorksheet('all')!;
      expect(all.rowCount).toBe(1 + 2 + 70);
      expect(all.getRow(1).getCell(1).value).toBe('file');
      expect(all.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(wb.getWorksheet('004_5d042cf0ad576120.txt')!.getRow(2).getCell(10).value).toBe(3.6);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('usage errors exit 2 with one line: unknown format, unknown source, xlsx to a terminal', async () => {
    const a = await cli('indicators', TAIAN, '--format', 'pdf');
    expect([a.code, a.err.trim().split('\n').length]).toEqual([2, 1]);
    const b = await cli('indicators', TAIAN, '--source', 'appendix');
    expect(b.code).toBe(2);
    expect(b.err).toContain('unknown source');
    const tty = process.stdout.isTTY;
    process.stdout.isTTY = true;
    try {
      const c = await cli('indicators', TAIAN, '--format', 'xlsx');
      expect(c.code).toBe(2);
      expect(c.out).toBe('');
    } finally {
      process.stdout.isTTY = tty;
    }
  });

  it('a missing file is reported and the others still printed', async () => {
    const r = await cli('indicators', 'fixtures/txt/nope.txt', TAIAN, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.err).toContain('nope.txt');
    expect(JSON.parse(r.out)).toHaveLength(2);
  });
});
