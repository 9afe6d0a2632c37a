/**
 * Which notifications a poll's announced transitions deserve, worded honestly — it is what Apple
 * reports, not what we know ("Apple reports an outage of iCloud Photos since 14:05"). One notice
 * per incident (messageId) however many watched services it spans; maintenance is not notified.
 */
import { isRecord } from '../is-record';
import { formatClock, joinNames, type ClockOptions } from '../format';
import { serviceName } from './catalogue';
import type { Transition } from './diff';
import { inServiceOrder } from './service-order';
import type { EventKind, StatusSnapshot } from './types';

export type NoticeKind = 'start' | 'end';

export interface StatusNotice {
  /** Stable per incident and kind, so a repeat replaces rather than stacks. */
  id: string;
  kind: NoticeKind;
  title: string;
  message: string;
}

const PROBLEM_WORDS: Record<EventKind, [string, string]> = {
  outage: ['an outage of', 'Apple reports an outage'],
  issue: ['an issue with', 'Apple reports an issue'],
  performance: ['slow performance of', 'Apple reports slow performance'],
  maintenance: ['maintenance of', 'Apple reports maintenance'],
  unspecified: ['a problem with', 'Apple reports a problem'],
  unknown: ['a problem with', 'Apple reports a problem'],
};

const THE_PROBLEM: Record<EventKind, string> = {
  outage: 'the outage of',
  issue: 'the issue with',
  performance: 'the slow performance of',
  maintenance: 'the maintenance of',
  unspecified: 'the problem with',
  unknown: 'the problem with',
};

function groupByIncident(transitions: Transition[]): Transition[][] {
  const groups = new Map<string, Transition[]>();
  for (const t of transitions) groups.set(t.messageId, [...(groups.get(t.messageId) ?? []), t]);
  return [...groups.values()].map((g) => inServiceOrder(g, (t) => t.serviceId));
}

export function statusNotices(
  announced: Transition[],
  next: StatusSnapshot,
  watched: readonly string[],
  now: number,
  format: ClockOptions = {},
): StatusNotice[] {
  const relevant = announced.filter((t) => watched.includes(t.serviceId) && t.kind !== 'maintenance');
  const stateOf = (id: string) => next.services.find((s) => s.id === id)?.state;
  const since = (t: Transition) =>
    t.startsAt === null ? '' : ` since ${formatClock(t.startsAt, now, format)}`;

  const starts = groupByIncident(relevant.filter((t) => t.type === 'started')).map((group): StatusNotice => {
    const first = group[0]!;
    const names = joinNames(group.map((t) => serviceName(t.serviceId)));
    const [phrase, title] = PROBLEM_WORDS[first.kind];
    return {
      id: `status-start:${first.messageId}`,
      kind: 'start',
      title,
      message: `Apple reports ${phrase} ${names}${since(first)}.`,
    };
  });

  // "Back to normal" only when the service has nothing else current and is not unknown.
  const ended = relevant.filter(
    (t) => (t.type === 'resolved' || t.type === 'vanished') && stateOf(t.serviceId) === 'ok',
  );
  const ends = groupByIncident(ended).map((group): StatusNotice => {
    const first = group[0]!;
    const names = joinNames(group.map((t) => serviceName(t.serviceId)));
    const what = `${THE_PROBLEM[first.kind]} ${names}${since(first)}`;
    return {
      id: `status-end:${first.messageId}`,
      kind: 'end',
      title: `Back to normal: ${names}`,
      message:
        first.type === 'resolved' ? `Apple reports ${what} as resolved.` : `Apple no longer lists ${what}.`,
    };
  });
  return [...starts, ...ends];
}

/** Where clicking a notice leads: the outage guide for a start, the popup's content for an end. */
export function noticeTarget(notificationId: string): string | null {
  if (notificationId.startsWith('status-start:')) return '/guide.html?condition=outage';
  if (notificationId.startsWith('status-end:')) return '/popup.html';
  return null;
}

/** A notice decided by a poll and not yet shown, with when it was decided. */
export interface PendingNotice extends StatusNotice {
  at: number;
}

/** Notices not shown within a day are dropped: they no longer tell anything new. */
export const PENDING_NOTICE_MAX_AGE_MS = 24 * 3_600_000;
export const PENDING_NOTICE_MAX = 20;

function isPendingNotice(value: unknown): value is PendingNotice {
  if (!isRecord(value)) return false;
  return (
    typeof value.id === 'string' &&
    (value.kind === 'start' || value.kind === 'end') &&
    typeof value.title === 'string' &&
    typeof value.message === 'string' &&
    typeof value.at === 'number' &&
    Number.isFinite(value.at)
  );
}

/** Stored pending notices, validated and pruned by age and count (newest kept). */
export function readPendingNotices(value: unknown, now: number): PendingNotice[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isPendingNotice)
    .filter((n) => n.at <= now && now - n.at <= PENDING_NOTICE_MAX_AGE_MS)
    .slice(-PENDING_NOTICE_MAX);
}

/** Adds a poll's notices to those waiting; a newer notice with the same id replaces the older. */
export function queueNotices(
  pending: readonly PendingNotice[],
  notices: readonly StatusNotice[],
  now: number,
): PendingNotice[] {
  const ids = new Set(notices.map((n) => n.id));
  const added = notices.map((n) => ({ ...n, at: now }));
  return readPendingNotices([...pending.filter((n) => !ids.has(n.id)), ...added], now);
}
