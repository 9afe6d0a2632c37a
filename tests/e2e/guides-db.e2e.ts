/**
 * The guides database is the source of what the guide page and the popup show: a guide edited in
 * IndexedDB is what both show; with IndexedDB unavailable the page reads the bundled copy and
 * says progress is not kept.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedText, fullFeed } from '../fixtures/status/feeds';
import { launchExtension, type Harness } from './harness';
import { seed } from './popup-seed';

const FEED_PATH = '/support/systemstatus/data/system_status_en_US.js';
const EDITED = 'Edited in the guides database';

/** Changes one stored guide's title the way any writer of the database would. */
function editStoredTitle(page: Page, guideId: string, title: string): Promise<void> {
  return page.evaluate(
    ([id, newTitle]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cloud-checkup-guides');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('guides', 'readwrite');
          const store = tx.objectStore('guides');
          const get = store.get(id!);
          get.onsuccess = () => store.put({ ...(get.result as object), title: newTitle });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    [guideId, title],
  );
}

describe('guides come from IndexedDB', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    const now = Date.now();
    // Apple reports nothing wrong; storage at 92 % of the plan is the one problem.
    h.server.route('www.apple.com', FEED_PATH, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(feedText(fullFeed()));
    });
    await seed(await h.worker(), now, { percent: 92, photosOutage: false });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows a guide edited in the database on the guide page and in the popup', async () => {
    const page = await h.openExtensionPage('guide', '?condition=storage-nearly-full');
    const first = page.locator('ol.cc-plan > li').first().locator('a.cc-plan-title');
    await first.waitFor();
    const href = (await first.getAttribute('href'))!;
    const guideId = href.split('#')[1]!;
    expect(await first.textContent()).not.toBe(EDITED);

    await editStoredTitle(page, guideId, EDITED);
    await page.reload();
    expect(await page.locator('ol.cc-plan > li').first().locator('a.cc-plan-title').textContent()).toBe(
      EDITED,
    );
    await page.locator('ol.cc-plan > li').first().locator('a.cc-plan-title').click();
    await page.getByRole('heading', { level: 1, name: EDITED }).waitFor();
    await page.close();

    const popup = await h.openExtensionPage('popup');
    const fixes = popup.locator('[data-condition="storage-nearly-full"] a');
    await fixes.first().waitFor();
    expect(await fixes.allTextContents()).toContain(EDITED);
    await popup.close();
  });

  it('falls back to the bundled guides, read-only, when IndexedDB cannot open', async () => {
    const page = await h.context.newPage();
    await page.addInitScript(() => {
      // This page's IndexedDB refuses to open, as in some private windows.
      IDBFactory.prototype.open = () => {
        throw new DOMException('IndexedDB is unavailable', 'InvalidStateError');
      };
    });
    await page.goto(`chrome-extension://${h.extensionId}/guide.html#free-up-icloud-storage`);
    await page.getByRole('heading', { level: 1, name: 'Make room in your iCloud storage' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('can’t be saved');
    await page.getByRole('checkbox', { name: /^On your iPhone or iPad, open Settings/ }).check();
    expect(await page.getByText('1 of 7 steps done').isVisible()).toBe(true);
    await page.close();
  });
});
