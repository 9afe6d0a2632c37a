import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  migrateSettingsV1ToV2,
  normaliseSettings,
  SETTINGS_VERSION,
  settingsItem,
  updateSettings,
} from '@/lib/settings';
import { DEFAULT_WATCHED_SERVICES } from '@/lib/status/catalogue';

/** A settings object as the first release stored it: version 1, no `settings$` meta key. */
const V1_STORED = {
  nearlyFullThreshold: 85,
  watchedServices: ['photos', 'apple-id', 'icloud-drive', 'photos', 'gone-service', 7],
  notifications: true,
  stallWindowMinutes: 20,
  pollIntervalMinutes: 15,
  tipsOnIcloud: false,
  platforms: ['mac'],
};

describe('settings', () => {
  it('are the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.nearlyFullThreshold).toBe(90);
    expect(DEFAULT_SETTINGS.watchedServices).toEqual([...DEFAULT_WATCHED_SERVICES]);
    expect(DEFAULT_SETTINGS.pollIntervalMinutes).toBe(5);
    expect(DEFAULT_SETTINGS.stallWindowMinutes).toBe(10);
  });

  it('migrate a stored version 1 object to the current version, keeping every choice', async () => {
    await fakeBrowser.storage.local.set({ settings: V1_STORED });
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored['settings$']).toEqual({ v: SETTINGS_VERSION });
    expect(stored.settings).toEqual({
      nearlyFullThreshold: 85,
      watchedServices: ['photos', 'apple-account', 'icloud-drive'],
      notifications: true,
      stallWindowMinutes: 20,
      pollIntervalMinutes: 15,
      tipsOnIcloud: false,
      platforms: ['mac'],
    });
    expect(await getSettings()).toEqual(stored.settings);
  });

  it('leave an object already at the current version as it is', async () => {
    const current = { ...DEFAULT_SETTINGS, nearlyFullThreshold: 77 };
    await fakeBrowser.storage.local.set({ settings: current, settings$: { v: SETTINGS_VERSION } });
    await settingsItem.migrate();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(current);
  });

  it.each([
    [100, 99],
    [30, 50],
    [92.6, 93],
    ['95', 95],
    ['lots', 90],
    [null, 90],
  ])('v1 → v2 keeps a threshold of %s as close as allowed: %d', (threshold, expected) => {
    expect(migrateSettingsV1ToV2({ nearlyFullThreshold: threshold }).nearlyFullThreshold).toBe(expected);
  });

  it('v1 → v2 turns a damaged object into the defaults instead of failing', () => {
    expect(migrateSettingsV1ToV2('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettingsV1ToV2(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('normalise invalid fields to their defaults one by one', () => {
    expect(
      normaliseSettings({
        nearlyFullThreshold: 49,
        pollIntervalMinutes: 7,
        stallWindowMinutes: 0,
        platforms: ['tv'],
      }),
    ).toEqual({ ...DEFAULT_SETTINGS, platforms: [] });
  });

  it('updateSettings changes one setting and keeps the rest', async () => {
    await updateSettings({ tipsOnIcloud: false });
    const after = await updateSettings({ nearlyFullThreshold: 95 });
    expect(after).toEqual({ ...DEFAULT_SETTINGS, tipsOnIcloud: false, nearlyFullThreshold: 95 });
    expect(await getSettings()).toEqual(after);
  });

  it('updateSettings refuses an out-of-range value by keeping the default, never storing it', async () => {
    const after = await updateSettings({ nearlyFullThreshold: 120 });
    expect(after.nearlyFullThreshold).toBe(90);
  });

  it('updateSettings calls made at once all land, none overwriting another', async () => {
    await Promise.all([
      updateSettings({ pollIntervalMinutes: 15 }),
      updateSettings({ stallWindowMinutes: 30 }),
      updateSettings({ tipsOnIcloud: false }),
    ]);
    expect(await getSettings()).toMatchObject({
      pollIntervalMinutes: 15,
      stallWindowMinutes: 30,
      tipsOnIcloud: false,
    });
  });
});
