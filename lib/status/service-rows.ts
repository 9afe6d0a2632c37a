/**
 * The watched services as Apple's feed lists them, for the popup's folded "all watched services"
 * list. What is wrong, and the headline, come from the conditions; this only gives each service's
 * state and its name for people.
 */
import type { Settings } from '../settings';
import { serviceName } from './catalogue';
import { watchedServiceStates } from './freshness';
import type { ServiceState, StatusSnapshot } from './types';

export interface ServiceRow {
  id: string;
  name: string;
  state: ServiceState;
  /** The feed does not list this service. */
  missing: boolean;
}

export function serviceRows(snapshot: StatusSnapshot | null, settings: Settings, now: number): ServiceRow[] {
  return watchedServiceStates(snapshot, settings.watchedServices, now, settings.pollIntervalMinutes).map(
    (s) => ({
      id: s.id,
      name: serviceName(s.id, s.name),
      state: s.state,
      missing: snapshot !== null && !snapshot.services.some((x) => x.id === s.id),
    }),
  );
}
