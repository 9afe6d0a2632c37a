import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { feedText, fullFeed } from '../fixtures/status/feeds';
import { seriousViolations } from './axe';
import { useExtension } from './harness';
import { answerWith, contentScriptRequests, stored } from './readers-support';
import { pollNow, serveFeed } from './status-helpers';
import { recordTipAsks } from './tip-asks';
import { mailOutageFeed, STORAGE_PATH, storageAnswer } from './tip-fixtures';

const tip = (page: Page) => page.locator('cloud-checkup-tip');

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
    const asks = await recordTipAsks(page);
    const asked = Date.now();
    await tip(page).getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => tip(page).count()).toBe(0);
    // The snooze is the background's to store: stored before the reload, so the reload must obey it.
    await expect
      .poll(async () => (await stored<Record<string, number>>(h(), 'tipSnoozes'))?.['storage-full'] ?? 0)
      .toBeGreaterThan(asked);
    const since = Date.now();
    await page.reload();
    // Decided once the page knew this load's Photos reading (the readers ran) and was answered.
    const answer = await asks.decided({ photosReadSince: since });
    expect(answer).toMatchObject({ app: 'photos', tips: [] });
    expect(await tip(page).count()).toBe(0);
    await page.close();
  });

  it('shows an iCloud Mail outage on Mail but not on Photos', async () => {
    await mailOutage();
    const page = await h().context.newPage();
    const asks = await recordTipAsks(page);
    const since = Date.now();
    await page.goto('https://www.icloud.com/photos/');
    const answer = await asks.decided({ photosReadSince: since });
    expect(answer).toMatchObject({ app: 'photos', tips: [] });
    expect(await tip(page).count()).toBe(0);

    await page.goto('https://www.icloud.com/mail/');
    await expect.poll(() => tip(page).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => tip(page).locator('.sentence').textContent()).toMatch(/iCloud Mail/);
    expect(await asks.decided()).toMatchObject({ app: 'mail', tips: ['outage'] });
    await page.close();
  });

  it('"Don\'t show tips on iCloud.com" removes the tip and turns tips off', async () => {
    await mailOutage();
    const page = await h().context.newPage();
    const asks = await recordTipAsks(page);
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
    await page.reload();
    expect(await asks.decided()).toMatchObject({ app: 'mail', tips: [] });
    expect(await tip(page).count()).toBe(0);
    await page.close();
  });

  it('loads the tip UI only on pages that show a tip, and from the extension', async () => {
    await mailOutage();
    const page = await h().context.newPage();
    const asks = await recordTipAsks(page);
    const log = await contentScriptRequests(page, h().extensionId);
    const own = `chrome-extension://${h().extensionId}/`;
    await page.goto('https://www.icloud.com/photos/');
    expect(await asks.decided()).toMatchObject({ app: 'photos', tips: [] });
    // The page's scripts were loaded (the log sees them), the tip UI was not.
    expect(log.urls).toContain(`${own}icloud-top.js`);
    expect(log.urls).not.toContain(`${own}tip-ui.js`);

    await page.goto('https://www.icloud.com/mail/');
    await expect.poll(() => tip(page).count(), { timeout: 15_000 }).toBe(1);
    expect(log.urls.filter((url) => url.endsWith('/tip-ui.js'))).toEqual([`${own}tip-ui.js`]);
    expect(h().server.requests.filter((r) => r.path.includes('tip-ui'))).toEqual([]);
    // The extension's own requests are the status feed's only.
    expect(h().extensionRequests.filter((r) => !r.url.startsWith('https://www.apple.com/'))).toEqual([]);
    await page.close();
  });
});
