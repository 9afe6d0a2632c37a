/**
 * How a new reading from one frame combines with the latest stored one: the shell may have read
 * Apple's API while the Photos frame only saw a "storage is full" banner, and a weaker reader must
 * not overwrite a stronger, fresh one.
 */
import type { IcloudApp } from '../tips/apps';
import type { PhotosState, QuotaFlags, StorageReading, StorageSource } from './types';

const TRUST: Record<StorageSource, number> = { api: 3, meter: 2, text: 1, flag: 0 };
/** After this, any newer reading beats an older, more trusted one. */
export const READING_FRESH_MS = 60 * 60 * 1000;

function raisedFlags(quota: QuotaFlags | undefined): QuotaFlags {
  const raised: QuotaFlags = {};
  if (quota?.overQuota) raised.overQuota = true;
  if (quota?.almostFull) raised.almostFull = true;
  return raised;
}

export function mergeStorageReading(
  previous: StorageReading | null,
  next: StorageReading,
  now: number,
): StorageReading {
  if (!previous) return next;
  const fresh = now - previous.readAt < READING_FRESH_MS;
  if (next.usedBytes === null) {
    // A banner without numbers adds its flag to fresh numbers rather than erasing them.
    if (previous.usedBytes === null || !fresh) return next;
    return { ...previous, quota: { ...previous.quota, ...raisedFlags(next.quota) } };
  }
  if (previous.usedBytes === null || !fresh || TRUST[next.source] >= TRUST[previous.source]) return next;
  return previous;
}

/**
 * The same upload progress keeps the time it last changed, across page loads. A quota refusal heard
 * in CloudKit's answer (in any frame, see withQuotaRefusal) stays until a newer refusal: a read of
 * the Photos interface that shows no notice does not withdraw what Apple answered; the conditions
 * let it age out (lib/conditions/upload-refusal.ts).
 */
export function mergePhotosState(previous: PhotosState | null, next: PhotosState): PhotosState {
  const heard = previous?.quotaError;
  const merged =
    heard?.source === 'cloudkit' && heard.at > (next.quotaError?.at ?? 0)
      ? { ...next, quotaError: heard }
      : next;
  const before = previous?.upload;
  const after = merged.upload;
  if (!before || !after) return merged;
  const same = before.percent === after.percent && before.done === after.done && before.total === after.total;
  if (!same || before.lastProgressAt >= after.lastProgressAt) return merged;
  return { ...merged, upload: { ...after, lastProgressAt: before.lastProgressAt } };
}

/**
 * CloudKit refused a record write for quota at `at`, heard in any frame of ours (`app`: the app
 * that frame shows, null for Photos): the stored Photos state gains the refusal (a newer one
 * replaces an older; the rest of the state is kept). With no state yet, the refusal is all that is
 * known.
 */
export function withQuotaRefusal(
  previous: PhotosState | null,
  at: number,
  app: IcloudApp | null,
): PhotosState {
  const quotaError: PhotosState['quotaError'] = { at, source: 'cloudkit', ...(app && { app }) };
  if (!previous) return { signedIn: null, upload: null, quotaError, view: null, readAt: at };
  return previous.quotaError && previous.quotaError.at >= at ? previous : { ...previous, quotaError };
}

/** JSON with every object's keys in order, at every depth: equal values give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/**
 * What a reading says, without when it was read: two readings that say the same are one point.
 * Nested parts (`quota`, `byMedia`) count: a flag raised or a category that grew is a change.
 */
export function readingKey(reading: StorageReading | null): string {
  if (!reading) return 'null';
  const { readAt: _readAt, ...said } = reading;
  return canonical(said);
}
