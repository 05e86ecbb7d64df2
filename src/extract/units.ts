import type { Task, Unit } from '../schema/plan.js';

/** Each responsible unit with the tasks it leads and supports. (stub) */
export function collectUnits(_tasks: Task[]): Unit[] {
  return [];
}
