/**
 * The badge a person sees. Apple's status arrives the product's way (the fixture feed, polled
 * through the poll-now message); the storage reading is seeded through the service worker as
 * the readers would store it.
 */
import { describe, expect, it } from 'vitest';
import { feedText, fullFeed, photosOutage } from '../fixtures/status/feeds';
import { useExtension } from './harness';
import { pollNow, serveFeed } from './status-helpers';

const GB = 2 ** 30;
// BADGE_COLOURS in entrypoints/background/badge.ts: red #FF3347, amber #BF7800.
const RED = [255, 51, 71, 255];
const AMBER = [191, 120, 0, 255];

function reading(percent: number, overQuota: boolean, readAt: number): unknown {
  const totalBytes = 50 * GB;
  return {
    usedBytes: Math.round((totalBytes * percent) / 100),
    totalBytes,
    quota: { overQuota, almostFull: false, haveMaxQuotaTier: false, paidQuota: true },
    source: 'api',
    locale: 'en-us',
    readAt,
  };
}

describe('the badge follows the conditions, in Chromium', () => {
  const h = useExtension();

  /** Writes storage.local as the extension's own items would (WXT: key "x", meta "x$"). */
  async function seed(items: Record<string, unknown>): Promise<void> {
    const sw = await h().worker();
    await sw.evaluate((values) => chrome.storage.local.set(values), items);
  }

  async function setStatus(outage: boolean): Promise<void> {
    serveFeed(h(), feedText(outage ? photosOutage('ongoing') : fullFeed()));
    expect((await pollNow(h())).consecutiveFailures).toBe(0);
  }

  it('shows a red "!" for an outage on Photos at 92 % used, and lists both in the tooltip', async () => {
    await seed({ storageReading: reading(92, false, Date.now() - 60_000), storageReading$: { v: 1 } });
    await setStatus(true);
    await expect.poll(async () => (await h().badge()).text, { timeout: 10_000 }).toBe('!');
    const badge = await h().badge();
    expect(badge.color).toEqual(RED);
    expect(badge.title).toContain('Apple reports an outage of iCloud Photos');
    expect(badge.title).toContain('iCloud storage is 92% full: 46 GB of 50 GB used');
    expect(badge.title).not.toContain('no issues');
  });

  it('shows FULL once Apple says the account is over quota', async () => {
    await seed({ storageReading: reading(92, true, Date.now()) });
    await expect.poll(async () => (await h().badge()).text, { timeout: 10_000 }).toBe('FULL');
    const badge = await h().badge();
    expect(badge.color).toEqual(RED);
    expect(badge.title).toContain('Apple says your iCloud storage is full');
    expect(badge.title).toContain('Apple reports an outage of iCloud Photos');
  });

  it('shows an amber 92% when the outage is over', async () => {
    await seed({ storageReading: reading(92, false, Date.now()) });
    await setStatus(false);
    await expect.poll(async () => (await h().badge()).text, { timeout: 10_000 }).toBe('92%');
    const badge = await h().badge();
    expect(badge.color).toEqual(AMBER);
    expect(badge.title).toMatch(/Apple reports no issues · checked (this minute|\d+ minutes? ago)/);
  });

  it('clears the 92 % badge when the threshold is raised to 95 %', async () => {
    const sw = await h().worker();
    await sw.evaluate(async () => {
      const { settings } = await chrome.storage.local.get<{ settings?: Record<string, unknown> }>('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), nearlyFullThreshold: 95 } });
    });
    await expect.poll(async () => (await h().badge()).text, { timeout: 10_000 }).toBe('');
    expect((await h().badge()).title).toMatch(
      /^Cloud Checkup: No problems found\nApple reports no issues · checked .+\nStorage 92% used$/,
    );
  });
});
