import type { AffectedService, Condition, ConditionInput } from '../types';
import { formatRelativeTime, joinNames } from '../../format';
import { affectedBy, affectedWatched, statusCondition } from '../watched';

/**
 * `maintenance`: upcoming or ongoing maintenance on a watched service. Upcoming maintenance whose
 * end has already passed is left out: the feed simply has not caught up.
 */
export function maintenance({ snapshot, settings, now }: ConditionInput): Condition | null {
  if (!snapshot) return null;
  const affected = affectedWatched(snapshot, settings, (service) => {
    const events = service.events.filter(
      (e) =>
        e.kind === 'maintenance' &&
        (e.phase === 'ongoing' || (e.phase === 'upcoming' && (e.endsAt === null || e.endsAt > now))),
    );
    // Ongoing first, then the soonest upcoming.
    const chosen =
      events.find((e) => e.phase === 'ongoing') ??
      [...events].sort((a, b) => (a.startsAt ?? Infinity) - (b.startsAt ?? Infinity))[0];
    return chosen ? affectedBy(service, chosen, chosen.phase) : null;
  });
  return statusCondition('maintenance', snapshot, affected, now, () => ({
    sentence: maintenanceSentence(affected, now),
    // Shown only when nothing with a badge outranks it, which the priority order already ensures.
    badge: { text: 'i', colour: 'grey' },
  }));
}

export function maintenanceSentence(affected: readonly AffectedService[], now: number): string {
  const ongoing = affected.filter((s) => s.phase === 'ongoing');
  const upcoming = affected.filter((s) => s.phase !== 'ongoing');
  const doing = ongoing.length > 0 ? `is doing maintenance on ${joinNames(ongoing.map((s) => s.name))}` : '';
  let planned = '';
  if (upcoming.length > 0) {
    const first = upcoming[0];
    const when =
      upcoming.length === 1 && first && first.since !== null && first.since > now
        ? `, starting ${formatRelativeTime(first.since, now)}`
        : '';
    planned = `has scheduled maintenance of ${joinNames(upcoming.map((s) => s.name))}${when}`;
  }
  return `Apple ${[doing, planned].filter(Boolean).join(' and ')}.`;
}
