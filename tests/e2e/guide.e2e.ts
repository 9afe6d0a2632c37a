import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { useExtension } from './harness';

describe('the guide page in Chromium', () => {
  const h = useExtension();

  it('shows the caution before a risky step and lets it be ticked only after reading it', async () => {
    const page = await h().openExtensionPage('guide', '#free-up-icloud-storage');
    const box = page.getByRole('checkbox', { name: /Empty the Recently Deleted album/ });
    await box.waitFor();
    expect(await box.isDisabled()).toBe(true);
    expect(await box.getAttribute('aria-describedby')).toBeTruthy();
    expect(await page.getByText(/cannot be brought back/).isVisible()).toBe(true);
    const item = page.locator('li.cc-step', { has: box });
    await item.getByRole('button', { name: 'I’ve read this' }).click();
    expect(await box.isDisabled()).toBe(false);
    await box.check();
    expect(await box.isChecked()).toBe(true);
    await page.close();
  });

  it('finds the Low Power Mode guide when searching for "battery"', async () => {
    const page = await h().openExtensionPage('guide');
    await page.getByRole('searchbox', { name: 'Search all guides' }).fill('battery');
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
    expect(await first.textContent()).toBe('Turn off Low Power Mode and plug in');
    await first.click();
    await expect.poll(() => page.url()).toMatch(/#low-power-and-battery$/);
    await page.getByRole('heading', { level: 2, name: 'Turn off Low Power Mode and plug in' }).waitFor();
    await page.close();
  });

  it('switches platform tabs with the arrow keys', async () => {
    const page = await h().openExtensionPage('guide', '#same-account-icloud-photos-on');
    const iphone = page.getByRole('tab', { name: 'iPhone or iPad' });
    await iphone.focus();
    await page.keyboard.press('ArrowRight');
    const mac = page.getByRole('tab', { name: 'Mac' });
    expect(await mac.getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mac');
    expect(await page.getByRole('tabpanel').getByText('Photos > Settings > iCloud').count()).toBeGreaterThan(
      0,
    );
    await page.keyboard.press('End');
    expect(await page.getByRole('tab', { name: 'iCloud.com' }).getAttribute('aria-selected')).toBe('true');
    await page.close();
  });

  it('remembers the answer to "Did this fix it?" and suggests what to try next', async () => {
    const page = await h().openExtensionPage('guide', '#check-apple-system-status');
    await page.getByRole('button', { name: 'No, not yet' }).click();
    expect(await page.getByText('Next up:').isVisible()).toBe(true);
    await page.reload();
    await page.getByRole('button', { name: 'No, not yet' }).waitFor();
    expect(await page.getByRole('button', { name: 'No, not yet' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('marks when the guide content has rendered', async () => {
    const page = await h().openExtensionPage('guide', '#fix-the-network');
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('cc-guide-content').length))
      .toBe(1);
    await page.close();
  });

  it.each([
    ['the fixes for a condition', '?condition=storage-full'],
    ['a guide with a caution', '#sign-out-and-back-in'],
    ['the list of all guides with search results', ''],
    ['the status messages explainer', '#status-messages'],
  ])('has no serious or critical accessibility problems on %s', async (_what, suffix) => {
    const page = await h().openExtensionPage('guide', suffix);
    await page.locator('.cc-guide-title').first().waitFor();
    if (suffix === '') await page.getByRole('searchbox').fill('wifi');
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
