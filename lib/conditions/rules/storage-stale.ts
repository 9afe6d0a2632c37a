import { ageOf, makeCondition } from '../condition';
import { STORAGE_STALE_MS } from '../limits';
import type { Condition, ConditionInput } from '../types';
import { formatRelativeTime } from '../../format';

/** `storage-stale`: the newest storage reading is older than 7 days. Tooltip only. */
export function storageStale({ storage, now }: ConditionInput): Condition | null {
  if (!storage) return null;
  const age = ageOf(storage.readAt, now);
  if (age <= STORAGE_STALE_MS) return null;
  return makeCondition('storage-stale', {
    sentence: `Cloud Checkup last saw your storage ${formatRelativeTime(storage.readAt, now)}: open your iCloud.com settings so it can look again.`,
    badge: null,
    facts: {
      seenOn: 'icloud.com',
    },
    dataAgeMs: age,
  });
}
