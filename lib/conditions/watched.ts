import type { Settings } from '../settings';
import type { EventKind, EventPhase, ServiceStatus, StatusEvent, StatusSnapshot } from '../status/types';
import { serviceName } from '../status/catalogue';
import type { AffectedService } from './types';

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
