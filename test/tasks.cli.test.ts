import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliInProcess } from './helpers/cli.js';

const WUHAN = 'fixtures/txt/003_8f351ce4ef5c39ac.txt';
const TAIAN = 'fixtures/txt/004_5d042cf0ad576120.txt';

const cli = (...args: string[]) => runCliInProcess(args);

afterEach(() => vi.restoreAllMocks());

describe('planlens tasks', () => {
  it('--format json gives the task objects with file and section', async () => {
    const r = await cli('tasks', WUHAN, '--format', 'json');
    expect(r.code).toBe(0);
    const tasks = JSON.parse(r.out);
    expect(tasks).toHaveLength(33);
    expect(tasks[1]).toMatchObject({
      file: WUHAN,
      id: 't2',
      number: '2',
      section: '(一) 实施知识产权管理创新工程',
      title: '积极推进知识产权强区建设',
      units: { lead: ['各区人民政府〈含开发区管委会,下同〉'], support: ['市科技局'] },
    });
  });

  it('csv has a header, a file column for several files, and the full text', async () => {
    const r = await cli('tasks', WUHAN, TAIAN, '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.out.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('file,id,no.,section,title,lead,support,deadline,indicators,line,text');
    expect(lines.filter((l) => l.startsWith(TAIAN))).toHaveLength(18);
    expect(r.out).toContain('市市场监管局、市文化和旅游局、市林业局、市农业农村局');
  });

  it('md and table formats print one row per task', async () => {
    const md = await cli('tasks', TAIAN, '--format', 'md');
    expect(md.out.trim().split('\n')).toHaveLength(2 + 18);
    const table = await cli('tasks', TAIAN);
    expect(table.code).toBe(0);
    expect(table.out).toContain('传播知识产权文化理念');
  });

  it('xlsx is written with -o', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'planlens-'));
    try {
      const file = join(dir, 'tasks.xlsx');
      const r = await cli('tasks', WUHAN, '--format', 'xlsx', '-o', file);
      expect(r.code).toBe(0);
      const bytes = await readFile(file);
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('an unknown format is a usage error; a missing file is reported and the others still printed', async () => {
    const bad = await cli('tasks', WUHAN, '--format', 'pdf');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown format "pdf"');
    const missing = await cli('tasks', 'no/such.txt', TAIAN, '--format', 'json');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no/such.txt');
    expect(JSON.parse(missing.out)).toHaveLength(18);
  });
});

describe('planlens units', () => {
  it('lists each unit with what it leads and supports', async () => {
    const r = await cli('units', WUHAN, '--format', 'json');
    expect(r.code).toBe(0);
    const units = JSON.parse(r.out);
    expect(units[0]).toMatchObject({ name: '市科学技术局', aliases: ['市科技局'], leadCount: 22, supportCount: 11 });
    const gov = units.find((u: { name: string }) => u.name === '各区人民政府');
    expect(gov).toMatchObject({ lead: ['t2'], support: ['t3', 't26', 't31'] });
  });

  it('--matrix gives units × tasks with L/S marks', async () => {
    const r = await cli('units', WUHAN, '--matrix', '--format', 'csv');
    expect(r.code).toBe(0);
    const rows = r.out.replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(','));
    const head = rows[0];
    expect(head.slice(0, 2)).toEqual(['unit', 't1']);
    expect(head).toContain('t33');
    const row = (name: string) => rows.find((x) => x[0] === name)!;
    const col = (id: string) => head.indexOf(id);
    // t1: 牵头 武汉东湖新技术开发区管委会; 配合 市科技局
    expect(row('武汉东湖新技术开发区管委会')[col('t1')]).toBe('L');
    expect(row('市科学技术局')[col('t1')]).toBe('S');
    expect(row('市科学技术局')[col('t3')]).toBe('L');
    expect(row('市委宣传部').slice(1, 34).filter((m) => m === 'L')).toHaveLength(1);
  });

  it('tsv and md formats work for the list', async () => {
    const tsv = await cli('units', TAIAN, '--format', 'tsv');
    expect(tsv.out.split('\n')[0]).toBe('unit\ttype\tas written\tleads\tsupports\ttotal\tlead tasks\tsupport tasks');
    expect(tsv.out).toContain('市市场监督管理局\t政府部门\t市市场监管局\t16\t0\t16');
    expect(tsv.out).toContain('泰安海关\t垂直管理机构\t');
  });
});
