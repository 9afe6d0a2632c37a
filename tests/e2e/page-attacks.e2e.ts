import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StorageReading } from '@/lib/readings/types';
import { launchExtension, type Harness } from './harness';
import { answerWith, clearStored, STORAGE_92, stored } from './readers-support';

// A page script playing the attacker in real worlds (tests/fixtures/icloud/site/readers/attacker/):
// it forges the channel and WXT's "newer copy" event and clobbers the readers' old global, over
// and over. The readers must still hear Apple's real answer, and only that.
describe('a hostile page script on iCloud.com, in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('cannot forge a reading or switch the readers off: the badge shows Apple’s 92 %, never FULL', async () => {
    await clearStored(h);
    h.server.route('setup.icloud.com', '/setup/ws/1/storageUsageInfo', answerWith(200, STORAGE_92));
    const page = await h.context.newPage();
    await page.goto(`https://www.icloud.com/readers/attacker/?ext=${h.extensionId}`);
    await expect
      .poll(() => stored<StorageReading>(h, 'storageReading'), { timeout: 20_000 })
      .toMatchObject({ source: 'api', usedBytes: 49392123904, quota: { overQuota: false } });
    await expect.poll(async () => (await h.badge()).text, { timeout: 15_000 }).toBe('92%');
    // The attack went on all along (dozens of rounds), and changed nothing stored.
    await expect
      .poll(async () => Number((await page.title()).split(' ').at(-1)), { timeout: 15_000 })
      .toBeGreaterThan(20);
    expect(await stored<StorageReading>(h, 'storageReading')).toMatchObject({ usedBytes: 49392123904 });
    expect((await h.badge()).text).toBe('92%');
    await page.close();
  });
});
