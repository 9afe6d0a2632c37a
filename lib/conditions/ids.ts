/** Condition ids from the architecture's contract table, most severe first. Stable: stored and linked. */
export const CONDITION_IDS = [
  'storage-full',
  'upload-blocked',
  'outage',
  'storage-nearly-full',
  'upload-refused',
  'upload-stalled',
  'status-unknown',
  'maintenance',
  'storage-stale',
] as const;

export type ConditionId = (typeof CONDITION_IDS)[number];

export function isConditionId(value: unknown): value is ConditionId {
  return typeof value === 'string' && (CONDITION_IDS as readonly string[]).includes(value);
}
