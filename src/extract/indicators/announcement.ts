/**
 * A phrase announcing the targets that follow (主要预期目标是：…, 发展目标为…, 主要预期目标建议为：…,
 * 工作目标如下：): a goals word (indicator-words.json goalAnnouncements), then 是, 为, 如下 or a colon,
 * with at most a word of proposing or fixing between (建议, 拟, 拟定, 初步, 设定, 确定, 安排): a work
 * report proposes its targets to the congress it is read to.
 */
import { GOAL_ANNOUNCEMENTS, alternation } from './words.js';

const PROPOSING = ['建议', '拟定', '拟', '初步', '设定', '确定', '安排'];

export const ANNOUNCEMENT_SOURCE = `(?:${alternation(GOAL_ANNOUNCEMENTS)})(?:${alternation(PROPOSING)})?\\s*(?:是|为|如下|[：:])`;
