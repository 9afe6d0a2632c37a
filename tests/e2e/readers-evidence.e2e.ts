/**
 * Only Apple's word counts, in Chromium: text that people or strangers write on iCloud.com (a mail
 * subject, a phishing mail, a file name, an album name) and text nobody sees (hidden, aria-hidden,
 * off-screen, script; on the settings view and in Photos) leave the badge empty; CloudKit refusing
 * a save in the Drive frame is heard there; Apple's storage line under the plan's own name gives
 * the right percent in English, French and German.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PhotosState, StorageReading } from '@/lib/readings/types';
import { launchExtension, type Harness } from './harness';
import { feedText, fullFeed } from '../fixtures/status/feeds';
import { answerWith, clearStored, stored } from './readers-support';
import { pollNow, serveFeed } from './status-helpers';

const STORAGE_24 = readFileSync(
  new URL('../fixtures/icloud/storage-usage-info-24-percent.json', import.meta.url),
  'utf8',
);
const USED_24 = 1288490189;

type Written = { key: string; value: unknown };

/** Starts recording every write of the readings in the worker (to see a wrong one that was replaced). */
async function recordWrites(h: Harness): Promise<() => Promise<Written[]>> {
  const sw = await h.worker();
  await sw.evaluate(() => {
    const g = globalThis as typeof globalThis & { ccWrites?: { key: string; value: unknown }[] };
    if (!g.ccWrites) {
      chrome.storage.onChanged.addListener((changes) => {
        for (const key of ['storageReading', 'photosState'])
          if (changes[key]) g.ccWrites!.push({ key, value: changes[key].newValue });
      });
    }
    g.ccWrites = [];
  });
  return async () =>
    (await h.worker()).evaluate(
      () => (globalThis as typeof globalThis & { ccWrites?: Written[] }).ccWrites ?? [],
    );
}

describe('only Apple’s word counts (the readers in Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    // Apple's status is known and fine, so an empty badge speaks of the readings alone.
    serveFeed(h, feedText(fullFeed()));
    expect((await pollNow(h)).consecutiveFailures).toBe(0);
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    h.server.clearRoutes();
    serveFeed(h, feedText(fullFeed()));
    await clearStored(h);
    await expect.poll(async () => (await h.badge()).text, { timeout: 15_000 }).toBe('');
  });

  it.each([
    ['a Mail frame with the storage-full subject and a phishing mail', '/mail/decoys/'],
    ['a Drive frame with files named like Apple’s storage line', '/iclouddrive/decoys/'],
  ])('%s: badge empty, nothing but Apple’s answer stored', async (_name, path) => {
    h.server.route('setup.icloud.com', '/setup/ws/1/storageUsageInfo', answerWith(200, STORAGE_24));
    const writes = await recordWrites(h);
    const page = await h.context.newPage();
    await page.goto(`https://www.icloud.com${path}`);
    // The app frame asks Apple for storage a while after load: once its answer is stored and shown,
    // the frame's readers have had every chance to read the page.
    await expect
      .poll(() => stored<StorageReading>(h, 'storageReading'), { timeout: 20_000 })
      .toMatchObject({ source: 'api', usedBytes: USED_24 });
    await expect.poll(async () => (await h.badge()).title, { timeout: 15_000 }).toContain('Storage 24% used');
    expect((await h.badge()).text).toBe('');
    const readings = (await writes()).filter((w) => w.key === 'storageReading' && w.value);
    expect(readings.map((w) => (w.value as StorageReading).source)).toEqual(['api']);
    expect(await stored<PhotosState>(h, 'photosState')).toBeUndefined();
    await page.close();
  });

  describe('CloudKit answering a save in the Drive frame (heard by the document_start scripts alone)', () => {
    const modify = (status: number, answer: unknown) =>
      h.server.route(
        'p42-ckdatabasews.icloud.com',
        '/database/1/com.apple.clouddocs/production/private/records/modify',
        answerWith(status, JSON.stringify(answer)),
      );
    const refused = { records: [{ recordName: 'f-1', serverErrorCode: 'QUOTA_EXCEEDED', reason: 'quota' }] };
    /**
     * Opens the Drive page with Apple's storage answer at 24 %. Apple's storage answer is asked for
     * after CloudKit's: once it is stored, the frame has sent whatever it made of CloudKit's answer.
     */
    const openDriveWithRoom = async () => {
      h.server.route('setup.icloud.com', '/setup/ws/1/storageUsageInfo', answerWith(200, STORAGE_24));
      const page = await h.context.newPage();
      await page.goto('https://www.icloud.com/iclouddrive/quota/');
      await expect
        .poll(() => stored<StorageReading>(h, 'storageReading'), { timeout: 20_000 })
        .toMatchObject({ source: 'api', usedBytes: USED_24 });
      return page;
    };

    it('refused for quota (QUOTA_EXCEEDED) with no storage numbers to say otherwise: the quota error, badge FULL', async () => {
      modify(200, refused);
      const page = await h.context.newPage();
      await page.goto('https://www.icloud.com/iclouddrive/quota/');
      await expect
        .poll(() => stored<PhotosState>(h, 'photosState'), { timeout: 20_000 })
        .toMatchObject({ quotaError: { source: 'cloudkit' }, upload: null, view: null });
      await expect.poll(async () => (await h.badge()).text, { timeout: 15_000 }).toBe('FULL');
      expect((await h.badge()).title).toContain(
        'Apple refused to save a change in iCloud Drive because your iCloud storage is full',
      );
      expect(await page.frames()[1]?.title()).toBe('Drive 200');
      await page.close();
    });

    it('refused for quota while Apple’s fresh numbers show room: a refused upload, amber, not FULL', async () => {
      modify(413, { serverErrorCode: 'QUOTA_EXCEEDED', reason: 'over quota' });
      const page = await openDriveWithRoom();
      await expect
        .poll(() => stored<PhotosState>(h, 'photosState').then((s) => s?.quotaError?.source), {
          timeout: 15_000,
        })
        .toBe('cloudkit');
      await expect.poll(async () => (await h.badge()).text, { timeout: 15_000 }).toBe('UP!');
      expect((await h.badge()).title).toContain(
        'Apple refused to save a change in iCloud Drive for lack of space, but your iCloud storage has room',
      );
      expect((await h.badge()).title).not.toContain('storage is full');
      await page.close();
    });

    it('QUOTA_EXCEEDED as the value of a record’s fields (a file’s name) is no refusal: badge empty', async () => {
      modify(200, {
        records: [
          {
            recordName: 'f-1',
            fields: { name: { value: 'QUOTA_EXCEEDED.txt' }, note: { value: 'QUOTA_EXCEEDED' } },
          },
        ],
      });
      const writes = await recordWrites(h);
      const page = await openDriveWithRoom();
      await expect
        .poll(async () => (await h.badge()).title, { timeout: 15_000 })
        .toContain('Storage 24% used');
      expect((await h.badge()).text).toBe('');
      expect(await page.frames()[1]?.title()).toBe('Drive 200');
      expect((await writes()).filter((w) => w.key === 'photosState')).toEqual([]);
      await page.close();
    });
  });

  it('a Photos album named like the storage-full alert, such captions, and hidden, off-screen and script alerts: badge empty, only the upload read', async () => {
    const writes = await recordWrites(h);
    const page = await h.context.newPage();
    await page.goto('https://www.icloud.com/photos/album-decoys/');
    await expect
      .poll(() => stored<PhotosState>(h, 'photosState'), { timeout: 20_000 })
      .toMatchObject({ signedIn: true, view: 'albums', upload: { percent: 40, done: 4, total: 10 } });
    // A storage reading written now makes the badge look again, with the Photos state in place.
    const sw = await h.worker();
    await sw.evaluate(
      (used) =>
        chrome.storage.local.set({
          storageReading: {
            usedBytes: used,
            totalBytes: 5368709120,
            source: 'api',
            locale: 'en-us',
            readAt: Date.now(),
          },
        }),
      USED_24,
    );
    await expect.poll(async () => (await h.badge()).title, { timeout: 15_000 }).toContain('Storage 24% used');
    expect((await h.badge()).text).toBe('');
    const states = (await writes()).filter((w) => w.key === 'photosState' && w.value);
    expect(states.length).toBeGreaterThan(0);
    for (const { value } of states) expect((value as PhotosState).quotaError).toBeNull();
    await page.close();
  });

  it('hidden, aria-hidden, off-screen and script text and a device’s name on the settings page: badge empty, Apple’s line read', async () => {
    const writes = await recordWrites(h);
    const page = await h.context.newPage();
    await page.goto('https://www.icloud.com/settings/hidden-decoys/');
    await expect
      .poll(() => stored<StorageReading>(h, 'storageReading'), { timeout: 20_000 })
      .toMatchObject({ source: 'text', usedBytes: USED_24, totalBytes: 5 * 2 ** 30 });
    await expect.poll(async () => (await h.badge()).title, { timeout: 15_000 }).toContain('Storage 24% used');
    expect((await h.badge()).text).toBe('');
    for (const { key, value } of await writes())
      if (key === 'storageReading' && value) expect((value as StorageReading).quota).toBeUndefined();
    await page.close();
  });

  it.each([
    ['English', '/settings/plan-en/', '92%'],
    ['French', '/settings/plan-fr/', '91%'],
    ['German', '/settings/plan-de/', '95%'],
  ])('the plan-name settings page in %s gives the percent badge %s', async (_lang, path, badge) => {
    const page = await h.context.newPage();
    await page.goto(`https://www.icloud.com${path}`);
    await expect.poll(async () => (await h.badge()).text, { timeout: 20_000 }).toBe(badge);
    expect(await stored<StorageReading>(h, 'storageReading')).toMatchObject({ source: 'text' });
    await page.close();
  });
});
