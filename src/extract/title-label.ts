/**
 * A task heading written as a labelled card line (`（一）项目名称：新建社区食堂10个`, `1.工作任务：推进…`): the
 * label says what the line holds and is no part of the task's title. Labels are a naming word
 * (名称, 任务, 项目, 事项, 工作内容) closed by a colon at the start of the title.
 */
const ITEM_LABEL = /^(?:(?:项目|任务|工作|事项|实事)?名称|(?:重点|主要|具体|工作)?任务|(?:实事|建设)?项目|工作事项|工作内容)[:：]\s*(?=\S)/;

/** The title without a leading label naming what it holds. */
export function withoutItemLabel(title: string): string {
  return title.replace(ITEM_LABEL, '');
}
