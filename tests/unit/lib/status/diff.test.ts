import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '@/lib/status/diff';
import type { EventKind, EventPhase, StatusEvent, StatusSnapshot } from '@/lib/status/types';

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

const types = (prev: StatusSnapshot | null, next: StatusSnapshot) =>
  diffSnapshots(prev, next).map((t) => `${t.type} ${t.serviceId}/${t.messageId}`);

describe('diffSnapshots', () => {
  it('reports an event that appears ongoing as started', () => {
    expect(types(snap(), snap(ev('1', 'outage', 'ongoing')))).toEqual(['started photos/1']);
  });

  it('treats every ongoing event of the first snapshot as started', () => {
    expect(types(null, snap(ev('1', 'issue', 'ongoing'), ev('2', 'outage', 'resolved')))).toEqual([
      'started photos/1',
    ]);
  });

  it('says nothing about an event first published already resolved', () => {
    expect(types(snap(), snap(ev('1', 'outage', 'resolved')))).toEqual([]);
  });

  it('reports ongoing → resolved as resolved and completed maintenance as resolved', () => {
    expect(types(snap(ev('1', 'outage', 'ongoing')), snap(ev('1', 'outage', 'resolved')))).toEqual([
      'resolved photos/1',
    ]);
    expect(types(snap(ev('m', 'maintenance', 'ongoing')), snap(ev('m', 'maintenance', 'completed')))).toEqual(
      ['resolved photos/m'],
    );
  });

  it('reports Issue → Outage as escalated and Outage → Issue as de-escalated', () => {
    const up = diffSnapshots(snap(ev('1', 'issue', 'ongoing')), snap(ev('1', 'outage', 'ongoing')));
    expect(up).toEqual([
      expect.objectContaining({ type: 'escalated', kind: 'outage', previousKind: 'issue' }),
    ]);
    expect(types(snap(ev('1', 'outage', 'ongoing')), snap(ev('1', 'issue', 'ongoing')))).toEqual([
      'de-escalated photos/1',
    ]);
  });

  it('reports an ongoing event that left the feed as vanished', () => {
    expect(types(snap(ev('1', 'outage', 'ongoing')), snap())).toEqual(['vanished photos/1']);
  });

  it('ignores a revised start time: same identity, no transition', () => {
    expect(types(snap(ev('1', 'outage', 'ongoing', 1000)), snap(ev('1', 'outage', 'ongoing', 5000)))).toEqual(
      [],
    );
  });

  it('keys by service and messageId, not by position', () => {
    const before = snap(ev('a', 'outage', 'ongoing'), ev('b', 'issue', 'ongoing'));
    const after = snap(ev('b', 'issue', 'ongoing'), ev('a', 'outage', 'ongoing'));
    expect(types(before, after)).toEqual([]);
  });

  it('treats one messageId on two services as two events', () => {
    const next = snap(
      ev('1', 'outage', 'ongoing', 1, 'photos'),
      ev('1', 'outage', 'ongoing', 1, 'icloud-mail'),
    );
    expect(types(snap(ev('1', 'outage', 'ongoing', 1, 'photos')), next)).toEqual(['started icloud-mail/1']);
  });

  it('reports resolved → ongoing (a flap) as started again', () => {
    expect(types(snap(ev('1', 'outage', 'resolved')), snap(ev('1', 'outage', 'ongoing')))).toEqual([
      'started photos/1',
    ]);
  });

  it('does not call an unknown phase resolved', () => {
    expect(types(snap(ev('1', 'outage', 'ongoing')), snap(ev('1', 'outage', 'unknown')))).toEqual([]);
  });
});
