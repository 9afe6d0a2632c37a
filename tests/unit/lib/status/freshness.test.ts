import { describe, expect, it } from 'vitest';
import { snapshotFreshness, watchedServiceStates } from '@/lib/status/freshness';
import type { StatusSnapshot } from '@/lib/status/types';

const MIN = 60_000;
const snapshot: StatusSnapshot = {
  fetchedAt: 1_000_000_000_000,
  services: [
    {
      id: 'photos',
      name: 'Photos',
      state: 'major',
      events: [
        {
          serviceId: 'photos',
          messageId: '1',
          kind: 'outage',
          phase: 'ongoing',
          startsAt: 1,
          endsAt: null,
          message: '',
          usersAffected: null,
        },
      ],
    },
    { id: 'icloud-mail', name: 'iCloud Mail', state: 'ok', events: [] },
  ],
};
const at = (minutes: number) => snapshot.fetchedAt + minutes * MIN;

describe('snapshot freshness', () => {
  it('is fresh with its age within 30 minutes', () => {
    expect(snapshotFreshness(snapshot, at(29))).toEqual({ ageMs: 29 * MIN, stale: false, expired: false });
  });

  it('is stale after 30 minutes, or after three missed polls with a long interval', () => {
    expect(snapshotFreshness(snapshot, at(31)).stale).toBe(true);
    expect(snapshotFreshness(snapshot, at(31), 15).stale).toBe(false);
    expect(snapshotFreshness(snapshot, at(46), 15).stale).toBe(true);
  });

  it('expires after 2 hours', () => {
    expect(snapshotFreshness(snapshot, at(120)).expired).toBe(false);
    expect(snapshotFreshness(snapshot, at(121))).toMatchObject({
      stale: true,
      expired: true,
      ageMs: 121 * MIN,
    });
  });

  it('counts no snapshot as stale and expired without an age', () => {
    expect(snapshotFreshness(null, 0)).toEqual({ ageMs: null, stale: true, expired: true });
  });

  it('clamps the age of a snapshot from the future at zero', () => {
    expect(snapshotFreshness(snapshot, at(-5)).ageMs).toBe(0);
  });
});

describe('watchedServiceStates', () => {
  it('reports watched services in the order asked, a missing one as unknown', () => {
    const states = watchedServiceStates(snapshot, ['icloud-mail', 'photos', 'find-my'], at(1));
    expect(states.map((s) => [s.id, s.state, s.missing ?? false])).toEqual([
      ['icloud-mail', 'ok', false],
      ['photos', 'major', false],
      ['find-my', 'unknown', true],
    ]);
    expect(states[2]?.name).toBe('Find My');
  });

  it('reads every watched service as unknown, not ok, once the snapshot expired', () => {
    const states = watchedServiceStates(snapshot, ['icloud-mail', 'photos'], at(180));
    expect(states.map((s) => s.state)).toEqual(['unknown', 'unknown']);
  });

  it('reads every watched service as unknown without any snapshot', () => {
    expect(watchedServiceStates(null, ['photos'], 0)).toEqual([
      { id: 'photos', name: 'Photos', state: 'unknown', events: [] },
    ]);
  });
});
