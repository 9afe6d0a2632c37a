import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BADGE_ALARM,
  BADGE_COLOURS,
  BADGE_TEXT_COLOUR,
  badgeSettled,
  registerBadge,
} from '@/entrypoints/background/badge';
import { settingsItem } from '@/lib/settings';
import { EMPTY_POLL_RECORD } from '@/lib/status/types';
import { photosStateItem, pollRecordItem, statusSnapshotItem, storageReadingItem } from '@/lib/state-items';
import { event, input, MIN, NOW, photos, reading, snapshot } from '../lib/conditions/build';

/** What a person sees on the toolbar button, read back from the fake browser. */
async function seen(): Promise<{ text: string; color: number[]; title: string }> {
  await badgeSettled();
  return {
    text: await fakeBrowser.action.getBadgeText({}),
    color: await fakeBrowser.action.getBadgeBackgroundColor({}),
    title: await fakeBrowser.action.getTitle({}),
  };
}

const rgba = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

describe('the badge in the background', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws the state found in storage at start-up', async () => {
    await storageReadingItem.setValue(reading(92));
    await statusSnapshotItem.setValue(snapshot());
    registerBadge();
    const badge = await seen();
    expect(badge.text).toBe('92%');
    expect(badge.color).toEqual(rgba(BADGE_COLOURS.amber));
    // Chrome draws white text unless told otherwise: the colours are chosen for black.
    // (The fake browser answers this getter through a callback only.)
    const textColour = await new Promise((done) =>
      (fakeBrowser.action.getBadgeTextColor as (d: object, cb: (c: unknown) => void) => void)({}, done),
    );
    expect(textColour).toBe(BADGE_TEXT_COLOUR);
    expect(badge.title).toContain('iCloud storage is 92% full');
  });

  it('follows every input as it changes: outage, over quota, outage over, threshold raised', async () => {
    registerBadge();
    await pollRecordItem.setValue(input().poll);
    await storageReadingItem.setValue(reading(92));
    await statusSnapshotItem.setValue(snapshot({ photos: [event('outage', 'ongoing')] }));
    let badge = await seen();
    expect([badge.text, badge.color]).toEqual(['!', rgba(BADGE_COLOURS.red)]);
    expect(badge.title).toContain('Apple reports an outage of iCloud Photos');
    expect(badge.title).toContain('iCloud storage is 92% full');

    await storageReadingItem.setValue(reading(92, MIN, { quota: { overQuota: true } }));
    expect((await seen()).text).toBe('FULL');

    await storageReadingItem.setValue(reading(92));
    await statusSnapshotItem.setValue(snapshot());
    badge = await seen();
    expect([badge.text, badge.color]).toEqual(['92%', rgba(BADGE_COLOURS.amber)]);

    await settingsItem.setValue({ ...input().settings, nearlyFullThreshold: 95 });
    badge = await seen();
    expect(badge.text).toBe('');
    expect(badge.title).toBe(
      [
        'Cloud Checkup: No problems found',
        'Apple reports no issues · checked 2 minutes ago',
        'Storage 92% used',
      ].join('\n'),
    );
  });

  it('shows no badge while the first check is under way, "?" once it failed, none once read', async () => {
    registerBadge();
    expect((await seen()).text).toBe('');
    await pollRecordItem.setValue({ ...EMPTY_POLL_RECORD, lastAttemptAt: NOW, consecutiveFailures: 1 });
    expect((await seen()).text).toBe('?');
    await statusSnapshotItem.setValue(snapshot());
    expect((await seen()).text).toBe('');
  });

  it('ignores changes to storage it does not read', async () => {
    await statusSnapshotItem.setValue(snapshot());
    registerBadge();
    await seen();
    await fakeBrowser.action.setBadgeText({ text: 'x' });
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await fakeBrowser.storage.session.set({ storageReading: reading(100) });
    expect((await seen()).text).toBe('x');
  });

  it('re-checks every 15 minutes when idle and every minute while an upload runs', async () => {
    await statusSnapshotItem.setValue(snapshot());
    registerBadge();
    await seen();
    expect((await fakeBrowser.alarms.get(BADGE_ALARM))?.scheduledTime).toBe(NOW + 15 * MIN);
    await photosStateItem.setValue(
      photos({ upload: { percent: 10, done: null, total: null, lastProgressAt: NOW } }),
    );
    await seen();
    expect((await fakeBrowser.alarms.get(BADGE_ALARM))?.scheduledTime).toBe(NOW + MIN);
  });

  it('notices a stalled upload when the alarm fires, with no new input', async () => {
    await statusSnapshotItem.setValue(snapshot());
    await photosStateItem.setValue(
      photos({ upload: { percent: 10, done: null, total: null, lastProgressAt: NOW }, readAt: NOW }),
    );
    registerBadge();
    expect((await seen()).text).toBe('');
    vi.setSystemTime(NOW + 11 * MIN);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'status-poll', scheduledTime: Date.now() });
    expect((await seen()).text).toBe('');
    await fakeBrowser.alarms.onAlarm.trigger({ name: BADGE_ALARM, scheduledTime: Date.now() });
    const badge = await seen();
    expect([badge.text, badge.color]).toEqual(['…', rgba(BADGE_COLOURS.amber)]);
    expect(badge.title).toContain('has made no progress for 11 minutes');
  });

  it('says it could not read its data rather than keep an old all-clear', async () => {
    vi.spyOn(storageReadingItem, 'getValue').mockRejectedValue(new Error('storage is gone'));
    registerBadge();
    const badge = await seen();
    expect(badge.text).toBe('?');
    expect(badge.title).toContain('could not read its own data');
  });
});
