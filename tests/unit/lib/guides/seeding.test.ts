import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerGuideSeeding, seedBundledGuides } from '@/entrypoints/background/guides';
import { GUIDES } from '@/lib/guides/content';
import { openGuidesDb, readStoredContent } from '@/lib/guides/db';

describe('seeding from the background', () => {
  it('seeds the bundled guides at install and update', async () => {
    registerGuideSeeding();
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.0.9',
      temporary: false,
    });
    const db = await openGuidesDb();
    await expect.poll(async () => (await readStoredContent(db)).guides.length).toBe(GUIDES.length);
    db.close();
  });

  it('is a no-op the second time with the same content', async () => {
    expect(await seedBundledGuides(1)).toBe('seeded');
    expect(await seedBundledGuides(2)).toBe('unchanged');
  });

  it('reports a failure instead of throwing when IndexedDB is unavailable', async () => {
    const broken = {
      open: () => {
        throw new Error('IndexedDB is not available');
      },
    };
    globalThis.indexedDB = broken as unknown as IDBFactory;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await seedBundledGuides(1)).toBe('failed');
    expect(warn).toHaveBeenCalledOnce();
  });
});
