import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { feedText, fullFeed } from '../fixtures/status/feeds';
import { useExtension, type Harness } from './harness';
import { seriousViolations } from './axe';
import { seed } from './popup-seed';

const FEED_PATH = '/support/systemstatus/data/system_status_en_US.js';

async function storedSettings(h: Harness): Promise<Record<string, unknown>> {
  const sw = await h.worker();
  return sw.evaluate(
    async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>,
  );
}

describe('the options page', () => {
  const h = useExtension();
  let options: Page;

  beforeAll(async () => {
    // Apple reports no current problem, and has not flagged the plan as almost full: the only
    // condition is storage at 92 % against the threshold.
    h().server.route('www.apple.com', FEED_PATH, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(feedText(fullFeed()));
    });
    await seed(await h().worker(), Date.now(), { percent: 92, photosOutage: false, appleAlmostFull: false });
  });
  beforeEach(async () => {
    options = await h().openExtensionPage('options');
    await options.getByLabel('Warn me when iCloud storage is at least').waitFor();
  });
  afterEach(async () => {
    await options?.close();
  });

  it('starts from the default threshold with a 92 % badge', async () => {
    expect(await options.getByLabel('Warn me when iCloud storage is at least').inputValue()).toBe('90');
    await expect.poll(async () => (await h().badge()).text, { timeout: 10_000 }).toBe('92%');
  });

  it('saves a threshold of 95 % at once, says so, and the 92 % badge goes away', async () => {
    await options.getByLabel('Warn me when iCloud storage is at least').fill('95');
    await expect.poll(async () => (await storedSettings(h())).nearlyFullThreshold).toBe(95);
    expect(await options.getByRole('status').filter({ hasText: 'Saved' }).textContent()).toBe(
      'Saved: nearly full from 95%.',
    );
    await expect.poll(async () => (await h().badge()).text, { timeout: 10_000 }).toBe('');
  });

  it('keeps a saved threshold after a reload', async () => {
    await options.getByLabel('Warn me when iCloud storage is at least').fill('94');
    await expect.poll(async () => (await storedSettings(h())).nearlyFullThreshold).toBe(94);
    await options.reload();
    expect(await options.getByLabel('Warn me when iCloud storage is at least').inputValue()).toBe('94');
  });

  it('is usable with the keyboard: the services list opens and a service is unwatched with Space', async () => {
    const change = options.locator('button[aria-controls="services-list"]');
    expect(await change.textContent()).toBe('Change');
    await change.focus();
    await options.keyboard.press('Enter');
    expect(await change.getAttribute('aria-expanded')).toBe('true');
    const mail = options.getByRole('checkbox', { name: 'iCloud Mail', exact: true });
    await mail.focus();
    await options.keyboard.press('Space');
    await expect.poll(async () => (await storedSettings(h())).watchedServices).not.toContain('icloud-mail');
    expect(await mail.isChecked()).toBe(false);
    expect(await options.getByText('18 of 19 watched').isVisible()).toBe(true);
  });

  it('fits one column at 400 px: no control runs off the page', async () => {
    await options.setViewportSize({ width: 400, height: 800 });
    const overflow = await options.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(400);
    await options.setViewportSize({ width: 1280, height: 800 });
  });

  it('exports my data as a JSON download', async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^cloud-checkup-data-\d{4}-\d\d-\d\d\.json$/);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const data = JSON.parse(await readFile(path, 'utf8')) as {
      settings: { nearlyFullThreshold: number };
      state: { storageReading: { usedBytes: number } };
      history: { storageReadings: unknown[] };
    };
    expect(data.settings.nearlyFullThreshold).toBe((await storedSettings(h())).nearlyFullThreshold);
    expect(data.settings.nearlyFullThreshold).toBeGreaterThanOrEqual(50);
    expect(data.state.storageReading.usedBytes).toBeGreaterThan(0);
    expect(data.history.storageReadings.length).toBeGreaterThan(3);
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('clears my data after a confirmation: settings back to defaults, readings gone', async () => {
    await options.getByRole('button', { name: 'Clear my data…' }).click();
    await options.getByRole('button', { name: 'Yes, clear my data' }).click();
    await expect.poll(async () => (await storedSettings(h())).nearlyFullThreshold).toBe(90);
    const sw = await h().worker();
    const left = await sw.evaluate(() => chrome.storage.local.get(['storageReading', 'statusSnapshot']));
    expect(left).toEqual({});
    expect(await options.getByLabel('Warn me when iCloud storage is at least').inputValue()).toBe('90');
  });
});
