/** The storage tip on iCloud Photos, in every browser. */
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

describeInBrowsers('tips on iCloud Photos', (ext) => {
  it('shows one storage tip in a shadow root on Photos when storage is over quota', async () => {
    serveFeed(ext(), feedText(fullFeed()));
    expect((await pollNow(ext())).consecutiveFailures).toBe(0);
    ext().server.route('setup.icloud.com', '/setup/ws/1/storageUsageInfo', answerWith(200, OVER_QUOTA));
    const page = await ext().openUrl('https://www.icloud.com/photos/');
    await waitFor(
      () => page.count('cloud-checkup-tip'),
      (n) => n === 1,
      { what: 'the tip' },
    );
    expect(await page.evaluate(() => document.querySelector('cloud-checkup-tip')?.shadowRoot !== null)).toBe(
      true,
    );
    await waitFor(
      () => page.text('cloud-checkup-tip >>> .sentence'),
      (text) => /storage/i.test(text ?? ''),
      {
        what: 'the tip’s sentence about storage',
      },
    );
    // The one primary action is the best fix ranked for full storage.
    expect(await page.count('cloud-checkup-tip >>> .actions button.primary')).toBe(1);
    expect(await page.text('cloud-checkup-tip >>> .actions button.primary')).not.toBe('Open guide');
    // Never more than one tip, though the Photos frame runs the content script too.
    expect(await page.evaluate(() => document.querySelectorAll('cloud-checkup-tip').length)).toBe(1);
    expect(
      await page.evaluate(
        () => document.querySelector('iframe')?.contentDocument?.querySelectorAll('cloud-checkup-tip').length,
      ),
    ).toBe(0);
    await page.close();
  });
});
