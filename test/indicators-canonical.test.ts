import { describe, expect, it } from 'vitest';
import { SIMILARITY_THRESHOLD, foldName, matchCanonical } from '../src/extract/indicators/canonical.js';
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

  it('names not in the file match on jieba tokens above the threshold', () => {
    const m = matchCanonical('每万人口高价值发明专利');
    expect(m.canonicalName).toBe('每万人口高价值发明专利拥有量');
    expect(m.how).toBe('similar');
    expect(m.score).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(matchCanonical('PCT国际专利年申请量').canonicalName).toBe('PCT国际专利申请量');
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
