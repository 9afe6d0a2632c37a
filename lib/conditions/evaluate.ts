/** The one conditions evaluator: every rule of the contract table, pure and in priority order. */
import { maintenance } from './rules/maintenance';
import { outage } from './rules/outage';
import { statusUnknown } from './rules/status-unknown';
import { storageFull } from './rules/storage-full';
import { storageNearlyFull } from './rules/storage-nearly-full';
import { storageStale } from './rules/storage-stale';
import { uploadBlocked } from './rules/upload-blocked';
import { uploadRefused } from './rules/upload-refused';
import { uploadStalled } from './rules/upload-stalled';
import type { Condition, ConditionInput } from './types';

const RULES = [
  storageFull,
  uploadBlocked,
  outage,
  storageNearlyFull,
  uploadRefused,
  uploadStalled,
  statusUnknown,
  maintenance,
  storageStale,
] as const;

export function evaluateConditions(input: ConditionInput): Condition[] {
  const found = RULES.map((rule) => rule(input)).filter((c): c is Condition => c !== null);
  const has = (id: Condition['id']): boolean => found.some((c) => c.id === id);
  return (
    found
      // One reading is full or nearly full, never both: full wins.
      .filter((c) => !(c.id === 'storage-nearly-full' && has('storage-full')))
      // A refusal explains a stopped upload; saying it also stalled adds nothing.
      .filter((c) => !(c.id === 'upload-stalled' && (has('upload-blocked') || has('upload-refused'))))
      .sort((a, b) => a.priority - b.priority)
  );
}
