import { ageOf, makeCondition } from '../condition';
import { TIME, UPLOAD_ABANDONED_MS } from '../limits';
import type { Condition, ConditionInput } from '../types';
import { formatDuration, formatPercent } from '../../format';

/**
 * `upload-stalled`: an upload in progress made no progress for the stall window. A finished
 * upload is not stalled, and one silent for a day was abandoned (tab closed, computer asleep).
 */
export function uploadStalled({ photos, settings, now }: ConditionInput): Condition | null {
  const upload = photos?.upload;
  if (!photos || !upload) return null;
  const finished =
    (upload.percent !== null && upload.percent >= 100) ||
    (upload.done !== null && upload.total !== null && upload.total > 0 && upload.done >= upload.total);
  if (finished) return null;
  const stalledForMs = ageOf(upload.lastProgressAt, now);
  if (stalledForMs < settings.stallWindowMinutes * TIME.MINUTE || stalledForMs > UPLOAD_ABANDONED_MS)
    return null;
  const done = upload.percent !== null ? ` (${formatPercent(upload.percent)} done)` : '';
  return makeCondition('upload-stalled', {
    sentence: `A Photos upload${done} has made no progress for ${formatDuration(stalledForMs)}.`,
    badge: { text: '…', colour: 'amber' },
    facts: {
      seenOn: 'icloud.com',
      stalledForMs,
    },
    dataAgeMs: ageOf(photos.readAt, now),
  });
}
