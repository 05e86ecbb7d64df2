import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan, type PlanDocument } from '../src/index.js';
import { loadTokenizer, type Tokenizer } from '../src/nlp/tokenizer.js';
import { compareSections, sectionLabel, type SectionComparison } from '../src/compare/sections.js';
import { compareThemes, themeOf, themeRank, untouched } from '../src/compare/themes.js';
import { compareTasks } from '../src/compare/tasks.js';
import { compareUnits, unitKind } from '../src/compare/units.js';
import { expandCompounds, terms } from '../src/compare/similarity.js';
import { themesView } from '../src/compare/views.js';
import { planWith, samplePaths, section, spaceTokenizer, task, indicator } from './compare-helpers.js';

let docs: PlanDocument[];
let tok: Tokenizer;
let sections: SectionComparison;
const docId = (c: { documents: { id: string; path: string }[] }, file: string) => c.documents.find((d) => d.path.includes(file))!.id;

beforeAll(async () => {
  docs = await Promise.all(samplePaths.map((p) => parsePlan(p)));
  tok = await loadTokenizer();
  sections = compareSections(docs, tok);
});

describe('compare --by sections', () => {
  const rowWith = (title: string) => sections.rows.find((r) => Object.values(r.cells).some((s) => s?.title === title))!;

  it('lines up 全面加强知识产权保护, 开创知识产权严保护新局面 and 增强知识产权保护效能', () => {
    const r = rowWith('全面加强知识产权保护');
    expect(r.cells[docId(sections, '001_')]?.title).toBe('全面加强知识产权保护');
    expect(r.cells[docId(sections, '002_')]?.title).toBe('开创知识产权严保护新局面');
    expect(r.cells[docId(sections, '004_')]?.title).toBe('增强知识产权保护效能');
    expect(r.cells[docId(sections, '003_')]?.title).toBe('实施知识产权保护强化工程');
    expect(r.score).toBeGreaterThan(0.35);
  });

  it('lines up the 创造 and 运用 sections, and 加强组织领导 of every plan', () => {
    const create = rowWith('提升知识产权创造质量');
    expect(create.cells[docId(sections, '002_')]?.title).toBe('打造知识产权创造新引擎');
    expect(create.cells[docId(sections, '004_')]?.title).toBe('提高知识产权创造质量');
    const use = rowWith('拓展知识产权运用新路径');
    expect(use.cells[docId(sections, '004_')]?.title).toBe('提升知识产权运用效益');
    const lead = rowWith('加强组织领导');
    expect(Object.values(lead.cells).every((s) => s?.title === '加强组织领导')).toBe(true);
  });

  it('tells the tasks part from the safeguards part by what they hold (工作措施 is not 保障措施)', () => {
    const tasks = rowWith('主要任务');
    expect(tasks.cells[docId(sections, '004_')]?.title).toBe('工作措施');
    const safeguards = rowWith('保障措施');
    expect(safeguards.cells[docId(sections, '004_')]?.title).not.toBe('工作措施');
  });

  it('places every compared section exactly once, at most one per plan and row', () => {
    for (const d of sections.documents) {
      const placed = sections.rows.map((r) => r.cells[d.id]).filter(Boolean);
      const doc = docs[sections.documents.indexOf(d)];
      const expected: string[] = [];
      const walk = (list: PlanDocument['sections']) => list.forEach((s) => s.kind === 'body' && s.level <= 2 && (expected.push(s.id), walk(s.children)));
      walk(doc.sections);
      expect(placed.map((s) => s!.id).sort()).toEqual(expected.sort());
    }
  });

  it('--depth and --threshold change the rows', () => {
    const top = compareSections(docs, tok, { depth: 1 });
    expect(top.rows.every((r) => Object.values(r.cells).every((s) => s === null || s.level === 1))).toBe(true);
    const strict = compareSections(docs, tok, { threshold: 0.99 });
    expect(strict.rows.length).toBeGreaterThan(sections.rows.length);
  });

  it('labels sections as written, indented by level', () => {
    expect(sectionLabel({ id: 's3.1', number: '（一）', title: '加强保护', level: 2 })).toBe('  （一）加强保护');
    expect(sectionLabel({ id: 's3', number: '三', title: '主要任务', level: 1 })).toBe('三、主要任务');
    expect(sectionLabel({ id: 's1', number: '1', title: '编制背景', level: 1 }, false)).toBe('1.编制背景');
  });
});

describe('title terms', () => {
  it('drop filler words and split compounds into words the other titles use', () => {
    expect(terms(tok, '开创知识产权严保护新局面')).toEqual(['知识产权', '保护']);
    const [a, b] = expandCompounds([terms(tok, '提升知识产权管理水平'), terms(tok, '实施知识产权管理创新工程')]);
    expect(a).toContain('管理');
    expect(b).toContain('管理');
  });
});

describe('compare --by themes', () => {
  it('counts tasks, mentions and indicators per theme and plan on the samples', () => {
    const c = compareThemes(docs);
    const protect = c.rows.find((r) => r.theme === '保护')!;
    for (const d of c.documents) expect(protect.cells[d.id].tasks.length).toBeGreaterThan(0);
    const pledge = c.rows.find((r) => r.theme === '金融/质押融资')!;
    // 质押融资 indicators of 邵阳, 宿州, 武汉
    for (const f of ['001_', '002_', '003_']) expect(pledge.cells[docId(c, f)].indicators.length).toBeGreaterThan(0);
    expect(c.rows.map((r) => r.theme).slice(0, 3)).toEqual(['创造', '运用', '保护']);
  });

  it('shows a theme a plan never touches, and reads tasks by their titles and sections', () => {
    const a = planWith('a.txt', '甲市', [indicator({ name: '地理标志商标数', canonicalName: null, unit: '件', value: 3 })], {
      sections: [section('s1', '加强知识产权保护')],
      tasks: [task('t1', 's1', '打击侵权', '开展专项行动。(牵头单位:市委宣传部)', ['市委宣传部']), task('t2', 's1', '其他', '推进商业秘密工作。')],
    });
    const b = planWith('b.txt', '乙市', []);
    const c = compareThemes([a, b]);
    const cell = (theme: string, d: string) => c.rows.find((r) => r.theme === theme)!.cells[d];
    expect(cell('保护', 'd1').tasks).toEqual(['t1', 't2']);
    expect(cell('商业秘密', 'd1')).toMatchObject({ tasks: [], mentions: ['t2'] });
    // 市委宣传部 is the responsible body, not the theme 宣传
    expect(untouched(cell('文化/宣传', 'd1'))).toBe(true);
    expect(cell('地理标志', 'd1').indicators).toHaveLength(1);
    expect(cell('商标/品牌', 'd1').indicators).toHaveLength(1);
    expect(untouched(cell('保护', 'd2'))).toBe(true);
    const v = themesView(c, 'table');
    expect(v.rows.find((r) => r.theme === '保护')!.d2).toBe('—');
    expect(v.rows.find((r) => r.theme === '保护')!.d1).toBe('T2 I0');
    expect(v.rows.find((r) => r.theme === '商业秘密')!.d1).toBe('T0 I0 (+1)');
  });

  it('gives an indicator the theme of its longest keyword', () => {
    expect(themeOf('地理标志商标数')).toBe('地理标志');
    expect(themeOf('知识产权质押融资金额')).toBe('金融/质押融资');
    expect(themeOf('每万人口高价值发明专利拥有量')).toBe('创造');
    expect(themeOf('某某')).toBeNull();
  });

  it('ranks a plan\'s own category words with the theme they name', () => {
    expect(themeRank('创造')).toBe(0);
    expect(themeRank('知识产权保护')).toBe(themeRank('保护'));
    expect(themeRank('质押')).toBe(themeRank('金融/质押融资'));
    expect(themeRank('其他')).toBeGreaterThan(themeRank('新领域新业态'));
    expect(themeRank(null)).toBeGreaterThan(themeRank('其他'));
  });
});

describe('compare --by tasks', () => {
  it('finds for each 泰安 task the most similar tasks of the others, with scores over the threshold', () => {
    const base = samplePaths.findIndex((p) => p.includes('004_'));
    const c = compareTasks(docs, tok, { base, top: 2 });
    expect(c.base).toBe('d5');
    expect(c.rows).toHaveLength(docs[base].tasks.length);
    const judicial = c.rows.find((r) => r.task.title === '加大知识产权司法保护力度')!;
    expect(judicial.matches[docId(c, '002_')][0].title).toBe('规范知识产权司法保护');
    const talent = c.rows.find((r) => r.task.title === '加强知识产权人才队伍建设')!;
    expect(talent.matches[docId(c, '003_')][0].title).toBe('强力推进知识产权人才队伍建设');
    for (const r of c.rows) {
      expect(Object.keys(r.matches)).not.toContain('d5');
      for (const ms of Object.values(r.matches)) {
        expect(ms.length).toBeLessThanOrEqual(2);
        expect(ms.every((m) => m.score >= c.threshold && m.score <= 1)).toBe(true);
        expect(ms.map((m) => m.score)).toEqual([...ms.map((m) => m.score)].sort((x, y) => y - x));
      }
    }
  });

  it('scores identical tasks 1 and unrelated ones 0 (hand-written)', () => {
    const a = planWith('a.txt', '甲市', [], { tasks: [task('t1', 's1', '质押 融资', '质押 融资 银行'), task('t2', 's1', '人才 培训', '人才 培训')] });
    const b = planWith('b.txt', '乙市', [], { tasks: [task('t1', 's1', '质押 融资', '质押 融资 银行'), task('t2', 's1', '地理 标志', '地理 标志')] });
    const c = compareTasks([a, b], spaceTokenizer, { threshold: 0 });
    expect(c.rows[0].matches.d2[0]).toMatchObject({ id: 't1', score: 1 });
    expect(c.rows[1].matches.d2.every((m) => m.score === 0)).toBe(true);
    expect(compareTasks([a, b], spaceTokenizer).rows[1].matches.d2).toEqual([]);
  });
});

describe('compare --by units', () => {
  it('sorts the bodies that lead the work into kinds, per plan', () => {
    const c = compareUnits(docs);
    const regulator = c.rows.find((r) => r.kind === '知识产权/市场监管')!;
    const taian = regulator.cells[docId(c, '004_')];
    expect(taian.units).toContain('市市场监督管理局');
    expect(taian.lead.length).toBe(16);
    expect(taian.leadShare).toBeCloseTo(16 / 18, 3);
    const science = c.rows.find((r) => r.kind === '科技')!;
    expect(science.cells[docId(c, '003_')].lead.length).toBe(22);
    // plans that name no responsible units: empty cells, no led tasks
    expect(c.ledTasks[docId(c, '000_')]).toBe(0);
    for (const r of c.rows) expect(r.cells[docId(c, '000_')].units).toEqual([]);
  });

  it('says which types of body lead the work in each plan: party departments, government departments, lower governments …', () => {
    const c = compareUnits(docs);
    const cell = (type: string, prefix: string) => c.types.find((r) => r.kind === type)?.cells[docId(c, prefix)];
    // 武汉: the party committee's departments lead two tasks, the development zones and districts lead six
    expect(cell('党委部门', '003_')!.units).toContain('市委组织部');
    expect(cell('党委部门', '003_')!.lead.length).toBe(2);
    expect(cell('地方政府', '003_')!.units).toContain('各区人民政府');
    expect(cell('地方政府', '003_')!.lead.length).toBe(6);
    // 泰安: courts and vertical offices (海关, 银保监分局) lead tasks beside the government departments
    expect(cell('审判检察机关', '004_')!.lead.length).toBe(4);
    expect(cell('垂直管理机构', '004_')!.units).toEqual(['泰安银保监分局', '泰安海关']);
    expect(cell('政府部门', '004_')!.lead.length).toBe(17);
  });

  it('reads the kind from the canonical name or an alias, 其他 when none fits', () => {
    expect(unitKind({ name: '市中级人民法院', aliases: [] })).toBe('司法/执法');
    expect(unitKind({ name: '泰安市知识产权工作领导小组各成员单位', aliases: [] })).toBe('协调机构');
    expect(unitKind({ name: '市某某中心', aliases: ['市知识产权局'] })).toBe('知识产权/市场监管');
    expect(unitKind({ name: '市气象台', aliases: [] })).toBe('其他');
  });
});
