import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLL_ALARM, pollStatusNow, type PollDeps } from '@/entrypoints/background/status-poll';
import { openHistoryDb } from '@/lib/history-db';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings';
import { pollRecordItem, statusSnapshotItem } from '@/lib/state-items';
import { fetchStatusFeed, type FetchResult } from '@/lib/status/fetch-feed';
import { snapshotFreshness, watchedServiceStates } from '@/lib/status/freshness';
import { readStoredSnapshot } from '@/lib/status/stored';
import type { StatusSnapshot } from '@/lib/status/types';
import { feedText, fullFeed, HTML_ERROR_PAGE, photosOutage } from '@/tests/fixtures/status/feeds';
import { feedResponse } from '@/tests/unit/lib/status/feed-response';

const T0 = Date.UTC(2025, 5, 10, 21, 30);
const MIN = 60_000;

/** Deps whose clock the test moves and whose feed answers come from a queue. */
function world(...answers: (string | FetchResult)[]) {
  let now = T0;
  const fetchFeed = vi.fn(() => {
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    return Promise.resolve(typeof next === 'string' ? { ok: true as const, text: next } : next);
  });
  const deps: PollDeps = {
    now: () => now,
    random: () => 0.5,
    online: () => true,
    hasHostPermission: () => Promise.resolve(true),
    fetchFeed,
  };
  return {
    deps,
    fetchFeed,
    answers,
    tick: (minutes: number) => (now += minutes * MIN),
    poll: () => pollStatusNow(deps),
  };
}

/** The fetch layer answering with a stubbed browser fetch (status codes, streams, errors). */
const viaFetch = (respond: () => Promise<Response>, timeoutMs?: number) => () =>
  fetchStatusFeed(undefined, { fetch: respond, ...(timeoutMs ? { timeoutMs } : {}) });

let alarmCreate: { mock: { calls: unknown[][] } };
/** The delays, in minutes, of every poll alarm set so far. */
const alarmDelays = (): (number | undefined)[] =>
  alarmCreate.mock.calls
    .filter((call) => call[0] === POLL_ALARM)
    .map((call) => (call[1] as { delayInMinutes?: number } | undefined)?.delayInMinutes);
beforeEach(() => {
  alarmCreate = vi.spyOn(browser.alarms, 'create');
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
});

const stored = async (): Promise<StatusSnapshot | null> => await statusSnapshotItem.getValue();
const photosState = async () => (await stored())?.services.find((s) => s.id === 'photos')?.state;

describe('a successful poll', () => {
  it('keeps the snapshot and a success record, and polls again at the interval', async () => {
    const w = world(feedText(fullFeed()));
    const record = await w.poll();
    expect(record).toEqual({ lastAttemptAt: T0, lastSuccessAt: T0, consecutiveFailures: 0, lastError: null });
    expect(await pollRecordItem.getValue()).toEqual(record);
    expect((await stored())?.services).toHaveLength(79);
    expect(alarmDelays()).toEqual([5]);
  });

  it("uses the person's poll interval from settings", async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pollIntervalMinutes: 15 });
    await world(feedText(fullFeed())).poll();
    expect(alarmDelays()).toEqual([15]);
  });

  it('polls every minute while a watched service has an ongoing problem', async () => {
    await world(feedText(photosOutage('ongoing'))).poll();
    expect(await photosState()).toBe('major');
    expect(alarmDelays()).toEqual([1]);
  });

  it('records the events of watched services in the history database', async () => {
    await world(feedText(photosOutage('ongoing'))).poll();
    const db = await openHistoryDb();
    const photos = await db.get('statusEvents', ['photos', '1600001']);
    db.close();
    expect(photos).toMatchObject({ kind: 'outage', firstSeenAt: T0, phases: [{ phase: 'ongoing', at: T0 }] });
  });
});

describe('bad input leaves the last good snapshot in place', () => {
  const cases: [string, string | (() => Promise<FetchResult>)][] = [
    ['an HTML error page with status 200', HTML_ERROR_PAGE],
    ['status 404', viaFetch(() => Promise.resolve(feedResponse('nf', { status: 404 })))],
    ['status 500', viaFetch(() => Promise.resolve(feedResponse('err', { status: 500 })))],
    ['status 503', viaFetch(() => Promise.resolve(feedResponse('busy', { status: 503 })))],
    ['an empty body', ''],
    ['a truncated body', feedText(fullFeed()).slice(0, 5000)],
    ['a 5 MB body', viaFetch(() => Promise.resolve(feedResponse(' '.repeat(5 * 1024 * 1024))))],
    [
      'a body that never finishes',
      viaFetch(
        () =>
          Promise.resolve(
            feedResponse(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{')) })),
          ),
        30,
      ),
    ],
    ['{"services":[]}', '{"services":[]}'],
    ['a service list without any iCloud service', '{"services":[{"serviceName":"App Store","events":[]}]}'],
    ['a network error', viaFetch(() => Promise.reject(new TypeError('Failed to fetch')))],
  ];

  it.each(cases)(
    'after %s: failure in words, snapshot kept, stale with its age, unknown once too old',
    async (_label, bad) => {
      const w = world(feedText(fullFeed()));
      await w.poll();
      const good = await stored();
      w.tick(40);
      if (typeof bad === 'string') w.answers.splice(0, w.answers.length, bad);
      else w.deps.fetchFeed = bad;
      const record = await w.poll();

      expect(record).toMatchObject({
        lastSuccessAt: T0,
        lastAttemptAt: T0 + 40 * MIN,
        consecutiveFailures: 1,
      });
      expect(record.lastError).toMatch(/^[A-Z].+\.$/);
      expect(await stored()).toEqual(good);
      expect(alarmDelays().at(-1)).toBe(1);

      const kept = readStoredSnapshot(await stored());
      expect(snapshotFreshness(kept, T0 + 40 * MIN)).toMatchObject({
        stale: true,
        expired: false,
        ageMs: 40 * MIN,
      });
      expect(watchedServiceStates(kept, ['photos'], T0 + 40 * MIN)[0]?.state).toBe('ok');
      const later = watchedServiceStates(kept, DEFAULT_SETTINGS.watchedServices, T0 + 3 * 60 * MIN);
      expect(later.every((s) => s.state === 'unknown')).toBe(true);
    },
  );

  it('backs off 1, 2, 4 minutes and counts three failures in a row', async () => {
    const w = world(HTML_ERROR_PAGE);
    for (let i = 0; i < 3; i++) await w.poll();
    expect((await pollRecordItem.getValue()).consecutiveFailures).toBe(3);
    expect(alarmDelays()).toEqual([1, 2, 4]);
  });

  it('starts over after a success', async () => {
    const w = world(HTML_ERROR_PAGE, HTML_ERROR_PAGE, feedText(fullFeed()));
    await w.poll();
    await w.poll();
    expect((await w.poll()).consecutiveFailures).toBe(0);
    expect(alarmDelays()).toEqual([1, 2, 5]);
  });
});

describe('polls that make no request', () => {
  it('sends nothing while offline and checks again in a minute, without counting a failure', async () => {
    const w = world(feedText(fullFeed()));
    w.deps.online = () => false;
    const record = await w.poll();
    expect(w.fetchFeed).not.toHaveBeenCalled();
    expect(record).toEqual(await pollRecordItem.getValue());
    expect(record.consecutiveFailures).toBe(0);
    expect(alarmDelays()).toEqual([1]);
  });

  it('records a missing host permission as a failure in words and sends nothing', async () => {
    const w = world(feedText(fullFeed()));
    w.deps.hasHostPermission = () => Promise.resolve(false);
    const record = await w.poll();
    expect(w.fetchFeed).not.toHaveBeenCalled();
    expect(record.consecutiveFailures).toBe(1);
    expect(record.lastError).toMatch(/not allowed to read Apple's status page/);
    expect(record.lastErrorCode).toBe('no-permission');
  });

  it('forgets the missing permission once a poll succeeds again', async () => {
    const w = world(feedText(fullFeed()));
    w.deps.hasHostPermission = () => Promise.resolve(false);
    await w.poll();
    w.deps.hasHostPermission = () => Promise.resolve(true);
    w.tick(1);
    const record = await w.poll();
    expect(record.consecutiveFailures).toBe(0);
    expect(record).not.toHaveProperty('lastErrorCode');
    expect(await pollRecordItem.getValue()).not.toHaveProperty('lastErrorCode');
  });
});

describe('a worker restarted between two polls', () => {
  it('diffs the second poll against the stored snapshot, not against memory', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, notifications: true });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const w = world(feedText(photosOutage('ongoing')));
    await w.poll();
    expect(create).toHaveBeenCalledTimes(1);

    vi.resetModules();
    const fresh = await import('@/entrypoints/background/status-poll');
    w.tick(1);
    await fresh.pollStatusNow(w.deps);
    // The outage is still ongoing: a new worker must not announce it again.
    expect(create).toHaveBeenCalledTimes(1);
  });
});
