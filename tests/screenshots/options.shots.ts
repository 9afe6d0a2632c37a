/** The options page: as it opens, with the watched services open, and with some unwatched. */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from '../e2e/harness';
import { shoot } from './shoot';

describe('options page screenshots', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('writes the page as it opens, with the services list open, and with services unwatched', async () => {
    const written: string[] = [];
    const page = await h.openExtensionPage('options');
    const threshold = page.getByLabel('Warn me when iCloud storage is at least');
    written.push(...(await shoot(page, 'options', 'default', () => threshold.waitFor())));

    await page.getByRole('button', { name: 'Change' }).click();
    await page.getByRole('checkbox', { name: 'iCloud Mail', exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'Find My', exact: true }).uncheck();
    await page.getByText('17 of 19 watched').waitFor();
    // Let the "Saved" message go by so it does not cover the page.
    await page.evaluate(() => document.querySelector('.cc-feedback p')?.replaceChildren());
    written.push(
      ...(await shoot(page, 'options', 'services-open', () =>
        page.locator('#services-list fieldset').first().waitFor(),
      )),
    );

    await page.getByRole('button', { name: 'Hide list' }).click();
    written.push(
      ...(await shoot(page, 'options', 'some-unwatched', () => page.getByText('17 of 19 watched').waitFor())),
    );
    await page.close();
    expect(written.filter((f) => existsSync(f))).toHaveLength(3 * 4);
  });
});
