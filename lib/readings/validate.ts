/**
 * Validators for readings that cross a boundary (a message from a content script, a value read back
 * from storage): they return the domain type or null, never a half-checked value.
 */
import { LOCALE_TAG } from './locale';
import { ICLOUD_APPS, type IcloudApp } from '../tips/apps';
import { isByteCount, MEDIA_KEY } from './storage-usage-info';
import type {
  PhotosState,
  QuotaErrorSource,
  QuotaFlags,
  StorageReading,
  StorageSource,
  UploadProgress,
} from './types';
import { isRecord } from '../is-record';

const SOURCES: readonly string[] = ['api', 'meter', 'text', 'flag'];
const QUOTA_ERROR_SOURCES: readonly QuotaErrorSource[] = ['cloudkit', 'photosupload', 'text'];
const VIEW = /^[a-z0-9-]{1,40}$/;
const QUOTA_KEYS: readonly (keyof QuotaFlags)[] = [
  'overQuota',
  'almostFull',
  'haveMaxQuotaTier',
  'paidQuota',
];

export function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10_000_000;
}

function quotaOf(value: unknown): QuotaFlags | null | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return null;
  const flags: QuotaFlags = {};
  for (const [key, flag] of Object.entries(value)) {
    if (!QUOTA_KEYS.includes(key as keyof QuotaFlags) || typeof flag !== 'boolean') return null;
    flags[key as keyof QuotaFlags] = flag;
  }
  return flags;
}

function byMediaOf(value: unknown): Record<string, number> | null | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > 40) return null;
  const byMedia: Record<string, number> = {};
  for (const [key, bytes] of entries) {
    if (!MEDIA_KEY.test(key) || !isByteCount(bytes)) return null;
    byMedia[key] = bytes;
  }
  return byMedia;
}

export function validateStorageReading(value: unknown): StorageReading | null {
  if (!isRecord(value)) return null;
  const { usedBytes, totalBytes, source, locale, readAt } = value;
  if (usedBytes !== null && !isByteCount(usedBytes)) return null;
  if (totalBytes !== null && !(isByteCount(totalBytes) && totalBytes > 0)) return null;
  if ((usedBytes === null) !== (totalBytes === null)) return null;
  if (typeof source !== 'string' || !SOURCES.includes(source)) return null;
  if (locale !== null && !(typeof locale === 'string' && LOCALE_TAG.test(locale))) return null;
  if (!isTime(readAt)) return null;
  const quota = quotaOf(value.quota);
  const byMedia = byMediaOf(value.byMedia);
  if (quota === null || byMedia === null) return null;
  // A reading without numbers is only worth keeping for a flag Apple raised.
  if (usedBytes === null && !(quota?.overQuota || quota?.almostFull)) return null;
  const reading: StorageReading = { usedBytes, totalBytes, source: source as StorageSource, locale, readAt };
  if (byMedia) reading.byMedia = byMedia;
  if (quota) reading.quota = quota;
  return reading;
}

/** null when there is none (or, in an old state, the field is absent); undefined when malformed. */
function uploadRefusedOf(value: unknown): PhotosState['uploadRefused'] | undefined {
  if (value === undefined || value === null) return null;
  if (!isRecord(value) || !isTime(value.at)) return undefined;
  const { status } = value;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)
    return undefined;
  return { at: value.at, status };
}

function uploadOf(value: unknown): UploadProgress | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const { percent, done, total, lastProgressAt } = value;
  const percentOk = percent === null || (typeof percent === 'number' && percent >= 0 && percent <= 100);
  const doneOk = done === null || isCount(done);
  const totalOk = total === null || isCount(total);
  if (!percentOk || !doneOk || !totalOk || !isTime(lastProgressAt)) return undefined;
  return { percent, done, total, lastProgressAt };
}

export function validatePhotosState(value: unknown): PhotosState | null {
  if (!isRecord(value)) return null;
  const { signedIn, quotaError, view, readAt } = value;
  if (signedIn !== null && typeof signedIn !== 'boolean') return null;
  const upload = uploadOf(value.upload);
  if (upload === undefined) return null;
  let error: PhotosState['quotaError'] = null;
  if (quotaError !== null) {
    if (!isRecord(quotaError) || !isTime(quotaError.at)) return null;
    if (!QUOTA_ERROR_SOURCES.includes(quotaError.source as QuotaErrorSource)) return null;
    error = { at: quotaError.at, source: quotaError.source as QuotaErrorSource };
    if (quotaError.app !== undefined) {
      if (!ICLOUD_APPS.includes(quotaError.app as IcloudApp)) return null;
      error.app = quotaError.app as IcloudApp;
    }
  }
  const refused = uploadRefusedOf(value.uploadRefused);
  if (refused === undefined) return null;
  if (view !== null && !(typeof view === 'string' && VIEW.test(view))) return null;
  if (!isTime(readAt)) return null;
  const state: PhotosState = { signedIn, upload, quotaError: error, view, readAt };
  if (refused) state.uploadRefused = refused;
  return state;
}
