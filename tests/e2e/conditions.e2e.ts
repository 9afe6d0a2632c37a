/**
 * The badge a person sees, driven by what is in storage: seeded through the service worker, with
 * the status feed on the fixture server saying the same thing, so a poll by the status monitor
 * can only agree with the seeded snapshot.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICLOUD_SERVICES } from '@/lib/status/catalogue';
import { launchExtension, type Harness } from './harness';

const FEED_PATH = '/support/systemstatus/data/system_status_en_US.js';
const GB = 2 ** 30;
const RED = [185, 28, 28, 255];
const AMBER = [180, 83, 9, 255];

const PHOTOS_OUTAGE = {
  messageId: 'e2e-photos-outage',
  statusType: 'Outage',
  eventStatus: 'ongoing',
  message: 'Users may be unable to access iCloud Photos.',
  usersAffected: 'Some users are affected',
};

/** Apple's feed, every iCloud service listed, Photos with an ongoing outage when asked. */
function feed(outageOnPhotos: boolean, startedAt: number): string {
  return JSON.stringify({
    drpost: false,
    drMessage: null,
    services: ICLOUD_SERVICES.map((s) => ({
      serviceName: s.feedName,
      redirectUrl: null,
      events:
        outageOnPhotos && s.id === 'photos'
          ? [
              {
                ...PHOTOS_OUTAGE,
                epochStartDate: startedAt,
                epochEndDate: null,
                startDate: '',
                endDate: null,
                datePosted: null,
                affectedServices: ['Photos'],
              },
            ]
          : [],
    })),
  });
}

/** The same, as the status monitor stores it. */
function snapshot(outageOnPhotos: boolean, startedAt: number, fetchedAt: number): unknown {
  return {
    fetchedAt,
    services: ICLOUD_SERVICES.map((s) => {
      const outage = outageOnPhotos && s.id === 'photos';
      return {
        id: s.id,
        name: s.feedName,
        state: outage ? 'major' : 'ok',
        events: outage
          ? [
              {
                serviceId: 'photos',
                messageId: PHOTOS_OUTAGE.messageId,
                kind: 'outage',
                phase: 'ongoing',
                startsAt: startedAt,
                endsAt: null,
                message: PHOTOS_OUTAGE.message,
                usersAffected: PHOTOS_OUTAGE.usersAffected,
              },
            ]
          : [],
      };
    }),
  };
}

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
  let h: Harness;
  let outageOnPhotos = true;
  const startedAt = Date.now() - 20 * 60_000;

  /** Writes storage.local as the extension's own items would (WXT: key "x", meta "x$"). */
  async function seed(items: Record<string, unknown>): Promise<void> {
    const sw = await h.worker();
    await sw.evaluate((values) => chrome.storage.local.set(values), items);
  }

  async function setStatus(outage: boolean): Promise<void> {
    outageOnPhotos = outage;
    await seed({ statusSnapshot: snapshot(outage, startedAt, Date.now()), statusSnapshot$: { v: 1 } });
  }

  beforeAll(async () => {
    h = await launchExtension();
    h.server.route('www.apple.com', FEED_PATH, (_req, res: ServerResponse) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(feed(outageOnPhotos, startedAt));
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows a red "!" for an outage on Photos at 92 % used, and lists both in the tooltip', async () => {
    const now = Date.now();
    await seed({
      pollRecord: { lastAttemptAt: now, lastSuccessAt: now, consecutiveFailures: 0, lastError: null },
      pollRecord$: { v: 1 },
      storageReading: reading(92, false, now - 60_000),
      storageReading$: { v: 1 },
    });
    await setStatus(true);
    await expect.poll(async () => (await h.badge()).text, { timeout: 10_000 }).toBe('!');
    const badge = await h.badge();
    expect(badge.color).toEqual(RED);
    expect(badge.title).toContain('Apple reports an outage of iCloud Photos');
    expect(badge.title).toContain('iCloud storage is 92 % full: 46 GB of 50 GB used');
    expect(badge.title).not.toContain('no issues');
  });

  it('shows FULL once Apple says the account is over quota', async () => {
    await seed({ storageReading: reading(92, true, Date.now()) });
    await expect.poll(async () => (await h.badge()).text, { timeout: 10_000 }).toBe('FULL');
    const badge = await h.badge();
    expect(badge.color).toEqual(RED);
    expect(badge.title).toContain('Apple says your iCloud storage is full');
    expect(badge.title).toContain('Apple reports an outage of iCloud Photos');
  });

  it('shows an amber 92% when the outage is over', async () => {
    await seed({ storageReading: reading(92, false, Date.now()) });
    await setStatus(false);
    await expect.poll(async () => (await h.badge()).text, { timeout: 10_000 }).toBe('92%');
    const badge = await h.badge();
    expect(badge.color).toEqual(AMBER);
    expect(badge.title).toMatch(/Apple reports no issues · checked (just now|\d+ min ago)/);
  });

  it('clears the 92 % badge when the threshold is raised to 95 %', async () => {
    const sw = await h.worker();
    await sw.evaluate(async () => {
      const { settings } = await chrome.storage.local.get<{ settings?: Record<string, unknown> }>('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), nearlyFullThreshold: 95 } });
    });
    await expect.poll(async () => (await h.badge()).text, { timeout: 10_000 }).toBe('');
    expect((await h.badge()).title).toMatch(
      /^Cloud Checkup · storage 92 % · Apple reports no issues · checked /,
    );
  });
});
