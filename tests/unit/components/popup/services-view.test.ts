import { describe, expect, it } from 'vitest';
import { listNames, servicesView } from '@/components/popup/services-view';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { ICLOUD_SERVICES } from '@/lib/status/catalogue';
import {
  EMPTY_POLL_RECORD,
  type PollRecord,
  type StatusEvent,
  type StatusSnapshot,
} from '@/lib/status/types';

const NOW = Date.UTC(2026, 5, 10, 12);
const OK_POLL: PollRecord = {
  lastAttemptAt: NOW - 60_000,
  lastSuccessAt: NOW - 60_000,
  consecutiveFailures: 0,
  lastError: null,
};

function snapshot(
  events: Record<string, Partial<StatusEvent>[]> = {},
  fetchedAt = NOW - 60_000,
): StatusSnapshot {
  return {
    fetchedAt,
    services: ICLOUD_SERVICES.map((s) => {
      const list = (events[s.id] ?? []).map((e, i) => ({
        serviceId: s.id,
        messageId: `m${i}`,
        kind: 'outage' as const,
        phase: 'ongoing' as const,
        startsAt: NOW - 3_600_000,
        endsAt: null,
        message: 'Some users are affected.',
        usersAffected: null,
        ...e,
      }));
      const state = list.some((e) => e.phase === 'ongoing' && e.kind === 'outage')
        ? 'major'
        : list.some((e) => e.phase === 'ongoing' && e.kind === 'maintenance')
          ? 'maintenance'
          : list.some((e) => e.phase === 'upcoming')
            ? 'scheduled'
            : list.some((e) => e.phase === 'ongoing')
              ? 'minor'
              : 'ok';
      return { id: s.id, name: s.feedName, state, events: list };
    }),
  };
}

describe('servicesView', () => {
  it('says "Apple reports no issues" with the check time — never "all systems operational"', () => {
    const view = servicesView(snapshot(), OK_POLL, DEFAULT_SETTINGS, NOW);
    expect(view.tone).toBe('ok');
    expect(view.headline).toBe('Apple reports no issues');
    expect(view.checkedAt).toBe(NOW - 60_000);
    expect(view.caveat).toBeNull();
    expect(view.rows).toHaveLength(ICLOUD_SERVICES.length);
    expect(view.attention).toEqual([]);
  });

  it('names the service with a problem and lists its current event', () => {
    const view = servicesView(snapshot({ photos: [{}] }), OK_POLL, DEFAULT_SETTINGS, NOW);
    expect(view.tone).toBe('problem');
    expect(view.headline).toBe('Apple reports a problem with iCloud Photos');
    expect(view.attention.map((r) => [r.name, r.state, r.events.length])).toEqual([
      ['iCloud Photos', 'major', 1],
    ]);
  });

  it('puts problems before scheduled maintenance and says maintenance is scheduled when nothing else is', () => {
    const scheduled = {
      kind: 'maintenance' as const,
      phase: 'upcoming' as const,
      startsAt: NOW + 86_400_000,
    };
    const withBoth = servicesView(
      snapshot({ 'icloud-mail': [scheduled], photos: [{}] }),
      OK_POLL,
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(withBoth.attention.map((r) => r.id)).toEqual(['photos', 'icloud-mail']);
    const onlyScheduled = servicesView(
      snapshot({ 'icloud-mail': [scheduled] }),
      OK_POLL,
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(onlyScheduled.headline).toBe('Apple reports no issues; maintenance is scheduled');
  });

  it('ignores problems of services that are not watched', () => {
    const settings = { ...DEFAULT_SETTINGS, watchedServices: ['icloud-mail'] };
    const view = servicesView(snapshot({ photos: [{}] }), OK_POLL, settings, NOW);
    expect(view.headline).toBe('Apple reports no issues');
    expect(view.rows.map((r) => r.id)).toEqual(['icloud-mail']);
  });

  it('says the state is unknown, and why, before the first check', () => {
    const view = servicesView(null, EMPTY_POLL_RECORD, DEFAULT_SETTINGS, NOW);
    expect(view.tone).toBe('unknown');
    expect(view.headline).toBe("iCloud's status is unknown");
    expect(view.caveat).toBe("Apple's System Status has not been checked yet.");
    expect(view.rows.every((r) => r.state === 'unknown')).toBe(true);
  });

  it('says the state is unknown when the feed could not be read, with the reason', () => {
    const failing: PollRecord = {
      lastAttemptAt: NOW,
      lastSuccessAt: null,
      consecutiveFailures: 3,
      lastError: 'Apple’s server answered 503.',
    };
    const view = servicesView(null, failing, DEFAULT_SETTINGS, NOW);
    expect(view.caveat).toBe(
      "Apple's System Status could not be read. The last check failed: Apple’s server answered 503.",
    );
  });

  it('does not trust a snapshot that is hours old', () => {
    const view = servicesView(snapshot({}, NOW - 5 * 3_600_000), OK_POLL, DEFAULT_SETTINGS, NOW);
    expect(view.tone).toBe('unknown');
    expect(view.headline).toBe("iCloud's status is unknown");
    expect(view.caveat).toContain('too old');
  });

  it('keeps the last good report when a later check failed, and says so', () => {
    const failedOnce: PollRecord = {
      ...OK_POLL,
      consecutiveFailures: 1,
      lastError: 'No answer within 10 seconds',
    };
    const view = servicesView(snapshot(), failedOnce, DEFAULT_SETTINGS, NOW);
    expect(view.headline).toBe('Apple reports no issues');
    expect(view.caveat).toBe('The last check failed: No answer within 10 seconds.');
  });

  it('calls a watched service missing from the feed unknown', () => {
    const partial = snapshot();
    partial.services = partial.services.filter((s) => s.id !== 'find-my');
    const view = servicesView(partial, OK_POLL, DEFAULT_SETTINGS, NOW);
    expect(view.tone).toBe('unknown');
    expect(view.caveat).toBe("Apple's page does not list Find My: unknown.");
    expect(view.rows.find((r) => r.id === 'find-my')).toMatchObject({ state: 'unknown', missing: true });
  });

  it('has nothing to report with no service watched, and says how to change that', () => {
    const view = servicesView(
      snapshot({ photos: [{}] }),
      OK_POLL,
      { ...DEFAULT_SETTINGS, watchedServices: [] },
      NOW,
    );
    expect(view.headline).toBe('No iCloud service is watched');
    expect(view.attention).toEqual([]);
  });
});

describe('listNames', () => {
  it.each([
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
    [['A', 'B', 'C', 'D', 'E'], 'A, B, C and 2 more'],
  ])('joins %j as "%s"', (names, text) => {
    expect(listNames(names)).toBe(text);
  });
});
