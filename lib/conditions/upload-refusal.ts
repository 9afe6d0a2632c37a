/**
 * Apple refusing an upload, as upload-blocked and upload-refused both judge it. A quota refusal is
 * not proof of a full plan (CloudKit has refused uploads for quota on accounts with room left):
 * fresh storage numbers from Apple decide, and when they show room the refusal is a refused upload,
 * not a full plan.
 */
import { READING_FRESH_MS } from '../readings/merge';
import type { PhotosState, StorageReading } from '../readings/types';
import { ageOf } from './condition';
import { FULL_PERCENT, UPLOAD_BLOCKED_WINDOW_MS } from './limits';
import type { ConditionInput } from './types';
import { percentUsed } from '../format';
import { serviceName } from '../status/catalogue';
import { APP_SERVICE } from '../tips/apps';

/** A refusal at `at` still counts: within the window, and no upload has moved since. */
export function refusalCounts(photos: PhotosState, at: number, now: number): boolean {
  if (ageOf(at, now) > UPLOAD_BLOCKED_WINDOW_MS) return false;
  return !(photos.upload && photos.upload.lastProgressAt > at);
}

/** Fresh storage numbers that show room: not over quota, under the full mark. */
export function freshRoom(storage: StorageReading | null, now: number): StorageReading | null {
  if (!storage || storage.usedBytes === null || storage.totalBytes === null) return null;
  if (ageOf(storage.readAt, now) >= READING_FRESH_MS) return null;
  if (storage.quota?.overQuota === true) return null;
  const percent = percentUsed(storage.usedBytes, storage.totalBytes);
  return percent !== null && percent < FULL_PERCENT ? storage : null;
}

/**
 * The quota refusal that still counts, whether fresh numbers contradict it, and the app it was
 * refused in when that was not Photos (its name for people; iCloud.com when it has none).
 */
export function quotaRefusal({
  photos,
  storage,
  now,
}: ConditionInput): { at: number; room: StorageReading | null; outsidePhotos: string | null } | null {
  const error = photos?.quotaError;
  if (!photos || !error || !refusalCounts(photos, error.at, now)) return null;
  const service = error.app && error.app !== 'photos' ? APP_SERVICE[error.app] : 'photos';
  const outsidePhotos = service === 'photos' ? null : service ? serviceName(service) : 'iCloud.com';
  return { at: error.at, room: freshRoom(storage, now), outsidePhotos };
}
