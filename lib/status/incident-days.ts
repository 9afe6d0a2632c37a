/**
 * The 7-day strip of iCloud incidents: for each local calendar day, the incidents of watched
 * services that were current at some time that day, from the status event history.
 */
import type { StatusEventRecord } from '@/lib/history-db';
import { serviceName } from '@/lib/status/catalogue';
import type { EventKind } from '@/lib/status/types';

export type DaySeverity = 'major' | 'minor' | 'maintenance';

export interface DayIncident {
  serviceId: string;
  /** The service's name for people. */
  name: string;
  messageId: string;
  kind: EventKind;
  severity: DaySeverity;
}

export interface IncidentDay {
  /** Local midnight that starts the day (epoch ms). */
  start: number;
  /** The worst incident of the day, or null when none was reported. */
  worst: DaySeverity | null;
  /** Apple's status was read that day (or an incident was seen): only then does "none" mean none. */
  known: boolean;
  incidents: DayIncident[];
}

const SEVERITY_RANK: Record<DaySeverity, number> = { maintenance: 0, minor: 1, major: 2 };

export function severityOf(kind: EventKind): DaySeverity {
  if (kind === 'outage') return 'major';
  if (kind === 'maintenance') return 'maintenance';
  return 'minor';
}

/** When an event stopped being current: its end time, else the first phase that ended it, else now. */
function endOf(event: StatusEventRecord, now: number): number {
  if (event.endsAt !== null) return Math.min(event.endsAt, now);
  const ended = event.phases.find(
    (p) => p.phase === 'resolved' || p.phase === 'completed' || p.phase === 'vanished',
  );
  return ended ? ended.at : now;
}

function localMidnight(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** The last `days` local days, oldest first, today last. */
export function incidentDays(
  events: readonly StatusEventRecord[],
  watched: readonly string[],
  now: number,
  days = 7,
  checkedAt: readonly number[] = [],
): IncidentDay[] {
  const today = new Date(localMidnight(now));
  const starts = Array.from({ length: days }, (_, i) =>
    new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1 - i)).getTime(),
  );
  return starts.map((start, i) => {
    const end =
      starts[i + 1] ?? new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1).getTime();
    const incidents = events
      .filter((e) => watched.includes(e.serviceId))
      .filter((e) => {
        const from = e.startsAt ?? e.firstSeenAt;
        if (from > now) return false; // scheduled, not yet history
        return from < end && endOf(e, now) >= start;
      })
      .map((e) => ({
        serviceId: e.serviceId,
        name: serviceName(e.serviceId),
        messageId: e.messageId,
        kind: e.kind,
        severity: severityOf(e.kind),
      }));
    const worst = incidents.reduce<DaySeverity | null>(
      (w, inc) => (w === null || SEVERITY_RANK[inc.severity] > SEVERITY_RANK[w] ? inc.severity : w),
      null,
    );
    const known = incidents.length > 0 || checkedAt.some((t) => t >= start && t < end);
    return { start, worst, incidents, known };
  });
}
