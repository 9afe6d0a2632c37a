import { isProblem } from '../../status/event-meaning';
import type { EventKind, StatusEvent } from '../../status/types';
import type { AffectedService, Condition, ConditionInput } from '../types';
import { formatRelativeTime, joinNames } from '../../format';
import { affectedBy, affectedWatched, statusCondition, worseKind } from '../watched';

/**
 * `outage`: a watched service has an ongoing Outage, Issue or Performance event. An ongoing event
 * with an empty or unrecognised statusType also counts, as a problem of unknown kind: Apple posted
 * it as current, and staying silent about it would be turning "could not read" into "all good".
 */
export function outage({ snapshot, settings, now }: ConditionInput): Condition | null {
  if (!snapshot) return null;
  const affected = affectedWatched(snapshot, settings, (service) => {
    const problems = service.events.filter(isProblem);
    const worst = problems.reduce<StatusEvent | null>(
      (a, b) => (a && worseKind(a.kind, b.kind) === a.kind ? a : b),
      null,
    );
    return worst && affectedBy(service, worst, 'ongoing');
  });
  return statusCondition('outage', snapshot, affected, now, () => ({
    sentence: outageSentence(affected, now),
    badge: { text: '!', colour: 'red' },
  }));
}

const KIND_PHRASE: Record<EventKind, string> = {
  outage: 'an outage of',
  issue: 'an issue with',
  performance: 'slow performance of',
  unspecified: 'a problem with',
  unknown: 'a problem with',
  maintenance: 'maintenance of',
};

export function outageSentence(affected: readonly AffectedService[], now: number): string {
  const names = joinNames(affected.map((s) => s.name));
  const kinds = new Set(affected.map((s) => KIND_PHRASE[s.kind]));
  const first = affected[0];
  if (affected.length === 1 && first) {
    const started =
      first.since !== null && first.since <= now ? ` (started ${formatRelativeTime(first.since, now)})` : '';
    return `Apple reports ${KIND_PHRASE[first.kind]} ${names}${started}.`;
  }
  const [only] = [...kinds];
  return kinds.size === 1 && only
    ? `Apple reports ${only} ${names}.`
    : `Apple reports problems with ${names}.`;
}
