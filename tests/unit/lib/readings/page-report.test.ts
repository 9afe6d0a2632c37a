import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync } from 'node:fs';
import { contentMessageListener, handleContentMessage } from '@/entrypoints/background/content-messages';
import { openHistoryDb } from '@/lib/history-db';
import { photosStateItem, storageReadingItem } from '@/lib/state-items';

const tab = { id: 7 } as never;
const shell = { id: fakeBrowser.runtime.id, tab, frameId: 0, url: 'https://www.icloud.com/' };
const photosFrame = {
  ...shell,
  frameId: 3,
  url: 'https://www.icloud.com/applications/photos3/current/en-us/index.html',
};
const GB = 2 ** 30;
const storage = {
  usedBytes: 46 * GB,
  totalBytes: 50 * GB,
  source: 'api',
  locale: 'en-us',
  readAt: 1_700_000_000_000,
};
const photos = {
  signedIn: true,
  upload: { percent: 40, done: 4, total: 10, lastProgressAt: 1_700_000_000_000 },
  quotaError: null,
  view: 'library',
  readAt: 1_700_000_000_000,
};

const STORAGE_92 = JSON.parse(
  readFileSync('tests/fixtures/icloud/storage-usage-info-92-percent.json', 'utf8'),
) as Record<string, unknown>;
const mailFrame = {
  ...shell,
  frameId: 5,
  url: 'https://www.icloud.com/applications/mail2/current/en-us/index.html',
};

describe('background: Apple’s storage answers, as the document_start script sends them', () => {
  const answer = (role: string, body: unknown, at = 1_700_000_000_000) => ({
    v: 1,
    type: 'storage-answer',
    role,
    answer: body,
    at,
  });

  it('reads the answer heard in a Mail frame into an api reading, stored with its history point', async () => {
    await expect(handleContentMessage(answer('app', STORAGE_92), mailFrame)).resolves.toEqual({ ok: true });
    expect(await storageReadingItem.getValue()).toMatchObject({
      source: 'api',
      usedBytes: 49392123904,
      totalBytes: 50 * GB,
      readAt: 1_700_000_000_000,
      quota: { almostFull: true },
    });
    const db = await openHistoryDb();
    expect(await db.getAll('storageReadings')).toHaveLength(1);
    db.close();
  });

  it.each([
    ['no storageUsageInfo', { quotaStatus: { overQuota: true } }],
    ['used as text', { storageUsageInfo: { usedStorageInBytes: '5', totalStorageInBytes: 5 * GB } }],
    ['a total of 0', { storageUsageInfo: { usedStorageInBytes: 1, totalStorageInBytes: 0 } }],
    ['not an object', 'full'],
  ])('drops an answer that makes no sense (%s)', async (_name, body) => {
    expect(handleContentMessage(answer('app', body), mailFrame)).toBeUndefined();
    expect(await storageReadingItem.getValue()).toBeNull();
  });

  it('a fresh answer beats the settings view’s text read after it (the more trusted reading stays)', async () => {
    const settings = { ...shell, url: 'https://www.icloud.com/settings/' };
    const now = Date.now();
    await handleContentMessage(answer('settings', STORAGE_92, now), settings);
    const text = {
      usedBytes: 1 * GB,
      totalBytes: 50 * GB,
      source: 'text',
      locale: 'en-us',
      readAt: now + 1000,
    };
    await handleContentMessage(
      { v: 1, type: 'page-report', role: 'settings', storage: text, photos: null },
      settings,
    );
    expect(await storageReadingItem.getValue()).toMatchObject({ source: 'api', usedBytes: 49392123904 });
  });
});

describe('background: page reports', () => {
  it('stores the storage reading and adds a point to the history', async () => {
    await handleContentMessage({ v: 1, type: 'page-report', role: 'shell', storage, photos: null }, shell);
    expect(await storageReadingItem.getValue()).toEqual(storage);
    const db = await openHistoryDb();
    expect(await db.getAll('storageReadings')).toEqual([storage]);
    db.close();
  });

  it('stores the Photos state from the Photos frame', async () => {
    await handleContentMessage(
      { v: 1, type: 'page-report', role: 'photos', storage: null, photos },
      photosFrame,
    );
    expect(await photosStateItem.getValue()).toEqual(photos);
  });

  it('ignores a Photos state from a frame whose URL is not the Photos app, even if it claims to be', async () => {
    await handleContentMessage({ v: 1, type: 'page-report', role: 'photos', storage: null, photos }, shell);
    expect(await photosStateItem.getValue()).toBeNull();
  });

  it('ignores a report from another extension or another site', async () => {
    const report = { v: 1, type: 'page-report', role: 'shell', storage, photos: null };
    expect(handleContentMessage(report, { ...shell, id: 'other' })).toBeUndefined();
    expect(handleContentMessage(report, { ...shell, url: 'https://icloud.example/' })).toBeUndefined();
    expect(await storageReadingItem.getValue()).toBeNull();
  });

  it('a reading dated in the future is stored at the background’s time', async () => {
    const future = { ...storage, readAt: Date.now() + 10 * 24 * 3600_000 };
    await handleContentMessage(
      { v: 1, type: 'page-report', role: 'shell', storage: future, photos: null },
      shell,
    );
    expect((await storageReadingItem.getValue())!.readAt).toBeLessThanOrEqual(Date.now());
  });

  it('every time in a report is capped at the background’s clock: quota error, progress, refusal', async () => {
    const future = Date.now() + 10 * 24 * 3600_000;
    const dated = {
      ...photos,
      upload: { ...photos.upload, lastProgressAt: future },
      quotaError: { at: future, source: 'cloudkit' },
      uploadRefused: { at: future, status: 500 },
      readAt: future,
    };
    await handleContentMessage(
      { v: 1, type: 'page-report', role: 'photos', storage: null, photos: dated },
      photosFrame,
    );
    const kept = (await photosStateItem.getValue())!;
    const now = Date.now();
    expect(kept.readAt).toBeLessThanOrEqual(now);
    expect(kept.upload!.lastProgressAt).toBeLessThanOrEqual(now);
    expect(kept.quotaError!.at).toBeLessThanOrEqual(now);
    expect(kept.uploadRefused!.at).toBeLessThanOrEqual(now);
  });

  it('a banner’s flag added to fresh numbers from the same reading is stored', async () => {
    const now = Date.now();
    const numbers = { ...storage, quota: { overQuota: false, almostFull: true }, readAt: now - 1000 };
    await storageReadingItem.setValue(numbers as never);
    const banner = {
      usedBytes: null,
      totalBytes: null,
      quota: { overQuota: true },
      source: 'flag',
      locale: null,
      readAt: now,
    };
    // Apple's words on its own storage view: the settings page may give a flag.
    const settings = { ...shell, url: 'https://www.icloud.com/settings/' };
    await handleContentMessage(
      { v: 1, type: 'page-report', role: 'settings', storage: banner, photos: null },
      settings,
    );
    expect(await storageReadingItem.getValue()).toMatchObject({
      usedBytes: numbers.usedBytes,
      quota: { overQuota: true, almostFull: true },
    });
  });

  it('when IndexedDB throws, the Photos state of that report is kept and the reply says it failed', async () => {
    const broken = vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new Error('IndexedDB is broken');
    });
    const sendResponse = vi.fn();
    const report = {
      v: 1,
      type: 'page-report',
      role: 'photos',
      storage: { ...storage, readAt: Date.now() },
      photos,
    };
    expect(contentMessageListener(report, photosFrame, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
    expect(broken).toHaveBeenCalled();
    expect(sendResponse).toHaveBeenCalledWith({ ok: false });
    expect(await photosStateItem.getValue()).toEqual(photos);
    broken.mockRestore();
  });

  it('a report stored in full is answered ok', async () => {
    const sendResponse = vi.fn();
    contentMessageListener(
      { v: 1, type: 'page-report', role: 'photos', storage: null, photos },
      photosFrame,
      sendResponse,
    );
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true }));
  });
});

describe('background: each frame gives only the evidence its role may give', () => {
  const frameAt = (url: string, frameId = 3) => ({ ...shell, frameId, url });
  const settings = frameAt('https://www.icloud.com/settings/', 0);
  const mail = frameAt('https://www.icloud.com/applications/mail2/current/en-us/index.html');
  const drive = frameAt('https://www.icloud.com/applications/iclouddrive/current/en-us/index.html');
  const textReading = { ...storage, source: 'text' };
  const fullFlag = {
    usedBytes: null,
    totalBytes: null,
    quota: { overQuota: true },
    source: 'flag',
    locale: 'en-us',
    readAt: storage.readAt,
  };
  const report = (role: string, reading: object) => ({
    v: 1,
    type: 'page-report',
    role,
    storage: reading,
    photos: null,
  });

  it.each([
    ['the shell', shell, 'shell'],
    ['the Mail frame', mail, 'app'],
    ['the Drive frame', drive, 'app'],
    ['the Photos frame', photosFrame, 'photos'],
  ])('drops storage read from the page’s text in %s', async (_name, sender, role) => {
    await expect(handleContentMessage(report(role, textReading), sender)).resolves.toEqual({ ok: true });
    await handleContentMessage(report(role, fullFlag), sender);
    expect(await storageReadingItem.getValue()).toBeNull();
  });

  it('drops storage text from a Mail frame that claims to be the settings view', async () => {
    await handleContentMessage(report('settings', fullFlag), mail);
    expect(await storageReadingItem.getValue()).toBeNull();
  });

  it('keeps storage text and Apple’s flags from the settings view', async () => {
    await handleContentMessage(report('settings', textReading), settings);
    expect(await storageReadingItem.getValue()).toEqual(textReading);
  });

  it('keeps Apple’s answer heard in any frame of ours, Mail and Drive included', async () => {
    await handleContentMessage(report('app', storage), mail);
    expect(await storageReadingItem.getValue()).toEqual(storage);
  });
});

describe('background: CloudKit’s quota refusal, heard in any frame of ours', () => {
  const driveFrame = {
    ...shell,
    frameId: 6,
    url: 'https://www.icloud.com/applications/iclouddrive/current/en-us/index.html',
  };
  const refusal = (at: number, role = 'app') => ({ v: 1, type: 'quota-refusal', role, at });

  it('a refusal heard in the Drive frame is stored as CloudKit’s quota error', async () => {
    const at = Date.now() - 1000;
    await expect(handleContentMessage(refusal(at), driveFrame)).resolves.toEqual({ ok: true });
    expect(await photosStateItem.getValue()).toEqual({
      signedIn: null,
      upload: null,
      quotaError: { at, source: 'cloudkit', app: 'drive' },
      view: null,
      readAt: at,
    });
  });

  it('joins the Photos state already stored, and a later read of Photos without a notice keeps it', async () => {
    const now = Date.now();
    const read = { ...photos, upload: { ...photos.upload, lastProgressAt: now - 5000 }, readAt: now - 5000 };
    await handleContentMessage(
      { v: 1, type: 'page-report', role: 'photos', storage: null, photos: read },
      photosFrame,
    );
    await handleContentMessage(refusal(now - 2000), driveFrame);
    const refused = { at: now - 2000, source: 'cloudkit', app: 'drive' };
    expect(await photosStateItem.getValue()).toEqual({ ...read, quotaError: refused });
    await handleContentMessage(
      { v: 1, type: 'page-report', role: 'photos', storage: null, photos: { ...read, readAt: now - 1000 } },
      photosFrame,
    );
    expect((await photosStateItem.getValue())!.quotaError).toEqual(refused);
  });

  it('a newer refusal replaces an older one; an older one changes nothing', async () => {
    const now = Date.now();
    await handleContentMessage(refusal(now - 5000), driveFrame);
    await handleContentMessage(refusal(now - 1000, 'photos'), photosFrame);
    // Heard in Photos: no other app named.
    expect((await photosStateItem.getValue())!.quotaError).toEqual({ at: now - 1000, source: 'cloudkit' });
    await handleContentMessage(refusal(now - 9000, 'shell'), shell);
    expect((await photosStateItem.getValue())!.quotaError!.at).toBe(now - 1000);
  });

  it('a refusal dated in the future is stored at the background’s time', async () => {
    await handleContentMessage(refusal(Date.now() + 10 * 24 * 3600_000), driveFrame);
    expect((await photosStateItem.getValue())!.quotaError!.at).toBeLessThanOrEqual(Date.now());
  });

  it('a refusal from a frame that is none of ours, another site or another extension is dropped', async () => {
    const blank = { ...shell, frameId: 9, url: 'https://www.icloud.com/system/blank.html' };
    await handleContentMessage(refusal(Date.now()), blank);
    expect(
      handleContentMessage(refusal(Date.now()), { ...driveFrame, url: 'https://icloud.example/' }),
    ).toBeUndefined();
    expect(handleContentMessage(refusal(Date.now()), { ...driveFrame, id: 'other' })).toBeUndefined();
    expect(await photosStateItem.getValue()).toBeNull();
  });

  it.each([
    ['no time', { v: 1, type: 'quota-refusal', role: 'app' }],
    ['a time as text', { v: 1, type: 'quota-refusal', role: 'app', at: '1700000000000' }],
    ['a time before 1970', { v: 1, type: 'quota-refusal', role: 'app', at: -5 }],
    ['an unknown role', { v: 1, type: 'quota-refusal', role: 'drive', at: 1 }],
    ['another version', { v: 2, type: 'quota-refusal', role: 'app', at: 1 }],
  ])('drops a refusal message with %s', async (_name, message) => {
    expect(handleContentMessage(message, driveFrame)).toBeUndefined();
    expect(await photosStateItem.getValue()).toBeNull();
  });
});
