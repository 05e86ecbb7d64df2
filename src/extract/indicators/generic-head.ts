/**
 * A total said of the things just counted: in `新增高标准农田20万亩，总面积达到80万亩` and `实施重点项目150个，
 * 总投资800亿元` the second name is a bare head of a total (总面积, 总投资, 总数) and speaks of the object of
 * the name before it (高标准农田总面积, 重点项目总投资).
 */

/** a name that is only the head of a total */
const TOTAL_HEAD = /^(?:总数|总量|总面积|总规模|总里程|总投资|总产值|总人数|总额|总计|总户数|总个数)$/;
/** the verbs and time words before a counted object (全年计划实施, 新增, 累计建成 …) */
const COUNTING_OPENERS = /^(?:(?:全年|年度|年内|计划|累计|力争)\s*)*(?:新增|新建|建成|建设|实施|培育|完成|引进|招引|签约|打造|创建|改造|开工|滚动实施)?/;

/** The name of a total given the name read before it; else the name as read. */
export function withGenericHead(name: string, before: string | null): string {
  if (!before || !TOTAL_HEAD.test(name)) return name;
  const object = before.replace(COUNTING_OPENERS, '');
  return object.length >= 2 && !TOTAL_HEAD.test(object) ? object + name : name;
}
