import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { useExtension } from './harness';
import { storedSteps } from './guide-db';

describe('the guide page in Chromium', () => {
  const h = useExtension();

  it('shows the plan for storage-full, opens its first fix and remembers two ticked steps after a reload', async () => {
    const page = await h().openExtensionPage('guide', '?condition=storage-full');
    await page.getByRole('heading', { level: 1, name: 'iCloud storage is full' }).waitFor();
    const plan = page.locator('ol.cc-plan > li');
    expect(await plan.count()).toBeGreaterThan(1);
    await plan.first().getByRole('link', { name: 'Make room in your iCloud storage' }).click();
    await expect.poll(() => page.url()).toMatch(/\?condition=storage-full#free-up-icloud-storage$/);
    await page.getByRole('heading', { level: 1, name: 'Make room in your iCloud storage' }).waitFor();
    await page.getByRole('checkbox', { name: /^On your iPhone or iPad, open Settings/ }).check();
    await page.getByRole('checkbox', { name: /^Look through Mail and Messages/ }).check();
    await expect.poll(() => storedSteps(page)).toBe(2);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Make room in your iCloud storage' }).waitFor();
    expect(
      await page.getByRole('checkbox', { name: /^On your iPhone or iPad, open Settings/ }).isChecked(),
    ).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Look through Mail and Messages/ }).isChecked()).toBe(
      true,
    );
    expect(await page.getByRole('checkbox', { name: /^Empty the Recently Deleted/ }).isChecked()).toBe(false);
    expect(await page.getByText('2 of 7 steps done').isVisible()).toBe(true);
    // No index below a single guide; the way back leads to the plan, which shows the progress.
    expect(await page.locator('.cc-problems').count()).toBe(0);
    await page.getByRole('link', { name: /What to try for: iCloud storage is full/ }).click();
    await page.getByRole('heading', { level: 1, name: 'iCloud storage is full' }).waitFor();
    expect(await plan.first().getByText('2 of 7 steps done').isVisible()).toBe(true);
    await page.close();
  });

  it('fits the four platform tabs on one line at 360 px', async () => {
    const page = await h().openExtensionPage('guide', '#same-account-icloud-photos-on');
    await page.setViewportSize({ width: 360, height: 700 });
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    const boxes = await tabs.evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { top: Math.round(r.top), right: r.right, clipped: e.scrollWidth > e.clientWidth };
      }),
    );
    expect(boxes).toHaveLength(4);
    expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
    expect(boxes.every((b) => b.right <= 360 && !b.clipped)).toBe(true);
    await page.close();
  });

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
    await page.locator('.cc-guide-title').first().waitFor();
    await page.getByRole('searchbox', { name: 'Search all guides' }).fill('battery');
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
    expect(await first.textContent()).toBe('Turn off Low Power Mode and plug in');
    await first.click();
    await expect.poll(() => page.url()).toMatch(/#low-power-and-battery$/);
    await page.getByRole('heading', { level: 1, name: 'Turn off Low Power Mode and plug in' }).waitFor();
    await page.close();
  });

  it('switches platform tabs with the arrow keys', async () => {
    const page = await h().openExtensionPage('guide', '#same-account-icloud-photos-on');
    const iphone = page.getByRole('tab', { name: 'iPhone, iPad' });
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
    ['the plan for a condition', '?condition=storage-full'],
    ['a guide with a caution', '#sign-out-and-back-in'],
    ['a guide with ticked and locked steps', '#free-up-icloud-storage'],
    ['the index of problems with search results', ''],
    ['the index of problems', '?'],
    ['the status messages explainer', '#status-messages'],
  ])('has no serious or critical accessibility problems on %s', async (_what, suffix) => {
    const page = await h().openExtensionPage('guide', suffix);
    await page.locator('.cc-guide-title').first().waitFor();
    if (suffix === '') await page.getByRole('searchbox').fill('wifi');
    if (suffix === '#free-up-icloud-storage') {
      await page.getByRole('checkbox', { name: /^On your iPhone or iPad, open Settings/ }).check();
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
