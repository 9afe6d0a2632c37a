/**
 * Validators for the status values kept in storage.local: they cross a storage boundary (older
 * versions, damage), so they are `unknown` until checked here. Damage reads as "no snapshot".
 */
import type { FeedErrorCode, PollRecord, StatusEvent, StatusSnapshot } from './types';
import { EMPTY_POLL_RECORD, EVENT_KINDS, EVENT_PHASES, FEED_ERROR_CODES, SERVICE_STATES } from './types';
import { isBoolean, isRecord, isString, oneOf, optional, orNull, pickFields } from '../is-record';

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const isEvent = (e: unknown): e is StatusEvent =>
  pickFields(e, {
    serviceId: isString,
    messageId: isString,
    kind: oneOf(EVENT_KINDS),
    phase: oneOf(EVENT_PHASES),
    startsAt: orNull(isTime),
    endsAt: orNull(isTime),
    message: isString,
    usersAffected: orNull(isString),
  }) !== null;

const isEvents = (v: unknown): v is StatusEvent[] => Array.isArray(v) && v.every(isEvent);

const isService = (s: unknown): boolean =>
  pickFields(s, {
    id: isString,
    name: isString,
    state: oneOf(SERVICE_STATES),
    events: isEvents,
    missing: optional(isBoolean),
  }) !== null;

export function readStoredSnapshot(value: unknown): StatusSnapshot | null {
  if (!isRecord(value) || !isTime(value.fetchedAt) || !Array.isArray(value.services)) return null;
  return value.services.every(isService) ? (value as unknown as StatusSnapshot) : null;
}

export function readStoredPollRecord(value: unknown): PollRecord {
  if (!isRecord(value)) return EMPTY_POLL_RECORD;
  const failures = value.consecutiveFailures;
  return {
    lastAttemptAt: isTime(value.lastAttemptAt) ? value.lastAttemptAt : null,
    lastSuccessAt: isTime(value.lastSuccessAt) ? value.lastSuccessAt : null,
    consecutiveFailures:
      typeof failures === 'number' && Number.isInteger(failures) && failures >= 0 ? failures : 0,
    lastError: typeof value.lastError === 'string' ? value.lastError : null,
    ...(FEED_ERROR_CODES.includes(value.lastErrorCode as FeedErrorCode)
      ? { lastErrorCode: value.lastErrorCode as FeedErrorCode }
      : {}),
  };
}
