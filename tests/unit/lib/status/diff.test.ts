import { describe, expect, it } from 'vitest';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { conditionTransitions } from '@/lib/status/diff';
import type { EventKind, EventPhase, StatusEvent, StatusSnapshot } from '@/lib/status/types';
import { EMPTY_POLL_RECORD } from '@/lib/status/types';

function ev(
  messageId: string,
  kind: EventKind,
  phase: EventPhase,
  startsAt = 1000,
  serviceId = 'photos',
): StatusEvent {
  return { serviceId, messageId, kind, phase, startsAt, endsAt: null, message: 'm', usersAffected: null };
}

function snap(...events: StatusEvent[]): StatusSnapshot {
  const ids = [...new Set(events.map((e) => e.serviceId))];
  return {
    fetchedAt: 0,
    services: ids.map((id) => ({
      id,
      name: id,
      state: 'ok',
      events: events.filter((e) => e.serviceId === id),
    })),
  };
}

/** The evaluator's conditions for a snapshot, as the poll computes them. */
const conditions = (snapshot: StatusSnapshot | null) =>
  evaluateConditions({
    storage: null,
    photos: null,
    snapshot,
    poll: EMPTY_POLL_RECORD,
    settings: DEFAULT_SETTINGS,
    forecast: null,
    now: 2000,
  });

const types = (prev: StatusSnapshot | null, next: StatusSnapshot) =>
  conditionTransitions(conditions(prev), conditions(next), prev, next).map(
    (t) => `${t.type} ${t.serviceId}/${t.messageId}`,
  );

describe('conditionTransitions', () => {
  it('reports a service entering the outage condition as started', () => {
    expect(types(snap(), snap(ev('1', 'outage', 'ongoing')))).toEqual(['started photos/1']);
  });

  it('treats every current outage of the first snapshot as started', () => {
    expect(types(null, snap(ev('1', 'issue', 'ongoing'), ev('2', 'outage', 'resolved')))).toEqual([
      'started photos/1',
    ]);
  });

  it('says nothing about an event first published already resolved, or about maintenance', () => {
    expect(types(snap(), snap(ev('1', 'outage', 'resolved')))).toEqual([]);
    expect(types(snap(), snap(ev('m', 'maintenance', 'ongoing')))).toEqual([]);
  });

  it('reports ongoing → resolved as resolved, naming the event that ended', () => {
    expect(types(snap(ev('1', 'outage', 'ongoing')), snap(ev('1', 'outage', 'resolved')))).toEqual([
      'resolved photos/1',
    ]);
  });

  it('reports an ongoing event that left the feed as vanished', () => {
    expect(types(snap(ev('1', 'outage', 'ongoing')), snap())).toEqual(['vanished photos/1']);
  });

  it('stays quiet while the service stays in the condition: revised start, other kind, new order', () => {
    expect(types(snap(ev('1', 'outage', 'ongoing', 1000)), snap(ev('1', 'outage', 'ongoing', 5000)))).toEqual(
      [],
    );
    expect(types(snap(ev('1', 'issue', 'ongoing')), snap(ev('1', 'outage', 'ongoing')))).toEqual([]);
    const before = snap(ev('a', 'outage', 'ongoing'), ev('b', 'issue', 'ongoing', 1000, 'icloud-mail'));
    const after = snap(ev('b', 'issue', 'ongoing', 1000, 'icloud-mail'), ev('a', 'outage', 'ongoing'));
    expect(types(before, after)).toEqual([]);
  });

  it('ignores services the person does not watch', () => {
    expect(types(snap(), snap(ev('1', 'outage', 'ongoing', 1000, 'other:App Store')))).toEqual([]);
  });
});
