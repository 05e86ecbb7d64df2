/**
 * Every quantitative target of each sample, written by reading the samples in full (fixtures/txt):
 * its indicator table rows, the targets of its goals part, and the targets inside its tasks. The
 * extractor must reproduce each list exactly, in document order; the .docx and .html versions of the
 * samples must give the same lists (lines differ).
 *
 * Row: [source, line, name, unit, target value, comparator, hedge, target year, baseline [year, value],
 *       milestones [[year, value]…], attribute]
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePlan, type Indicator, type PlanDocument } from '../src/index.js';
import { PlanDocument as PlanSchema } from '../src/schema/plan.js';

type Expected = [
  Indicator['source'],
  number,
  string,
  string | null,
  number | [number, number] | null,
  Indicator['target']['comparator'],
  '力争' | null,
  number | null,
  [number, number | null] | null,
  [number, number | [number, number] | null][],
  Indicator['attribute'],
];

// prettier-ignore
const EXPECTED: Record<string, Expected[]> = {
  '000_15d9cfafcb8c96c1.txt': [
    ['goals', 26, '专利授权量年均增长', "%", 10, '>=', null, 2025, null, [], null],
    ['goals', 26, '万人发明专利拥有量', "件", 5, '>=', null, 2025, null, [], null],
    ['goals', 26, '地理标志商标', "件", 8, '=', null, 2025, null, [], null],
    ['goals', 27, '各类知识产权示范（优势）企业', "家", 200, '>=', null, 2025, null, [], null],
    ['goals', 27, '企业开展知识产权管理体系贯标认证', "家", 100, '>=', null, 2025, null, [], null],
    ['task', 33, '“专精特新”企业开展高价值专利技术引进工作', "家", 10, '=', null, null, null, [], null],
  ],
  '001_7331ced31a583862.txt': [
    ['goals', 49, '商标申请有效注册量年增长率', "%", 10, '=', null, 2025, null, [], null],
    ['goals', 49, '年均发明专利申请量', "件", 600, '=', null, 2025, null, [], null],
    ['goals', 49, '年均发明专利授权量', "件", 300, '=', null, 2025, null, [], null],
    ['goals', 49, '每万人有效发明专利', "件/万人", 3, '=', null, 2025, null, [], null],
    ['goals', 49, '产值50亿元以上的地理标志产业', "个", 3, '>=', null, 2025, null, [], null],
    ['goals', 49, '产值30亿元以上的地理标志产业', "个", [6,8], 'range', null, 2025, null, [], null],
    ['goals', 50, '新增国家知识产权强县工程示范县', "个", [1,2], 'range', null, 2025, null, [], null],
    ['goals', 50, '新增省知识产权建设强县', "个", [2,3], 'range', null, 2025, null, [], null],
    ['goals', 50, '新增地理标志保护示范县', "个", [1,2], 'range', null, 2025, null, [], null],
    ['goals', 51, '大中型工业企业和高新技术企业建立知识产权工作机制', "%", 70, '>=', null, 2025, null, [], null],
    ['goals', 51, '规模以上工业企业拥有发明专利的比例', "%", 100, '=', null, 2025, null, [], null],
    ['goals', 51, '企业专利转化实施率', "%", 45, '>=', null, 2025, null, [], null],
    ['goals', 51, '专利转让及许可合同备案数量', "件", 10, '=', null, 2025, null, [], null],
    ['goals', 51, '专利运营及质押融资额度', "亿元", 0.4, '=', null, 2025, null, [], null],
    ['goals', 51, '风险基金', "亿元", 0.6, '=', null, 2025, null, [], null],
    ['goals', 51, '专利密集型产业', "个", [3,5], 'range', null, 2025, null, [], null],
    ['goals', 52, '专利行政执法案件规定期限内结案率', "%", 100, '=', null, 2025, null, [], null],
    ['goals', 53, '综合性知识产权中介服务机构', "家", [3,5], 'range', null, 2025, null, [], null],
    ['goals', 53, '知识产权人才总量', "万人", 1.5, '≈', null, 2025, null, [], null],
    ['table', 63, '每万人口高质量发明专利拥有量', "件", 3, '=', null, 2025, [2020, 0.85], [], "预期性"],
    ['table', 67, 'PCT国际专利申请量', "件", 35, '=', null, 2025, [2020, 22], [], "预期性"],
    ['table', 73, '知识产权保护社会满意度', "分", 85, '=', null, 2025, [2020, 80.86], [], "预期性"],
    ['table', 77, '知识产权民事一审案件服判息诉率', "%", 85, '>=', null, 2025, null, [], "预期性"],
    ['table', 83, '知识产权(专利)密集型产业增加值占CDP的比重', "%", 2, '=', null, 2025, [2020, 1.1], [], "预期性"],
    ['table', 87, '年度知识产权质押融资金额', "亿元", 1.5, '=', null, 2025, [2020, 0.35], [], "预期性"],
    ['task', 93, '知识产权调解及仲裁机构', "个", 10, '>=', null, null, null, [], null],
    ['task', 102, '产值50亿元以上的地理标志产业', "个", 3, '>=', null, null, null, [], null],
    ['task', 102, '产值30亿元以上的地理标志产业', "个", [6,8], 'range', null, null, null, [], null],
    ['task', 102, '地理标志使用率', "%", 95, '=', null, null, null, [], null],
    ['task', 110, '优势产品开展专利预警分析研究', "个", [2,3], 'range', null, null, null, [], null],
  ],
  '002_0da019a67ef299a4.txt': [
    ['goals', 31, '国家知识产权强国建设试点县、园区', "个", 2, '=', null, 2025, null, [], null],
    ['goals', 31, '省级知识产权试点示范单位', "个", 3, '>=', null, 2025, null, [], null],
    ['goals', 32, '申请PCT国际专利', "件", 40, '>=', null, 2025, null, [], null],
    ['goals', 32, '每万人发明专利拥有量', "件", 12, '=', null, 2025, null, [], null],
    ['goals', 32, '每万人高价值发明专利拥有量', "件", 2, '=', null, 2025, null, [], null],
    ['goals', 32, '地理标志产品和商标', "件", 20, '>=', null, 2025, null, [], null],
    ['goals', 32, '每万户拥有有效注册商标企业数', "户", 1100, '>=', null, 2025, null, [], null],
    ['goals', 32, '年度作品著作权登记量', "件", 1000, '=', "力争", 2025, null, [], null],
    ['goals', 33, '知识产权保护工作站', "家", 5, '=', null, 2025, null, [], null],
    ['goals', 33, '知识产权非诉纠纷解决机构', "个", 7, '=', null, 2025, null, [], null],
    ['goals', 34, '知识产权质押融资总额', "亿元", 40, '>', "力争", 2025, null, [], null],
    ['goals', 34, '知识产权贯标企业', "家", 80, '>', "力争", 2025, null, [], null],
    ['goals', 35, '知识产权服务集聚区', "个", [1,2], 'range', "力争", 2025, null, [], null],
    ['goals', 35, '服务机构', "家", 20, '>', "力争", 2025, null, [], null],
    ['goals', 35, '从业人员', "人", 500, '>', "力争", 2025, null, [], null],
    ['goals', 35, '业务收入', "亿元", 3, '=', "力争", 2025, null, [], null],
    ['goals', 36, '培训各类人员', "人次", 5000, '>=', null, 2025, null, [], null],
    ['goals', 36, '重点产业企业高级管理人员', "人次", 1000, '>', null, 2025, null, [], null],
    ['goals', 36, '骨干型知识产权人才', "名", 100, '=', null, 2025, null, [], null],
    ['goals', 36, '专利代理师', "名", 20, '=', null, 2025, null, [], null],
    ['table', 53, '每万人高价值发明专利拥有量', "件", 2, '=', null, 2025, [2021, 1], [[2023, 1.5]], "预期性"],
    ['table', 60, '知识产权质押融资登记金额', "亿元", 10, '=', null, 2025, [2021, 6.3], [[2023, 8]], "预期性"],
    ['table', 67, '知识产权使用费年进出口额', "亿元", 2, '=', null, 2025, null, [[2023, 1]], "预期性"],
    ['table', 74, '专利密集型产业增加值占GDP比重', "%", 12.2, '=', null, 2025, [2021, 5.6], [[2023, 8.5]], "预期性"],
    ['table', 81, '版权产业增加值占GDP比重', "%", 5.12, '=', null, 2025, [2021, 1.12], [[2023, 2]], "预期性"],
    ['table', 88, '知识产权保护社会满意度', "分", 82, '=', null, 2025, null, [[2023, 75]], "预期性"],
    ['table', 95, '知识产权民事一审案件服判息诉率', "%", 84, '=', null, 2025, [2021, 80.05], [[2023, 82]], "预期性"],
    ['table', 102, '知识产权优势和示范企业数量', "家", 25, '=', null, 2025, [2021, 11], [[2023, 15]], "预期性"],
    ['table', 109, '新增年度贯标企业数', "家", 25, '=', null, 2025, [2021, 12], [[2023, 18]], "预期性"],
    ['table', 116, '省级知识产权信息公共服务网点', "家", 5, '=', null, 2025, [2021, 1], [[2023, 2]], "预期性"],
    ['task', 131, '高价值专利培育中心', "个", 5, '=', null, null, null, [], null],
    ['task', 131, '新增授权发明专利', "件", 2000, '>=', null, null, null, [], null],
    ['task', 131, 'PCT国际专利申请', "件", 40, '>=', null, null, null, [], null],
    ['task', 133, '年申请专利', "件", 2000, '>=', "力争", null, null, [], null],
    ['task', 133, '年发明专利授权量', "件", 300, '>=', null, null, null, [], null],
    ['task', 133, '知识产权管理机构的企业', "家", 200, '>', null, null, null, [], null],
    ['task', 133, '高新技术企业、规上工业企业、专精特新企业注册商标', "%", 100, '=', null, null, null, [], null],
    ['task', 133, '贯标企业', "家", 80, '>=', null, null, null, [], null],
    ['task', 133, '知识产权优势和示范企业数量', "家", 30, '>', null, null, null, [], null],
    ['task', 133, '商业秘密保护示范基地（站、点）', "个", 20, '=', null, null, null, [], null],
    ['task', 135, '综合性状好、市场认知度高、具有自主知识产权的主要农作物新品种', "个", [10,12], 'range', "力争", null, null, [], null],
    ['task', 135, '非主要农作物新品种', "个", [13,15], 'range', "力争", null, null, [], null],
    ['task', 139, '知识产权侵权纠纷调解成功率', "%", 75, '>=', null, null, null, [], null],
    ['task', 139, '参与侵权纠纷案件率', "%", 80, '>=', null, null, null, [], null],
    ['task', 139, '知识产权专员', "名", 500, '>=', null, null, null, [], null],
    ['task', 140, '省版权示范单位', "个", [1,2], 'range', "力争", null, null, [], null],
    ['task', 140, '示范园区', "个", [1,2], 'range', "力争", null, null, [], null],
    ['task', 140, '软件正版化示范单位', "个", [3,5], 'range', "力争", null, null, [], null],
    ['task', 142, '市级专利技术成果转移转化中心', "家", 1, '=', null, null, null, [], null],
    ['task', 142, '县（区）技术成果转移转化中心', "个", 5, '=', null, null, null, [], null],
    ['task', 142, '省级知识产权示范优势园区', "个", 3, '=', null, null, null, [], null],
    ['task', 142, '省级地理标志产品保护示范区', "个", [1,2], 'range', null, null, null, [], null],
    ['task', 143, '省级以上知识产权示范优势企业', "家", 25, '=', "力争", null, null, [], null],
    ['task', 143, '产业规划类专利导航项目', "个", 2, '>=', null, null, null, [], null],
    ['task', 143, '企业运营类专利导航项目', "个", 3, '>=', null, null, null, [], null],
    ['task', 143, '较高质量的产业专利分析和预警报告', "个", [1,2], 'range', null, null, null, [], null],
    ['task', 144, '融资总额', "亿元", 40, '>', "力争", null, null, [], null],
    ['task', 145, '地理标志保护产品', "个", 3, '=', null, null, null, [], null],
    ['task', 145, '地理标志商标', "件", 3, '=', null, null, null, [], null],
    ['task', 145, '相对长期、稳定的“标准化、集约化、规模化、机械化”的各类作物种子生产基地', "万亩", 35, '=', "力争", 2025, null, [], null],
    ['task', 145, '省级以上“育繁推”一体化农作物种子骨干企业', "家", [1,2], 'range', null, 2025, null, [], null],
    ['task', 145, '种业企业年营业收入', "亿元", 20, '>=', "力争", 2025, null, [], null],
    ['task', 148, '省级知识产权信息公共服务网点', "家", 5, '=', null, null, null, [], null],
    ['task', 148, '“线上+线下”知识产权工作服务指导站', "个", 20, '=', null, null, null, [], null],
    ['task', 149, '人数超100人大型知识产权服务机构', "家", [2,3], 'range', "力争", null, null, [], null],
    ['task', 152, '省级中小学知识产权教育试点示范学校', "所", 5, '=', null, null, null, [], null],
    ['task', 152, '市级中小学知识产权教育示范学校', "所", 10, '=', null, null, null, [], null],
    ['task', 153, '高级知识产权师', "名", 20, '=', "力争", null, null, [], null],
    ['task', 153, '知识产权专职律师', "名", 10, '=', "力争", null, null, [], null],
    ['task', 153, '知识产权专员队伍规模', "人", 500, '=', null, null, null, [], null],
  ],
  '003_8f351ce4ef5c39ac.txt': [
    ['goals', 25, '发明专利申请量', "件", 32000, '=', "力争", 2020, null, [], null],
    ['goals', 25, '发明专利授权量', "件", 12000, '=', "力争", 2020, null, [], null],
    ['goals', 25, 'PCT国际专利申请量', "件", 1000, '=', "力争", 2020, null, [], null],
    ['goals', 25, '每万人口发明专利拥有量', "件", 30, '=', "力争", 2020, null, [], null],
    ['goals', 25, '版权登记量', "件", 25000, '=', "力争", 2020, null, [], null],
    ['goals', 25, '商标注册申请量', "件", 50000, '=', "力争", 2020, null, [], null],
    ['goals', 25, '有效注册商标', "件", 140000, '=', "力争", 2020, null, [], null],
    ['goals', 25, '中国驰名商标', "件", 110, '=', "力争", 2020, null, [], null],
    ['goals', 29, '专利技术合同成交金额', "亿元", 40, '=', "力争", 2020, null, [], null],
    ['goals', 29, '知识产权质押融资额', "亿元", 20, '=', "力争", 2020, null, [], null],
    ['goals', 29, '专利保险投保金额', "万元", 1000, '=', "力争", 2020, null, [], null],
    ['goals', 29, '知识产权运营基金规模', "亿元", 3, '=', "力争", 2020, null, [], null],
    ['goals', 31, '处理知识产权侵权纠纷案件按期结案率', "%", 98, '>=', "力争", 2020, null, [], null],
    ['goals', 31, '查处假冒专利案件按期结案率', "%", 98, '>=', "力争", 2020, null, [], null],
    ['goals', 33, '《企业知识产权管理规范》贯标达标企业', "个", 30, '>', "力争", 2020, null, [], null],
    ['goals', 33, '国家知识产权示范企业', "个", 15, '>', "力争", 2020, null, [], null],
    ['goals', 35, '知识产权专项工作经费投入', "亿元", 3, '>', "力争", 2020, null, [], null],
    ['goals', 35, '知识产权服务品牌机构', "个", 5, '>', "力争", 2020, null, [], null],
    ['goals', 35, '中小学知识产权教育试点学校', "个", 10, '>', "力争", 2020, null, [], null],
    ['goals', 35, '知识产权高端人才', "名", 50, '>', "力争", 2020, null, [], null],
  ],
  '004_5d042cf0ad576120.txt': [
    ['goals', 16, '每万人口高价值发明专利', "件", 3.6, '=', null, 2025, null, [], null],
    ['goals', 16, '有效注册商标量', "万件", 9, '=', null, 2025, null, [], null],
  ],
};

/** Lines of each sample's background part (发展基础/规划背景…): figures there are results, never targets. */
const BACKGROUND_LINES: Record<string, [number, number]> = {
  '000_15d9cfafcb8c96c1.txt': [9, 16],
  '001_7331ced31a583862.txt': [24, 41],
  '002_0da019a67ef299a4.txt': [19, 25],
};

/** Canonical names the data file and the token similarity must give. */
const CANONICAL: Record<string, [string, string | null][]> = {
  '000_15d9cfafcb8c96c1.txt': [['万人发明专利拥有量', '每万人口发明专利拥有量'], ['地理标志商标', '地理标志商标数']],
  '001_7331ced31a583862.txt': [
    ['知识产权(专利)密集型产业增加值占CDP的比重', '专利密集型产业增加值占GDP比重'],
    ['年度知识产权质押融资金额', '知识产权质押融资金额'],
    ['每万人有效发明专利', '每万人口发明专利拥有量'],
    ['PCT国际专利申请量', 'PCT国际专利申请量'],
    // 高质量 is not 高价值 and not plain 发明专利: no canonical name rather than a wrong one
    ['每万人口高质量发明专利拥有量', null],
  ],
  '002_0da019a67ef299a4.txt': [
    ['每万人高价值发明专利拥有量', '每万人口高价值发明专利拥有量'],
    ['每万人发明专利拥有量', '每万人口发明专利拥有量'],
    ['知识产权质押融资登记金额', '知识产权质押融资金额'],
    ['知识产权质押融资总额', '知识产权质押融资金额'],
    ['申请PCT国际专利', 'PCT国际专利申请量'],
    ['专利密集型产业增加值占GDP比重', '专利密集型产业增加值占GDP比重'],
    ['年度作品著作权登记量', '作品著作权登记量'],
  ],
  '003_8f351ce4ef5c39ac.txt': [
    ['每万人口发明专利拥有量', '每万人口发明专利拥有量'],
    ['知识产权质押融资额', '知识产权质押融资金额'],
    ['版权登记量', '作品著作权登记量'],
    ['知识产权高端人才', null],
  ],
  // not in the synonym list: found by jieba-token similarity
  '004_5d042cf0ad576120.txt': [['每万人口高价值发明专利', '每万人口高价值发明专利拥有量']],
};

const files = Object.keys(EXPECTED);
const docs = new Map<string, { plan: PlanDocument; lines: string[] }>();

beforeAll(async () => {
  for (const f of files) {
    const a = await analyzePlan(`fixtures/txt/${f}`);
    docs.set(f, { plan: a.plan, lines: a.segmented.ingest.lines });
  }
});

function row(i: Indicator): Expected {
  return [
    i.source,
    i.line,
    i.name,
    i.unit,
    i.target.value,
    i.target.comparator,
    i.target.hedge,
    i.target.year,
    i.baseline ? [i.baseline.year!, i.baseline.value as number | null] : null,
    i.milestones.map((m) => [m.year!, m.value]),
    i.attribute,
  ];
}

describe.each(files)('%s', (file) => {
  it('table rows and goals-part targets, all of them, in document order', () => {
    const { plan } = docs.get(file)!;
    const got = plan.indicators.filter((i) => i.source !== 'task').map(row);
    expect(got).toEqual(EXPECTED[file].filter((e) => e[0] !== 'task'));
  });

  it('task-level targets', () => {
    const { plan } = docs.get(file)!;
    expect(plan.indicators.filter((i) => i.source === 'task').map(row)).toEqual(EXPECTED[file].filter((e) => e[0] === 'task'));
  });

  it('ids i1…, schema-valid, a section for each', () => {
    const { plan } = docs.get(file)!;
    expect(plan.indicators.map((i) => i.id)).toEqual(plan.indicators.map((_, n) => `i${n + 1}`));
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    for (const i of plan.indicators) expect(i.sectionId).toMatch(/^s\d/);
  });

  it('quotes are exact source text on the line given, holding the value as written', () => {
    const { plan, lines } = docs.get(file)!;
    for (const i of plan.indicators) {
      const line = lines[i.line - 1].replace(/\s+/g, '');
      if (i.source === 'table') {
        expect(line).toContain(i.name.slice(0, 6).replace(/\s+/g, ''));
      } else {
        expect(lines.join('')).toContain(i.quote);
        expect(i.quote).toContain(i.target.raw);
        expect(line).toContain(i.quote.replace(/\s+/g, '').slice(0, 8));
      }
    }
  });

  it('no past figure appears as a target', () => {
    const { plan } = docs.get(file)!;
    const range = BACKGROUND_LINES[file];
    if (range) for (const i of plan.indicators) expect(i.line < range[0] || i.line > range[1]).toBe(true);
  });

  it('canonical names', () => {
    const { plan } = docs.get(file)!;
    for (const [name, canonical] of CANONICAL[file] ?? []) {
      const found = plan.indicators.find((i) => i.name === name);
      expect(found, name).toBeDefined();
      expect([name, found!.canonicalName]).toEqual([name, canonical]);
    }
  });
});

describe('normalized values', () => {
  it('亿元 → 元, 万人 → 人, 万件 → 件; % stays %', () => {
    const find = (file: string, name: string) => docs.get(file)!.plan.indicators.find((i) => i.name === name)!;
    expect(find('001_7331ced31a583862.txt', '年度知识产权质押融资金额').target.normalized).toEqual({ value: 150000000, unit: '元' });
    expect(find('001_7331ced31a583862.txt', '年度知识产权质押融资金额').baseline!.normalized).toEqual({ value: 35000000, unit: '元' });
    expect(find('001_7331ced31a583862.txt', '知识产权人才总量').target.normalized).toEqual({ value: 15000, unit: '人' });
    expect(find('004_5d042cf0ad576120.txt', '有效注册商标量').target.normalized).toEqual({ value: 90000, unit: '件' });
    expect(find('002_0da019a67ef299a4.txt', '专利密集型产业增加值占GDP比重').target.normalized).toEqual({ value: 12.2, unit: '%' });
  });

  it('categories and notes of table rows', () => {
    const sy = docs.get('001_7331ced31a583862.txt')!.plan.indicators.filter((i) => i.source === 'table');
    expect(sy.map((i) => i.category)).toEqual(['创造', '创造', '保护', '保护', '运用', '运用']);
    const sz = docs.get('002_0da019a67ef299a4.txt')!.plan.indicators.filter((i) => i.note);
    expect(sz.map((i) => [i.name, i.note!.slice(0, 16)])).toEqual([
      ['每万人高价值发明专利拥有量', '“每万人口高价值发明专利拥有量”'],
      ['知识产权质押融资登记金额', '“知识产权质押融资登记金额”是指'],
    ]);
  });
});

describe.each(['docx', 'html'])('the .%s samples give the same indicators as the .txt', (format) => {
  it.each(files)('%s', async (file) => {
    const other = (await analyzePlan(`fixtures/${format}/${file.replace(/\.txt$/, `.${format}`)}`)).plan;
    const strip = (i: Indicator) => {
      const [source, , ...rest] = row(i);
      return [i.id, source, ...rest, i.canonicalName, i.category ?? null, i.note ?? null];
    };
    expect(other.indicators.map(strip)).toEqual(docs.get(file)!.plan.indicators.map(strip));
  });
});
