/**
 * Two snapshots → what changed, per event identity (serviceId, messageId) — never by array index
 * and never by start time, which Apple revises. Only ongoing events are "active".
 */
import { kindRank } from './event-meaning';
import type { EventKind, StatusEvent, StatusSnapshot } from './types';

export type TransitionType = 'started' | 'escalated' | 'de-escalated' | 'resolved' | 'vanished';

export interface Transition {
  type: TransitionType;
  serviceId: string;
  messageId: string;
  kind: EventKind;
  /** The kind before an escalation or de-escalation. */
  previousKind?: EventKind;
  startsAt: number | null;
  endsAt: number | null;
  message: string;
}

export const eventKey = (e: { serviceId: string; messageId: string }): string =>
  `${e.serviceId}\u0000${e.messageId}`;

function eventsByKey(snapshot: StatusSnapshot | null): Map<string, StatusEvent> {
  const map = new Map<string, StatusEvent>();
  for (const s of snapshot?.services ?? []) for (const e of s.events) map.set(eventKey(e), e);
  return map;
}

function transition(type: TransitionType, e: StatusEvent, previousKind?: EventKind): Transition {
  return {
    type,
    serviceId: e.serviceId,
    messageId: e.messageId,
    kind: e.kind,
    ...(previousKind ? { previousKind } : {}),
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    message: e.message,
  };
}

/** `previous` is null on the first poll: every ongoing event then counts as started. */
export function diffSnapshots(previous: StatusSnapshot | null, next: StatusSnapshot): Transition[] {
  const before = eventsByKey(previous);
  const after = eventsByKey(next);
  const changes: Transition[] = [];
  for (const [key, now] of after) {
    const was = before.get(key);
    const wasActive = was?.phase === 'ongoing';
    if (now.phase === 'ongoing') {
      if (!wasActive) changes.push(transition('started', now));
      else if (kindRank(now.kind) > kindRank(was.kind)) changes.push(transition('escalated', now, was.kind));
      else if (kindRank(now.kind) < kindRank(was.kind))
        changes.push(transition('de-escalated', now, was.kind));
    } else if (wasActive && (now.phase === 'resolved' || now.phase === 'completed')) {
      changes.push(transition('resolved', now));
    }
  }
  for (const [key, was] of before) {
    if (was.phase === 'ongoing' && !after.has(key)) changes.push(transition('vanished', was));
  }
  return changes;
}
