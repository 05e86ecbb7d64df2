import { describe, expect, it } from 'vitest';
import { cutPositionalNote, firstListedLeadsFrom, statesFirstListedLeads, statesFirstListedLeadsForAll } from '../src/extract/lead-convention.js';
import { namesAUnit, parseResponsibility } from '../src/extract/responsible.js';

describe('the positional convention: 列第一位的为牵头单位', () => {
  it('cuts the note closing a list, bare or in its own bracket, and says whether it reaches on (下同)', () => {
    expect(cutPositionalNote('区发改局、区工信局负责。列第一位者为牵头单位')).toEqual({ text: '区发改局、区工信局负责', found: true, onwards: false });
    expect(cutPositionalNote('责任单位：市发改委、市住建局（列第一位的为牵头单位，下同）')).toEqual({ text: '责任单位：市发改委、市住建局', found: true, onwards: true });
    expect(cutPositionalNote('区发改局、区工信局，排在首位的为牵头单位，其余为配合单位')).toMatchObject({ text: '区发改局、区工信局', found: true });
    expect(cutPositionalNote('区发改局、区工信局负责')).toEqual({ text: '区发改局、区工信局负责', found: false, onwards: false });
  });

  it('下同 carries the note to the clauses after it', () => {
    expect(statesFirstListedLeads('（区文旅局、区财政局负责。列第一位者为牵头单位，下同）')).toBe(true);
    expect(statesFirstListedLeads('责任单位：市发改委、市民政局（列第一位的为牵头单位，下同）')).toBe(true);
    expect(statesFirstListedLeads('（区文旅局、区财政局负责。列第一位者为牵头单位）')).toBe(false);
  });

  it('a note standing apart from any list holds for the whole plan; one closing a list does not', () => {
    expect(statesFirstListedLeadsForAll('现将2025年重点工作分工如下（列第一位的为牵头单位，其余为配合单位）。', namesAUnit)).toBe(true);
    expect(statesFirstListedLeadsForAll('注：责任单位中列第一位的为牵头单位，其他为配合单位。', namesAUnit)).toBe(true);
    expect(statesFirstListedLeadsForAll('为加快建设农业强县，现将任务分工如下（排在首位的为牵头单位）。', namesAUnit)).toBe(true);
    expect(statesFirstListedLeadsForAll('（区发改局、区工信局负责，列第一位者为牵头单位）', namesAUnit)).toBe(false);
    expect(statesFirstListedLeadsForAll('责任单位：市发改委、市住建局（列第一位的为牵头单位，下同）', namesAUnit)).toBe(false);
  });

  it('from where: the start for a note apart, the 下同 line for a clause, nowhere without a note', () => {
    const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
    expect(firstListedLeadsFrom(lines('甲', '任务分工如下（列第一位的为牵头单位）：', '乙'), namesAUnit)).toBe(-Infinity);
    expect(firstListedLeadsFrom(lines('甲', '（一）建设平台。（市发改委、市财政局负责。列第一位者为牵头单位，下同）'), namesAUnit)).toBe(2);
    expect(firstListedLeadsFrom(lines('甲', '（市发改委、市财政局负责）'), namesAUnit)).toBe(Infinity);
  });

  it('a 责任单位 label under the convention: the first leads; explicit 牵头/配合 labels are read as written', () => {
    expect(parseResponsibility('责任单位：市发改委、市住建局、市民政局', { firstListedLeads: true })).toMatchObject({ lead: ['市发改委'], support: ['市住建局', '市民政局'] });
    expect(parseResponsibility('责任单位：市发改委、市住建局、市民政局')).toMatchObject({ lead: ['市发改委', '市住建局', '市民政局'], support: [] });
    expect(parseResponsibility('牵头单位：市发改委、市住建局', { firstListedLeads: true })).toMatchObject({ lead: ['市发改委', '市住建局'], support: [] });
    expect(parseResponsibility('（责任单位：市发改委；配合单位：市住建局、市民政局）', { firstListedLeads: true })).toMatchObject({ lead: ['市发改委'], support: ['市住建局', '市民政局'] });
    // the note in a bracket after the list applies to that list
    expect(parseResponsibility('责任单位：市发改委、市住建局（列第一位的为牵头单位，下同）')).toMatchObject({ lead: ['市发改委'], support: ['市住建局'] });
  });
});
