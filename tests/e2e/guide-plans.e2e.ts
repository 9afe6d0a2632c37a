import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { enterState, openPopup, POPUP_STATES, useExtensionWithFeedHeld } from './popup-states';

const CHECK_STATUS = 'Check whether Apple’s servers are having trouble';

/** The page draws once the background's view is in (or 1 s has passed without an answer). */
const WAIT = { timeout: 10_000 };

const numbered = (page: Page) => page.locator('ol.cc-plan .cc-plan-title').allTextContents();

describe('the guide page’s plans know what the popup knows', () => {
  const harness = useExtensionWithFeedHeld();

  async function enter(name: string): Promise<void> {
    const state = POPUP_STATES.find((s) => s.name === name)!;
    await enterState(await harness().worker(), state, Date.now());
    await expect.poll(async () => (await harness().badge()).text, { timeout: 10_000 }).toBe(state.badge);
  }

  /** The popup's fixes for its headline: the button's title, then the row's. */
  async function popupFixes(): Promise<string[]> {
    const popup = await openPopup(harness());
    const fixes = await popup.locator('.cc-headline-card .cc-actions a').allTextContents();
    await popup.close();
    return fixes;
  }

  it('numbers no status check while Apple reports maintenance, and starts where the popup does', async () => {
    await enter('maintenance');
    const popup = await popupFixes();
    expect(popup[0]).toBe('Plan around Apple’s maintenance');
    const page = await harness().openExtensionPage('guide', '?condition=maintenance');
    await expect.poll(() => numbered(page), WAIT).toEqual(['Plan around Apple’s maintenance']);
    expect(await page.locator('main').textContent()).not.toContain(CHECK_STATUS);
    await page.close();
  });

  it('plans a stall seen on iCloud.com for the browser, in the popup’s order', async () => {
    await enter('stalled');
    const popup = await popupFixes();
    expect(popup).toEqual(['Keep iCloud.com open until the upload ends', 'Give uploads a steady connection']);
    const page = await harness().openExtensionPage('guide', '?condition=upload-stalled');
    await expect.poll(async () => (await numbered(page)).slice(0, 2), WAIT).toEqual(popup);
    expect(await page.locator('main').textContent()).not.toContain('Let Photos sync over mobile data');
    await page.close();
  });

  it('asks the background when it has stored no view, and plans with its answer', async () => {
    await enter('maintenance');
    await (await harness().worker()).evaluate(() => chrome.storage.local.remove('popupView'));
    const page = await harness().openExtensionPage('guide', '?condition=maintenance');
    await expect.poll(() => numbered(page), WAIT).toEqual(['Plan around Apple’s maintenance']);
    // The answer was evaluated for the page and stored, as for the popup.
    const stored = await (await harness().worker()).evaluate(() => chrome.storage.local.get('popupView'));
    expect(stored).toHaveProperty('popupView.headline.top.id', 'maintenance');
    await page.close();
  });
});
