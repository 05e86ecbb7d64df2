import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan, type PlanDocument, type Section } from '../src/index.js';

/**
 * Expected tasks of each sample, written by reading the samples: number, title, the title of the section
 * (group) holding the task, and for 武汉 and 泰安 the units exactly as written.
 */

type Expected = [number: string, title: string, section: string];
type ExpectedUnits = [number: string, title: string, lead: string[], support: string[]];

const SAMPLES = {
  daye: 'fixtures/txt/000_15d9cfafcb8c96c1.txt',
  shaoyang: 'fixtures/txt/001_7331ced31a583862.txt',
  suzhou: 'fixtures/txt/002_0da019a67ef299a4.txt',
  wuhan: 'fixtures/txt/003_8f351ce4ef5c39ac.txt',
  taian: 'fixtures/txt/004_5d042cf0ad576120.txt',
};

const docs: Record<string, PlanDocument> = {};
beforeAll(async () => {
  for (const [k, p] of Object.entries(SAMPLES)) docs[k] = await parsePlan(p);
});

function sectionTitles(doc: PlanDocument): Map<string, string> {
  const m = new Map<string, string>();
  const walk = (ss: Section[]) => ss.forEach((s) => (m.set(s.id, s.title), walk(s.children)));
  walk(doc.sections);
  return m;
}

const summary = (doc: PlanDocument): Expected[] => {
  const titles = sectionTitles(doc);
  return doc.tasks.map((t) => [t.number, t.title, titles.get(t.sectionId) ?? `?${t.sectionId}`]);
};

/** What every sample must satisfy whatever its tasks: ids t1…, document order, text starting with the title. */
function checkShape(doc: PlanDocument): void {
  doc.tasks.forEach((t, i) => {
    expect(t.id).toBe(`t${i + 1}`);
    if (i > 0) expect(t.line).toBeGreaterThan(doc.tasks[i - 1].line);
    expect(t.text.startsWith(t.title), `${t.id} text starts with its title`).toBe(true);
  });
}

const WUHAN: ExpectedUnits[] = [
  ['1', '积极探索知识产权综合管理改革', ['武汉东湖新技术开发区管委会', '武汉经济技术开发区管委会〈汉南区人民政府〉'], ['市编办', '市科技局', '市工商局', '市文化局']],
  ['2', '积极推进知识产权强区建设', ['各区人民政府〈含开发区管委会,下同〉'], ['市科技局']],
  ['3', '深入推进重大科技经济活动知识产权评议工作', ['市科技局', '市发展改革委', '市经济和信息化委', '市网信办'], ['各区人民政府']],
  ['4', '全面加强企业知识产权管理工作', ['市科技局', '市工商局', '市文化局'], ['市经济和信息化委', '市质监局']],
  ['1', '强化知识产权行政执法体系建设', ['市科技局', '市工商局', '市文化局'], ['市编办', '市网信办', '市经济和信息化委', '市发展改革委', '武汉东湖新技术开发区管委会']],
  ['2', '强力推进重点领域和产业的知识产权保护', ['市科技局', '市工商局', '市文化局'], ['市商务局', '市经济和信息化委', '市网信办']],
  ['3', '深入推进知识产权行政执法与司法保护有机衔接', ['市科技局'], ['市中级人民法院', '市人民检察院', '市工商局', '市文化局', '武汉东湖新技术开发区管委会', '武汉经济技术开发区管委会']],
  ['4', '加快知识产权保护信用体系建设', ['市科技局'], ['市中级人民法院', '市工商局', '市文化局']],
  ['5', '加强新形势下知识产权保护事中事后监管和社会监督', ['市科技局'], ['市工商局', '市文化局', '市商务局', '市人民政府法制办']],
  ['6', '建立多渠道知识产权纠纷解决体系', ['市科技局', '市工商局', '市文化局'], ['市中级人民法院', '武汉仲裁委办']],
  ['7', '创新知识产权维权服务机制', ['市科技局'], ['市工商局', '市文化局', '市商务局', '市外办', '武汉海关']],
  ['1', '深入推进高校院所知识产权转移转化体系建设', ['市科技局'], ['市教育局']],
  ['2', '大力推进高校院所职务知识产权收益分配机制改革', ['市科技局'], ['市教育局', '市人力资源社会保障局']],
  ['3', '大力推进国家知识产权运营中心建设', ['武汉东湖新技术开发区管委会'], ['市科技局']],
  ['4', '积极推进知识产权运营服务体系试点', ['市科技局'], ['市财政局', '市金融工作局']],
  ['5', '深入推进知识产权金融创新', ['市科技局'], ['市金融工作局', '市工商局', '市文化局']],
  ['6', '深化知识产权质押融资市场体系建设', ['市科技局'], ['市金融工作局', '市工商局', '市文化局']],
  ['7', '深入推进知识产权信息利用', ['市科技局'], ['市工商局', '市文化局', '市质监局', '市网信办']],
  ['8', '完善知识产权交易市场体系', ['武汉东湖新技术开发区管委会'], ['市金融工作局', '市科技局']],
  ['1', '全力推进培育知识产权示范、优势企业建设工程', ['市科技局'], ['市经济和信息化委', '市发展改革委', '市工商局', '市文化局']],
  ['2', '积极推进产学研知识产权协同创新', ['市科技局'], ['市发展改革委', '市经济和信息化委', '市农委', '市网信办']],
  ['3', '聚焦战略性新兴产业培育知识产权密集型产业', ['市科技局'], ['市发展改革委', '市经济和信息化委', '市农委', '市网信办', '市科协']],
  ['4', '提高企事业单位知识产权管理水平', ['市科技局'], ['市质监局', '市工商局', '市文化局']],
  ['5', '深入推进标准与知识产权有机融合', ['市质监局'], ['市科技局', '市发展改革委', '市经济和信息化委', '市网信办']],
  ['6', '深入推进国家知识产权服务业集聚试验区建设', ['武汉东湖新技术开发区管委会'], ['市科技局']],
  ['7', '打造知识产权特色园区', ['市科技局'], ['各区人民政府']],
  ['8', '深化专利导航促进产业创新服务', ['武汉东湖新技术开发区管委会'], ['市科技局', '市经济和信息化委', '市发展改革委', '市网信办']],
  ['1', '大力构建知识产权政策体系', ['市科技局'], ['市委组织部(市招才局)', '市人民政府法制办', '市工商局', '市文化局', '市教育局', '市人力资源社会保障局']],
  ['2', '积极构建知识产权多元化投入体系', ['市科技局'], ['市财政局', '市工商局', '市文化局', '市金融工作局']],
  ['3', '深入推进知识产权文化建设', ['市委宣传部'], ['市科技局', '市工商局', '市文化局']],
  ['4', '大力推进知识产权培训', ['市人力资源社会保障局', '市教育局'], ['市科技局', '各区人民政府']],
  ['5', '大力推进知识产权国际合作', ['市外办'], ['市科技局', '市工商局', '市文化局']],
  ['6', '强力推进知识产权人才队伍建设', ['市人力资源社会保障局'], ['市委组织部(市招才局)', '市科技局', '武汉东湖新技术开发区管委会']],
];

const WUHAN_GROUPS = [...Array(4).fill('实施知识产权管理创新工程'), ...Array(7).fill('实施知识产权保护强化工程'), ...Array(8).fill('实施知识产权运用促进工程'), ...Array(8).fill('实施知识产权创造提升工程'), ...Array(6).fill('实施知识产权环境优化工程')];

const TAIAN: ExpectedUnits[] = [
  ['1', '强化知识产权政策导向', ['市市场监管局', '市文化和旅游局', '市林业局', '市农业农村局'], []],
  ['2', '推进重点领域知识产权创造', ['市市场监管局'], []],
  ['3', '加大知识产权优势培育', ['市市场监管局', '市文化和旅游局', '市林业局', '市农业农村局', '市科技局'], []],
  ['1', '健全知识产权保护机制', ['市市场监管局', '市文化和旅游局', '市林业局', '市农业农村局', '市商务局', '泰安银保监分局', '市中级人民法院', '市检察院', '市公安局'], []],
  ['2', '加大知识产权司法保护力度', ['市中级人民法院', '市检察院', '市公安局'], []],
  ['3', '开展知识产权专项行动', ['市市场监管局', '市文化和旅游局', '市林业局', '市农业农村局', '市公安局', '泰安海关'], []],
  ['4', '完善知识产权综合监管', ['市市场监管局', '市民营经济发展服务中心'], []],
  ['5', '加强知识产权纠纷调处', ['市市场监管局', '市公安局', '市司法局', '泰安仲裁办', '市中级人民法院'], []],
  ['1', '完善知识产权运营体系', ['市市场监管局', '市文化和旅游局', '市林业局', '市农业农村局', '市科技局'], []],
  ['2', '建立知识产权运营机制', ['市市场监管局', '市文化和旅游局', '泰安银保监分局'], []],
  ['3', '加强知识产权信息利用', ['市市场监管局'], []],
  ['4', '注重知识产权品牌培育', ['市市场监管局', '市农业农村局'], []],
  ['1', '支持知识产权服务业发展', ['市市场监管局', '市司法局', '市中级人民法院', '泰安银保监分局'], []],
  ['2', '健全知识产权公共服务体系', ['市市场监管局'], []],
  ['3', '加强知识产权人才队伍建设', ['市市场监管局', '市教育局'], []],
  ['1', '完善知识产权管理体制', ['市市场监管局', '市文化和旅游局', '市林业局', '市农业农村局'], []],
  ['2', '增强知识产权管理能力', ['市市场监管局', '市文化和旅游局', '市林业局', '市农业农村局'], []],
  ['3', '传播知识产权文化理念', ['泰安市知识产权工作领导小组各成员单位'], []],
];

const TAIAN_GROUPS = [...Array(3).fill('提高知识产权创造质量'), ...Array(5).fill('增强知识产权保护效能'), ...Array(4).fill('提升知识产权运用效益'), ...Array(3).fill('强化知识产权服务能力'), ...Array(3).fill('提升知识产权管理水平')];

const DAYE: Expected[] = [
  ['1', '多途径推进专利申请量质双提升', '大力实施知识产权高质量创造工程'],
  ['2', '大力支持专利导航与高价值专利培育', '大力实施知识产权高质量创造工程'],
  ['3', '引进“专精特新”技术助推高水平科技自立自强', '大力实施知识产权高质量创造工程'],
  ['1', '加强执法协作形成知识产权大保护', '全面加强知识产权高标准保护工程'],
  ['2', '提升企业知识产权保护意识与能力', '全面加强知识产权高标准保护工程'],
  ['1', '培育优质品牌形成大发展', '积极推动知识产权高效率运用工程'],
  ['2', '大力促进知识产权转化运用', '积极推动知识产权高效率运用工程'],
  ['3', '鼓励和引导知识产权金融创新', '积极推动知识产权高效率运用工程'],
  ['1', '优化顶层设计形成大格局', '不断优化知识产权高水平管理工程'],
  ['2', '加强部门联系形成大融合', '不断优化知识产权高水平管理工程'],
  ['3', '鼓励大冶湖国家高新区知识产权管理大创新', '不断优化知识产权高水平管理工程'],
  ['1', '加大对高端服务机构的引进力度', '着力推进知识产权高品质服务工程'],
  ['2', '形成知识产权全链条全领域的综合服务能力', '着力推进知识产权高品质服务工程'],
  ['3', '推进知识产权服务标准化工作', '着力推进知识产权高品质服务工程'],
  ['4', '提升知识产权公共服务信息化水平', '着力推进知识产权高品质服务工程'],
  ['', '加强知识产权信息基础设施和公共服务体系建设', '深入开展知识产权创新文化培育工程'],
  ['', '以“铜都英才”为引领，积极引入知识产权专业人才，加强与高等院校交流，建设本市知识产权专家库', '深入开展知识产权创新文化培育工程'],
];

const SUZHOU: Expected[] = [
  ['1', '优化知识产权管理机制', '构建知识产权工作新格局'],
  ['2', '完善知识产权政策体系', '构建知识产权工作新格局'],
  ['3', '推进知识产权区域合作', '构建知识产权工作新格局'],
  ['4', '实施高价值专利培育工程', '打造知识产权创造新引擎'],
  ['5', '实施版权创新发展工程', '打造知识产权创造新引擎'],
  ['6', '实施创新型企业引领工程', '打造知识产权创造新引擎'],
  ['7', '实施品牌企业提升工程', '打造知识产权创造新引擎'],
  ['8', '实施植物新品种振兴工程', '打造知识产权创造新引擎'],
  ['9', '强化知识产权行政保护', '开创知识产权严保护新局面'],
  ['10', '规范知识产权司法保护', '开创知识产权严保护新局面'],
  ['11', '构建知识产权协同保护', '开创知识产权严保护新局面'],
  ['12', '推进知识产权规范化保护', '开创知识产权严保护新局面'],
  ['13', '赋能制造强市', '拓展知识产权运用新路径'],
  ['14', '赋能产业发展', '拓展知识产权运用新路径'],
  ['15', '赋能普惠创新', '拓展知识产权运用新路径'],
  ['16', '赋能乡村振兴', '拓展知识产权运用新路径'],
  ['17', '建设知识产权数据库', '建设知识产权服务新支撑'],
  ['18', '建设公共服务平台', '建设知识产权服务新支撑'],
  ['19', '推动服务业市场化发展', '建设知识产权服务新支撑'],
  ['20', '积极营造知识产权氛围', '打造知识产权宣传新高地'],
  ['21', '加强知识产权宣传普及', '打造知识产权宣传新高地'],
  ['22', '创新知识产权人才培养', '打造知识产权宣传新高地'],
];
const SHAOYANG: Expected[] = [
  ['1', '积极推进知识产权综合执法', '全面加强知识产权保护'],
  ['2', '主动加强知识产权维权援助', '全面加强知识产权保护'],
  ['3', '踊跃强化知识产权保护模式', '全面加强知识产权保护'],
  ['1', '深入实施商标品牌战略', '促进知识产权运用转化'],
  ['2', '持续推进政产学研合作', '促进知识产权运用转化'],
  ['3', '不断强化知识产权运营', '促进知识产权运用转化'],
  ['4', '发挥知识产权引领作用', '促进知识产权运用转化'],
  ['1', '健全高质量创造激励政策', '提升知识产权创造质量'],
  ['2', '加强高价值专利布局培育', '提升知识产权创造质量'],
  ['3', '增强高实用专利海外布局', '提升知识产权创造质量'],
  ['1', '健全知识产权统筹协调机制', '健全知识产权管理体系'],
  ['2', '提升政府知识产权服务能力', '健全知识产权管理体系'],
  ['3', '增强社会知识产权服务力量', '健全知识产权管理体系'],
  ['4', '加强社会知识产权组织管理', '健全知识产权管理体系'],
  ['1', '建设知识产权人才体系', '夯实知识产权发展基础'],
  ['2', '营造知识产权文化氛围', '夯实知识产权发展基础'],
];

describe('tasks of the samples', () => {
  it('武汉: every task with exactly the lead and support units as written', () => {
    const doc = docs.wuhan;
    checkShape(doc);
    expect(doc.tasks.map((t) => [t.number, t.title, t.units.lead, t.units.support])).toEqual(WUHAN);
    expect(summary(doc).map((s) => s[2])).toEqual(WUHAN_GROUPS);
    expect(doc.tasks.every((t) => t.deadline === null)).toBe(true);
  });

  it('武汉: text cut by page breaks reads whole, the split unit name is rejoined', () => {
    const byTitle = new Map(docs.wuhan.tasks.map((t) => [t.title, t]));
    expect(byTitle.get('深入推进知识产权行政执法与司法保护有机衔接')!.text).toContain('畅通行政保护与司法保护工作对接渠道');
    expect(byTitle.get('深入推进知识产权信息利用')!.text).toContain('国家知识产权局专利信息武汉数据备份中心');
    const last = byTitle.get('强力推进知识产权人才队伍建设')!;
    expect(last.text.endsWith('(牵头单位:市人力资源社会保障局;配合单位:市委组织部(市招才局)、市科技局、武汉东湖新技术开发区管委会)')).toBe(true);
  });

  it('武汉: units merge their aliases and keep similar bodies apart', () => {
    const units = new Map(docs.wuhan.units.map((u) => [u.name, u]));
    const sci = units.get('市科学技术局')!;
    expect(sci.aliases).toEqual(['市科技局']);
    expect([sci.lead.length, sci.support.length]).toEqual([22, 11]);
    expect(units.get('各区人民政府')!.aliases).toEqual(['各区人民政府〈含开发区管委会,下同〉']);
    expect(units.get('各区人民政府')!.lead).toEqual(['t2']);
    expect(units.get('武汉经济技术开发区管委会')!.aliases).toEqual(['武汉经济技术开发区管委会〈汉南区人民政府〉']);
    expect(units.has('市文化局')).toBe(true);
    expect([...units.keys()].some((n) => n.includes('文化和旅游'))).toBe(false);
    // every name written in a task is found in exactly one unit
    const written = new Set(docs.wuhan.tasks.flatMap((t) => [...t.units.lead, ...t.units.support]));
    for (const w of written) expect(docs.wuhan.units.filter((u) => u.name === w || u.aliases.includes(w)), w).toHaveLength(1);
  });

  it('泰安: every task with its 责任单位', () => {
    const doc = docs.taian;
    checkShape(doc);
    expect(doc.tasks.map((t) => [t.number, t.title, t.units.lead, t.units.support])).toEqual(TAIAN);
    expect(summary(doc).map((s) => s[2])).toEqual(TAIAN_GROUPS);
    const market = doc.units.find((u) => u.name === '市市场监督管理局')!;
    expect(market.aliases).toEqual(['市市场监管局']);
    expect(market.lead).toHaveLength(16);
  });

  it('大冶: numbered tasks two levels deep, unnumbered paragraphs of （六） titled by their first sentence, no units', () => {
    const doc = docs.daye;
    checkShape(doc);
    expect(summary(doc)).toEqual(DAYE);
    expect(doc.tasks.every((t) => t.units.lead.length + t.units.support.length === 0)).toBe(true);
    expect(doc.units).toEqual([]);
  });

  it('宿州: tasks numbered 1–22 continuously across six groups, no units', () => {
    const doc = docs.suzhou;
    checkShape(doc);
    expect(summary(doc)).toEqual(SUZHOU);
    expect(doc.units).toEqual([]);
  });

  it('邵阳: numbered tasks under the groups recovered from the 目录, no units', () => {
    const doc = docs.shaoyang;
    checkShape(doc);
    expect(summary(doc)).toEqual(SHAOYANG);
    expect(doc.units).toEqual([]);
  });

  it('each task lists the task-sourced indicators written in its text, and only those', () => {
    const doc = docs.suzhou;
    const fromTasks = doc.indicators.filter((i) => i.source === 'task');
    expect(fromTasks.length).toBeGreaterThan(0);
    // 4．实施高价值专利培育工程 (line 131): 5个培育中心, 不低于2000件, 不低于40件
    const t4 = doc.tasks.find((t) => t.number === '4')!;
    expect(t4.indicatorIds).toEqual(fromTasks.filter((i) => i.line === 131).map((i) => i.id));
    expect(t4.indicatorIds!.length).toBeGreaterThanOrEqual(3);
    for (const d of Object.values(docs)) {
      const owners = new Map<string, string[]>();
      for (const t of d.tasks) for (const id of t.indicatorIds ?? []) owners.set(id, [...(owners.get(id) ?? []), t.id]);
      for (const [id, ts] of owners) expect(ts, `${d.source.path} ${id}`).toHaveLength(1);
      for (const id of owners.keys()) expect(d.indicators.find((i) => i.id === id)?.source).toBe('task');
    }
  });

  it('goals, principles and background items are never tasks', () => {
    const titles = Object.values(docs).flatMap((d) => d.tasks.map((t) => t.title));
    for (const notTask of ['坚持量质提升', '创造方面', '知识产权管理体制不断创新', '要强化知识产权创造', '加强组织领导', '知识产权创造有效支撑产业创新能力提升']) {
      expect(titles).not.toContain(notTask);
    }
  });
});
