/**
 * People's own words on iCloud.com are never evidence: a mailbox whose subjects speak of full
 * storage and paused uploads changes nothing that Apple's own answer said, in Chromium and Firefox.
 */
import { expect, it } from 'vitest';
import type { PhotosState, StorageReading } from '@/lib/readings/types';
import { describeInBrowsers, waitFor } from './extension-under-test';
import { answerWith } from './readers-support';
import { pollNow, serveFeed } from './status-helpers';
import { feedText, fullFeed } from '../fixtures/status/feeds';

const GB = 2 ** 30;
const STORAGE_40 = JSON.stringify({
  storageUsageInfo: { usedStorageInBytes: 20 * GB, totalStorageInBytes: 50 * GB },
  storageUsageByMedia: [
    { mediaKey: 'photos', displayLabel: 'Photos', displayColor: 'ffcc00', usageInBytes: 20 * GB },
  ],
  quotaStatus: { overQuota: false, haveMaxQuotaTier: false, 'almost-full': false, paidQuota: true },
});

describeInBrowsers('senders’ words in a mailbox on iCloud.com', (ext) => {
  it('leave Apple’s 40 % reading and the badge as Apple’s answer says', async () => {
    await ext().inExtension(() =>
      chrome.storage.local.remove(['storageReading', 'photosState', 'tipSnoozes']),
    );
    // Apple reports no problem, so the badge can only come from storage.
    serveFeed(ext(), feedText(fullFeed()));
    expect((await pollNow(ext())).consecutiveFailures).toBe(0);

    // Every storage reading the background stores from now on, in order: a reading taken from the
    // mailbox would show up here even if Apple's answer, more trusted, replaced it afterwards.
    await ext().inExtension(() => {
      const seen = globalThis as { ccReadingsStored?: unknown[]; ccRecording?: boolean };
      seen.ccReadingsStored = [];
      if (seen.ccRecording) return;
      seen.ccRecording = true;
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && changes.storageReading?.newValue) {
          seen.ccReadingsStored?.push(changes.storageReading.newValue);
        }
      });
    });

    // Apple's answer is held back until the mailbox has loaded, so anything read from the mailbox
    // would be stored first, not dropped behind the fresher answer.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    ext().server.route('setup.icloud.com', '/setup/ws/1/storageUsageInfo', async (req, res) => {
      if (req.method !== 'OPTIONS') await released;
      answerWith(200, STORAGE_40)(req, res);
    });
    const since = Date.now();
    const page = await ext().openUrl('https://www.icloud.com/decoys/');
    try {
      await waitFor(
        () =>
          page.evaluate(() => {
            const mail = document.querySelector('iframe')?.contentDocument;
            return mail?.readyState === 'complete' && mail.querySelectorAll('li').length;
          }),
        (subjects) => subjects === 3,
        { what: 'the mailbox to load' },
      );
      release();

      const stored = () =>
        ext().inExtension(() =>
          chrome.storage.local.get<{ storageReading?: StorageReading; photosState?: PhotosState }>([
            'storageReading',
            'photosState',
          ]),
        );
      const seen = await waitFor(stored, (s) => (s.storageReading?.readAt ?? 0) >= since, {
        what: 'Apple’s storage answer to be read',
      });
      expect(seen.storageReading).toMatchObject({ usedBytes: 20 * GB, totalBytes: 50 * GB, source: 'api' });
      const written = await ext().inExtension(
        () => (globalThis as { ccReadingsStored?: StorageReading[] }).ccReadingsStored ?? [],
      );
      expect(written.length).toBeGreaterThan(0);
      expect(written.filter((reading) => reading.source !== 'api')).toEqual([]);
      // Mail is not a view the readers read: no Photos state, no upload, no quota error from it.
      expect(seen.photosState).toBeUndefined();
      const badge = await ext().badge();
      expect(badge.text).toBe('');
      expect(badge.title).not.toMatch(/storage is full|upload/i);
      expect(await page.count('cloud-checkup-tip')).toBe(0);
    } finally {
      release();
      await page.close();
    }
  });
});
