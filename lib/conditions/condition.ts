import type { StorageReading } from '../readings/types';
import { CONDITION_IDS, type ConditionId } from './ids';
import type { Condition, ConditionFacts } from './types';

/** Builds a condition with its priority taken from the contract's order. */
export function makeCondition(id: ConditionId, fields: Omit<Condition, 'id' | 'priority'>): Condition {
  return { id, priority: CONDITION_IDS.indexOf(id), ...fields };
}

/** How long ago `at` was; a time in the future (a skewed clock) counts as now. */
export function ageOf(at: number, now: number): number {
  return Math.max(0, now - at);
}

/** What Apple said of the plan itself: already the largest (quotaStatus.haveMaxQuotaTier). */
export function planFacts(storage: StorageReading | null): Pick<ConditionFacts, 'largestPlan'> {
  return storage?.quota?.haveMaxQuotaTier === true ? { largestPlan: true } : {};
}
