import { ageOf, makeCondition } from '../condition';
import { snapshotFreshness } from '../../status/freshness';
import { FAILED_POLLS_FOR_UNKNOWN } from '../limits';
import type { Condition, ConditionInput } from '../types';
import { formatRelativeTime, joinNames } from '../../format';
import { serviceName } from '../../status/catalogue';
import { nameOf } from '../watched';

/**
 * `status-unknown`: Apple's status cannot be trusted for the watched services because the feed
 * failed the last 3 polls, failed with nothing read before (not while the very first check is
 * under way), is too old (polling has stopped: see
 * lib/status/freshness), or lists a watched service not at all or in a way we could not read. With no
 * services watched, there is nothing to be unknown about.
 *
 * The last poll found no host access to Apple's status page (the person withdrew it, which Firefox
 * allows): unknown at once, not after 3 tries, because no retry can succeed until access is given
 * back; the fact `statusAccess: 'missing'` lets the views offer to ask for it.
 */
export function statusUnknown({ snapshot, poll, settings, now }: ConditionInput): Condition | null {
  if (settings.watchedServices.length === 0) return null;
  if (poll.lastErrorCode === 'no-permission') {
    return makeCondition('status-unknown', {
      sentence: "Cloud Checkup is not allowed to read Apple's status page, so iCloud's state is unknown.",
      badge: { text: '?', colour: 'grey' },
      facts: {
        seenOn: 'apple-status',
        consecutiveFailures: poll.consecutiveFailures,
        statusAccess: 'missing',
      },
      dataAgeMs: snapshot ? ageOf(snapshot.fetchedAt, now) : null,
    });
  }
  // The first check is simply under way: nothing has failed yet, so there is nothing to warn of.
  if (!snapshot && poll.consecutiveFailures === 0 && poll.lastSuccessAt === null) return null;
  const failing = poll.consecutiveFailures >= FAILED_POLLS_FOR_UNKNOWN;
  const dataAgeMs = snapshot ? ageOf(snapshot.fetchedAt, now) : null;
  // Too old to trust: lib/status/freshness's "expired" (2 h, or longer with a slow poll interval),
  // the same point at which the popup shows watched services as unknown.
  const tooOld = snapshot !== null && snapshotFreshness(snapshot, now, settings.pollIntervalMinutes).expired;

  // The parser lists a watched service the feed left out with `missing: true`; an older snapshot
  // may simply not have it.
  const listed = new Set(snapshot?.services.filter((s) => !s.missing).map((s) => s.id));
  const missingServices = snapshot
    ? settings.watchedServices.filter((id) => !listed.has(id)).map((id) => serviceName(id))
    : [];
  const unclearServices = (snapshot?.services ?? [])
    .filter((s) => !s.missing && settings.watchedServices.includes(s.id))
    .filter((s) => s.state === 'unknown' || s.events.some((e) => e.phase === 'unknown'))
    .map(nameOf);

  if (snapshot && !failing && !tooOld && missingServices.length === 0 && unclearServices.length === 0)
    return null;

  let sentence: string;
  if (failing) {
    const lastGood = snapshot ? ` (last read ${formatRelativeTime(snapshot.fetchedAt, now)})` : '';
    sentence = `Cloud Checkup could not read Apple's status page in its last ${poll.consecutiveFailures} tries${lastGood}.`;
  } else if (!snapshot) {
    sentence =
      poll.consecutiveFailures > 0
        ? "Cloud Checkup could not read Apple's status page yet, so iCloud's state is unknown."
        : "Cloud Checkup has no reading of Apple's status page, so iCloud's state is unknown.";
  } else if (tooOld) {
    sentence = `Apple's status was last read ${formatRelativeTime(now - (dataAgeMs ?? 0), now)}, so it may be out of date.`;
  } else if (missingServices.length > 0) {
    sentence = `Apple's status page does not list ${joinNames(missingServices)}, so ${missingServices.length === 1 ? 'its' : 'their'} state is unknown.`;
  } else {
    sentence = `Apple's status page lists ${joinNames(unclearServices)} in a way Cloud Checkup cannot read, so ${unclearServices.length === 1 ? 'its' : 'their'} state is unknown.`;
  }
  return makeCondition('status-unknown', {
    sentence,
    badge: { text: '?', colour: 'grey' },
    facts: {
      seenOn: 'apple-status',
      consecutiveFailures: poll.consecutiveFailures,
      ...(missingServices.length > 0 ? { missingServices } : {}),
      ...(unclearServices.length > 0 ? { unclearServices } : {}),
    },
    dataAgeMs,
  });
}
