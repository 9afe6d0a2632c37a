import { ageOf, makeCondition, planFacts } from '../condition';
import type { Condition, ConditionInput } from '../types';
import { quotaRefusal } from '../upload-refusal';

/**
 * `upload-blocked`: Apple refused an upload for quota within the last hour (in Photos, or CloudKit
 * refusing a save in another app such as Drive), and no fresh storage reading from Apple shows room
 * (then it is `upload-refused`). An upload that made
 * progress after the error shows uploads work again, and clears it sooner.
 */
export function uploadBlocked(input: ConditionInput): Condition | null {
  const refusal = quotaRefusal(input);
  if (!refusal || refusal.room) return null;
  return makeCondition('upload-blocked', {
    sentence: refusal.outsidePhotos
      ? `Apple refused to save a change in ${refusal.outsidePhotos} because your iCloud storage is full.`
      : 'iCloud Photos could not upload because your iCloud storage is full.',
    badge: { text: 'FULL', colour: 'red' },
    facts: {
      seenOn: 'icloud.com',
      ...planFacts(input.storage),
    },
    dataAgeMs: ageOf(refusal.at, input.now),
  });
}
