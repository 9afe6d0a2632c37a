/**
 * "Clear my data" goes through the background, the one writer of every item it clears: the
 * settings page asks with `clear-my-data`, and a settings change asked for after the clear is kept.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearMyDataListener } from '@/entrypoints/background/my-data';
import { settingsMessageListener } from '@/entrypoints/background/settings-messages';
import { openHistoryDb } from '@/lib/history-db';
import { pageRequest } from '@/lib/messages';
import { DEFAULT_SETTINGS, getSettings, sendSettingsChange, updateSettings } from '@/lib/settings';
import { storageReadingItem, tipSnoozesItem } from '@/lib/state-items';

const NOW = Date.UTC(2026, 5, 3, 12);
const OPTIONS_PAGE = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/options.html`,
};

/** Messages from the settings page reach the background's listeners, as the browser delivers them. */
function deliverToBackground(): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (message: unknown) =>
      new Promise((resolve) => {
        const handled = [clearMyDataListener, settingsMessageListener].some((listener) =>
          (listener as (m: unknown, s: object, r: (reply: unknown) => void) => boolean)(
            message,
            OPTIONS_PAGE,
            resolve,
          ),
        );
        if (!handled) resolve(undefined);
      }),
  );
}

async function seed(): Promise<void> {
  await updateSettings({ nearlyFullThreshold: 95, tipsOnIcloud: false });
  await storageReadingItem.setValue({
    usedBytes: 1,
    totalBytes: 2,
    source: 'api',
    locale: 'en-us',
    readAt: NOW,
  });
  await tipSnoozesItem.setValue({ 'storage-full': NOW + 1 });
  const db = await openHistoryDb();
  await db.put('storageReadings', {
    usedBytes: 1,
    totalBytes: 2,
    source: 'api',
    locale: 'en-us',
    readAt: NOW,
  });
  db.close();
}

const clear = () => fakeBrowser.runtime.sendMessage(pageRequest('clear-my-data'));

describe('clear-my-data', () => {
  it('is answered by the background once state, history and settings are cleared', async () => {
    deliverToBackground();
    await seed();
    expect(await clear()).toBe(true);
    expect(await storageReadingItem.getValue()).toBeNull();
    expect(await tipSnoozesItem.getValue()).toEqual({});
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    const db = await openHistoryDb();
    expect(await db.count('storageReadings')).toBe(0);
    db.close();
  });

  it('keeps a settings change the page asks for right after the clear, and nothing from before', async () => {
    deliverToBackground();
    await seed();
    await Promise.all([clear(), sendSettingsChange({ nearlyFullThreshold: 80 })]);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, nearlyFullThreshold: 80 });
  });

  it.each([
    ['a web page', { id: fakeBrowser.runtime.id, url: 'https://www.icloud.com/', tab: { id: 1 } }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/options.html' }],
  ])('is refused from %s, which clears nothing', async (_label, sender: object) => {
    await seed();
    const respond = vi.fn();
    expect(
      clearMyDataListener(pageRequest('clear-my-data'), sender as Browser.runtime.MessageSender, respond),
    ).toBe(false);
    expect(await storageReadingItem.getValue()).not.toBeNull();
    expect(respond).not.toHaveBeenCalled();
  });

  it.each([{ v: 2, type: 'clear-my-data' }, { type: 'clear-my-data' }, { v: 1, type: 'poll-now' }, null])(
    'leaves %j to other listeners',
    (message) => {
      expect(clearMyDataListener(message, OPTIONS_PAGE as Browser.runtime.MessageSender, vi.fn())).toBe(
        false,
      );
    },
  );
});
