import { ageOf, makeCondition, planFacts } from '../condition';
import { FULL_PERCENT } from '../limits';
import type { Condition, ConditionInput } from '../types';
import { formatBytes, percentUsed } from '../../format';

/** `storage-full`: Apple says over quota, or at least 99.5 % of the plan is used. */
export function storageFull({ storage, now }: ConditionInput): Condition | null {
  if (!storage) return null;
  const percent = percentUsed(storage.usedBytes, storage.totalBytes);
  const overQuota = storage.quota?.overQuota === true;
  if (!overQuota && (percent === null || percent < FULL_PERCENT)) return null;
  const { usedBytes, totalBytes } = storage;
  const numbers =
    usedBytes !== null && totalBytes !== null
      ? `${formatBytes(usedBytes)} of ${formatBytes(totalBytes)} used`
      : null;
  const byNumbers = percent !== null && percent >= FULL_PERCENT;
  let sentence = 'Apple says your iCloud storage is full.';
  if (numbers) {
    sentence = byNumbers
      ? `Your iCloud storage is full: ${numbers}.`
      : `Apple says your iCloud storage is full (${numbers}).`;
  }
  return makeCondition('storage-full', {
    sentence,
    badge: { text: 'FULL', colour: 'red' },
    facts: {
      seenOn: 'icloud.com',
      ...(percent !== null ? { percent } : {}),
      ...(usedBytes !== null ? { usedBytes } : {}),
      ...(totalBytes !== null ? { totalBytes } : {}),
      fromAppleFlag: overQuota,
      ...planFacts(storage),
    },
    dataAgeMs: ageOf(storage.readAt, now),
  });
}
