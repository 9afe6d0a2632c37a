import { ageOf, makeCondition } from '../condition';
import { UPLOAD_BLOCKED_WINDOW_MS } from '../limits';
import type { Condition, ConditionInput } from '../types';

/**
 * `upload-blocked`: Photos reported a quota error while uploading, within the last hour. An
 * upload that made progress after the error shows uploads work again, and clears it sooner.
 */
export function uploadBlocked({ photos, now }: ConditionInput): Condition | null {
  const error = photos?.quotaError;
  if (!photos || !error) return null;
  const age = ageOf(error.at, now);
  if (age > UPLOAD_BLOCKED_WINDOW_MS) return null;
  if (photos.upload && photos.upload.lastProgressAt > error.at) return null;
  return makeCondition('upload-blocked', {
    sentence: 'iCloud Photos could not upload because your iCloud storage is full.',
    badge: { text: 'FULL', colour: 'red' },
    facts: {
      seenOn: 'icloud.com',
    },
    dataAgeMs: age,
  });
}
