/** The guide page remembers ticked steps across a reload, in every browser. */
import { expect, it } from 'vitest';
import { describeInBrowsers, waitFor, type TestPage } from './extension-under-test';
import { storedSteps } from './guide-db';

/** The ids and states of the step checkboxes of the first guide shown. */
function steps(page: TestPage) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('.cc-steps input[type="checkbox"]')].map((box) => ({
      id: box.id,
      checked: box.checked,
      disabled: box.disabled,
    })),
  );
}

describeInBrowsers('the guide page', (ext) => {
  it('opens the first fix for storage-full and remembers two ticked steps after a reload', async () => {
    const page = await ext().openExtensionPage('guide', '?condition=storage-full#free-up-icloud-storage');
    const before = await waitFor(
      () => steps(page),
      (found) => found.filter((s) => !s.disabled).length >= 2,
      {
        what: 'the first guide’s steps',
      },
    );
    expect(await page.text('.cc-guide-title')).toBe('Make room in your iCloud storage');
    const ticked = before.filter((s) => !s.disabled).slice(0, 2);
    for (const step of ticked) await page.click(`#${step.id}`);
    await waitFor(
      () => storedSteps(page),
      (n) => n === 2,
      { what: 'two stored steps' },
    );

    await page.reload();
    const after = await waitFor(
      () => steps(page),
      (found) => found.length === before.length,
      {
        what: 'the steps after the reload',
      },
    );
    const checked = after.filter((s) => s.checked).map((s) => s.id);
    expect(checked).toEqual(ticked.map((s) => s.id));
    expect(await page.text('.cc-step-count')).toMatch(new RegExp(`^2 of ${before.length} steps done`));
    await page.close();
  });
});
