import { describe, expect, it } from 'vitest';
import { findClauses, parseResponsibility, parseUnitCell, splitNames, withoutClauses, looksLikeBody, isDeadline, statesFirstListedLeads } from '../src/extract/responsible.js';

const units = (text: string) => {
  const r = parseResponsibility(text);
  return { lead: r.lead, support: r.support, deadlines: r.deadlines };
};

describe('responsible units: phrasings', () => {
  it('full-width label form with lead and support', () => {
    expect(units('加强执法。（牵头单位：市科技局、市工商局；配合单位：市编办）')).toEqual({
      lead: ['市科技局', '市工商局'],
      support: ['市编办'],
      deadlines: [],
    });
  });

  it('half-width label form', () => {
    expect(units('建立机制。(牵头单位:市科技局;配合单位:市教育局、市人力资源社会保障局)')).toEqual({
      lead: ['市科技局'],
      support: ['市教育局', '市人力资源社会保障局'],
      deadlines: [],
    });
  });

  it('责任单位 gives leads only; a comma between names also separates them', () => {
    expect(units('完善监管。（责任单位：市市场监管局、市文化和旅游局、市林业局，市农业农村局）')).toEqual({
      lead: ['市市场监管局', '市文化和旅游局', '市林业局', '市农业农村局'],
      support: [],
      deadlines: [],
    });
  });

  it('verb form: A牵头，B配合', () => {
    expect(units('扩大开放。（省商务厅牵头，合肥海关配合）')).toEqual({ lead: ['省商务厅'], support: ['合肥海关'], deadlines: [] });
  });

  it('verb form: …负责, with an adverb that is not part of a name', () => {
    expect(units('开展宣传。（各县区人民政府负责）')).toEqual({ lead: ['各县区人民政府'], support: [], deadlines: [] });
    expect(units('开展宣传。（市科技局牵头，各有关部门按职责分工负责）')).toEqual({
      lead: ['市科技局'],
      support: ['各有关部门'],
      deadlines: [],
    });
    expect(units('（市教育局、市科技局等部门配合）').support).toEqual(['市教育局', '市科技局']);
  });

  it('A牵头，B负责: the units that 负责 under a lead named in the same clause support it', () => {
    // hand-written
    expect(units('修订管理办法。（县农业农村局牵头，县财政局、县林业局按职责分工负责）')).toEqual({
      lead: ['县农业农村局'],
      support: ['县财政局', '县林业局'],
      deadlines: [],
    });
    expect(units('（区水务局、区城管局牵头，各街道负责，2025年底前完成）')).toEqual({
      lead: ['区水务局', '区城管局'],
      support: ['各街道'],
      deadlines: ['2025年底前完成'],
    });
    // no unit leads: every unit that 负责 is responsible alike
    expect(units('（县财政局、县税务局按职责分工负责）')).toEqual({ lead: ['县财政局', '县税务局'], support: [], deadlines: [] });
    // 牵头负责 is itself the lead; 指导 is not a share of the work under the lead
    expect(units('（市发展改革委牵头负责，各区配合）')).toEqual({ lead: ['市发展改革委'], support: ['各区'], deadlines: [] });
    expect(units('（省住房城乡建设厅指导，各市政府牵头）')).toEqual({ lead: ['省住房城乡建设厅', '各市政府'], support: [], deadlines: [] });
    // 及 between two bodies lists two units; a body of the first one's own stays in its name
    expect(units('（市卫生健康委牵头，市医保局及各区按职责分工负责）').support).toEqual(['市医保局', '各区']);
    expect(units('（市财政局及其派出机构负责）').lead).toEqual(['市财政局及其派出机构']);
    // as a 国务院 分工方案 writes it
    expect(units('（国务院办公厅牵头，国务院相关部门及各地区按职责分工负责）')).toEqual({
      lead: ['国务院办公厅'],
      support: ['国务院相关部门', '各地区'],
      deadlines: [],
    });
  });

  it('牵头考核单位 as its own line after the task', () => {
    expect(units('推进专利导航。\n牵头考核单位：市市场监督管理局')).toEqual({ lead: ['市市场监督管理局'], support: [], deadlines: [] });
  });

  it('an unbracketed 责任单位 after the last sentence', () => {
    expect(units('推进专利导航。责任单位：市科技局、市财政局。')).toEqual({ lead: ['市科技局', '市财政局'], support: [], deadlines: [] });
  });

  it('a deadline in the same bracket is a deadline, not a unit', () => {
    expect(units('出台办法。（牵头单位：市司法局；配合单位：市财政局；6月底完成）')).toEqual({
      lead: ['市司法局'],
      support: ['市财政局'],
      deadlines: ['6月底完成'],
    });
    expect(units('（责任单位：市科技局，2018年底前完成）')).toEqual({ lead: ['市科技局'], support: [], deadlines: ['2018年底前完成'] });
    expect(units('（市商务局牵头，持续推进）')).toEqual({ lead: ['市商务局'], support: [], deadlines: ['持续推进'] });
    expect(units('（责任单位：市科技局；完成时限：2023年12月）')).toEqual({ lead: ['市科技局'], support: [], deadlines: ['2023年12月'] });
  });

  it('a role mark inside a 责任单位 list picks the lead', () => {
    expect(units('（责任单位：市发展改革委（牵头）、市科技局、市财政局）')).toEqual({
      lead: ['市发展改革委'],
      support: ['市科技局', '市财政局'],
      deadlines: [],
    });
  });

  it('会同: the first body leads, its partner supports', () => {
    expect(units('（市科技局会同市财政局负责）')).toEqual({ lead: ['市科技局'], support: ['市财政局'], deadlines: [] });
  });

  it('a clause in square brackets', () => {
    expect(units('推进试点。【责任单位：市科技局、各县（市、区）人民政府】')).toEqual({
      lead: ['市科技局', '各县（市、区）人民政府'],
      support: [],
      deadlines: [],
    });
  });

  it('a table cell: role marks and deadlines', () => {
    expect(parseUnitCell('市发展改革委（牵头）、市科技局；2022年6月底', 'lead')).toEqual({
      lead: ['市发展改革委'],
      support: ['市科技局'],
      deadlines: ['2022年6月底'],
    });
    expect(parseUnitCell('市财政局、市金融工作局', 'support')).toEqual({ lead: [], support: ['市财政局', '市金融工作局'], deadlines: [] });
    expect(parseUnitCell('', 'lead')).toEqual({ lead: [], support: [], deadlines: [] });
  });

  it('several clauses in one task merge in order without repeats', () => {
    expect(units('（1）建平台（牵头单位：市科技局）。（2）建基金（牵头单位：市财政局、市科技局；配合单位：市金融工作局）')).toEqual({
      lead: ['市科技局', '市财政局'],
      support: ['市金融工作局'],
      deadlines: [],
    });
  });
});

describe('responsible units: names', () => {
  it('keeps nested brackets and does not split on a comma inside them', () => {
    expect(units('(牵头单位:武汉东湖新技术开发区管委会、武汉经济技术开发区管委会〈汉南区人民政府〉;配合单位:市编办)').lead).toEqual([
      '武汉东湖新技术开发区管委会',
      '武汉经济技术开发区管委会〈汉南区人民政府〉',
    ]);
    expect(units('(牵头单位:各区人民政府〈含开发区管委会,下同〉;配合单位:市科技局)')).toEqual({
      lead: ['各区人民政府〈含开发区管委会,下同〉'],
      support: ['市科技局'],
      deadlines: [],
    });
    expect(units('（牵头单位：市科技局(市知识产权局)；配合单位：市委组织部（市招才局））')).toEqual({
      lead: ['市科技局(市知识产权局)'],
      support: ['市委组织部（市招才局）'],
      deadlines: [],
    });
  });

  it('rejoins a name split by a page break inside the bracket', () => {
    // the clause runs across blocks joined by line breaks; the break cut 武汉 in two
    expect(units('加强建设。(牵头单位:市人力资源社会保障局;配合单位:市委组织部(市招才局)、市科技局、武\n\n汉东湖新技术开发区管委会)')).toEqual({
      lead: ['市人力资源社会保障局'],
      support: ['市委组织部(市招才局)', '市科技局', '武汉东湖新技术开发区管委会'],
      deadlines: [],
    });
    // a break right after a separator keeps both names whole
    expect(units('（责任单位：市科技局、\n市财政局）').lead).toEqual(['市科技局', '市财政局']);
  });

  it('reads a clause whose closing bracket was lost at the end of the text', () => {
    expect(units('加强建设。（责任单位：市科技局、市财政局').lead).toEqual(['市科技局', '市财政局']);
  });

  it('splitNames respects every bracket kind', () => {
    expect(splitNames('A〈B,C〉、D(E、F)，G【H；I】;J')).toEqual(['A〈B,C〉', 'D(E、F)', 'G【H；I】', 'J']);
  });

  it('looksLikeBody / isDeadline', () => {
    expect(looksLikeBody('市科技局(市知识产权局)')).toBe(true);
    expect(looksLikeBody('泰安市知识产权工作领导小组各成员单位')).toBe(true);
    expect(looksLikeBody('企业主导')).toBe(false);
    expect(isDeadline('6月底完成')).toBe(true);
    expect(isDeadline('市科技局')).toBe(false);
  });
});

describe('responsible units: what is not a clause', () => {
  it('ignores ordinary parentheses and prose with 牵头 outside brackets', () => {
    for (const text of [
      '成立领导小组(以下简称领导小组,具体人员名单附后),统筹推进。',
      '市市场监管局（市知识产权局、知识产权工作联席会议办公室）要加强组织协调。',
      '建立“指挥部+专班”制度，由市场监督管理局牵头，定期召开联席会议。',
      '工作方案(2017—2020年)',
      '形成政府引导、企业主导（政府引导、企业主导）的格局。',
      '国家知识产权示范园区(示范区)工作不断深化。',
      '落实党委、政府“一把手”责任制（党委负责同志牵头）',
    ]) {
      expect(findClauses(text), text).toEqual([]);
    }
  });

  it('withoutClauses cuts the clause from a title', () => {
    expect(withoutClauses('建设公共服务平台（责任单位：市科技局）')).toBe('建设公共服务平台');
  });
});

describe('responsible units: phrasings of issue 12, in our own wording', () => {
  it('inline without a label: A牵头，B配合 and A负责', () => {
    expect(units('推广电子证照。（区数据局牵头，区公安分局配合）')).toEqual({ lead: ['区数据局'], support: ['区公安分局'], deadlines: [] });
    expect(units('建设社区食堂。（区民政局负责）')).toEqual({ lead: ['区民政局'], support: [], deadlines: [] });
    expect(units('（区民政局牵头，区财政局、区卫生健康局按职责分工配合）')).toEqual({
      lead: ['区民政局'],
      support: ['区财政局', '区卫生健康局'],
      deadlines: [],
    });
  });

  it('several clauses in one task: the union of leads and the union of supports; a unit may lead one and support another', () => {
    expect(
      units('建立台账。（区统计局负责）推进改造。（区住建局牵头，区统计局配合）落实补贴。（区财政局牵头，区住建局、区民政局配合）'),
    ).toEqual({ lead: ['区统计局', '区住建局', '区财政局'], support: ['区统计局', '区住建局', '区民政局'], deadlines: [] });
  });

  it('牵头考核单位, with a deadline or a progress note first in the same brackets', () => {
    expect(units('压缩开办时限。（5月底完成，牵头考核单位：县市场监管局、县税务局）')).toEqual({
      lead: ['县市场监管局', '县税务局'],
      support: [],
      deadlines: ['5月底完成'],
    });
    expect(units('推行一窗受理。（按进度推进，牵头考核单位：县政务服务中心）')).toEqual({
      lead: ['县政务服务中心'],
      support: [],
      deadlines: ['按进度推进'],
    });
    // prose before a label is not a note: the clause is not read as units
    expect(units('（依照本办法第三条规定的程序，牵头考核单位：县政务服务中心）').lead).toEqual([]);
  });

  it('由…牵头 inside brackets', () => {
    expect(units('编制导则。（由区规划局牵头，区住建局配合）')).toEqual({ lead: ['区规划局'], support: ['区住建局'], deadlines: [] });
  });

  it('a collective keeps its 、: 各区、县级市 and 各市、县人民政府 are one name each', () => {
    expect(units('（牵头单位：市教育局；配合单位：市财政局、各区、县级市）').support).toEqual(['市财政局', '各区、县级市']);
    expect(units('（责任单位：省文化厅、各市、县人民政府）').lead).toEqual(['省文化厅', '各市、县人民政府']);
    expect(units('（配合单位：各有关区、县级市，市体育局）').support).toEqual(['各有关区、县级市', '市体育局']);
    // a named body after a collective that already names its organ is a name of its own
    expect(splitNames('各区人民政府、市政府办公室')).toEqual(['各区人民政府', '市政府办公室']);
    expect(splitNames('各街道、区民政局')).toEqual(['各街道', '区民政局']);
  });

  it('mixed separators between names: ，、；', () => {
    expect(units('（责任单位：区教育局，区体育局、区团委；区妇联）').lead).toEqual(['区教育局', '区体育局', '区团委', '区妇联']);
  });
});

describe('responsible units: the first listed leads', () => {
  it('a note in the clause: 列第一位者为牵头单位', () => {
    expect(units('（区文旅局、区财政局、区商务局等负责。列第一位者为牵头单位）')).toEqual({
      lead: ['区文旅局'],
      support: ['区财政局', '区商务局'],
      deadlines: [],
    });
  });

  it('下同: the convention holds for later clauses when the plan says so', () => {
    expect(statesFirstListedLeads('（区文旅局、区财政局负责。列第一位者为牵头单位，下同）')).toBe(true);
    expect(statesFirstListedLeads('（区文旅局、区财政局负责。列第一位者为牵头单位）')).toBe(false);
    const later = '（区体育局、区教育局负责）';
    expect(parseResponsibility(later, { firstListedLeads: true })).toMatchObject({ lead: ['区体育局'], support: ['区教育局'] });
    expect(parseResponsibility(later)).toMatchObject({ lead: ['区体育局', '区教育局'], support: [] });
    // an explicit 牵头 / 配合 wording is read as written
    expect(parseResponsibility('（区体育局牵头，区教育局配合）', { firstListedLeads: true })).toMatchObject({ lead: ['区体育局'], support: ['区教育局'] });
  });
});

describe('responsible units: a cell that says none', () => {
  it('`/`, `—` and `无` name no unit', () => {
    expect(parseUnitCell('/', 'support')).toEqual({ lead: [], support: [], deadlines: [] });
    expect(parseUnitCell('—', 'support').support).toEqual([]);
    expect(parseUnitCell('无', 'support').support).toEqual([]);
    expect(parseUnitCell('区民政局、/', 'support').support).toEqual(['区民政局']);
  });
});

describe('responsible units: guiding, taking part, notes after the roles', () => {
  it('A指导，B负责落实 with a note after; A牵头，B参加', () => {
    expect(units('（省生态环境厅指导，试点县人民政府负责落实。以下各项均由试点县落实，不再列出）')).toEqual({
      lead: ['省生态环境厅', '试点县人民政府'],
      support: [],
      deadlines: [],
    });
    expect(units('（省应急管理厅、省水利厅指导）').lead).toEqual(['省应急管理厅', '省水利厅']);
    expect(units('（由省应急管理厅牵头，省消防救援总队参加）')).toEqual({ lead: ['省应急管理厅'], support: ['省消防救援总队'], deadlines: [] });
    // a sentence that is not a note of roles keeps the clause from being read as units
    expect(findClauses('（政府引导，企业主导。市场运作）')).toEqual([]);
  });
});
