/** Builders for the evaluator's inputs: a healthy baseline that each test changes in one place. */
import type { ConditionInput } from '@/lib/conditions/types';
import type { PhotosState, StorageReading } from '@/lib/readings/types';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { EventKind, EventPhase, ServiceStatus, StatusEvent, StatusSnapshot } from '@/lib/status/types';

export const NOW = Date.UTC(2026, 2, 10, 12, 0, 0);
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
export const GB = 2 ** 30;

/** A reading of `percent` of a 50 GB plan, read `ageMs` ago. */
export function reading(
  percent: number,
  ageMs = 5 * MIN,
  extra: Partial<StorageReading> = {},
): StorageReading {
  const totalBytes = 50 * GB;
  return {
    usedBytes: Math.round((totalBytes * percent) / 100),
    totalBytes,
    source: 'api',
    locale: 'en-us',
    readAt: NOW - ageMs,
    ...extra,
  };
}

export function event(kind: EventKind, phase: EventPhase, extra: Partial<StatusEvent> = {}): StatusEvent {
  return {
    serviceId: 'photos',
    messageId: `${kind}-${phase}`,
    kind,
    phase,
    startsAt: NOW - 25 * MIN,
    endsAt: null,
    message: 'Users may be experiencing a problem with this service.',
    usersAffected: 'Some users are affected',
    ...extra,
  };
}

/** Every watched service listed and healthy, except the events given per service id. */
export function snapshot(
  events: Record<string, StatusEvent[]> = {},
  ageMs = 2 * MIN,
  services: readonly string[] = DEFAULT_SETTINGS.watchedServices,
): StatusSnapshot {
  return {
    fetchedAt: NOW - ageMs,
    services: services.map((id): ServiceStatus => ({
      id,
      name: id === 'photos' ? 'Photos' : id,
      state: events[id]?.length ? 'minor' : 'ok',
      events: (events[id] ?? []).map((e) => ({ ...e, serviceId: id })),
    })),
  };
}

export function photos(extra: Partial<PhotosState> = {}): PhotosState {
  return { signedIn: true, upload: null, quotaError: null, view: 'library', readAt: NOW - MIN, ...extra };
}

export function input(extra: Partial<ConditionInput> = {}): ConditionInput {
  return {
    storage: reading(41),
    photos: null,
    snapshot: snapshot(),
    poll: {
      lastAttemptAt: NOW - 2 * MIN,
      lastSuccessAt: NOW - 2 * MIN,
      consecutiveFailures: 0,
      lastError: null,
    },
    settings: { ...DEFAULT_SETTINGS },
    forecast: null,
    now: NOW,
    ...extra,
  };
}
