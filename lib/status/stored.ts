/**
 * Validators for the status values kept in storage.local: they cross a storage boundary (older
 * versions, damage), so they are `unknown` until checked here. Damage reads as "no snapshot".
 */
import type { EventKind, EventPhase, FeedErrorCode, PollRecord, ServiceState, StatusSnapshot } from './types';
import { EMPTY_POLL_RECORD, FEED_ERROR_CODES } from './types';
import { isRecord } from '../is-record';

const KINDS: readonly EventKind[] = [
  'outage',
  'issue',
  'performance',
  'maintenance',
  'unspecified',
  'unknown',
];
const PHASES: readonly EventPhase[] = ['ongoing', 'resolved', 'upcoming', 'completed', 'unknown'];
const STATES: readonly ServiceState[] = ['ok', 'minor', 'major', 'maintenance', 'scheduled', 'unknown'];

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTimeOrNull = (v: unknown): boolean => v === null || isTime(v);

function isEvent(e: unknown): boolean {
  return (
    isRecord(e) &&
    typeof e.serviceId === 'string' &&
    typeof e.messageId === 'string' &&
    KINDS.includes(e.kind as EventKind) &&
    PHASES.includes(e.phase as EventPhase) &&
    isTimeOrNull(e.startsAt) &&
    isTimeOrNull(e.endsAt) &&
    typeof e.message === 'string' &&
    (e.usersAffected === null || typeof e.usersAffected === 'string')
  );
}

function isService(s: unknown): boolean {
  return (
    isRecord(s) &&
    typeof s.id === 'string' &&
    typeof s.name === 'string' &&
    STATES.includes(s.state as ServiceState) &&
    Array.isArray(s.events) &&
    s.events.every(isEvent) &&
    (s.missing === undefined || typeof s.missing === 'boolean')
  );
}

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
