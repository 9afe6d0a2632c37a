import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { feedText, feedWithEvent } from '../fixtures/status/feeds';
import { useExtension } from './harness';
import { seriousViolations } from './axe';
import { seed } from './popup-seed';

const FEED_PATH = '/support/systemstatus/data/system_status_en_US.js';
const PHOTOS_MESSAGE = 'Users may be unable to upload photos and videos to iCloud Photos.';
describe('the popup with storage at 92 % and an outage on Photos', () => {
  const h = useExtension();
  let popup: Page;

  beforeAll(() => {
    const now = Date.now();
    // Apple's feed says what the seeded state says, so a poll in between changes nothing.
    const feed = feedWithEvent('Photos', {
      messageId: '1600001',
      statusType: 'Outage',
      eventStatus: 'ongoing',
      message: PHOTOS_MESSAGE,
      epochStartDate: now - 95 * 60_000,
      epochEndDate: null,
    });
    h().server.route('www.apple.com', FEED_PATH, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(feedText(feed));
    });
  });
  // Each test starts from the same stored state, in a popup of its own.
  beforeEach(async () => {
    await seed(await h().worker(), Date.now(), { percent: 92, photosOutage: true });
    popup = await h().openExtensionPage('popup');
    await popup.waitForSelector('[data-condition]');
  });
  afterEach(async () => {
    await popup?.close();
  });

  it('answers with the outage as the headline and one primary fix, nearly full storage below', async () => {
    const ids = await popup.$$eval('[data-condition]', (els) =>
      els.map((e) => e.getAttribute('data-condition')),
    );
    expect(ids).toEqual(['outage', 'storage-nearly-full']);
    const headline = popup.locator('.cc-headline-card');
    expect(await headline.locator('h2').textContent()).toMatch(/outage of iCloud Photos/);
    // Ranked in the background: Apple already reported the outage, so no "check Apple's status".
    await expect
      .poll(() => headline.locator('.cc-primary').getAttribute('href'))
      .toBe('/guide.html?condition=outage#wait-out-an-outage');
    const nearlyFull = popup.locator('.cc-others [data-condition="storage-nearly-full"]');
    expect(await nearlyFull.locator('.cc-sentence').textContent()).toMatch(/92\s?%/);
    expect(await nearlyFull.locator('a').getAttribute('href')).toBe(
      '/guide.html?condition=storage-nearly-full#free-up-icloud-storage',
    );
  });

  it('shows the toolbar badge of the most severe condition', async () => {
    await expect.poll(async () => (await h().badge()).text, { timeout: 10_000 }).toBe('!');
  });

  it('opens a fix in a new tab on the guide page', async () => {
    const link = popup.locator('[data-condition="outage"] .cc-primary');
    const href = await link.getAttribute('href');
    const [guide] = await Promise.all([h().context.waitForEvent('page'), link.click()]);
    await guide.waitForLoadState();
    expect(guide.url()).toBe(`chrome-extension://${h().extensionId}${href}`);
    await guide.close();
  });

  it('shows storage as a meter with used and total, the category breakdown and the reading’s age', async () => {
    const meter = popup.getByRole('meter', { name: 'iCloud storage used' });
    expect(await meter.getAttribute('aria-valuetext')).toBe('46 GB of 50 GB, 92%');
    expect(await meter.getAttribute('data-tone')).toBe('warn');
    const card = popup.locator('.cc-storage');
    expect(await card.textContent()).toContain('Photos and videos');
    expect(await card.locator('.cc-source').textContent()).toBe('read 3 hours ago');
    expect(await card.locator('.cc-forecast').textContent()).toMatch(/^ · full in about \d+ (days|weeks)$/);
  });

  it('shows Photos’ outage once, with Apple’s message, and when the feed was checked', async () => {
    const card = popup.locator('.cc-services');
    expect(await card.locator('.cc-events li').count()).toBe(1);
    expect(await card.locator('.cc-events').textContent()).toContain(PHOTOS_MESSAGE);
    expect(await card.locator('.cc-all-services summary').textContent()).toMatch(
      /checked (this minute|\d+ minutes? ago)$/,
    );
  });

  it('marks today in the 7-day strip as a day with an outage', async () => {
    const days = popup.locator('.cc-strip li');
    expect(await days.count()).toBe(7);
    expect(await days.last().getAttribute('data-severity')).toBe('major');
    expect(await days.last().locator('.cc-visually-hidden').textContent()).toContain(
      'outage of iCloud Photos',
    );
  });

  it('refreshes on request and announces the result', async () => {
    await popup.getByRole('button', { name: 'Refresh' }).click();
    await expect
      .poll(() => popup.locator('#refresh-result').textContent(), { timeout: 15_000 })
      .toMatch(/^Checked just now\. Apple reports an outage of iCloud Photos/);
  });

  it('follows stored changes while open', async () => {
    const sw = await h().worker();
    await sw.evaluate(async () => {
      const { storageReading } = await chrome.storage.local.get('storageReading');
      const reading = storageReading as { usedBytes: number; totalBytes: number; quota: object };
      await chrome.storage.local.set({
        storageReading: {
          ...reading,
          usedBytes: reading.totalBytes * 0.5,
          quota: { ...reading.quota, almostFull: false },
          readAt: Date.now(),
        },
      });
    });
    await expect.poll(() => popup.locator('[data-condition="storage-nearly-full"]').count()).toBe(0);
    expect(await popup.locator('.cc-source').textContent()).toBe('read this minute');
  });

  it('marks the time to content for the benchmark', async () => {
    const marks = await popup.evaluate(() => performance.getEntriesByName('cc-popup-content').length);
    expect(marks).toBe(1);
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await seriousViolations(popup)).toEqual([]);
  });
});
