/**
 * The unannotated real documents in fixtures/corpus: every .txt, .html and .docx parses without error,
 * and for the documents below the top level of the outline is what a reader finds in them (read from
 * the files by hand: the 一、/第X章 lines and the bare part headings of the work reports).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, type Section } from '../src/index.js';

const DIR = 'fixtures/corpus';
const squash = (s: string) => s.replace(/[\s　]+/g, '');
const top = (sections: Section[]) => sections.filter((s) => s.kind === 'body').map((s) => squash(s.title));

const OUTLINES: Record<string, string[]> = {
  'workreport_sanya.txt': ['2023年工作回顾', '2024年工作安排', '全面加强政府效能建设'],
  'workreport_dongying.txt': ['2023年工作回顾', '2024年工作安排', '加强政府自身建设'],
  // bare part headings; 一、 restarts under each of them
  'workreport_wulumuqi.txt': ['2023年工作回顾', '2024年重点工作'],
  'workreport_bozhou.txt': ['2023年工作回顾', '2024年重点工作', '全面加强政府自身建设'],
  'workreport_hefei.txt': ['2023年工作回顾', '2024年工作安排', '提高政府履职能力和水平'],
  'workreport_liupanshui.txt': ['2023年政府工作回顾', '2024年主要目标和重点任务', '加强政府自身建设'],
  'workreport_shiyan.txt': ['2023年工作回顾', '2024年重点工作', '全面加强政府自身建设'],
  'workreport_beijing.txt': ['2023年工作回顾', '2024年重点任务'],
  'plan_guojia_shengtaihuanjing13.txt': [
    '全国生态环境保护形势',
    '指导思想、基本原则与主要目标',
    '强化源头防控，夯实绿色发展基础',
    '深化质量管理，大力实施三大行动计划',
    '实施专项治理，全面推进达标排放与污染减排',
    '实行全程管控，有效防范和降低环境风险',
    '加大保护力度，强化生态修复',
    '加快制度创新，积极推进治理体系和治理能力现代化',
    '实施一批国家生态环境保护重大工程',
    '健全规划实施保障措施',
  ],
  'banfa_guangzhou_jujiayanglao.html': ['总则', '服务设施', '服务供给', '服务资助', '服务奖补', '监督管理', '附则'],
  'fangan_guangzhou_jiatingyisheng.html': ['主要目标', '主要任务', '组织实施'],
  'yijian_zhongyang_sannong2026.docx': [
    '提升农业综合生产能力和质量效益',
    '实施常态化精准帮扶',
    '积极促进农民稳定增收',
    '因地制宜推进宜居宜业和美乡村建设',
    '强化体制机制创新',
    '加强党对“三农”工作的全面领导',
  ],
};

describe('the unannotated corpus', () => {
  const files = readdirSync(DIR).filter((f) => /\.(txt|html|docx)$/.test(f) && f !== 'README.md');

  it.each(files)('%s parses without error', async (file) => {
    const plan = await parsePlan(`${DIR}/${file}`);
    expect(plan.sections.length + plan.parts.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(OUTLINES))('%s has the top-level outline a reader finds', async (file, expected) => {
    const plan = await parsePlan(`${DIR}/${file}`);
    expect(top(plan.sections)).toEqual(expected);
  });

  it('work reports read as kind 报告 for the year they plan, about their city', async () => {
    const plan = await parsePlan(`${DIR}/workreport_wulumuqi.txt`);
    expect(plan.meta).toMatchObject({ kind: '报告', region: '乌鲁木齐市', period: { start: 2024, end: 2024 } });
    expect(plan.sections.filter((s) => s.kind === 'body').map((s) => s.children.length)).toEqual([5, 7]);
  });
});
