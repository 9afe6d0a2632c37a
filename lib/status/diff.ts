/**
 * What changed for notifications, read from two runs of the one conditions evaluator: a watched
 * service that entered the `outage` condition started a problem, one that left it ended one. Each
 * change is tied to the feed event behind it (serviceId, messageId) — never an array index or a
 * start time, which Apple revises — so a notice stays the same notice for one incident.
 */
import type { Condition } from '../conditions/types';
import { isProblem } from './event-meaning';
import type { EventKind, StatusEvent, StatusSnapshot } from './types';

export type TransitionType = 'started' | 'resolved' | 'vanished';

export interface Transition {
  type: TransitionType;
  serviceId: string;
  messageId: string;
  kind: EventKind;
  startsAt: number | null;
  endsAt: number | null;
  message: string;
}

export const eventKey = (e: { serviceId: string; messageId: string }): string =>
  `${e.serviceId}\u0000${e.messageId}`;

type Affected = NonNullable<Condition['facts']['services']>[number];

function outageServices(conditions: readonly Condition[]): Map<string, Affected> {
  const outage = conditions.find((c) => c.id === 'outage');
  return new Map((outage?.facts.services ?? []).map((s) => [s.id, s]));
}

/** The feed event the evaluator named for a service: same kind, start and words, else any problem. */
function eventBehind(snapshot: StatusSnapshot | null, affected: Affected): StatusEvent | undefined {
  const problems = snapshot?.services.find((s) => s.id === affected.id)?.events.filter(isProblem) ?? [];
  return (
    problems.find(
      (e) => e.kind === affected.kind && e.startsAt === affected.since && e.message === affected.message,
    ) ?? problems[0]
  );
}

function transition(type: TransitionType, e: StatusEvent): Transition {
  const { serviceId, messageId, kind, startsAt, endsAt, message } = e;
  return { type, serviceId, messageId, kind, startsAt, endsAt, message };
}

/**
 * `before` and `after` are the evaluator's conditions for the previous and the new snapshot
 * (previous is null on the first poll: every current outage then counts as started).
 */
export function conditionTransitions(
  before: readonly Condition[],
  after: readonly Condition[],
  previous: StatusSnapshot | null,
  next: StatusSnapshot,
): Transition[] {
  const was = outageServices(before);
  const is = outageServices(after);
  const changes: Transition[] = [];
  for (const [id, affected] of is) {
    if (was.has(id)) continue;
    const event = eventBehind(next, affected);
    if (event) changes.push(transition('started', event));
  }
  for (const [id, affected] of was) {
    if (is.has(id)) continue;
    const event = eventBehind(previous, affected);
    if (!event) continue;
    const now = next.services.find((s) => s.id === id)?.events.find((e) => e.messageId === event.messageId);
    const ended = now?.phase === 'resolved' || now?.phase === 'completed';
    changes.push(transition(ended ? 'resolved' : 'vanished', ended ? now : event));
  }
  return changes;
}
