import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PhotosState } from '@/lib/readings/types';
import { launchExtension, type Harness } from './harness';
import { answerWith, clearStored, STORAGE_92, stored } from './readers-support';

const HOST = 'p42-photosupload.icloud.com';
const JOB = 'job-7f3a';

// A web upload through the photosupload steps (tests/fixtures/icloud/site/applications/photos3/
// current/en-us/upload-web.html), with Apple's answers from the fixture server: what the person
// sees is the badge the background draws from what the Photos frame heard.
describe('Photos uploads on the web, heard from Apple’s answers, in Chromium', () => {
  let h: Harness;
  let statusCalls = 0;

  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    h.server.clearRoutes();
    await clearStored(h);
    statusCalls = 0;
    const sw = await h.worker();
    // The shortest stall window a person can choose.
    await sw.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), stallWindowMinutes: 1 } });
    });
  });

  function photosupload(putAsset: unknown, progress: number): void {
    h.server.route(
      HOST,
      '/photosupload/createUploadUrl',
      answerWith(
        200,
        JSON.stringify({
          uploadUrls: { 'A1B2C3D4-0000-4000-8000-000000000001': `https://${HOST}/content/1` },
        }),
      ),
    );
    h.server.route(HOST, '/content/1', answerWith(200, JSON.stringify({ singleFile: { receipt: 'r-1' } })));
    h.server.route(HOST, '/photosupload/putAsset', answerWith(200, JSON.stringify(putAsset)));
    const status = answerWith(200, JSON.stringify({ [JOB]: { progress } }));
    h.server.route(HOST, '/photosupload/uploadStatus', (req, res) => {
      if (req.method === 'POST') statusCalls += 1;
      status(req, res);
    });
  }

  it('an upload whose progress stops moving is reported as stalled', async () => {
    photosupload([{ uploadJobId: JOB, cplMaster: {}, cplAsset: {}, response: { status: 200 } }], 40);
    const page = await h.context.newPage();
    await page.goto('https://www.icloud.com/readers/upload/');
    const upload = () => stored<PhotosState>(h, 'photosState').then((s) => s?.upload);
    await expect.poll(upload, { timeout: 60_000 }).toMatchObject({ percent: 40, done: 0, total: 1 });
    const first = (await upload())!.lastProgressAt;
    // Apple keeps answering 40 %: the time it last moved stays, and the stall window passes.
    await expect.poll(async () => (await h.badge()).text, { timeout: 150_000, interval: 2000 }).toBe('…');
    expect(statusCalls).toBeGreaterThan(30);
    expect((await upload())!.lastProgressAt).toBe(first);
    const badge = await h.badge();
    expect(badge.title).toMatch(/A Photos upload \(40% done\) has made no progress for \d+ minutes?/);
    await page.close();
  }, 200_000);

  it('a file Apple refuses is reported as a refused upload, amber, not FULL', async () => {
    photosupload([{ uploadJobId: JOB, response: { status: 500, errorMessage: 'Internal error' } }], 0);
    const page = await h.context.newPage();
    await page.goto('https://www.icloud.com/readers/upload/');
    await expect
      .poll(() => stored<PhotosState>(h, 'photosState').then((s) => s?.uploadRefused?.status), {
        timeout: 20_000,
      })
      .toBe(500);
    await expect.poll(async () => (await h.badge()).text, { timeout: 15_000 }).toBe('UP!');
    const badge = await h.badge();
    expect(badge.title).toContain('Apple refused a Photos upload and did not say why');
    expect(badge.title).not.toMatch(/full/i);
    expect(await page.frames()[1]?.title()).toBe('Photos putAsset 500');
    await page.close();
  });

  it('a quota refusal that fresh numbers from Apple contradict is a refused upload, not FULL', async () => {
    h.server.route('setup.icloud.com', '/setup/ws/1/storageUsageInfo', answerWith(200, STORAGE_92));
    photosupload([{ uploadJobId: JOB, response: { status: 507, errorCode: 'QUOTA_EXCEEDED' } }], 0);
    const page = await h.context.newPage();
    await page.goto('https://www.icloud.com/readers/upload/?storage');
    await expect
      .poll(() => stored<PhotosState>(h, 'photosState').then((s) => s?.quotaError?.source), {
        timeout: 20_000,
      })
      .toBe('photosupload');
    await expect
      .poll(async () => (await h.badge()).title, { timeout: 15_000 })
      .toContain('Apple refused a Photos upload for lack of space, but your iCloud storage has room');
    // 92 % used outranks the refused upload; nothing says FULL.
    expect((await h.badge()).text).toBe('92%');
    expect((await h.badge()).title).not.toContain('storage is full');
    await page.close();
  });
});
