import { describe, expect, it } from 'vitest';
import { assignedItemTitle, cutAtAssignedItems } from '../src/extract/assigned-items.js';
import { parseText } from './helpers/parse-text.js';

describe('enumerated items each closing with their own units', () => {
  it('cuts 一是…（A负责）；二是…（B负责） before each item, the lead kept apart', () => {
    expect(cutAtAssignedItems('坚持立德树人。一是扩大招生规模（市教育局负责）；二是推进“县管校聘”改革（市人社局负责）。')).toEqual([
      '坚持立德树人。',
      '一是扩大招生规模（市教育局负责）；',
      '二是推进“县管校聘”改革（市人社局负责）。',
    ]);
    // one clause for the whole enumeration, or an item without its own: the text stays whole
    const shared = '一是实施名师培养工程；二是落实工资待遇保障机制。（市教育局、市财政局负责）';
    expect(cutAtAssignedItems(shared)).toEqual([shared]);
    const partial = '一是扩大招生规模（市教育局负责）；二是推进改革。';
    expect(cutAtAssignedItems(partial)).toEqual([partial]);
  });

  it('titles an item by its text before its clause, its first phrase when long', () => {
    expect(assignedItemTitle('一是扩大招生规模（市教育局负责）；')).toEqual({ enumerator: '一是', title: '扩大招生规模' });
    const long = '二是加快推进城乡义务教育一体化发展，统筹城乡学校布局，扩大城区学位供给，改善农村学校办学条件（市教育局负责）。';
    expect(assignedItemTitle(long)).toEqual({ enumerator: '二是', title: '加快推进城乡义务教育一体化发展' });
    expect(assignedItemTitle('扩大招生规模（市教育局负责）')).toBeNull();
  });

  it('under a group number the items are tasks of their own with their own units', async () => {
    const plan = await parseText(`某市2025年教育工作要点

一、主要任务

（一）深化教育评价改革。坚持立德树人根本任务。一是扩大优质普通高中招生规模（市教育局负责）；二是推进教师“县管校聘”管理改革（市教育局、市人社局负责）；三是加强高中阶段学校多样化发展（市教育局牵头，市发改委配合）。

（二）加强教师队伍建设。一是实施名师培养工程，培养市级名师100名；二是落实教师工资待遇保障机制。（市教育局、市财政局负责）
`);
    expect(plan.tasks.map((t) => [t.number, t.title, t.units.lead.join('、'), t.units.support.join('、')])).toEqual([
      ['（一）', '深化教育评价改革', '', ''],
      ['一是', '扩大优质普通高中招生规模', '市教育局', ''],
      ['二是', '推进教师“县管校聘”管理改革', '市教育局、市人社局', ''],
      ['三是', '加强高中阶段学校多样化发展', '市教育局', '市发改委'],
      ['（二）', '加强教师队伍建设', '市教育局、市财政局', ''],
    ]);
    expect(plan.diagnostics.filter((d) => d.code === 'task.units-missing')).toEqual([]);
  });
});
