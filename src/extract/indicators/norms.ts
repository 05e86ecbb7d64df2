/**
 * Norms: quantities that every case must meet or that a rule computes, not quantities a plan commits to
 * reach. In 公文, a figure whose subject is each single case (每处建筑面积不少于1000平方米, 每人每月400元),
 * a sum that is the object of a grant (给予…15万元补贴, 增加60万元运营经费) or a rate inside a rule of
 * calculation (以评估价的50%计算, 按每人200元标准) states a standard; a target is said of the whole (到2025年
 * 建成100个, 人均财政补助增加30元: the subsidy as subject of the change is the target). A span of time within
 * which an act is done (在15个工作日内办结) is a time limit of procedure, a norm for each case.
 */
import data from '../../data/indicator-words.json' with { type: 'json' };
import { ACTION_VERBS, METRIC_VERBS, TARGET_CUES, alternation } from './words.js';

const words = data.norms;

export type NormKind = 'per-unit' | 'allocation' | 'calculation' | 'time-limit' | 'grading';
export const NORM_LABEL: Record<NormKind, string> = {
  'per-unit': 'a measure of each single case, 每X',
  allocation: 'a sum granted, 给予/增加 + funds',
  calculation: 'a rate of a rule of calculation, 按/以…计算/标准',
  'time-limit': 'a time limit of procedure, N日内 + the act',
  grading: 'a figure of a grading rule, 得/扣N分 or N分以上为优秀',
};

/**
 * A clause of a grading rule (考评办法, 考核细则): it gives or takes points (达到6%以上的得10分, 每低1个百分点
 * 扣2分) or names the grade a score earns (得分90分以上为优秀). Its figures are the conditions and the
 * points, none of them a target.
 */
const NUMERAL = String.raw`(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十]+)`;
const GRADING = new RegExp(
  String.raw`(?:${words.pointVerbs.join('|')})\s*${NUMERAL}\s*分(?![之钟类项别])` + String.raw`|分(?:以上|以下|及以上|及以下)?(?:的)?(?:为|评为|定为)(?:${alternation(words.grades)})`,
);

/**
 * 每 + a measure word, repeated (每年每个, 每人每月), at least one of them a case (每处, 每个, 每人), not only a
 * span of time (每年培育100家 is the pace of a target); 每 before a numeral (每万人口) is a rate's denominator
 */
const CASE_WORDS = words.caseMeasureWords;
const PER_CASE = new RegExp(`(?:每\\s*[年月日周天])*每\\s*[${CASE_WORDS}](?:每\\s*[年月日周天${CASE_WORDS}])*`, 'g');
/** a verb that makes or reaches something: 每X before it is the rate of a target (每年培育100家) */
const MAKING_RE = new RegExp(alternation([...METRIC_VERBS, ...ACTION_VERBS, ...TARGET_CUES].filter((w) => w.length > 1)));
/** counts of things made: a count of 每X (每个区设置至少1个中心) is a rate of making, not a norm of size */
const COUNT_UNIT = /^(?:万|亿)?(?:个|家|项|座|所|条|处|名|人|户|套|台|件|场|次|支|批|列|架|辆|张)/;
const MONEY = /元$/;
const CHANGED_TO = /(?:增加|提高|提升|上调|降低|下调|调整)(?:到|至)?\s*$/;
/** verbs of granting or adding a sum to a case (发放消费券2500万元 is a total the plan commits to) */
const GRANT_VERB = new RegExp(words.grantVerbs.join('|'), 'g');
/** 最高/最多/上限 before a sum, with at most a verb of granting or a bound between */
const CAP_OF_SUM = /(?:最高|最多|上限)(?:为|可达|可|不超过|不高于|补贴|补助|奖励|资助|给予)*\s*$/;
/** nouns of funds: after the verb they are its object (增加护理资助200元), before it its subject */
const FUNDS = new RegExp(words.funds.join('|'));
/** after the value, a word of calculation (…的50%计算和收取, 200元标准) */
const CALCULATED = new RegExp(`^[^，；。,;：:]{0,3}?(?:${words.calculationWords.join('|')})`);
/** spans of time a procedure is given (3个工作日, 15日, 30分钟) */
const SPAN_OF_TIME = /^(?:个)?(?:工作日|日|天|小时|分钟|个月|周)$/;
/** the span followed by 内 and the act done in it: 在3个工作日内办结, 自受理之日起15日内作出决定 */
const WITHIN_THEN_ACT = /^\s*\p{Script=Han}/u;
/**
 * what makes the span a rule of procedure or a task's deadline: a modal of duty (应当在5个工作日内作出决定),
 * 在/于 before it (在3个工作日内办结, 于印发后3个月内出台) or 自…起 (自受理之日起15日内); a span standing bare
 * before its act (货物48小时内放行) states a level of service the plan commits to
 */
const DUTY_OR_DATE = /应当|应|须|必须|在|于|起|后/;
/** 按/按照/以 as a preposition of a rule (以上, 以下, 以内… are bounds) */
const BY_RULE = /按|以(?![上下内来及前后外])/;

/**
 * Whether the value at [start, end) of a clause states a norm, and of which kind. `clause` is the
 * clause's text (numbers as written), offsets within it.
 */
export function normKind(clause: string, start: number, end: number, unit: string | null): NormKind | null {
  if (GRADING.test(clause)) return 'grading';
  const left = clause.slice(0, start);
  const right = clause.slice(end);
  const u = unit ?? '';
  // a measure stated of each single case, with no verb of making between the case and the value
  if (!COUNT_UNIT.test(u)) {
    let last: RegExpExecArray | null = null;
    for (const m of left.matchAll(PER_CASE)) last = m as RegExpExecArray;
    // …unless a verb of change makes the standard itself the target (标准提高到每人每月500元)
    if (last && !MAKING_RE.test(left.slice(last.index + last[0].length)) && !CHANGED_TO.test(left.slice(0, last.index))) return 'per-unit';
  }
  if (MONEY.test(u)) {
    // the sum granted or added, with the funds as the verb's object: 给予一次性补贴15万元, 增加60万元运营经费
    let verbAt = -1;
    for (const m of left.matchAll(GRANT_VERB)) verbAt = m.index + m[0].length;
    if (verbAt >= 0 && (FUNDS.test(left.slice(verbAt)) || FUNDS.test(right))) return 'allocation';
    // 最高不超过50万元, 最多补贴10万元: the cap of a sum granted to each case
    if (CAP_OF_SUM.test(left)) return 'allocation';
  }
  if (CALCULATED.test(right) && BY_RULE.test(left)) return 'calculation';
  // a span of time given to an act by a duty or a date (应在3个工作日内办结) is the limit each case must meet; a time cut or held to a span (审批时间压缩至3个工作日以内) ends its clause and is a target
  if (SPAN_OF_TIME.test(u) && /内$/.test(clause.slice(start, end)) && WITHIN_THEN_ACT.test(right) && DUTY_OR_DATE.test(left)) return 'time-limit';
  return null;
}

/** words that join a clause to the one before it inside one 的-phrase (…达到1000人次，且取得许可证的) */
const JOINS_PHRASE = /^\s*(?:且|并且|或者|或|同时|以及)/;

/**
 * Which clauses of a sentence belong to a condition: a clause ending in 的 before another clause is a
 * case the rest of the sentence rules on (满12个月且评定为合格的，应当享受…; 符合两项及以上标准的，按…执行),
 * and so is a clause before it joined to it by 且/或/同时. `clauses` are the sentence's clauses, in order.
 */
export function conditionClauses(text: string, clauses: { start: number; end: number }[]): boolean[] {
  const out = clauses.map(() => false);
  for (let i = clauses.length - 2; i >= 0; i--) {
    const own = /的\s*$/.test(text.slice(clauses[i].start, clauses[i].end));
    const joined = out[i + 1] && JOINS_PHRASE.test(text.slice(clauses[i + 1].start, clauses[i + 1].end));
    out[i] = own || joined;
  }
  return out;
}
