import { describe, expect, it } from 'vitest';
import { closesSentence, isOrganName } from '../src/extract/unit-lists.js';
import { findClauses, parseResponsibility } from '../src/extract/responsible.js';

const units = (text: string, firstListedLeads = false) => {
  const r = parseResponsibility(text, { firstListedLeads });
  return { lead: r.lead, support: r.support, deadlines: r.deadlines };
};

describe('bare lists of units closing a sentence', () => {
  it('an organ name by its form: the level it belongs to, or an organ word at its end', () => {
    for (const n of ['县农业农村局', '市委组织部', '各乡镇人民政府', '团市委', '高新区管委会', '国家税务总局某市税务局']) expect(isOrganName(n), n).toBe(true);
    for (const n of ['团队', '落实单位', '含开发区', '以下简称市发改委', '加快建设农业强县', '浦东新区']) expect(isOrganName(n), n).toBe(false);
  });

  it('township organs and grassroots stations: 镇/乡/街道 open an organ name; 派出所, 司法所 need no level', () => {
    for (const n of ['镇安监站', '乡财政所', '街道综治中心', '派出所', '县农机推广站', '市场监管执法大队']) expect(isOrganName(n), n).toBe(true);
    // a station, centre or institute without the level it belongs to is a place or a thing, not an organ
    for (const n of ['含派出所', '团队', '服务', '城市中心', '加油站', '研究所']) expect(isOrganName(n), n).toBe(false);
    expect(units('打造区域消费中心（城市中心）。')).toEqual({ lead: [], support: [], deadlines: [] });
    expect(units('全面排查辖区内企业安全隐患，限期整改到位。镇安监站牵头，派出所配合。')).toEqual({ lead: ['镇安监站'], support: ['派出所'], deadlines: [] });
    expect(units('组织开展农机安全检查。（乡农机站、乡财政所）')).toEqual({ lead: ['乡农机站', '乡财政所'], support: [], deadlines: [] });
  });

  it('a bracket closes its sentence when a full stop, semicolon, line break or the end follows', () => {
    expect(closesSentence('稳定生产（县农业农村局）。', 12)).toBe(true);
    expect(closesSentence('稳定生产（县农业农村局）', 12)).toBe(true);
    expect(closesSentence('稳定生产（县农业农村局），并', 12)).toBe(false);
  });

  it('（A、B、C） at a sentence end names the units responsible; the first leads under the convention', () => {
    const text = '全县粮食播种面积稳定在80万亩以上。（县农业农村局、县发改局、县财政局，各乡镇人民政府）';
    expect(units(text)).toEqual({ lead: ['县农业农村局', '县发改局', '县财政局', '各乡镇人民政府'], support: [], deadlines: [] });
    expect(units(text, true)).toEqual({ lead: ['县农业农村局'], support: ['县发改局', '县财政局', '各乡镇人民政府'], deadlines: [] });
    expect(units('推动外贸企业发展（市商务局，2025年底前）。')).toEqual({ lead: ['市商务局'], support: [], deadlines: ['2025年底前'] });
    // the note inside the bracket
    expect(units('实施“智改数转”行动。（区工信局、区科技局、区财政局。列第一位者为牵头单位）')).toMatchObject({ lead: ['区工信局'], support: ['区科技局', '区财政局'] });
  });

  it('ordinary brackets at a sentence end, or inside a sentence, are not units', () => {
    expect(findClauses('某市全民健身提升行动计划（2024—2026年）')).toEqual([]);
    expect(findClauses('设立产业基金（含开发区）。')).toEqual([]);
    expect(findClauses('市发展和改革委员会（以下简称市发改委）。')).toEqual([]);
    expect(findClauses('预留号源给家庭医生（团队）。')).toEqual([]);
    expect(findClauses('由县农业农村局（县畜牧中心）组织实施监测，按月发布。')).toEqual([]);
    // a bracket after a name inside a label clause is a note on that name
    expect(units('责任单位：市科技局（市知识产权局）、市财政局')).toEqual({ lead: ['市科技局（市知识产权局）', '市财政局'], support: [], deadlines: [] });
  });
});

describe('sentences that only assign roles, out of brackets', () => {
  it('由A牵头，B、C配合。 as a sentence of its own', () => {
    expect(units('推进社区党组织书记担任居委会主任。由市委组织部牵头，市民政局、各县（市、区）党委配合。')).toEqual({
      lead: ['市委组织部'],
      support: ['市民政局', '各县（市、区）党委'],
      deadlines: [],
    });
    expect(units('建立协商平台。\n由市民政局负责，市委政法委、市司法局参与')).toMatchObject({ lead: ['市民政局'], support: ['市委政法委', '市司法局'] });
  });

  it('a call to act is not an assignment: names must be organs, every segment a role', () => {
    expect(findClauses('3.落实单位负责。')).toEqual([]);
    expect(findClauses('坚持党委领导、政府负责。')).toEqual([]);
    expect(findClauses('建立议事机制，由市民政局负责。')).toEqual([]);
  });
});

describe('more ways of writing roles', () => {
  it('short labels 牵头： 配合： 参与：, with half-width brackets and colons', () => {
    expect(units('(牵头:市发改委;配合:市财政局)')).toEqual({ lead: ['市发改委'], support: ['市财政局'], deadlines: [] });
    expect(units('（牵头：市发改委；参与：市财政局、市自然资源局）')).toEqual({ lead: ['市发改委'], support: ['市财政局', '市自然资源局'], deadlines: [] });
  });

  it('beside a unit that 牵头, units that 落实 or 实施 carry out their share: they support', () => {
    expect(units('（市教育局牵头，市委编办、市人社局参与，各县（市、区）政府落实）')).toEqual({ lead: ['市教育局'], support: ['市委编办', '市人社局', '各县（市、区）政府'], deadlines: [] });
    expect(units('（市住建局牵头，各区政府、管委会具体实施）')).toEqual({ lead: ['市住建局'], support: ['各区政府', '管委会'], deadlines: [] });
    // alone they lead
    expect(units('（各区人民政府组织实施）')).toEqual({ lead: ['各区人民政府'], support: [], deadlines: [] });
  });

  it('a name in a label list followed by its role verb is the name, in that role', () => {
    expect(units('（责任单位：市发展改革委，市有关部门按职责分工负责）')).toEqual({ lead: ['市发展改革委', '市有关部门'], support: [], deadlines: [] });
    expect(units('（责任单位：市发改局，市财政局配合）')).toEqual({ lead: ['市发改局'], support: ['市财政局'], deadlines: [] });
  });

  it('a second sentence is read as roles only when all of it is roles (a note after is not)', () => {
    expect(units('（省生态环境厅指导，试点县人民政府负责落实。以下各项均由试点县落实，不再列出）').lead).toEqual(['省生态环境厅', '试点县人民政府']);
    expect(units('（市卫健委负责。市医保局配合）')).toEqual({ lead: ['市卫健委'], support: ['市医保局'], deadlines: [] });
  });
});
