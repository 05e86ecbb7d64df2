/**
 * What each sample plan says, written by reading the samples (fixtures/txt): metadata and the
 * top two levels of the outline. Shared by the tests of every input format.
 */
import type { Meta } from '../../src/schema/plan.js';

export interface ExpectedSample {
  file: string;
  meta: Omit<Meta, 'horizon'> & { horizon?: number[] };
  /** level-1 titles with their level-2 titles */
  outline: [string, string[]][];
  toc?: [string, string[]][];
  appendices?: string[];
  parts: string[];
}

export const SAMPLES: ExpectedSample[] = [
  {
    file: '000_15d9cfafcb8c96c1',
    meta: {
      title: '大冶市知识产权“十四五”规划',
      region: '大冶市',
      province: '湖北省',
      level: 'county',
      docNumber: null,
      issuer: null,
      issueDate: null,
      period: { start: 2021, end: 2025 },
      status: 'draft',
      kind: '规划',
    },
    outline: [
      ['基础与形势', ['发展基础', '面临形势']],
      ['总体要求', ['指导思想', '基本原则', '主要目标']],
      [
        '重点任务',
        [
          '大力实施知识产权高质量创造工程',
          '全面加强知识产权高标准保护工程',
          '积极推动知识产权高效率运用工程',
          '不断优化知识产权高水平管理工程',
          '着力推进知识产权高品质服务工程',
          '深入开展知识产权创新文化培育工程',
        ],
      ],
      ['保障措施', ['加强组织领导', '加强资源配置', '加强宣传推广', '加强考核评估']],
    ],
    parts: ['title', 'preamble'],
  },
  {
    file: '001_7331ced31a583862',
    meta: {
      title: '邵阳市“十四五”知识产权发展规划',
      region: '邵阳市',
      province: '湖南省',
      level: 'city',
      docNumber: null,
      issuer: '邵阳市市场监督管理局、邵阳市发展和改革委员会',
      issueDate: '2021-12',
      period: { start: 2021, end: 2025 },
      status: 'final',
      kind: '规划',
    },
    outline: [
      ['发展基础和发展形势', ['发展基础', '发展形势']],
      ['总体要求', ['指导思想', '基本原则', '主要目标']],
      ['主要任务', ['全面加强知识产权保护', '促进知识产权运用转化', '提升知识产权创造质量', '健全知识产权管理体系', '夯实知识产权发展基础']],
      ['保障措施', ['加强组织领导', '加大财政投入']],
    ],
    toc: [
      ['发展基础和发展形势', ['发展基础', '发展形势']],
      ['总体要求', ['指导思想', '基本原则', '主要目标']],
      ['主要任务', ['全面加强知识产权保护', '促进知识产权运用转化', '提升知识产权创造质量', '健全知识产权管理体系', '夯实知识产权发展基础']],
      ['保障措施', ['加强组织领导', '加大财政投入']],
    ],
    parts: ['title', 'toc', 'title', 'preamble'],
  },
  {
    file: '002_0da019a67ef299a4',
    meta: {
      title: '宿州市“十四五”知识产权发展规划',
      region: '宿州市',
      province: '安徽省',
      level: 'city',
      docNumber: '宿政办秘〔2022〕41号',
      issuer: '宿州市人民政府办公室',
      issueDate: '2022-11-09',
      period: { start: 2021, end: 2025 },
      status: 'final',
      kind: '规划',
    },
    outline: [
      ['规划背景', []],
      ['总体要求', ['指导思想', '发展目标']],
      [
        '主要任务',
        [
          '构建知识产权工作新格局',
          '打造知识产权创造新引擎',
          '开创知识产权严保护新局面',
          '拓展知识产权运用新路径',
          '建设知识产权服务新支撑',
          '打造知识产权宣传新高地',
        ],
      ],
      ['保障措施', ['加强组织领导', '加大资金投入', '强化考核评估']],
    ],
    parts: ['cover', 'title', 'preamble'],
  },
  {
    file: '003_8f351ce4ef5c39ac',
    meta: {
      title: '武汉市推进国家知识产权强市创建工作方案',
      region: '武汉市',
      province: '湖北省',
      level: 'city',
      docNumber: '武政〔2017〕30号',
      issuer: '武汉市人民政府',
      issueDate: '2017-11-01',
      period: { start: 2017, end: 2020 },
      status: 'final',
      kind: '方案',
    },
    outline: [
      [
        '总体目标',
        [
          '知识产权创造有效支撑产业创新能力提升',
          '知识产权运用有效促进产业结构转型升级',
          '知识产权保护有效保障城市创新驱动发展',
          '知识产权管理有效推进全面改革创新',
          '知识产权服务有效促进全社会创新发展意识与水平提升',
        ],
      ],
      [
        '重点任务',
        ['实施知识产权管理创新工程', '实施知识产权保护强化工程', '实施知识产权运用促进工程', '实施知识产权创造提升工程', '实施知识产权环境优化工程'],
      ],
      ['保障措施', ['加强组织领导', '强化考核检查', '加大经费投入']],
    ],
    appendices: ['市推进国家知识产权强市创建工作领导小组组成人员名单'],
    parts: ['cover', 'title', 'preamble', 'appendix', 'footer'],
  },
  {
    file: '004_5d042cf0ad576120',
    meta: {
      title: '泰安市知识产权强市建设纲要',
      region: '泰安市',
      province: '山东省',
      level: 'city',
      docNumber: null,
      issuer: null,
      issueDate: null,
      period: null,
      horizon: [2025, 2035],
      status: 'draft',
      kind: '纲要',
    },
    outline: [
      ['编制背景', []],
      ['总体要求', ['指导思想', '工作原则', '发展目标']],
      ['工作措施', ['提高知识产权创造质量', '增强知识产权保护效能', '提升知识产权运用效益', '强化知识产权服务能力', '提升知识产权管理水平']],
      ['有关要求', ['加强组织领导', '加强工作保障', '加强评估考核']],
    ],
    parts: ['title', 'preamble'],
  },
];
