/**
 * Two contexts change the settings at the same moment: the background turns tips off (the tip
 * card's "Turn off tips") while the options page saves another change. Each context has its own
 * modules (and so its own queue); only one writer keeps both changes.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsMessageListener } from '@/entrypoints/background/settings-messages';
import { handleTipRequest } from '@/entrypoints/background/tips';
import { getSettings, type Settings } from '@/lib/settings';

const OPTIONS_PAGE = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/options.html`,
};
const SHELL = {
  id: fakeBrowser.runtime.id,
  tab: { id: 3 },
  frameId: 0,
  url: 'https://www.icloud.com/photos/',
};

/** Messages from a page reach the background's listener, as the browser delivers them. */
function deliverToBackground(): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (message: unknown) =>
      new Promise((resolve) => {
        if (!settingsMessageListener(message, OPTIONS_PAGE, resolve)) resolve(undefined);
      }),
  );
}

/** The options page's modules, separate from the background's. */
async function optionsPageSave(): Promise<(change: Partial<Settings>) => Promise<Settings>> {
  vi.resetModules();
  const page = await import('@/lib/settings');
  return page.sendSettingsChange;
}

describe('settings changed from two contexts at once', () => {
  it('keeps both the background turning tips off and the options page change', async () => {
    deliverToBackground();
    const save = await optionsPageSave();
    await Promise.all([
      handleTipRequest({ v: 1, type: 'tips-off' }, SHELL),
      save({ nearlyFullThreshold: 80 }),
      save({ notifications: true }),
    ]);
    expect(await getSettings()).toMatchObject({
      tipsOnIcloud: false,
      nearlyFullThreshold: 80,
      notifications: true,
    });
  });

  it('answers the page with what was stored', async () => {
    deliverToBackground();
    const save = await optionsPageSave();
    expect(await save({ stallWindowMinutes: 20 })).toMatchObject({ stallWindowMinutes: 20 });
  });

  it.each([
    ['an unknown setting', { v: 1, type: 'change-settings', change: { isAdmin: true } }],
    ['a value out of range', { v: 1, type: 'change-settings', change: { nearlyFullThreshold: 100 } }],
    ['a value of the wrong type', { v: 1, type: 'change-settings', change: { tipsOnIcloud: 'no' } }],
    ['another version', { v: 2, type: 'change-settings', change: { tipsOnIcloud: false } }],
    ['no change object', { v: 1, type: 'change-settings', change: [false] }],
  ])('refuses %s and leaves the settings alone', async (_label, message) => {
    const respond = vi.fn();
    expect(settingsMessageListener(message, OPTIONS_PAGE, respond)).toBe(false);
    expect(respond).not.toHaveBeenCalled();
    expect((await getSettings()).tipsOnIcloud).toBe(true);
  });

  it.each([
    ['an iCloud.com page', SHELL],
    ['another extension', { id: 'other', url: 'chrome-extension://other/options.html' }],
  ])('refuses a change from %s', (_label, sender) => {
    const message = { v: 1, type: 'change-settings', change: { tipsOnIcloud: false } };
    expect(settingsMessageListener(message, sender as Browser.runtime.MessageSender, vi.fn())).toBe(false);
  });
});
