/**
 * The opening paragraph of a 工作要点 or 年度计划 often states the year's targets before the first heading
 * (`2024年全省工业和信息化工作的主要目标是：规模以上工业增加值增长7%左右，…`). Text before the first
 * heading is otherwise a preamble (purpose, basis) and not read for targets; a paragraph that announces
 * targets (主要目标是, 预期目标为, 工作目标：) is read wherever it stands.
 */
import { ANNOUNCEMENT_SOURCE } from './announcement.js';

const ANNOUNCES = new RegExp(ANNOUNCEMENT_SOURCE);

/** Whether a paragraph announces the targets that follow (主要目标是：…). */
export function announcesGoals(text: string): boolean {
  return ANNOUNCES.test(text);
}
