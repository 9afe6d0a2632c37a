/** The guide page: plan (and a plan ranked by the background), guide with progress, an updated guide, index, read-only. */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from '../e2e/harness';
import { enterState, POPUP_STATES } from '../e2e/popup-states';
import { shoot } from './shoot';

/** Runs raw IndexedDB work in an extension page, on the guides database. */
function withGuidesDb(page: Page, work: 'progress' | 'changed'): Promise<void> {
  return page.evaluate(async (what) => {
    const now = Date.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('cloud-checkup-guides');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const tx = db.transaction(['progress', 'outcomes', 'meta'], 'readwrite');
    const progress = tx.objectStore('progress');
    for (const stepId of ['see-usage', 'old-backups']) {
      progress.put({ guideId: 'free-up-icloud-storage', stepId, done: true, at: now - 86_400_000 });
    }
    tx.objectStore('outcomes').put({ guideId: 'upgrade-icloud-plan', outcome: 'not-fixed', at: now });
    if (what === 'changed') {
      const meta = tx.objectStore('meta');
      const get = meta.get('content');
      get.onsuccess = () =>
        meta.put({
          ...(get.result as object),
          changed: [{ guideId: 'free-up-icloud-storage', at: now - 3_600_000, kept: 2, dropped: 1 }],
        });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  }, work);
}

describe('guide page screenshots', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('writes the index, the plan, a guide with progress, an updated guide and the read-only copy', async () => {
    const written: string[] = [];
    const page = await h.openExtensionPage('guide');
    await page.locator('.cc-problems').first().waitFor();
    await withGuidesDb(page, 'progress');
    await page.reload();
    written.push(
      ...(await shoot(page, 'guide', 'index', (p) => p.locator('.cc-problems').first().waitFor())),
    );

    await page.goto(page.url().replace(/guide\.html.*$/, 'guide.html?condition=storage-full'));
    written.push(...(await shoot(page, 'guide', 'plan', (p) => p.locator('ol.cc-plan').waitFor())));

    await page.goto(
      page.url().replace(/guide\.html.*$/, 'guide.html?condition=storage-full#free-up-icloud-storage'),
    );
    written.push(
      ...(await shoot(page, 'guide', 'guide-progress', (p) => p.getByText('2 of 7 steps done').waitFor())),
    );

    await page.goto(
      page.url().replace(/guide\.html.*$/, 'guide.html?condition=storage-full#same-account-icloud-photos-on'),
    );
    written.push(...(await shoot(page, 'guide', 'guide-tabs', (p) => p.getByRole('tab').first().waitFor())));

    await withGuidesDb(page, 'changed');
    await page.goto(page.url().replace(/guide\.html.*$/, 'guide.html#free-up-icloud-storage'));
    written.push(...(await shoot(page, 'guide', 'guide-updated', (p) => p.locator('.cc-changed').waitFor())));

    await page.close();

    // A window whose IndexedDB refuses to open, as some private windows do.
    const readOnly = await h.context.newPage();
    await readOnly.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('IndexedDB is unavailable', 'InvalidStateError');
      };
    });
    await readOnly.goto(`chrome-extension://${h.extensionId}/guide.html#free-up-icloud-storage`);
    written.push(
      ...(await shoot(readOnly, 'guide', 'read-only', (p) =>
        p.getByText('can’t be saved', { exact: false }).waitFor(),
      )),
    );
    await readOnly.close();
    expect(written.filter((f) => existsSync(f))).toHaveLength(6 * 4);
  });

  it('writes the plan of an upload stalled on iCloud.com, ranked as the popup ranks it, and its first guide', async () => {
    const stalled = POPUP_STATES.find((s) => s.name === 'stalled')!;
    await enterState(await h.worker(), stalled, Date.now());
    await expect.poll(async () => (await h.badge()).text, { timeout: 10_000 }).toBe(stalled.badge);
    const page = await h.openExtensionPage('guide', '?condition=upload-stalled');
    const written = await shoot(page, 'guide', 'plan-browser-stall', (p) =>
      p.getByRole('link', { name: 'Keep iCloud.com open until the upload ends' }).waitFor(),
    );
    await page.goto(
      page.url().replace(/guide\.html.*$/, 'guide.html?condition=upload-stalled#keep-a-web-upload-going'),
    );
    written.push(
      ...(await shoot(page, 'guide', 'guide-browser-upload', (p) =>
        p.getByRole('heading', { level: 1, name: 'Keep iCloud.com open until the upload ends' }).waitFor(),
      )),
    );
    await page.close();
    expect(written.filter((f) => existsSync(f))).toHaveLength(2 * 4);
  });
});
