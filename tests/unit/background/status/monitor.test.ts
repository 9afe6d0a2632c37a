import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { statusMessageListener } from '@/entrypoints/background/status-messages';
import { registerStatusMonitor } from '@/entrypoints/background/status-monitor';
import { POLL_ALARM } from '@/entrypoints/background/status-poll';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings';
import { pollRecordItem, statusSnapshotItem } from '@/lib/state-items';
import { STATUS_FEED_URL } from '@/lib/status/fetch-feed';
import type { PollRecord } from '@/lib/status/types';
import { feedText, fullFeed } from '@/tests/fixtures/status/feeds';
import { feedResponse } from '@/tests/unit/lib/status/feed-response';

/** Generous: a loaded machine must not fail a behaviour test; each test's own limit is longer. */
const WAIT = { timeout: 15_000 };
const TEST = { timeout: 60_000 };

const OWN_PAGE = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

let fetchMock: ReturnType<typeof vi.fn<typeof globalThis.fetch>>;
type PermissionListener = (changed: Browser.permissions.Permissions) => void;
/** What the monitor registered on permissions.onAdded / onRemoved (the fake browser cannot fire them). */
let permissionAdded: PermissionListener[];
let permissionRemoved: PermissionListener[];
let alarmCreate: { mock: { calls: unknown[][] } };
beforeEach(() => {
  alarmCreate = vi.spyOn(fakeBrowser.alarms, 'create');
  fetchMock = vi.fn<typeof globalThis.fetch>(() => Promise.resolve(feedResponse(feedText(fullFeed()))));
  vi.stubGlobal('fetch', fetchMock);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  permissionAdded = [];
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((listener) => {
    permissionAdded.push(listener as PermissionListener);
  });
  permissionRemoved = [];
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation((listener) => {
    permissionRemoved.push(listener as PermissionListener);
  });
});

/** A poll has finished: it succeeded and set its next alarm (the start-up alarm is 1 minute away). */
const polled = (intervalMinutes = 5) =>
  vi.waitFor(async () => {
    expect((await pollRecordItem.getValue()).lastSuccessAt).not.toBeNull();
    expect(
      alarmCreate.mock.calls.some(
        (call) =>
          call[0] === POLL_ALARM &&
          (call[1] as { delayInMinutes?: number }).delayInMinutes === intervalMinutes,
      ),
    ).toBe(true);
  }, WAIT);

describe('registerStatusMonitor', TEST, () => {
  it('creates the poll alarm when a worker starts without one', async () => {
    registerStatusMonitor();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(POLL_ALARM)).toBeDefined(), WAIT);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('polls the status feed when the poll alarm fires, and only then', async () => {
    registerStatusMonitor();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-elses-alarm', scheduledTime: 0 });
    expect(fetchMock).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger({ name: POLL_ALARM, scheduledTime: 0 });
    await polled();
    expect(fetchMock).toHaveBeenCalledWith(STATUS_FEED_URL, expect.objectContaining({ cache: 'no-cache' }));
    expect(await statusSnapshotItem.getValue()).not.toBeNull();
    // The next poll is set: at the default five minutes.
    const alarm = await fakeBrowser.alarms.get(POLL_ALARM);
    expect(alarm?.periodInMinutes).toBe(5);
  });

  it('brings the next poll forward when a shorter interval is chosen', async () => {
    registerStatusMonitor();
    await fakeBrowser.alarms.onAlarm.trigger({ name: POLL_ALARM, scheduledTime: 0 });
    await polled();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pollIntervalMinutes: 30 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: POLL_ALARM, scheduledTime: 0 });
    await polled(30);
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(30);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pollIntervalMinutes: 10 });
    await vi.waitFor(
      async () => expect((await fakeBrowser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(10),
      WAIT,
    );
    const alarm = await fakeBrowser.alarms.get(POLL_ALARM);
    expect(alarm!.scheduledTime - Date.now()).toBeLessThanOrEqual(10 * 60_000);
  });

  it('polls on install', async () => {
    registerStatusMonitor();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await polled();
  });

  it('polls on browser start-up', async () => {
    registerStatusMonitor();
    await fakeBrowser.runtime.onStartup.trigger();
    await polled();
  });

  it('polls when the browser comes back online while the worker runs', async () => {
    registerStatusMonitor();
    expect(fetchMock).not.toHaveBeenCalled();
    globalThis.dispatchEvent(new Event('online'));
    await polled();
    expect(fetchMock).toHaveBeenCalledWith(STATUS_FEED_URL, expect.anything());
  });
});

describe('the poll-now message', TEST, () => {
  it('polls and answers an extension page with the new poll record', async () => {
    const reply = await new Promise<PollRecord | null>((resolve) => {
      expect(statusMessageListener({ v: 1, type: 'poll-now' }, OWN_PAGE, resolve)).toBe(true);
    });
    expect(reply).toMatchObject({ consecutiveFailures: 0, lastError: null });
    expect(reply?.lastSuccessAt).toEqual(expect.any(Number));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a web page', { id: 'test-extension-id', url: 'https://www.icloud.com/', tab: { id: 1 } }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }],
    ['no URL', { id: 'test-extension-id' }],
  ])('is refused from %s', (_label, sender: object) => {
    const respond = vi.fn();
    expect(
      statusMessageListener({ v: 1, type: 'poll-now' }, sender as Browser.runtime.MessageSender, respond),
    ).toBe(false);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it.each([
    { v: 2, type: 'poll-now' },
    { type: 'poll-now' },
    { v: 1, type: 'page-report', role: 'shell', storage: null, photos: null },
    null,
  ])('leaves %j to other listeners', (message) => {
    expect(statusMessageListener(message, OWN_PAGE, vi.fn())).toBe(false);
  });
});

describe('a notifications permission granted while the worker runs', TEST, () => {
  it('starts listening to notification clicks, which open the outage guide', async () => {
    const notifications = fakeBrowser.notifications;
    // The API only appears once the optional permission is granted.
    Object.defineProperty(fakeBrowser, 'notifications', { value: undefined, configurable: true });
    vi.resetModules();
    const monitor = await import('@/entrypoints/background/status-monitor');
    monitor.registerStatusMonitor();
    Object.defineProperty(fakeBrowser, 'notifications', { value: notifications, configurable: true });
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');

    await fakeBrowser.notifications.onClicked.trigger('status-start:1600001');
    expect(opened).not.toHaveBeenCalled();

    expect(permissionAdded.length).toBeGreaterThan(0);
    for (const listener of permissionAdded) listener({ permissions: ['notifications'] });
    await fakeBrowser.notifications.onClicked.trigger('status-start:1600001');
    await vi.waitFor(() => expect(opened).toHaveBeenCalledTimes(1), WAIT);
    expect(opened.mock.calls[0]?.[0].url).toMatch(/guide\.html\?condition=outage$/);
  });

  it('polls at once when host access to Apple’s status page is withdrawn, and again when it is given back', async () => {
    registerStatusMonitor();
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    expect(permissionRemoved.length).toBeGreaterThan(0);
    for (const listener of permissionRemoved)
      listener({ origins: ['https://www.apple.com/support/systemstatus/*'] });
    await vi.waitFor(
      async () => expect((await pollRecordItem.getValue()).lastErrorCode).toBe('no-permission'),
      WAIT,
    );
    expect(fetchMock).not.toHaveBeenCalled();

    contains.mockResolvedValue(true);
    for (const listener of permissionAdded)
      listener({ origins: ['https://www.apple.com/support/systemstatus/*'] });
    await polled();
    expect(await pollRecordItem.getValue()).not.toHaveProperty('lastErrorCode');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
