import { describe, expect, it } from 'vitest';
import { OTHER_WORD, SIMILARITY_THRESHOLD, canonicalNameDataByJieba, foldName, indicatorKey, matchCanonical, nameWords } from '../src/extract/indicators/canonical.js';
import formWords from '../src/data/indicator-name-words.json' with { type: 'json' };
import { loadTokenizer, tokenizer, tokenizerLoaded } from '../src/nlp/tokenizer.js';

describe('tokenizer', () => {
  it('loads nodejieba only when first used, once, with the domain dictionary', async () => {
    expect(tokenizerLoaded()).toBe(false);
    const a = await loadTokenizer();
    expect(tokenizerLoaded()).toBe(true);
    expect(tokenizer()).toBe(a);
    expect(await loadTokenizer()).toBe(a);
    // user dictionary words stay whole
    expect(a.cut('每万人口高价值发明专利拥有量')).toEqual(['每万人口', '高价值', '发明专利', '拥有量']);
    expect(a.cut('知识产权质押融资登记金额')).toContain('质押融资');
  });
});

describe('canonical names', () => {
  it('synonyms from the data file', () => {
    const cases: [string, string][] = [
      ['每万人高价值发明专利拥有量', '每万人口高价值发明专利拥有量'],
      ['万人高价值发明专利拥有量', '每万人口高价值发明专利拥有量'],
      ['知识产权质押融资登记金额', '知识产权质押融资金额'],
      ['知识产权质押融资额', '知识产权质押融资金额'],
      ['知识产权质押融资总额', '知识产权质押融资金额'],
      ['知识产权（专利）密集型产业增加值占GDP比重', '专利密集型产业增加值占GDP比重'],
      ['知识产权(专利)密集型产业增加值占地区生产总值的比重', '专利密集型产业增加值占GDP比重'],
      ['申请PCT国际专利', 'PCT国际专利申请量'],
      ['万人发明专利拥有量', '每万人口发明专利拥有量'],
    ];
    for (const [name, canonical] of cases) expect([name, matchCanonical(name)]).toEqual([name, { canonicalName: canonical, how: 'exact', score: 1 }]);
  });

  it('the forms\' words in src/data/indicator-name-words.json are jieba\'s cut of indicators.json today (else run scripts/make-indicator-tokens.ts)', () => {
    expect(formWords).toEqual(canonicalNameDataByJieba());
  });

  it('a name is cut into the forms\' words, longest first; other characters count one word per two', () => {
    expect(nameWords('本市发明专利授权量').filter((w) => w !== OTHER_WORD)).toEqual(['发明专利', '授权量']);
    expect(nameWords('本市发明专利授权量')).toHaveLength(3);
    // five characters outside the vocabulary: three words, none shared
    const words = nameWords('全市科技型企业发明专利申请量');
    expect(words.filter((w) => w === OTHER_WORD).length).toBeGreaterThanOrEqual(3);
    expect(matchCanonical('全市科技型企业发明专利申请量').canonicalName).toBeNull();
  });

  it('a one-character word joins the character beside it when the two make a dictionary word, as jieba cuts (全年, 比重, 每年)', () => {
    expect(nameWords('全年发明专利申请量').filter((w) => w !== OTHER_WORD)).toEqual(['发明专利', '申请量']);
    expect(nameWords('全年发明专利申请量')).toHaveLength(3);
    expect(matchCanonical('全年发明专利申请量').canonicalName).toBe('发明专利申请量');
    expect(matchCanonical('每年发明专利授权量').canonicalName).toBe('发明专利授权量');
    // 数 stays a word where the next characters are a word of their own (数 / 达到)
    expect(nameWords('专利代理师数达到')).toContain('数');
  });

  it('on 20,000 names made from the forms with words before and after, the cut never matches where jieba\'s does not, and differs on under 1%', () => {
    const cut = tokenizer();
    const data = canonicalNameDataByJieba();
    const pre = ['', '全市', '本省', '全区', '年均', '新增', '累计', '全年', '每年', '当年', '规模以上', '重点', '企业', '全社会', '城镇'];
    const post = ['', '占比', '比重', '比例', '增长率', '总量', '数量', '规模', '增速', '增幅', '年均增长', '总额', '人数', '个数', '达到', '以上', '水平'];
    let names = 0;
    let differ = 0;
    const wrong: string[] = [];
    for (const form of Object.keys(data.forms)) {
      for (const p of pre) {
        for (const q of post) {
          const name = foldName(p + form + q);
          names++;
          const byJieba = matchCanonical(name, true, cut.cut(name)).canonicalName;
          const ours = matchCanonical(name).canonicalName;
          if (ours !== byJieba) differ++;
          if (ours !== null && ours !== byJieba) wrong.push(`${name}: ${ours} (jieba: ${byJieba})`);
        }
      }
    }
    expect(names).toBeGreaterThan(20_000);
    expect(wrong).toEqual([]);
    expect(differ / names).toBeLessThan(0.01);
  });

  it('a share (占比, 比重, 比例) never takes the name of a count', () => {
    expect(matchCanonical('全市每万户拥有有效注册商标企业数占比').canonicalName).toBeNull();
    expect(matchCanonical('全市每万人口高价值发明专利拥有量比重').canonicalName).toBeNull();
    expect(matchCanonical('全市专利密集型产业增加值占GDP比重').canonicalName).toBe('专利密集型产业增加值占GDP比重');
  });

  it('a figure of all technology contracts, trademarks or works is not one of patents (专利 is a qualifier)', () => {
    expect(matchCanonical('技术合同成交额').canonicalName).toBeNull();
    expect(matchCanonical('全市技术合同成交金额').canonicalName).toBeNull();
    expect(matchCanonical('专利技术合同成交额').canonicalName).toBe('专利技术合同成交金额');
    expect(matchCanonical('全市专利技术合同成交金额').canonicalName).toBe('专利技术合同成交金额');
    expect(matchCanonical('每万人高价值发明专利拥有量').canonicalName).toBe('每万人口高价值发明专利拥有量');
  });

  it('indicatorKey: the canonical name, else the folded name without a closing count word (not 指数 or 系数)', () => {
    const key = (name: string, canonicalName: string | null = null) => indicatorKey({ name, canonicalName });
    expect(key('5G基站数')).toBe(key('5G基站'));
    expect(key('新建5G基站数量')).toBe(key('新建5G基站'));
    expect(key('数字经济核心产业增加值占地区生产总值的比重')).toBe(key('数字经济核心产业增加值占GDP比重'));
    expect(key('营商环境指数')).toBe('营商环境指数');
    expect(key('基尼系数')).toBe('基尼系数');
    expect(key('人数')).toBe('人数');
    expect(key('PCT申请量', 'PCT国际专利申请量')).toBe('PCT国际专利申请量');
  });

  it('a figure abroad (海外, 国外, 境外) is not the total: the national plan\'s 海外发明专利授权量 has its own name', () => {
    expect(matchCanonical('海外发明专利授权量').canonicalName).toBe('海外发明专利授权量');
    expect(matchCanonical('全市国外发明专利授权量').canonicalName).toBe('海外发明专利授权量');
    expect(matchCanonical('全市境外专利授权量').canonicalName).toBeNull();
    expect(matchCanonical('全市发明专利授权量').canonicalName).toBe('发明专利授权量');
    expect(matchCanonical('马德里国际商标注册申请量').canonicalName).toBe('马德里商标国际注册申请量');
    expect(matchCanonical('通过PCT途径提交的国际专利申请量').canonicalName).toBe('PCT国际专利申请量');
  });

  it('names not in the file match on the forms\' words above the threshold', () => {
    const m = matchCanonical('每万人口高价值发明专利');
    expect(m.canonicalName).toBe('每万人口高价值发明专利拥有量');
    expect(m.how).toBe('similar');
    expect(m.score).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(matchCanonical('PCT国际专利年申请量').canonicalName).toBe('PCT国际专利申请量');
    // one added word of two characters before a two-word form: 2·2 / (3 + 2) = 0.8
    expect(matchCanonical('年均发明专利授权量')).toEqual({ canonicalName: '发明专利授权量', how: 'similar', score: 0.8 });
    expect(matchCanonical('全市发明专利申请量').canonicalName).toBe('发明专利申请量');
    expect(matchCanonical('全省每万人口高价值发明专利拥有量').canonicalName).toBe('每万人口高价值发明专利拥有量');
  });

  it('different indicators stay apart', () => {
    // all invention patents vs high-value ones; grants vs applications; high-end talent vs all talent
    expect(matchCanonical('万人发明专利拥有量').canonicalName).not.toBe('每万人口高价值发明专利拥有量');
    expect(matchCanonical('每万人口高价值发明专利拥有量').canonicalName).not.toBe('每万人口发明专利拥有量');
    expect(matchCanonical('专利授权量').canonicalName).toBe('专利授权量');
    expect(matchCanonical('专利申请量').canonicalName).toBe('专利申请量');
    expect(matchCanonical('每万人口高质量发明专利拥有量').canonicalName).toBeNull();
    expect(matchCanonical('知识产权高端人才').canonicalName).toBeNull();
    expect(matchCanonical('专利质押融资金额').canonicalName).toBeNull();
  });

  it('below the threshold there is no canonical name', () => {
    expect(matchCanonical('地理标志产品和商标')).toEqual({ canonicalName: null, how: null, score: 0 });
    expect(matchCanonical('高价值专利培育中心').canonicalName).toBeNull();
  });

  it('folding: width, spaces, brackets, equivalents, 的', () => {
    expect(foldName('每万人 有效发明专利（件）的')).toBe('每万人口有效发明专利(件)');
    expect(foldName('占CDP的比重')).toBe('占GDP比重');
  });
});
