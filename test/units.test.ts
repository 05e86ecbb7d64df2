import { describe, expect, it } from 'vitest';
import { bodyType, collectUnits, matchUnit, sameUnit } from '../src/extract/units.js';
import type { Task } from '../src/schema/plan.js';

function task(id: string, lead: string[], support: string[] = []): Task {
  return { id, sectionId: 's1', number: id.slice(1), title: id, text: id, line: 1, units: { lead, support } };
}

describe('unit aliases merge', () => {
  it.each([
    ['市市场监管局', '市市场监督管理局'],
    ['市科技局', '市科学技术局'],
    ['市科技局(市知识产权局)', '市科技局'],
    ['市科技局（市知识产权局）', '市科技局(市知识产权局)'],
    ['市发展改革委', '市发展和改革委员会'],
    ['市发改委', '市发展改革委'],
    ['市人力资源社会保障局', '市人社局'],
    ['市人民检察院', '市检察院'],
    ['市人民政府法制办', '市政府法制办'],
    ['各区人民政府〈含开发区管委会,下同〉', '各区人民政府'],
    ['武汉经济技术开发区管委会〈汉南区人民政府〉', '武汉经济技术开发区管委会'],
    ['市 科技局', '市科技局'],
    ['省市场监管局', '省市场监督管理局'],
    ['市文化和旅游局', '市文旅局'],
  ])('%s = %s', (a, b) => {
    expect(sameUnit(a, b)).toBe(true);
  });

  it('gives the canonical name from the data file', () => {
    expect(matchUnit('市市场监管局').canonical).toBe('市市场监督管理局');
    expect(matchUnit('省科技厅').canonical).toBe('省科学技术厅');
    expect(matchUnit('泰安市知识产权工作领导小组各成员单位').canonical).toBeNull();
  });
});

describe('different bodies with similar names stay apart', () => {
  it.each([
    ['市科技局', '省科技厅'],
    ['市科技局', '省科技局'],
    ['市文化局', '市文化和旅游局'],
    ['市农委', '市农业农村局'],
    ['市科技局', '市知识产权局'],
    ['市市场监管局', '市知识产权局'],
    ['市中级人民法院', '市人民法院'],
    ['市委组织部', '市委宣传部'],
    ['市科技局', '市科协'],
    ['市工商局', '市市场监管局'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameUnit(a, b)).toBe(false);
  });
});

describe('the plan\'s own region', () => {
  it('merges the region-prefixed name of a body with its short name', () => {
    expect(sameUnit('泰安市市场监督管理局', '市市场监管局', { region: '泰安市' })).toBe(true);
    expect(matchUnit('泰安市市场监督管理局', { region: '泰安市' }).canonical).toBe('市市场监督管理局');
    expect(sameUnit('大冶市科技局', '市科技局', { region: '大冶市' })).toBe(true);
  });

  it('keeps another region\'s body apart, and does nothing without a region', () => {
    expect(sameUnit('黄石市市场监督管理局', '市市场监管局', { region: '大冶市' })).toBe(false);
    expect(sameUnit('泰安市市场监督管理局', '市市场监管局')).toBe(false);
  });

  it('collectUnits uses it', () => {
    const units = collectUnits([task('t1', ['泰安市市场监督管理局']), task('t2', ['市市场监管局'])], { region: '泰安市' });
    expect(units).toEqual([{ name: '市市场监督管理局', aliases: ['泰安市市场监督管理局', '市市场监管局'], lead: ['t1', 't2'], support: [], type: 'government' }]);
  });
});

describe('collectUnits', () => {
  it('lists each unit with the tasks it leads and supports, aliases as written', () => {
    const units = collectUnits([
      task('t1', ['市市场监管局', '市文化局'], ['市科技局']),
      task('t2', ['市市场监督管理局'], ['市文化和旅游局']),
      task('t3', ['各区人民政府〈含开发区管委会,下同〉'], ['市科技局(市知识产权局)']),
      task('t4', ['市科技局'], ['各区人民政府']),
    ]);
    expect(units).toEqual([
      { name: '市市场监督管理局', aliases: ['市市场监管局'], lead: ['t1', 't2'], support: [], type: 'government' },
      { name: '市科学技术局', aliases: ['市科技局', '市科技局(市知识产权局)'], lead: ['t4'], support: ['t1', 't3'], type: 'government' },
      { name: '各区人民政府', aliases: ['各区人民政府〈含开发区管委会,下同〉'], lead: ['t3'], support: ['t4'], type: 'local-government' },
      { name: '市文化局', aliases: [], lead: ['t1'], support: [], type: 'government' },
      { name: '市文化和旅游局', aliases: [], lead: [], support: ['t2'], type: 'government' },
    ]);
  });

  it('a unit shared by several tasks is listed once with all of them', () => {
    const units = collectUnits([task('t1', ['市科技局'], ['市财政局']), task('t2', ['市科技局'], ['市财政局']), task('t3', ['市财政局'])]);
    expect(units.map((u) => [u.name, u.lead, u.support])).toEqual([
      ['市科学技术局', ['t1', 't2'], []],
      ['市财政局', ['t3'], ['t1', 't2']],
    ]);
  });

  it('a body named as lead and again as support in one task counts as lead only', () => {
    const [u] = collectUnits([task('t1', ['市科技局'], ['市科技局(市知识产权局)'])]);
    expect(u.lead).toEqual(['t1']);
    expect(u.support).toEqual([]);
  });

  it('an unknown body keeps the most used written form as its name', () => {
    const units = collectUnits([task('t1', ['泰安海关']), task('t2', ['泰安 海关']), task('t3', ['泰安海关'])]);
    expect(units).toEqual([{ name: '泰安海关', aliases: ['泰安 海关'], lead: ['t1', 't2', 't3'], support: [], type: 'vertical' }]);
  });
});

describe('units across a plan: types of body and names without their level', () => {
  const t = (id: string, lead: string[], support: string[] = []): Task => ({ id, sectionId: 's1', number: '', title: id, text: id, line: 1, deadline: null, units: { lead, support } });

  it('a name written without its level prefix is the body of that name in the plan', () => {
    const units = collectUnits([t('t1', ['区住建局', '区规划局']), t('t2', ['规划局']), t('t3', ['区交通局'], ['交通局'])]);
    expect(units.map((u) => [u.name, u.aliases, u.lead, u.support])).toEqual([
      ['区规划局', ['规划局'], ['t1', 't2'], []],
      ['区住房和城乡建设局', ['区住建局'], ['t1'], []],
      ['区交通局', ['交通局'], ['t3'], []],
    ]);
  });

  it('each unit gets its type of body from its name or a form the plan wrote', () => {
    const types = (names: string[]) => collectUnits([t('t1', names)]).map((u) => [u.name, u.type]);
    expect(
      types(['县委宣传部', '县委网信办', '县教育局', '各乡镇人民政府', '县税务局', '县城投集团', '县个体劳动者协会', '县人民法院', '县乡村振兴领导小组', '县第一中学校', '各有关单位']),
    ).toEqual([
      ['县委宣传部', 'party'],
      ['县委网络安全和信息化委员会办公室', 'party'],
      ['县教育局', 'government'],
      ['各乡镇人民政府', 'local-government'],
      ['县税务局', 'vertical'],
      ['县城投集团', 'enterprise'],
      ['县个体劳动者协会', 'association'],
      ['县人民法院', 'judicial'],
      ['县乡村振兴领导小组', 'coordination'],
      ['县第一中学校', 'institution'],
      ['各有关单位', 'other'],
    ]);
    expect(bodyType('省国有资产监督管理委员会').id).toBe('government');
    expect(bodyType('甲市高新技术产业开发区管理委员会').id).toBe('local-government');
  });
});

describe('types of body: the party committee form', () => {
  it('市委/县委 + a department is the party committee; another commission office is not', () => {
    expect(bodyType('县委办').id).toBe('party');
    expect(bodyType('市委政法委').id).toBe('party');
    expect(bodyType('甲市仲裁委办').id).toBe('government');
    expect(bodyType('市城管委办公室').id).toBe('government');
  });
});
