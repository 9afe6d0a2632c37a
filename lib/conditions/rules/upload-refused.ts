import { ageOf, makeCondition } from '../condition';
import type { Condition, ConditionInput } from '../types';
import { quotaRefusal, refusalCounts } from '../upload-refusal';
import { formatBytes } from '../../format';

/** The badge of a refused upload: amber, never FULL (the plan may well have room). */
export const UPLOAD_REFUSED_BADGE = { text: 'UP!', colour: 'amber' } as const;

/**
 * `upload-refused`: Apple refused a Photos upload without naming quota (a photosupload answer with
 * another status), or refused it for quota while fresh storage numbers from Apple show room. Said
 * as a refused upload, never as a full plan. Counts like upload-blocked: an hour, or until an
 * upload moves again.
 */
export function uploadRefused(input: ConditionInput): Condition | null {
  const { photos, now } = input;
  if (!photos) return null;
  const quota = quotaRefusal(input);
  if (quota?.room) {
    const { usedBytes, totalBytes } = quota.room;
    return makeCondition('upload-refused', {
      sentence: `${quota.outsidePhotos ? `Apple refused to save a change in ${quota.outsidePhotos}` : 'Apple refused a Photos upload'} for lack of space, but your iCloud storage has room: ${formatBytes(usedBytes!)} of ${formatBytes(totalBytes!)} used.`,
      badge: { ...UPLOAD_REFUSED_BADGE },
      facts: { usedBytes: usedBytes!, totalBytes: totalBytes!, refusedFor: 'quota', seenOn: 'icloud.com' },
      dataAgeMs: ageOf(quota.at, now),
    });
  }
  const refused = photos.uploadRefused;
  if (!refused || !refusalCounts(photos, refused.at, now)) return null;
  return makeCondition('upload-refused', {
    sentence: 'Apple refused a Photos upload and did not say why.',
    badge: { ...UPLOAD_REFUSED_BADGE },
    facts: { refusedFor: 'unknown', refusedStatus: refused.status, seenOn: 'icloud.com' },
    dataAgeMs: ageOf(refused.at, now),
  });
}
