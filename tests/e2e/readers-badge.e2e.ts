import { beforeEach, describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import { answerWith, clearStored, STORAGE_92 } from './readers-support';

// The badge is computed by the conditions (entrypoints/background/badge.ts) from what the readers
// store: these tests check the whole path from the page to the toolbar.
describe('the badge after a storage reading on iCloud.com', () => {
  const h = useExtension();
  beforeEach(async () => {
    h().server.clearRoutes();
    await clearStored(h());
  });

  it('shows 92% when the shell’s storageUsageInfo says 92 % used', async () => {
    h().server.route('setup.icloud.com', '/setup/ws/1/storageUsageInfo', answerWith(200, STORAGE_92));
    const page = await h().context.newPage();
    await page.goto('https://www.icloud.com/readers/api/');
    await expect.poll(async () => (await h().badge()).text, { timeout: 15_000 }).toBe('92%');
    await page.close();
  });

  it('shows 92% from the settings page’s text alone', async () => {
    const page = await h().context.newPage();
    await page.goto('https://www.icloud.com/settings/');
    await expect.poll(async () => (await h().badge()).text, { timeout: 15_000 }).toBe('92%');
    await page.close();
  });
});
