import { beforeEach, it } from 'vitest';
import { describeInBrowsers, waitFor } from './extension-under-test';
import { answerWith, STORAGE_92 } from './readers-support';

// The badge is computed by the conditions (entrypoints/background/badge.ts) from what the readers
// store: these tests check the whole path from the page to the toolbar.
describeInBrowsers('the badge after a storage reading on iCloud.com', (ext) => {
  beforeEach(async () => {
    ext().server.clearRoutes();
    await ext().inExtension(() => chrome.storage.local.remove(['storageReading', 'photosState']));
    await waitFor(
      () => ext().badge(),
      (badge) => badge.text !== '92%',
      { what: 'no storage badge' },
    );
  });

  it('shows 92% when the shell’s storageUsageInfo says 92 % used', async () => {
    ext().server.route('setup.icloud.com', '/setup/ws/1/storageUsageInfo', answerWith(200, STORAGE_92));
    const page = await ext().openUrl('https://www.icloud.com/readers/api/');
    await waitFor(
      () => ext().badge(),
      (badge) => badge.text === '92%',
      { what: 'a 92% badge' },
    );
    await page.close();
  });

  it('shows 92% from the settings page’s text alone', async () => {
    const page = await ext().openUrl('https://www.icloud.com/settings/');
    await waitFor(
      () => ext().badge(),
      (badge) => badge.text === '92%',
      { what: 'a 92% badge' },
    );
    await page.close();
  });
});
