import { beforeAll, describe, expect, it } from 'vitest';
import { scoreAnnotated } from './helpers/gold-corpus.js';
import { dice, scoreDocument, summarize, titleMatch, type DocScore, type Gold } from './helpers/gold-score.js';
import { ANNOTATED_FLOORS } from './expected/annotated-floors.js';
import { parsePlanBytes } from '../src/index.js';

describe('the annotated corpus scores at or above its floors', () => {
  let scores: DocScore[];
  beforeAll(async () => {
    scores = await scoreAnnotated();
  }, 120_000);

  it('scores all 15 documents', () => {
    expect(scores).toHaveLength(15);
  });

  for (const [measure, floor] of Object.entries(ANNOTATED_FLOORS)) {
    it(`${measure} ≥ ${floor}`, () => {
      const summary = summarize(scores);
      const got = summary[measure as keyof typeof summary];
      const misses = scores.flatMap((s) => s.miss.map((m) => `${s.doc}: ${m}`)).slice(0, 30);
      expect(got, `${measure} = ${got.toFixed(3)}; first misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(floor);
    });
  }
});

describe('the scorer', () => {
  it('matches titles by normalization, prefix and bigram similarity', () => {
    expect(titleMatch('加强组织领导', '（一）加强组织领导。')).toBe(true);
    expect(titleMatch('强化数据资源管理', '强化数据资源管理和开发利用')).toBe(true);
    expect(titleMatch('强化数据资源管理', '加快人才队伍建设')).toBe(false);
    expect(dice('发展目标', '发展目标')).toBe(1);
  });

  it('gives a faithful parse full marks and an empty one none', async () => {
    const text = [
      '某县推进茶叶产业发展三年行动方案（2024-2026年）',
      '一、总体目标',
      '到2026年，茶园面积达到5万亩以上。',
      '二、重点任务',
      '（一）扩大茶园基地',
      '1.新建标准茶园。每年新建茶园5000亩。（县农业农村局牵头，县财政局配合）',
    ].join('\n');
    const plan = await parsePlanBytes(new TextEncoder().encode(text), 'mini.txt');
    const gold: Gold = {
      file: 'mini.txt', region: plan.meta.region, province: plan.meta.province ?? null, title: plan.meta.title,
      docNumber: null, issueDate: null, period: plan.meta.period, status: 'final', kind: null,
      topSections: ['总体目标', '重点任务'], level2Sections: [{ parent: '重点任务', title: '扩大茶园基地' }],
      tasks: [{ section: '扩大茶园基地', number: '1', title: '新建标准茶园' }],
      indicators: [{ name: '茶园面积', unit: '万亩', target: 5, targetYear: 2026, comparator: '>=', source: 'goals' }],
      responsibilities: [{ task: '新建标准茶园', lead: ['县农业农村局'], support: ['县财政局'] }],
    };
    const good = summarize([scoreDocument('mini.txt', plan, gold)]);
    expect(good.topSections).toBe(1);
    expect(good.level2Recall).toBe(1);
    expect(good.taskRecall).toBe(1);
    expect(good.responsibilities).toBe(1);
    expect(good.indicatorRecallGoalsTable).toBe(1);
    const empty = summarize([scoreDocument('mini.txt', { ...plan, sections: [], tasks: [], indicators: [] }, gold)]);
    expect(empty.topSections).toBe(0);
    expect(empty.taskRecall).toBe(0);
    expect(empty.indicatorRecallGoalsTable).toBe(0);
  });
});
