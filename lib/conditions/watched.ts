import type { Settings } from '../settings';
import type { EventKind, EventPhase, ServiceStatus, StatusEvent, StatusSnapshot } from '../status/types';
import { serviceName } from '../status/catalogue';
import { ageOf, makeCondition } from './condition';
import type { AffectedService, Condition } from './types';

/** The snapshot's services the person watches. */
export function watchedServices(snapshot: StatusSnapshot, settings: Settings): ServiceStatus[] {
  const watched = new Set(settings.watchedServices);
  return snapshot.services.filter((s) => watched.has(s.id));
}

/** Worst first: an outage outranks an issue, and so on. `unknown` kinds still count as problems. */
const KIND_RANK: Record<EventKind, number> = {
  outage: 0,
  issue: 1,
  performance: 2,
  unspecified: 3,
  unknown: 4,
  maintenance: 5,
};

export function worseKind(a: EventKind, b: EventKind): EventKind {
  return KIND_RANK[a] <= KIND_RANK[b] ? a : b;
}

export function nameOf(service: ServiceStatus): string {
  return serviceName(service.id, service.name);
}

/** The condition's entries for the watched services `entry` finds one for (null: none). */
export function affectedWatched(
  snapshot: StatusSnapshot,
  settings: Settings,
  entry: (service: ServiceStatus) => AffectedService | null,
): AffectedService[] {
  return watchedServices(snapshot, settings).flatMap((service) => entry(service) ?? []);
}

/** What a condition says of a watched service, from the event that put it there. */
export function affectedBy(service: ServiceStatus, event: StatusEvent, phase: EventPhase): AffectedService {
  const { kind, startsAt: since, endsAt: until, message } = event;
  return { id: service.id, name: nameOf(service), kind, phase, since, until, message };
}

/**
 * A condition Apple's status gives about watched services (outage, maintenance), or null when no
 * watched service is affected: its facts name the services, and its data is as old as the
 * snapshot. `shown` words it and picks its badge, for affected services only.
 */
export function statusCondition(
  id: 'outage' | 'maintenance',
  snapshot: StatusSnapshot,
  affected: AffectedService[],
  now: number,
  shown: () => Pick<Condition, 'sentence' | 'badge'>,
): Condition | null {
  if (affected.length === 0) return null;
  return makeCondition(id, {
    ...shown(),
    facts: { seenOn: 'apple-status', services: affected },
    dataAgeMs: ageOf(snapshot.fetchedAt, now),
  });
}
