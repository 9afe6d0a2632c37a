/**
 * Reads the body of Apple's `storageUsageInfo` response (as the page receives it) into a StorageReading.
 * The body comes from the page: every field is checked, and a body that does not make sense gives
 * null, never a half reading.
 */
import type { QuotaFlags, StorageReading } from './types';
import { isRecord } from '../is-record';

const MAX_BYTES = 2 ** 60;
/** The shape of Apple's usage category keys (`photos`, `backup`, …); anything else is dropped. */
export const MEDIA_KEY = /^[a-z0-9_-]{1,40}$/i;

export function isByteCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_BYTES;
}

function readQuota(value: unknown): QuotaFlags | undefined {
  if (!isRecord(value)) return undefined;
  const flags: QuotaFlags = {};
  const pairs: [keyof QuotaFlags, string][] = [
    ['overQuota', 'overQuota'],
    ['almostFull', 'almost-full'],
    ['haveMaxQuotaTier', 'haveMaxQuotaTier'],
    ['paidQuota', 'paidQuota'],
  ];
  for (const [flag, key] of pairs) if (typeof value[key] === 'boolean') flags[flag] = value[key];
  return Object.keys(flags).length ? flags : undefined;
}

function readByMedia(value: unknown): Record<string, number> | undefined {
  if (!Array.isArray(value)) return undefined;
  const byMedia: Record<string, number> = {};
  for (const entry of value.slice(0, 40)) {
    if (!isRecord(entry)) continue;
    const { mediaKey, usageInBytes } = entry;
    if (typeof mediaKey === 'string' && MEDIA_KEY.test(mediaKey) && isByteCount(usageInBytes)) {
      byMedia[mediaKey] = usageInBytes;
    }
  }
  return Object.keys(byMedia).length ? byMedia : undefined;
}

export function readStorageUsageInfo(
  body: unknown,
  locale: string | null,
  now: number,
): StorageReading | null {
  if (!isRecord(body) || !isRecord(body.storageUsageInfo)) return null;
  const { usedStorageInBytes: used, totalStorageInBytes: total } = body.storageUsageInfo;
  if (!isByteCount(used) || !isByteCount(total) || total === 0) return null;
  const reading: StorageReading = { usedBytes: used, totalBytes: total, source: 'api', locale, readAt: now };
  const byMedia = readByMedia(body.storageUsageByMedia);
  if (byMedia) reading.byMedia = byMedia;
  const quota = readQuota(body.quotaStatus);
  if (quota) reading.quota = quota;
  return reading;
}
