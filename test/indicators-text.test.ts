/** Hand-written cases for every sentence pattern of issue 3, including ones no sample has. */
import { describe, expect, it } from 'vitest';
import { extractTextTargets, cleanName, maskQuotes } from '../src/extract/indicators/sentences.js';
import { findValueMentions, parseCellValue } from '../src/extract/indicators/values.js';
import { findYears, fiveYearPlanPeriod } from '../src/extract/indicators/years.js';

const ctx: { inheritedYear: number | null; horizon: number | null } = { inheritedYear: null, horizon: 2025 };
const run = (text: string, c: { inheritedYear: number | null; horizon: number | null } = ctx) => extractTextTargets(text, c).targets;
const brief = (text: string, c = ctx) =>
  run(text, c).map((t) => ({ name: t.name, value: t.value, unit: t.unit, comparator: t.comparator, hedge: t.hedge, year: t.year }));

describe('value mentions', () => {
  it('reads comparators before and after the number', () => {
    const cases: [string, number | [number, number], string, string][] = [
      ['不低于5件', 5, '件', '>='],
      ['10%以上', 10, '%', '>='],
      ['不少于100家', 100, '家', '>='],
      ['至少3个', 3, '个', '>='],
      ['超过80家', 80, '家', '>'],
      ['突破40亿元', 40, '亿元', '>'],
      ['不超过30天', 30, '天', '<='],
      ['5个工作日以内', 5, '个工作日', '<='],
      ['20%以下', 20, '%', '<='],
      ['1.5万人左右', 1.5, '万人', '≈'],
      ['约3亿元', 3, '亿元', '≈'],
      ['≥5家', 5, '家', '>='],
      ['6-8个', [6, 8], '个', 'range'],
      ['1—2个', [1, 2], '个', 'range'],
      ['10－12个', [10, 12], '个', 'range'],
      ['3至5家', [3, 5], '家', 'range'],
      ['两到三个', [2, 3], '个', 'range'],
      ['32,000件', 32000, '件', '='],
      ['3件/万人', 3, '件/万人', '='],
      ['0.5个百分点', 0.5, '个百分点', '='],
      ['40 亿元', 40, '亿元', '='],
    ];
    for (const [text, value, unit, comparator] of cases) {
      const [m] = findValueMentions(text, { requireUnit: true });
      expect({ text, value: m?.value, unit: m?.unit, comparator: m?.comparator }).toEqual({ text, value, unit, comparator });
    }
  });

  it('reads Chinese numerals, but not articles, ordinals or plan names', () => {
    expect(findValueMentions('培育两家企业', { requireUnit: true })[0]).toMatchObject({ value: 2, unit: '家', chinese: true });
    expect(findValueMentions('新建十二个工作站', { requireUnit: true })[0]).toMatchObject({ value: 12, unit: '个' });
    expect(findValueMentions('建设一个平台、形成一批企业、第三个任务', { requireUnit: true })).toEqual([]);
    expect(findValueMentions('十四五时期', { requireUnit: true })).toEqual([]);
  });

  it('needs a unit in running text (codes, phone numbers, list labels are no values)', () => {
    expect(findValueMentions('依托12330、12315、12390等平台', { requireUnit: true })).toEqual([]);
    expect(findValueMentions('规划期为2021-2025年', { requireUnit: true })).toEqual([]);
  });

  it('marks a value that qualifies a noun', () => {
    const ms = findValueMentions('培育3个以上产值50亿元以上的产业', { requireUnit: true });
    expect(ms.map((m) => m.modifier)).toEqual([false, true]);
  });

  it('does not read 分别 as the unit 分', () => {
    expect(findValueMentions('30件分别', { requireUnit: true })[0]).toMatchObject({ value: 30, unit: '件' });
  });
});

describe('table cells', () => {
  it.each([
    ['85%以上', { value: 85, unit: '%', comparator: '>=' }],
    ['/', { value: null, unit: null }],
    ['—', { value: null, unit: null }],
    ['', { value: null, unit: null }],
    ['1-2', { value: [1, 2], comparator: 'range' }],
    ['≥5', { value: 5, comparator: '>=' }],
    ['0.85', { value: 0.85, comparator: '=' }],
    ['1.5万', { value: 1.5, unit: '万' }],
    ['约 3', { value: 3, comparator: '≈' }],
    ['不低于90', { value: 90, comparator: '>=' }],
  ])('%s', (text, expected) => expect(parseCellValue(text)).toMatchObject(expected));

  it('keeps text that is not a value as written', () => {
    expect(parseCellValue('持续提升')).toMatchObject({ value: null, unparsed: true, raw: '持续提升' });
  });
});

describe('years', () => {
  it('five-year plans', () => {
    expect(fiveYearPlanPeriod(13)).toEqual({ start: 2016, end: 2020 });
    expect(fiveYearPlanPeriod(14)).toEqual({ start: 2021, end: 2025 });
    expect(fiveYearPlanPeriod(15)).toEqual({ start: 2026, end: 2030 });
  });
  it('target years, bare years, spans and plan periods', () => {
    const ys = findYears('到2025年，…2020年…（2021—2035年）…到 2020 年…二〇三五年前…“十三五”期间…2016年以来…较2015年前进');
    expect(ys.map((y) => [y.year, y.target, y.span, y.since])).toEqual([
      [2025, true, false, false],
      [2020, false, false, false],
      [2035, false, true, false],
      [2020, true, false, false],
      [2035, true, false, false],
      [2020, true, false, false],
      [2016, false, false, true],
      [2015, false, false, false],
    ]);
  });
});

describe('targets in sentences', () => {
  it('到2025年，万人发明专利拥有量不低于5件', () => {
    expect(brief('到2025年，万人发明专利拥有量不低于5件。')).toEqual([
      { name: '万人发明专利拥有量', value: 5, unit: '件', comparator: '>=', hedge: null, year: 2025 },
    ]);
  });

  it('专利授权量年均增长10%以上 (year of the five-year plan named before it)', () => {
    expect(brief('“十四五”期间，专利授权量年均增长10%以上。')).toEqual([
      { name: '专利授权量年均增长', value: 10, unit: '%', comparator: '>=', hedge: null, year: 2025 },
    ]);
  });

  it('培育…企业200家以上, verb first', () => {
    expect(brief('培育各类知识产权示范（优势）企业200家以上。')[0]).toMatchObject({ name: '各类知识产权示范（优势）企业', value: 200, unit: '家', comparator: '>=' });
  });

  it('6-8个 and 1—2个 ranges, value before the name', () => {
    expect(brief('新增地理标志保护示范县6-8个。')[0]).toMatchObject({ name: '新增地理标志保护示范县', value: [6, 8], comparator: 'range' });
    expect(brief('力争建成1—2个知识产权服务业集聚区。')[0]).toMatchObject({ name: '知识产权服务业集聚区', value: [1, 2], comparator: 'range', hedge: '力争' });
  });

  it('达到1.5万人左右 and 突破40亿元', () => {
    expect(brief('全市知识产权人才总量达到1.5万人左右，知识产权质押融资总额突破40亿元。')).toEqual([
      { name: '知识产权人才总量', value: 1.5, unit: '万人', comparator: '≈', hedge: null, year: null },
      { name: '知识产权质押融资总额', value: 40, unit: '亿元', comparator: '>', hedge: null, year: null },
    ]);
  });

  it('力争 hedges what follows it in the sentence, not what comes before', () => {
    const t = brief('专利申请量达到5000件，力争发明专利授权量达到800件，商标注册量超过2万件。');
    expect(t.map((x) => [x.name, x.hedge])).toEqual([
      ['专利申请量', null],
      ['发明专利授权量', '力争'],
      ['商标注册量', '力争'],
    ]);
  });

  it('A、B、C分别达到X、Y、Z: one indicator per pair, in order', () => {
    const t = brief('力争到2020年，全市发明专利申请量、发明专利授权量、PCT国际专利申请量分别达到32000件、12000件、1000件。');
    expect(t).toEqual([
      { name: '发明专利申请量', value: 32000, unit: '件', comparator: '=', hedge: '力争', year: 2020 },
      { name: '发明专利授权量', value: 12000, unit: '件', comparator: '=', hedge: '力争', year: 2020 },
      { name: 'PCT国际专利申请量', value: 1000, unit: '件', comparator: '=', hedge: '力争', year: 2020 },
    ]);
  });

  it('a 分别 list with a value missing is paired as far as it goes and reported', () => {
    const r = extractTextTargets('到2025年，专利申请量、商标申请量、版权登记量分别达到1000件、2000件。', ctx);
    expect(r.targets.map((t) => t.name)).toEqual(['专利申请量', '商标申请量']);
    expect(r.diagnostics[0].code).toBe('indicators.list-mismatch');
  });

  it('A、B均达到X: the value for each name', () => {
    expect(brief('侵权纠纷案件按期结案率、假冒专利案件按期结案率均达到98%以上。').map((t) => [t.name, t.value, t.comparator])).toEqual([
      ['侵权纠纷案件按期结案率', 98, '>='],
      ['假冒专利案件按期结案率', 98, '>='],
    ]);
  });

  it('a verb shared by a list of name–value items (新建A5家、B7个)', () => {
    expect(brief('新建知识产权保护工作站5家、知识产权纠纷调解机构7个。').map((t) => [t.name, t.value, t.unit])).toEqual([
      ['知识产权保护工作站', 5, '家'],
      ['知识产权纠纷调解机构', 7, '个'],
    ]);
  });

  it('value first, then the subject (70%以上…企业建立…)', () => {
    expect(brief('70%以上规上工业企业建立知识产权管理制度。')[0]).toMatchObject({ name: '规上工业企业建立知识产权管理制度', value: 70, unit: '%', comparator: '>=' });
  });

  it('a value qualifying the name is part of the name (培育3个以上产值50亿元以上的产业)', () => {
    expect(brief('培育3个以上产值50亿元以上的地理标志产业。')).toEqual([
      { name: '产值50亿元以上的地理标志产业', value: 3, unit: '个', comparator: '>=', hedge: null, year: null },
    ]);
  });

  it('Chinese numerals in targets (两, 十二) and Chinese years (二〇三五)', () => {
    expect(brief('到二〇三五年，培育两家国家级知识产权示范园区，新建十二个知识产权工作站。')).toEqual([
      { name: '国家级知识产权示范园区', value: 2, unit: '家', comparator: '=', hedge: null, year: 2035 },
      { name: '知识产权工作站', value: 12, unit: '个', comparator: '=', hedge: null, year: 2035 },
    ]);
  });

  it('由X提高到Y: X is the baseline', () => {
    const [t] = run('到2025年，每万人口高价值发明专利拥有量由2020年的1.2件提高到3件。');
    expect(t).toMatchObject({ name: '每万人口高价值发明专利拥有量', value: 3, unit: '件', year: 2025, baseline: { year: 2020, value: 1.2 } });
  });

  it('a second value of the same indicator takes its name (…年均增长12%，到2025年达到10万件)', () => {
    expect(brief('专利申请量年均增长12%，到2025年达到10万件。').map((t) => [t.name, t.value, t.unit, t.year])).toEqual([
      ['专利申请量年均增长', 12, '%', null],
      ['专利申请量', 10, '万件', 2025],
    ]);
  });

  it('a name after its value keeps the list in its brackets (强县（市、区）)', () => {
    expect(brief('打造2—3个知识产权强县（市、区）。')[0]).toMatchObject({ name: '知识产权强县（市、区）', value: [2, 3] });
  });

  it('a compared year (由2020年的…, 较2020年) is no past statement', () => {
    const [t] = run('专利代理机构数量由2020年的15家增加到30家。');
    expect(t).toMatchObject({ name: '专利代理机构数量', value: 30, unit: '家', year: null, baseline: { year: 2020, value: 15 } });
    expect(brief('到2025年，专利授权量较2020年增长50%以上。')[0]).toMatchObject({ value: 50, year: 2025, comparator: '>=' });
  });

  it('the target year is inherited from the paragraph or section, and changes with 到2035年', () => {
    expect(brief('专利申请量达到5000件。', { inheritedYear: 2025, horizon: 2025 })[0].year).toBe(2025);
    const t = brief('到2025年，专利申请量达到5000件。到2035年，专利申请量达到9000件。');
    expect(t.map((x) => x.year)).toEqual([2025, 2035]);
    expect(extractTextTargets('到2025年，全市知识产权工作取得明显成效。', ctx).statedYear).toBe(2025);
  });

  it('past figures are never targets', () => {
    for (const text of [
      '“十三五”期间，全市专利授权量达到2764件，年均增长率分别达到22.57%、24.75%。',
      '2020年，全市专利申请量达到5806件。',
      '截至2020年底，全市有效发明专利达到619件。',
      '目前，全市拥有知识产权优势企业12家。',
      '2016年以来，累计培育示范企业88家。',
    ]) {
      const r = extractTextTargets(text, ctx);
      expect({ text, targets: r.targets, diagnostics: r.diagnostics.map((d) => d.code) }).toEqual({ text, targets: [], diagnostics: ['indicators.past-figure'] });
    }
  });

  it('a bare year inside the plan period is a target year, not a past one', () => {
    expect(brief('2023年，专利申请量达到4000件。')[0]).toMatchObject({ value: 4000, year: 2023 });
  });

  it('non-numeric aims are no indicators', () => {
    expect(run('到2025年，知识产权保护社会满意度显著提高，规模以上工业企业专利“扫零”实现全覆盖。')).toEqual([]);
  });

  it('numbers inside quotes and book titles, codes and counts without a target verb give nothing', () => {
    expect(run('深入实施“5个100”工程，落实《知识产权强国建设纲要（2021—2035年）》。')).toEqual([]);
    const r = extractTextTargets('依托12345热线，围绕13条重点产业链开展专利导航。', ctx);
    expect(r.targets).toEqual([]);
    // a value passed over is said so
    expect(r.diagnostics.map((d) => [d.code, d.actual])).toEqual([['indicators.value-not-target', '13条']]);
  });

  it('the quote is the exact sentence', () => {
    const text = '加强保护。力争到2025年，知识产权质押融资总额突破 40 亿元，专利保险投保金额达到1000万元。';
    const t = run(text);
    expect(t.map((x) => x.quote)).toEqual([text.slice(5), text.slice(5)]);
    expect(t.map((x) => x.raw)).toEqual(['突破 40 亿元', '1000万元']);
  });
});

describe('names', () => {
  it('drop fillers, verbs, years and comparator words', () => {
    expect(cleanName('力争到2025年全市')).toBe('');
    expect(cleanName('——全市知识产权人才总量达到')).toBe('知识产权人才总量');
    expect(cleanName('专利运营及质押融资额度年均达到')).toBe('专利运营及质押融资额度');
    expect(cleanName('引进培养骨干型知识产权人才')).toBe('骨干型知识产权人才');
  });
  it('quotes are masked with the same length', () => {
    const s = '实施“5个100”工程';
    expect(maskQuotes(s)).toHaveLength(s.length);
    expect(maskQuotes(s)).not.toContain('5');
  });
});

describe('red lines, multiples and units over units', () => {
  it('a quantity held as a red line is a floor; a red line of a total kept under is a ceiling', () => {
    // hand-written
    expect(brief('到2025年，守住36万亩耕地保护红线，严守用水总量红线5亿立方米。').map((t) => [t.name, t.value, t.unit, t.comparator])).toEqual([
      ['耕地保护红线', 36, '万亩', '>='],
      ['用水总量红线', 5, '亿立方米', '<='],
    ]);
    // real (南宁 2024 work report)
    expect(brief('守牢707.04万亩耕地红线和602.23万亩永久基本农田红线').map((t) => [t.name, t.comparator])).toEqual([
      ['耕地红线', '>='],
      ['永久基本农田红线', '>='],
    ]);
  });
  it('翻一番 / 翻两番 is a multiple of the base (2, 4 倍), the year compared with its baseline; 持续翻番 is a trend', () => {
    const [gdp, income] = run('到2025年，全县生产总值比2020年翻一番，农民人均收入实现翻两番。');
    expect([gdp.name, gdp.value, gdp.unit, gdp.raw, gdp.baseline]).toEqual(['生产总值', 2, '倍', '翻一番', { year: 2020, value: null, raw: '比2020年' }]);
    expect([income.name, income.value, income.unit, income.baseline]).toEqual(['农民人均收入', 4, '倍', null]);
    // real (晋城 2024 work report): no multiple of one base
    expect(run('推动建筑用钢向装备用钢升级，实现产品附加值持续翻番。')).toEqual([]);
  });
  it('a unit over a unit is one unit, a bound after it included', () => {
    const [m] = findValueMentions('应急排涝能力不低于100立方米/小时', { requireUnit: true });
    expect([m.value, m.unit, m.comparator]).toEqual([100, '立方米/小时', '>=']);
    // real (生态环境保护规划)
    expect(brief('到2020年，单位面积森林蓄积量达到95立方米/公顷以上。').map((t) => [t.name, t.unit, t.comparator])).toEqual([['单位面积森林蓄积量', '立方米/公顷', '>=']]);
  });
});

describe('bounds that mark off a noun, cases that are conditions', () => {
  it('a bound on a measure of the noun after it is an attribute; a bound on a count or share still counts', () => {
    // hand-written
    expect(run('到2025年，淘汰20蒸吨以下燃煤锅炉，60岁以上老年人体检率达到80%以上。').map((t) => [t.value, t.unit])).toEqual([[80, '%']]);
    expect(run('到2025年，培育3个以上百亿级产业集群，推动70%以上规上企业上云。').map((t) => [t.value, t.unit])).toEqual([
      [3, '个'],
      [70, '%'],
    ]);
    // real (生态环境保护规划): the subject is qualified by 300万以上, the target is 60%
    expect(brief('到2020年，城区常住人口300万以上城市建成区公共交通占机动化出行比例达到60%。').map((t) => [t.value, t.unit])).toEqual([[60, '%']]);
    expect(run('全国地级及以上城市建成区基本淘汰10蒸吨以下燃煤锅炉。')).toEqual([]);
  });
  it('a case described by a 的-phrase (a grading of events, a rule) sets no target', () => {
    // hand-written
    const r = extractTextTargets('符合下列情形之一的，为较大事件：1.造成5人以上死亡的；2.直接经济损失500万元以上的。', ctx);
    expect(r.targets).toEqual([]);
    expect(r.diagnostics.some((d) => d.code === 'indicators.condition')).toBe(true);
    // real (国家突发环境事件应急预案)
    expect(run('1.因环境污染直接导致30人以上死亡或100人以上中毒或重伤的；')).toEqual([]);
  });
});

describe('spans of months, verbs of shortening, round figures in words', () => {
  it('由20个月压缩至18.5个月: months are a unit, the shortening verb leaves the name', () => {
    // real (知识产权 放管服 解读)
    expect(brief('发明专利审查周期由20个月压缩至18.5个月。', { inheritedYear: 2021, horizon: 2021 }).map((t) => [t.name, t.value, t.unit])).toEqual([['发明专利审查周期', 18.5, '个月']]);
    // hand-written
    expect(brief('2025年，将企业开办时间压减至2个工作日以内。').map((t) => [t.name, t.value, t.unit, t.comparator])).toEqual([['企业开办时间', 2, '个工作日', '<=']]);
  });
  it('a round figure in words before a noun (千亿产业集群, 5人制球场) is part of the name', () => {
    // real (合肥 work report)
    expect(run('实施农业千亿产业集群“8526”行动。', { inheritedYear: 2024, horizon: 2024 })).toEqual([]);
    // real (2026 中央一号文件; 牡丹江 work report): a programme or a plant named by its capacity
    expect(run('加力实施新一轮千亿斤粮食产能提升行动。', { inheritedYear: 2026, horizon: 2026 })).toEqual([]);
    expect(run('力争百万吨饲料加工厂投产。', { inheritedYear: 2024, horizon: 2024 })).toEqual([]);
    // a level passed is still a value
    expect(run('地区生产总值突破千亿大关。', { inheritedYear: 2025, horizon: 2025 }).map((t) => t.value)).toEqual([1000]);
    // hand-written
    expect(brief('到2025年，建成5人制足球场30个，打造万亿产业集群2个。').map((t) => [t.name, t.value, t.unit])).toEqual([
      ['5人制足球场', 30, '个'],
      ['万亿产业集群', 2, '个'],
    ]);
  });
});

describe('the base of a comparison', () => {
  it('比2020年 / 在2020年基础上 is the baseline year, not part of the name, and does not date the sentence in the past', () => {
    // hand-written
    const [energy, carbon] = run('到2025年，单位地区生产总值能耗比2020年下降13.5%，单位生产总值二氧化碳排放在2020年的基础上降低18%。');
    expect([energy.name, energy.value, energy.baseline]).toEqual(['单位地区生产总值能耗下降', 13.5, { year: 2020, value: null, raw: '比2020年' }]);
    expect([carbon.name, carbon.baseline?.year]).toEqual(['单位生产总值二氧化碳排放降低', 2020]);
    // real (上海 十四五 纲要): only a year before the period, and it is the base of the multiple
    const ctx21 = { inheritedYear: 2025, horizon: 2025, periodStart: 2021 };
    const [lingang] = extractTextTargets('浦东新区打造社会主义现代化建设引领区取得重大进展，自贸试验区临港新片区生产总值在 2018 年基础上翻两番。', ctx21).targets;
    expect([lingang.name, lingang.value, lingang.unit, lingang.baseline?.year]).toEqual(['自贸试验区临港新片区生产总值', 4, '倍', 2018]);
    // real (三亚 work report): 同比 is the base of the growth, not part of the name
    const [gdp] = extractTextTargets('今年经济社会发展的主要预期目标是：地区生产总值同比增长8%左右。', { inheritedYear: null, horizon: 2024, currentYear: 2024 }).targets;
    expect([gdp.name, gdp.value, gdp.baseline?.raw]).toEqual(['地区生产总值增长', 8, '同比']);
    // a sentence dated before the period is still a result
    expect(extractTextTargets('2018年，全区生产总值达到500亿元。', ctx21).targets).toEqual([]);
  });
});

describe('lists with 均, changes of a policy term, 年内, populations', () => {
  const y24 = { inheritedYear: 2024, horizon: 2024, imperative: true };
  it('A、B均增长X: the verb of change goes with each name; 及 inside an item stays', () => {
    // real (牡丹江 work report)
    expect(run('确保全市接待游客、旅游收入均增长20%以上。', y24).map((t) => [t.name, t.value, t.comparator])).toEqual([
      ['接待游客增长', 20, '>='],
      ['旅游收入增长', 20, '>='],
    ]);
    // hand-written
    expect(run('推动白酒及保健酒产业、农产品加工业产值均增长15%。', y24).map((t) => t.name)).toEqual(['白酒及保健酒产业增长', '农产品加工业产值增长']);
    expect(run('到2025年，地级及以上城市黑臭水体比例均控制在10%以内。').map((t) => t.name)).toEqual(['地级及以上城市黑臭水体比例']);
  });
  it('a change of a subsidy is a target, a subsidy granted is a term', () => {
    // real (晋城 work report)
    expect(run('城乡居民基本医保人均财政补助增加30元。', y24).map((t) => [t.name, t.value])).toEqual([['城乡居民基本医保人均财政补助增加', 30]]);
    // hand-written
    expect(run('对新认定的企业给予一次性奖补50万元。', y24)).toEqual([]);
  });
  it('a norm (每处/每人…, a sum granted, a rate of calculation) is no target but a diagnostic; the same words as targets stay', () => {
    const norms = (text: string) => extractTextTargets(text, y24).diagnostics.filter((d) => d.code === 'indicators.norm').map((d) => d.message.split(':')[0]);
    // real (广州 居家社区养老服务办法)
    const real = [
      '每个区应当单独设置至少1个区级综合养老服务中心，每处建筑面积不少于1000平方米。',
      '区级、街道（镇）级、社区（村）级社区养老服务设施每年每个分别不少于60万元、40万元、5万元运营经费。',
      '其中，按规定直接面向周边社区居民提供生活照料、康复护理等服务的区级社区养老服务设施增加60万元运营经费。',
      '承租国有企业非住宅房产的，租金标准以市场租金参考价或评估价的75%计算和收取。',
      '第一类资助对象每人每月400元，第二类资助对象每人每月200元。',
      '经评估为重度失能的，每人每月增加护理资助200元。',
    ].join('');
    expect(run(real).map((t) => [t.name, t.value])).toEqual([['区级综合养老服务中心', 1]]);
    expect(norms(real)).toEqual(['不少于1000平方米', '不少于60万元', '40万元', '5万元', '60万元', '75%', '400元', '200元', '200元']);
    // hand-written: norms…
    expect(run('每间教室使用面积原则上不低于60平方米。', y24)).toEqual([]);
    expect(run('对每户搬迁群众分别给予2万元、1万元安置补助。', y24)).toEqual([]);
    expect(run('停车费按评估价格的80%计收。', y24)).toEqual([]);
    expect(norms('停车费按评估价格的80%计收。')).toEqual(['80%']);
    // …and targets in the same words: a pace per year, a count per case, a total, a standard raised, funds as subject of the change
    expect(run('每年新建口袋公园20个，每个乡镇建成1个以上文化站，发放消费券3000万元。', y24).map((t) => t.value)).toEqual([20, 1, 3000]);
    expect(run('城乡居民基础养老金最低标准提高到每人每月200元。', y24).map((t) => t.value)).toEqual([200]);
    expect(run('困难群众人均生活补助增加50元。', y24).map((t) => t.value)).toEqual([50]);
  });
  it('a 的-clause before the rule it conditions, with the clauses it joins by 且/或, is a condition', () => {
    const conditions = (text: string) => extractTextTargets(text, y24).diagnostics.filter((d) => d.code === 'indicators.condition').map((d) => d.actual);
    // real (广州 居家社区养老服务办法)
    const real = '居家社区养老服务组织一年内开展医疗保健、康复护理服务达到1000人次，且按规定设置医疗机构并取得《医疗机构执业许可证》的，给予一次性补贴15万元；同时符合两项及以上标准的，按照较高资助标准执行。';
    expect(run(real)).toEqual([]);
    expect(conditions(real)).toEqual(['居家社区养老服务组织一年内开展医疗保健、康复护理服务达到1000人次', '同时符合两项及以上标准的']);
    // hand-written: the condition goes, a target in the same sentence shape without 的 stays
    expect(run('企业年产值首次突破10亿元或者纳税超过5000万元的，由区政府予以通报表扬。', y24)).toEqual([]);
    expect(run('全区企业年产值突破10亿元，纳税超过5000万元。', y24).map((t) => t.value)).toEqual([10, 5000]);
  });
  it('年内 is no part of a name; 7万人口集聚 counts people, 50万人口规模 sizes a town', () => {
    expect(run('年内实现7万人口集聚，年内新增规上企业200家。', y24).map((t) => [t.name, t.value])).toEqual([
      ['人口集聚', 7],
      ['新增规上企业', 200],
    ]);
    expect(run('建设50万人口规模的新城。', y24)).toEqual([]);
  });
});

describe('fractions and ranges of a measure', () => {
  it('X分之Y is a share in per cent, a bound after it kept', () => {
    const [m] = findValueMentions('审查周期压减三分之一以上', { requireUnit: true });
    expect([m.raw, m.value, m.unit, m.comparator]).toEqual(['三分之一以上', 33.33, '%', '>=']);
    const [n] = findValueMentions('覆盖率达到5分之4', { requireUnit: true });
    expect([n.value, n.unit]).toEqual([80, '%']);
  });
  it('a range of a measure before a noun (0-6岁儿童) marks the noun off; a range of a count (3-5个示范区) is a value', () => {
    // real (广州 家庭医生 方案) and hand-written
    expect(findValueMentions('老年人、孕产妇、0-6岁儿童', { requireUnit: true }).map((m) => m.modifier)).toEqual([true]);
    expect(findValueMentions('建成3-5个示范区', { requireUnit: true }).map((m) => m.modifier)).toEqual([false]);
  });
});

describe('names and values joined without 分别', () => {
  it('A与B稳定在X、Y以上 pairs in order, the bound after the last value shared', () => {
    // real (十堰 work report)
    expect(run('粮食播种面积与产量稳定在318万亩、16.5亿斤以上。', { inheritedYear: 2024, horizon: 2024 }).map((t) => [t.name, t.value, t.unit, t.comparator])).toEqual([
      ['粮食播种面积', 318, '万亩', '>='],
      ['产量', 16.5, '亿斤', '>='],
    ]);
    // hand-written; a clause that describes is left alone
    expect(run('到2025年，引进博士和硕士100名、500名。').map((t) => [t.name, t.value])).toEqual([
      ['博士', 100],
      ['硕士', 500],
    ]);
    expect(run('到2025年，围绕城区和园区2个、3个片区布局。')).toEqual([]);
  });
});
