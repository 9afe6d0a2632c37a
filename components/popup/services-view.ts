/**
 * What the services card says: one honest summary line ("Apple reports no issues", never "all
 * systems operational"), the watched services with their state, and their current and scheduled
 * events. Pure: the card draws it.
 */
import { snapshotFreshness, watchedServiceStates } from '@/lib/status/freshness';
import { catalogueService } from '@/lib/status/catalogue';
import type { PollRecord, ServiceState, StatusEvent, StatusSnapshot } from '@/lib/status/types';
import type { Settings } from '@/lib/settings';

export type SummaryTone = 'ok' | 'problem' | 'maintenance' | 'unknown';

export interface ServiceRow {
  id: string;
  name: string;
  state: ServiceState;
  /** Ongoing and scheduled events, soonest first. */
  events: StatusEvent[];
  /** The feed does not list this service. */
  missing: boolean;
}

export interface ServicesView {
  tone: SummaryTone;
  /** "Apple reports no issues", "Apple reports an outage of iCloud Photos" … */
  headline: string;
  /** When Apple's status was last read (epoch ms), for "checked 2 minutes ago". */
  checkedAt: number | null;
  /** Why the state is unknown or may be old, in words; null when nothing to add. */
  caveat: string | null;
  rows: ServiceRow[];
  /** Rows with something current or scheduled, worst first. */
  attention: ServiceRow[];
}

export const STATE_WORDS: Record<ServiceState, string> = {
  ok: 'No issues reported',
  minor: 'Issue',
  major: 'Outage',
  maintenance: 'Maintenance now',
  scheduled: 'Maintenance scheduled',
  unknown: 'Unknown',
};

const ATTENTION_ORDER: ServiceState[] = ['major', 'minor', 'unknown', 'maintenance', 'scheduled'];

function displayName(id: string, fallback: string): string {
  return catalogueService(id)?.displayName ?? fallback;
}

export function servicesView(
  snapshot: StatusSnapshot | null,
  poll: PollRecord,
  settings: Settings,
  now: number,
): ServicesView {
  const freshness = snapshotFreshness(snapshot, now, settings.pollIntervalMinutes);
  const rows: ServiceRow[] = watchedServiceStates(
    snapshot,
    settings.watchedServices,
    now,
    settings.pollIntervalMinutes,
  ).map((s) => ({
    id: s.id,
    name: displayName(s.id, s.name),
    state: s.state,
    events: s.events
      .filter((e) => e.phase === 'ongoing' || e.phase === 'upcoming' || e.phase === 'unknown')
      .sort((a, b) => (a.startsAt ?? 0) - (b.startsAt ?? 0)),
    missing: snapshot !== null && !snapshot.services.some((x) => x.id === s.id),
  }));
  const attention = rows
    .filter((r) => r.state !== 'ok' && !(r.state === 'unknown' && freshness.expired))
    .sort((a, b) => ATTENTION_ORDER.indexOf(a.state) - ATTENTION_ORDER.indexOf(b.state));
  const checkedAt = snapshot?.fetchedAt ?? null;
  const failed = poll.consecutiveFailures > 0 && poll.lastError !== null;
  const failure = failed ? `The last check failed: ${withoutFullStop(poll.lastError ?? 'no answer')}.` : null;

  if (settings.watchedServices.length === 0) {
    return {
      tone: 'unknown',
      headline: 'No iCloud service is watched',
      checkedAt,
      caveat: 'Choose services to watch in the settings.',
      rows,
      attention: [],
    };
  }
  if (!snapshot) {
    return {
      tone: 'unknown',
      headline: "iCloud's status is unknown",
      checkedAt: null,
      caveat: failed
        ? `Apple's System Status could not be read. ${failure ?? ''}`.trim()
        : poll.lastAttemptAt === null
          ? "Apple's System Status has not been checked yet."
          : "Apple's System Status has not been read yet.",
      rows,
      attention: [],
    };
  }
  if (freshness.expired) {
    return {
      tone: 'unknown',
      headline: "iCloud's status is unknown",
      checkedAt,
      caveat: `What Apple reported is too old to rely on.${failure ? ` ${failure}` : ''}`,
      rows,
      attention: [],
    };
  }
  const worst = attention[0]?.state;
  const names = (state: ServiceState) => attention.filter((r) => r.state === state).map((r) => r.name);
  let tone: SummaryTone = 'ok';
  let headline = 'Apple reports no issues';
  if (worst === 'major' || worst === 'minor') {
    tone = 'problem';
    const problems = attention.filter((r) => r.state === 'major' || r.state === 'minor').map((r) => r.name);
    headline = `Apple reports ${problems.length === 1 ? 'a problem' : 'problems'} with ${listNames(problems)}`;
  } else if (worst === 'maintenance') {
    tone = 'maintenance';
    headline = `Apple reports maintenance of ${listNames(names('maintenance'))}`;
  } else if (worst === 'scheduled') {
    tone = 'ok';
    headline = 'Apple reports no issues; maintenance is scheduled';
  }
  const missing = rows.filter((r) => r.missing).map((r) => r.name);
  const unclear = rows.filter((r) => r.state === 'unknown' && !r.missing).map((r) => r.name);
  const notes: string[] = [];
  if (missing.length) notes.push(`Apple's page does not list ${listNames(missing)}: unknown.`);
  if (unclear.length) notes.push(`The state of ${listNames(unclear)} could not be read.`);
  if (freshness.stale) notes.push('This may be out of date.');
  if (failure) notes.push(failure);
  if (tone === 'ok' && (missing.length || unclear.length)) tone = 'unknown';
  return { tone, headline, checkedAt, caveat: notes.length ? notes.join(' ') : null, rows, attention };
}

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > 3) return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** Apple's and our error texts may end in a full stop; sentences here add their own. */
export function withoutFullStop(text: string): string {
  return text.trim().replace(/[.。]+$/, '');
}
