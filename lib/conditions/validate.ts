/**
 * The evaluator's inputs as they come out of storage: `unknown` until checked here. A value that
 * does not have the right shape is dropped (null), never half-used — and a dropped status snapshot
 * makes the status unknown, not healthy.
 */
import type {
  PhotosState,
  QuotaFlags,
  StorageReading,
  StorageSource,
  UploadProgress,
} from '../readings/types';
import {
  EMPTY_POLL_RECORD,
  type EventKind,
  type EventPhase,
  type PollRecord,
  type ServiceState,
  type ServiceStatus,
  type StatusEvent,
  type StatusSnapshot,
} from '../status/types';

type Shape = Record<string, unknown>;

function isRecord(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
function isTimeOrNull(value: unknown): value is number | null {
  return value === null || isTime(value);
}
function isCountOrNull(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
}
function isStringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}
function oneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
}

const isSource = oneOf<StorageSource>(['api', 'meter', 'text', 'flag']);
const isKind = oneOf<EventKind>(['outage', 'issue', 'performance', 'maintenance', 'unspecified', 'unknown']);
const isPhase = oneOf<EventPhase>(['ongoing', 'resolved', 'upcoming', 'completed', 'unknown']);
const isState = oneOf<ServiceState>(['ok', 'minor', 'major', 'maintenance', 'scheduled', 'unknown']);
const QUOTA_FLAGS = ['overQuota', 'almostFull', 'haveMaxQuotaTier', 'paidQuota'] as const;

function parseQuota(value: unknown): QuotaFlags | null {
  if (!isRecord(value)) return null;
  const quota: QuotaFlags = {};
  for (const flag of QUOTA_FLAGS) {
    const v = value[flag];
    if (v === undefined) continue;
    if (typeof v !== 'boolean') return null;
    quota[flag] = v;
  }
  return quota;
}

function parseByMedia(value: unknown): Record<string, number> | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  if (!entries.every(([, v]) => typeof v === 'number' && Number.isFinite(v) && v >= 0)) return null;
  return Object.fromEntries(entries) as Record<string, number>;
}

export function parseStorageReading(value: unknown): StorageReading | null {
  if (!isRecord(value)) return null;
  const { usedBytes, totalBytes, byMedia, quota, source, locale, readAt } = value;
  if (!isCountOrNull(usedBytes) || !isCountOrNull(totalBytes) || !isSource(source)) return null;
  if (!isStringOrNull(locale ?? null) || !isTime(readAt)) return null;
  if (totalBytes === 0) return null;
  const reading: StorageReading = {
    usedBytes,
    totalBytes,
    source,
    locale: (locale as string | null) ?? null,
    readAt,
  };
  if (byMedia !== undefined) {
    const parsed = parseByMedia(byMedia);
    if (!parsed) return null;
    reading.byMedia = parsed;
  }
  if (quota !== undefined) {
    const parsed = parseQuota(quota);
    if (!parsed) return null;
    reading.quota = parsed;
  }
  return reading;
}

function parseUpload(value: unknown): UploadProgress | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const { percent, done, total, lastProgressAt } = value;
  if (!isCountOrNull(percent) || !isCountOrNull(done) || !isCountOrNull(total) || !isTime(lastProgressAt)) {
    return undefined;
  }
  return { percent, done, total, lastProgressAt };
}

export function parsePhotosState(value: unknown): PhotosState | null {
  if (!isRecord(value)) return null;
  const { signedIn, upload, quotaError, view, readAt } = value;
  if (!(signedIn === null || typeof signedIn === 'boolean') || !isStringOrNull(view) || !isTime(readAt))
    return null;
  const parsedUpload = parseUpload(upload);
  if (parsedUpload === undefined) return null;
  let parsedError: PhotosState['quotaError'] = null;
  if (quotaError !== null) {
    if (!isRecord(quotaError) || !isTime(quotaError.at)) return null;
    if (quotaError.source !== 'cloudkit' && quotaError.source !== 'text') return null;
    parsedError = { at: quotaError.at, source: quotaError.source };
  }
  return { signedIn, upload: parsedUpload, quotaError: parsedError, view, readAt };
}

function parseEvent(value: unknown): StatusEvent | null {
  if (!isRecord(value)) return null;
  const { serviceId, messageId, kind, phase, startsAt, endsAt, message, usersAffected } = value;
  if (typeof serviceId !== 'string' || typeof messageId !== 'string' || !isKind(kind) || !isPhase(phase))
    return null;
  if (!isTimeOrNull(startsAt) || !isTimeOrNull(endsAt) || typeof message !== 'string') return null;
  if (!isStringOrNull(usersAffected ?? null)) return null;
  return {
    serviceId,
    messageId,
    kind,
    phase,
    startsAt,
    endsAt,
    message,
    usersAffected: (usersAffected as string | null | undefined) ?? null,
  };
}

function parseService(value: unknown): ServiceStatus | null {
  if (!isRecord(value)) return null;
  const { id, name, state, events } = value;
  if (typeof id !== 'string' || typeof name !== 'string' || !isState(state) || !Array.isArray(events))
    return null;
  const parsed = events.map(parseEvent);
  if (parsed.some((e) => e === null)) return null;
  return { id, name, state, events: parsed as StatusEvent[] };
}

/** The whole snapshot or nothing: a snapshot missing one service's events could hide an outage. */
export function parseStatusSnapshot(value: unknown): StatusSnapshot | null {
  if (!isRecord(value) || !isTime(value.fetchedAt) || !Array.isArray(value.services)) return null;
  const services = value.services.map(parseService);
  if (services.some((s) => s === null)) return null;
  return { fetchedAt: value.fetchedAt, services: services as ServiceStatus[] };
}

/**
 * A damaged poll record reads as "no polls yet": the snapshot's own age still makes a stopped
 * or failing monitor show as unknown.
 */
export function parsePollRecord(value: unknown): PollRecord {
  if (!isRecord(value)) return EMPTY_POLL_RECORD;
  const { lastAttemptAt, lastSuccessAt, consecutiveFailures, lastError } = value;
  if (!isTimeOrNull(lastAttemptAt) || !isTimeOrNull(lastSuccessAt) || !isStringOrNull(lastError)) {
    return EMPTY_POLL_RECORD;
  }
  if (
    typeof consecutiveFailures !== 'number' ||
    !Number.isInteger(consecutiveFailures) ||
    consecutiveFailures < 0
  ) {
    return EMPTY_POLL_RECORD;
  }
  return { lastAttemptAt, lastSuccessAt, consecutiveFailures, lastError };
}
