import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenToNoticeClicks, openNoticeTarget } from '@/entrypoints/background/status-notifications';
import { pollStatusNow, type PollDeps } from '@/entrypoints/background/status-poll';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings';
import { feedText, photosOutage } from '@/tests/fixtures/status/feeds';

/** Generous: a loaded machine must not fail a behaviour test. */
const WAIT = { timeout: 5000 };

const T0 = Date.UTC(2025, 5, 10, 21, 30);

function feedSequence(...texts: string[]): PollDeps {
  let now = T0;
  return {
    now: () => (now += 60_000),
    random: () => 0.5,
    online: () => true,
    hasHostPermission: () => Promise.resolve(true),
    fetchFeed: () => Promise.resolve({ ok: true, text: texts.length > 1 ? texts.shift()! : texts[0]! }),
  };
}

const ongoing = feedText(photosOutage('ongoing'));
const resolved = feedText(photosOutage('resolved'));
let permissionGranted: boolean;

beforeEach(async () => {
  permissionGranted = true;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(({ permissions, origins }) =>
    Promise.resolve(permissions?.includes('notifications') ? permissionGranted : Boolean(origins)),
  );
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, notifications: true });
});

async function shown(): Promise<{ title: string; message: string }[]> {
  const all: Record<string, { title: string; message: string }> = await fakeBrowser.notifications.getAll();
  return Object.values(all);
}

describe('status notifications', () => {
  it('tells when a watched service problem starts, in honest words', async () => {
    await pollStatusNow(feedSequence(ongoing));
    const notices = await shown();
    expect(notices).toHaveLength(1);
    expect(notices[0]?.title).toBe('Apple reports an outage');
    expect(notices[0]?.message).toMatch(
      /^Apple reports an outage of iCloud Photos, iCloud Storage Upgrades and 2 more since .*\d:\d\d( [AP]M)?\.$/,
    );
  });

  it('tells once when it is back to normal, after the resolution held for two polls', async () => {
    const deps = feedSequence(ongoing, resolved);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await pollStatusNow(deps);
    await pollStatusNow(deps);
    expect(create).toHaveBeenCalledTimes(1);
    await pollStatusNow(deps);
    await pollStatusNow(deps);
    await pollStatusNow(deps);
    expect(create).toHaveBeenCalledTimes(2);
    expect(create.mock.calls[1]?.[0]).toBe('status-end:1600001');
  });

  it('does not announce a flapping resolution twice', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const deps = feedSequence(ongoing, resolved, ongoing, resolved, resolved, resolved, resolved);
    for (let i = 0; i < 7; i++) await pollStatusNow(deps);
    expect(create.mock.calls.map((c) => c[0] as unknown)).toEqual([
      'status-start:1600001',
      'status-end:1600001',
    ]);
  });

  it('stays silent when notifications are off in settings', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, notifications: false });
    await pollStatusNow(feedSequence(ongoing));
    expect(await shown()).toEqual([]);
  });

  it('stays silent without the optional notifications permission', async () => {
    permissionGranted = false;
    await pollStatusNow(feedSequence(ongoing));
    expect(await shown()).toEqual([]);
  });

  it('opens the outage guide when a start notice is clicked, and clears it', async () => {
    await pollStatusNow(feedSequence(ongoing));
    const tabs = vi
      .spyOn(browser.tabs, 'create')
      .mockResolvedValue({} as unknown as Awaited<ReturnType<typeof browser.tabs.create>>);
    listenToNoticeClicks();
    await fakeBrowser.notifications.onClicked.trigger('status-start:1600001');
    await vi.waitFor(
      () =>
        expect(tabs).toHaveBeenCalledWith({
          url: 'chrome-extension://test-extension-id/guide.html?condition=outage',
        }),
      WAIT,
    );
    await vi.waitFor(async () => expect(await shown()).toEqual([]), WAIT);
  });

  it('opens the popup content for a back-to-normal notice and ignores foreign ids', async () => {
    const tabs = vi
      .spyOn(browser.tabs, 'create')
      .mockResolvedValue({} as unknown as Awaited<ReturnType<typeof browser.tabs.create>>);
    await openNoticeTarget('status-end:9');
    await openNoticeTarget('someone-else');
    expect(tabs.mock.calls).toEqual([[{ url: 'chrome-extension://test-extension-id/popup.html' }]]);
  });
});
