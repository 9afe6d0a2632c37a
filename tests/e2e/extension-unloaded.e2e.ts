/**
 * The extension disabled, reloaded or updated while a tip is on iCloud.com: the copy of the content
 * scripts left in the open page takes its tip card away and stops watching the page.
 */
import { expect, it } from 'vitest';
import { feedText, fullFeed } from '../fixtures/status/feeds';
import { describeInBrowsers, waitFor } from './extension-under-test';
import { answerWith } from './readers-support';
import { pollNow, serveFeed } from './status-helpers';

const GB = 2 ** 30;
const OVER_QUOTA = JSON.stringify({
  storageUsageInfo: { usedStorageInBytes: 5.2 * GB, totalStorageInBytes: 5 * GB },
  storageUsageByMedia: [
    { mediaKey: 'photos', displayLabel: 'Photos', displayColor: 'ffcc00', usageInBytes: 5.2 * GB },
  ],
  quotaStatus: { overQuota: true, haveMaxQuotaTier: false, 'almost-full': true, paidQuota: false },
});

describeInBrowsers(
  'the extension taken away while a tip is on the page',
  (ext) => {
    it('leaves no tip card behind', async () => {
      serveFeed(ext(), feedText(fullFeed()));
      expect((await pollNow(ext())).consecutiveFailures).toBe(0);
      ext().server.route('setup.icloud.com', '/setup/ws/1/storageUsageInfo', answerWith(200, OVER_QUOTA));
      const page = await ext().openUrl('https://www.icloud.com/photos/');
      try {
        await waitFor(
          () => page.count('cloud-checkup-tip'),
          (n) => n === 1,
          { what: 'the tip' },
        );
        await ext().unloadExtension();
        // The copy of the content scripts left in the page finds its extension gone (WXT's context
        // turns invalid) and removes the card.
        await waitFor(
          () => page.evaluate(() => document.querySelectorAll('cloud-checkup-tip').length),
          (n) => n === 0,
          { what: 'the tip card to be taken away' },
        );
      } finally {
        await page.close();
      }
    });
  },
  // Not Firefox: it runs none of an unloaded add-on's code (the content scripts' sandbox is
  // destroyed) and keeps what they added to the page, so the card stays until the page reloads.
  // Found by this test; no way around it was found yet.
  { only: ['chromium'] },
);
