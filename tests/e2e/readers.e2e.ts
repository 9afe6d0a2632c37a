import { beforeEach, describe, expect, it } from 'vitest';
import type { PhotosState, StorageReading } from '@/lib/readings/types';
import { useExtension } from './harness';
import { answerWith, clearStored, contentScriptRequests, STORAGE_92, stored } from './readers-support';
import { recordTipAsks } from './tip-asks';

const GB = 2 ** 30;

describe('the readers on iCloud.com, in Chromium', () => {
  const h = useExtension();
  const ownRequests: string[] = [];

  beforeEach(async () => {
    h().server.clearRoutes();
    await clearStored(h());
  });

  async function open(path: string) {
    const page = await h().context.newPage();
    const log = await contentScriptRequests(page, h().extensionId);
    await page.goto(`https://www.icloud.com${path}`);
    return { page, log };
  }

  it('reads the storageUsageInfo response the shell fetches at load, and the page still gets it unchanged', async () => {
    h().server.route('setup.icloud.com', '/setup/ws/1/storageUsageInfo', answerWith(200, STORAGE_92));
    const { page, log } = await open('/readers/api/');
    await expect.poll(() => page.locator('#used').textContent()).toBe('49392123904');
    await expect
      .poll(() => stored<StorageReading>(h(), 'storageReading'), { timeout: 10_000 })
      .toMatchObject({
        usedBytes: 49392123904,
        totalBytes: 50 * GB,
        source: 'api',
        // Apple's numbers need no language: the answer is sent on before anything reads the page.
        locale: null,
        byMedia: { photos: 40000000000, backup: 8000000000, mail: 1392123904 },
        quota: { overQuota: false, almostFull: true, haveMaxQuotaTier: false, paidQuota: true },
      });
    const calls = h().server.requests.filter((r) => r.host === 'setup.icloud.com');
    expect(calls.map((r) => r.method)).toEqual(['POST']);
    ownRequests.push(...log.urls);
    await page.close();
  });

  it('reads an XMLHttpRequest to the account’s pNN-setup host the same way', async () => {
    h().server.route('p42-setup.icloud.com', '/setup/ws/1/storageUsageInfo', answerWith(200, STORAGE_92));
    const { page, log } = await open('/readers/api-xhr/');
    await expect.poll(() => page.locator('#used').textContent()).toBe('49392123904');
    await expect
      .poll(() => stored<StorageReading>(h(), 'storageReading').then((r) => r?.source), { timeout: 10_000 })
      .toBe('api');
    ownRequests.push(...log.urls);
    await page.close();
  });

  it('reads the settings page from its text alone when no API response is seen', async () => {
    const { page, log } = await open('/settings/');
    await expect
      .poll(() => stored<StorageReading>(h(), 'storageReading'), { timeout: 10_000 })
      .toMatchObject({
        usedBytes: 46 * GB,
        totalBytes: 50 * GB,
        source: 'text',
      });
    ownRequests.push(...log.urls);
    await page.close();
  });

  it('the Mail frame loads nothing beyond the start script, even when Apple answers there; the shell only its own script', async () => {
    h().server.route('setup.icloud.com', '/setup/ws/1/storageUsageInfo', answerWith(200, STORAGE_92));
    const { page, log } = await open('/mail/decoys/');
    // The Mail frame asks Apple for storage a while after load: its answer, stored, shows that the
    // frame's document_start script heard it and passed it on.
    await expect
      .poll(() => stored<StorageReading>(h(), 'storageReading'), { timeout: 20_000 })
      .toMatchObject({ source: 'api', usedBytes: 49392123904 });
    const files = await log.filesByFrame();
    expect(files).toEqual({
      '/mail/decoys/': ['icloud-top.js'],
      '/applications/mail2/current/en-us/storage-full-subject.html': [],
    });
    ownRequests.push(...log.urls);
    await page.close();
  });

  it('reads the Photos state after switching from Mail to Photos inside the shell, without a reload', async () => {
    const page = await h().context.newPage();
    const log = await contentScriptRequests(page, h().extensionId);
    const asks = await recordTipAsks(page);
    await page.goto('https://www.icloud.com/mail/');
    // The shell's own script has started and been answered about tips for Mail: it waited for the
    // shell's load, which came after the Mail frame's, and for an idle moment after the Mail frame's.
    expect(await asks.decided()).toMatchObject({ app: 'mail' });
    // Mail has nothing to read: its frame loaded no script of ours, and nothing was stored.
    expect(await log.filesByFrame()).toEqual({
      '/mail/': ['icloud-top.js'],
      '/applications/mail2/current/en-us/index.html': [],
    });
    expect(await stored<PhotosState>(h(), 'photosState')).toBeUndefined();
    expect(await stored<StorageReading>(h(), 'storageReading')).toBeUndefined();

    await page.getByRole('button', { name: 'Photos' }).click();
    await expect
      .poll(() => stored<PhotosState>(h(), 'photosState'), { timeout: 10_000 })
      .toMatchObject({ signedIn: true, view: 'library', upload: { percent: 40, done: 4, total: 10 } });
    expect(page.url()).toBe('https://www.icloud.com/photos/');
    ownRequests.push(...log.urls);
    await page.close();
  });

  it('sees CloudKit refuse an upload with QUOTA_EXCEEDED (HTTP 413) as a quota error', async () => {
    h().server.route(
      'p42-ckdatabasews.icloud.com',
      '/database/1/com.apple.photos.cloud/production/private/records/modify',
      answerWith(413, JSON.stringify({ serverErrorCode: 'QUOTA_EXCEEDED', reason: 'over quota' })),
    );
    const { page, log } = await open('/readers/quota/');
    await expect
      .poll(() => stored<PhotosState>(h(), 'photosState').then((s) => s?.quotaError?.source), {
        timeout: 10_000,
      })
      .toBe('cloudkit');
    await expect.poll(() => page.frames()[1]?.title()).toBe('Photos 413');
    ownRequests.push(...log.urls);
    await page.close();
  });

  it('makes no request of its own to iCloud: not from the worker, pages or content scripts', () => {
    const own = `chrome-extension://${h().extensionId}/`;
    // The content scripts' only requests are for the extension's own role scripts (the log works:
    // it saw those), never for anything on the network.
    expect(ownRequests.filter((url) => !url.startsWith(own))).toEqual([]);
    expect(ownRequests).toContain(`${own}icloud-top.js`);
    expect(ownRequests).toContain(`${own}icloud-photos.js`);
    expect(h().extensionRequests.filter((r) => r.url.includes('icloud.com'))).toEqual([]);
  });
});
