import { CONDITION_IDS, type ConditionId } from './ids';
import type { Condition } from './types';

/** Builds a condition with its priority taken from the contract's order. */
export function makeCondition(id: ConditionId, fields: Omit<Condition, 'id' | 'priority'>): Condition {
  return { id, priority: CONDITION_IDS.indexOf(id), ...fields };
}

/** How long ago `at` was; a time in the future (a skewed clock) counts as now. */
export function ageOf(at: number, now: number): number {
  return Math.max(0, now - at);
}
