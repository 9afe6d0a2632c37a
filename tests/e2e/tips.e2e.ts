import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { feedText, fullFeed } from '../fixtures/status/feeds';
import { seriousViolations } from './axe';
import { useExtension, type Harness } from './harness';
import { answerWith } from './readers-support';
import { pollNow, serveFeed } from './status-helpers';
import { mailOutageFeed, STORAGE_PATH, storageAnswer } from './tip-fixtures';

const tip = (page: Page) => page.locator('cloud-checkup-tip');

/**
 * Waits until the page has settled: with `since`, until the Photos frame of this load reported
 * (so the readers ran); then long enough for the tips controller to ask the background and draw.
 */
async function settle(h: Harness, page: Page, since?: number): Promise<void> {
  await page.waitForLoadState('load');
  if (since === undefined) return page.waitForTimeout(2000);
  const sw = await h.worker();
  await expect
    .poll(
      async () => {
        const { photosState } = await sw.evaluate(() =>
          chrome.storage.local.get<{ photosState?: { readAt: number } }>('photosState'),
        );
        return photosState?.readAt ?? 0;
      },
      { timeout: 10_000 },
    )
    .toBeGreaterThanOrEqual(since);
  await page.waitForTimeout(1500);
}

describe('tips on iCloud.com', () => {
  const h = useExtension();

  // Every test starts from no stored reading, no snooze, default settings and Apple reporting no
  // problem, and opens its own pages.
  beforeEach(async () => {
    const sw = await h().worker();
    await sw.evaluate(() =>
      chrome.storage.local.remove(['tipSnoozes', 'storageReading', 'photosState', 'settings']),
    );
    h().server.clearRoutes();
    serveFeed(h(), feedText(fullFeed()));
    expect((await pollNow(h())).consecutiveFailures).toBe(0);
  });

  /** Photos with Apple's answer saying the account is over quota, once its tip is drawn. */
  async function photosWithStorageTip(): Promise<Page> {
    h().server.route('setup.icloud.com', STORAGE_PATH, answerWith(200, storageAnswer(5.2, true)));
    const page = await h().context.newPage();
    await page.goto('https://www.icloud.com/photos/');
    await expect.poll(() => tip(page).count(), { timeout: 15_000 }).toBe(1);
    return page;
  }

  /** Apple reports an ongoing iCloud Mail outage; storage has room. */
  async function mailOutage(): Promise<void> {
    h().server.route('setup.icloud.com', STORAGE_PATH, answerWith(200, storageAnswer(1, false)));
    serveFeed(h(), mailOutageFeed());
    expect((await pollNow(h())).consecutiveFailures).toBe(0);
  }

  it('does not take focus when it appears', async () => {
    const page = await photosWithStorageTip();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.close();
  });

  it('has no serious or critical accessibility violations', async () => {
    const page = await photosWithStorageTip();
    expect(await seriousViolations(page, 'cloud-checkup-tip')).toEqual([]);
    await page.close();
  });

  it('shows the severity as mark and tint, and one primary action: the best fix', async () => {
    const page = await photosWithStorageTip();
    // Full storage is the badge's red: the card carries the same severity.
    expect(await tip(page).locator('.tip').getAttribute('data-tone')).toBe('red');
    expect(await tip(page).locator('h2').textContent()).toBe('Cloud Checkup: Needs action');
    // One primary action, the best fix ranked for full storage; no list of guide links beside it.
    expect(await tip(page).locator('button.primary').count()).toBe(1);
    expect(await tip(page).locator('button.primary').textContent()).not.toBe('Open guide');
    expect(await tip(page).getByRole('list').count()).toBe(0);
    await page.close();
  });

  it('opens the best fix for full storage in a new tab', async () => {
    const page = await photosWithStorageTip();
    const opened = h().context.waitForEvent('page');
    await tip(page).locator('button.primary').click();
    const guide = await opened;
    await guide.waitForLoadState();
    // Within full storage's plan, so the guide page can lead back to the other fixes.
    expect(guide.url()).toMatch(
      new RegExp(`^chrome-extension://${h().extensionId}/guide\\.html\\?condition=storage-full#[a-z0-9-]+$`),
    );
    await guide.close();
    await page.close();
  });

  it('closes from the keyboard, for this page only (a reload shows it again)', async () => {
    const page = await photosWithStorageTip();
    await tip(page).getByRole('button', { name: 'Close tip' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tip(page).count()).toBe(0);
    await page.reload();
    await expect.poll(() => tip(page).count(), { timeout: 15_000 }).toBe(1);
    await page.close();
  });

  it('"Not now" hides it, and it stays hidden after a reload', async () => {
    const page = await photosWithStorageTip();
    await tip(page).getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => tip(page).count()).toBe(0);
    const since = Date.now();
    await page.reload();
    await settle(h(), page, since);
    expect(await tip(page).count()).toBe(0);
    await page.close();
  });

  it('shows an iCloud Mail outage on Mail but not on Photos', async () => {
    await mailOutage();
    const page = await h().context.newPage();
    const since = Date.now();
    await page.goto('https://www.icloud.com/photos/');
    await settle(h(), page, since);
    expect(await tip(page).count()).toBe(0);

    await page.goto('https://www.icloud.com/mail/');
    await expect.poll(() => tip(page).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => tip(page).locator('.sentence').textContent()).toMatch(/iCloud Mail/);
    await page.close();
  });

  it('"Don\'t show tips on iCloud.com" removes the tip and turns tips off', async () => {
    await mailOutage();
    const page = await h().context.newPage();
    await page.goto('https://www.icloud.com/mail/');
    await expect.poll(() => tip(page).count(), { timeout: 15_000 }).toBe(1);
    await tip(page).getByRole('button', { name: "Don't show tips on iCloud.com" }).click();
    await expect.poll(() => tip(page).count()).toBe(0);
    const sw = await h().worker();
    const tipsOnIcloud = async () => {
      const { settings } = await sw.evaluate(() =>
        chrome.storage.local.get<{ settings?: { tipsOnIcloud?: boolean } }>('settings'),
      );
      return settings?.tipsOnIcloud;
    };
    await expect.poll(tipsOnIcloud).toBe(false);
    // Mail has no Photos frame to report: load, then the same grace period.
    await page.reload();
    await settle(h(), page);
    expect(await tip(page).count()).toBe(0);
    await page.close();
  });

  it('loads the tip UI only on pages that show a tip', () => {
    // The tip UI script is fetched from the extension, never from the network.
    expect(h().server.requests.filter((r) => r.path.includes('tip-ui'))).toEqual([]);
    expect(h().extensionRequests.filter((r) => !r.url.startsWith('https://www.apple.com/'))).toEqual([]);
  });
});
