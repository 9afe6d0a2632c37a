/**
 * Fault injection: a worker killed between any two browser calls of a poll, then started again,
 * neither loses a status notification nor shows one twice. The browser calls a poll makes (storage
 * reads and writes, alarms, permission checks, notifications) are counted; in each run the worker
 * dies at one of them — that call and every later one of the dead worker never return — and a fresh worker
 * (fresh modules, same storage) carries on with the same feed, as the still-set alarm would.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PollDeps } from '@/entrypoints/background/status-poll';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings';
import { pollRecordItem } from '@/lib/state-items';
import { feedText, fullFeed, photosOutage } from '@/tests/fixtures/status/feeds';

const T0 = Date.UTC(2025, 5, 10, 21, 30);
const OK = feedText(fullFeed());
const OUTAGE = feedText(photosOutage('ongoing'));
/** Quiet, outage, outage, then quiet long enough for the end to be confirmed and announced. */
const FEEDS = [OK, OUTAGE, OUTAGE, OK, OK, OK, OK];
const EXPECTED = ['status-start:1600001', 'status-end:1600001'];

interface Run {
  /** Ids passed to notifications.create that the browser accepted, in order. */
  shown: string[];
  /** How many counted browser calls the run made. */
  calls: number;
  /** The id whose notice was shown and not yet marked shown when the worker died, if any. */
  unmarkedAtDeath: string | null;
}

/** The browser calls a poll makes, each counted; from call number `killAt` on, every call fails. */
function instrument(killAt: number | null) {
  let died = () => {};
  const state = {
    calls: 0,
    killAt,
    dead: false,
    /** Settles when the worker dies. */
    death: new Promise<void>((resolve) => (died = resolve)),
    lastShown: null as string | null,
    shown: [] as string[],
  };
  /** Whether the worker is dead at this call: then the call never comes back, like the worker. */
  const gate = (): boolean => {
    state.calls++;
    if (state.killAt !== null && state.calls > state.killAt && !state.dead) {
      state.dead = true;
      died();
    }
    return state.dead;
  };
  const wrap = <T extends object, K extends keyof T>(
    target: T,
    key: K,
    after?: (args: unknown[]) => void,
    original = (target[key] as (...args: unknown[]) => Promise<unknown>).bind(target),
  ) => {
    vi.spyOn(target, key as never).mockImplementation((async (...args: unknown[]) => {
      if (gate()) return new Promise(() => undefined);
      const result = await original(...args);
      after?.(args);
      return result;
    }) as never);
  };
  const local = fakeBrowser.storage.local;
  wrap(local, 'get');
  wrap(local, 'set', () => (state.lastShown = null));
  wrap(local, 'remove');
  wrap(fakeBrowser.alarms, 'create');
  wrap(fakeBrowser.alarms, 'get');
  // Host access and the notifications permission are granted.
  wrap(fakeBrowser.permissions, 'contains', undefined, () => Promise.resolve(true));
  wrap(fakeBrowser.notifications, 'create', (args) => {
    state.shown.push(args[0] as string);
    state.lastShown = args[0] as string;
  });
  return state;
}

async function runSequence(killAt: number | null): Promise<Run> {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, notifications: true });

  let now = T0;
  const feeds = [...FEEDS];
  let answer = feeds.shift()!;
  const deps: PollDeps = {
    now: () => now,
    random: () => 0.5,
    online: () => true,
    hasHostPermission: () => Promise.resolve(true),
    fetchFeed: () => Promise.resolve({ ok: true, text: answer }),
  };

  const state = instrument(killAt);
  let unmarkedAtDeath: string | null = null;
  vi.resetModules();
  let worker = await import('@/entrypoints/background/status-poll');
  for (;;) {
    now += 60_000;
    await Promise.race([worker.pollStatusNow(deps), state.death]);
    if (state.dead) {
      // The worker died in this poll: a new one starts and the alarm fires again, same feed.
      unmarkedAtDeath = state.lastShown;
      state.dead = false;
      state.killAt = null;
      state.death = new Promise(() => undefined);
      vi.resetModules();
      worker = await import('@/entrypoints/background/status-poll');
      continue;
    }
    if (feeds.length === 0) break;
    answer = feeds.shift()!;
  }
  return { shown: state.shown, calls: state.calls, unmarkedAtDeath };
}

describe('a poll killed between any two steps', { timeout: 600_000 }, () => {
  it('neither loses nor repeats a notification, wherever the worker dies', async () => {
    const clean = await runSequence(null);
    expect(clean.shown).toEqual(EXPECTED);
    expect(clean.calls).toBeGreaterThan(50);

    const failures: string[] = [];
    for (let killAt = 0; killAt < clean.calls; killAt++) {
      const run = await runSequence(killAt);
      const distinct = [...new Set(run.shown)];
      // Shown again only when the worker died between showing it and marking it shown; the same
      // id replaces the notification on screen rather than adding a second one.
      const allowedTwice = run.unmarkedAtDeath;
      const repeated = distinct.filter(
        (id) => run.shown.filter((s) => s === id).length > (id === allowedTwice ? 2 : 1),
      );
      const visible = Object.keys(await fakeBrowser.notifications.getAll()).sort();
      if (
        JSON.stringify(distinct) !== JSON.stringify(EXPECTED) ||
        repeated.length > 0 ||
        JSON.stringify(visible) !== JSON.stringify([...EXPECTED].sort())
      ) {
        failures.push(`killed at call ${killAt}: shown ${JSON.stringify(run.shown)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('counts a poll whose storage write failed as a failure, and still sets the next alarm', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const { pollStatusNow, POLL_ALARM } = await import('@/entrypoints/background/status-poll');
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let refused = false;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      // The poll's one write (the snapshot among its items) is refused, as by a full disk.
      if (!refused && 'statusSnapshot' in items) {
        refused = true;
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      await set(items);
    });
    const record = await pollStatusNow({
      now: () => T0,
      random: () => 0.5,
      online: () => true,
      hasHostPermission: () => Promise.resolve(true),
      fetchFeed: () => Promise.resolve({ ok: true, text: OK }),
    });
    expect(refused).toBe(true);
    expect(record.consecutiveFailures).toBe(1);
    expect(await pollRecordItem.getValue()).toMatchObject({ consecutiveFailures: 1, lastSuccessAt: null });
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toBeDefined();
  });

  it('counts a feed request that threw as a failure, and still sets the next alarm', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const { pollStatusNow, POLL_ALARM } = await import('@/entrypoints/background/status-poll');
    const record = await pollStatusNow({
      now: () => T0,
      random: () => 0.5,
      online: () => true,
      hasHostPermission: () => Promise.resolve(true),
      fetchFeed: () => Promise.reject(new Error('unexpected')),
    });
    expect(record.consecutiveFailures).toBe(1);
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toBeDefined();
  });
});
