/**
 * The watched services as Apple's feed lists them, for the folded "all watched services" list.
 * What is wrong, and the headline, come from the conditions; this only names each service's state.
 */
import { serviceName } from '@/lib/status/catalogue';
import { watchedServiceStates } from '@/lib/status/freshness';
import type { ServiceState, StatusSnapshot } from '@/lib/status/types';
import type { Settings } from '@/lib/settings';

export interface ServiceRow {
  id: string;
  name: string;
  state: ServiceState;
  /** The feed does not list this service. */
  missing: boolean;
}

export const STATE_WORDS: Record<ServiceState, string> = {
  ok: 'No issues reported',
  minor: 'Issue',
  major: 'Outage',
  maintenance: 'Maintenance now',
  scheduled: 'Maintenance scheduled',
  unknown: 'Unknown',
};

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
