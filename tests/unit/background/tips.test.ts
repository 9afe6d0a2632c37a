import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleTipRequest } from '@/entrypoints/background/tips';
import type { StorageReading } from '@/lib/readings/types';
import { openGuidesDb, readStoredContent } from '@/lib/guides/db';
import { getSettings } from '@/lib/settings';
import { storageReadingItem, tipSnoozesItem } from '@/lib/state-items';
import { parseTipsReply } from '@/lib/tips/messages';

const GB = 2 ** 30;
const shell = {
  id: fakeBrowser.runtime.id,
  tab: { id: 3, index: 0, windowId: 1 },
  frameId: 0,
  url: 'https://www.icloud.com/photos/',
};
const photosFrame = {
  ...shell,
  frameId: 5,
  url: 'https://www.icloud.com/applications/photos3/current/en-us/index.html',
};

function overQuota(now = Date.now()): StorageReading {
  return {
    usedBytes: 5.2 * GB,
    totalBytes: 5 * GB,
    quota: { overQuota: true },
    source: 'api',
    locale: 'en-us',
    readAt: now,
  };
}

async function tipsIn(app: string, sender = shell) {
  return parseTipsReply(await handleTipRequest({ v: 1, type: 'tips-for-page', app }, sender));
}

describe('background: tips for an iCloud.com page', () => {
  it('offers a storage tip with ranked fixes on Photos when storage is over quota', async () => {
    await storageReadingItem.setValue(overQuota());
    const reply = await tipsIn('photos');
    expect(reply?.tips).toHaveLength(1);
    expect(reply?.tips[0]?.condition).toBe('storage-full');
    expect(reply?.tips[0]?.sentence).toMatch(/storage/i);
    // One fix: the card's one primary action. The tone is the badge's red for full storage.
    expect(reply?.tips[0]?.fixes).toHaveLength(1);
    expect(reply?.tips[0]?.tone).toBe('red');
  });

  it('names the fixes as the guides database has them', async () => {
    await storageReadingItem.setValue(overQuota());
    const first = (await tipsIn('photos'))?.tips[0]?.fixes[0];
    expect(first).toBeDefined();
    const db = await openGuidesDb();
    const stored = (await readStoredContent(db)).guides.find((g) => g.id === first!.guideId)!;
    await db.put('guides', { ...stored, title: 'A title only the database knows' });
    db.close();
    expect((await tipsIn('photos'))?.tips[0]?.fixes[0]).toEqual({
      guideId: first!.guideId,
      title: 'A title only the database knows',
    });
  });

  it('offers no storage tip in Notes', async () => {
    await storageReadingItem.setValue(overQuota());
    expect((await tipsIn('notes'))?.tips).toEqual([]);
  });

  it('offers nothing when nothing is wrong', async () => {
    expect((await tipsIn('photos'))?.tips).toEqual([]);
  });

  it('answers only the top frame: one tip per page, never one per frame', async () => {
    await storageReadingItem.setValue(overQuota());
    expect(handleTipRequest({ v: 1, type: 'tips-for-page', app: 'photos' }, photosFrame)).toBeUndefined();
  });

  it('ignores requests from other sites and malformed requests', () => {
    expect(
      handleTipRequest({ v: 1, type: 'tips-off' }, { ...shell, url: 'https://example.com/' }),
    ).toBeUndefined();
    expect(handleTipRequest({ v: 1, type: 'tips-for-page', app: 'finder' }, shell)).toBeUndefined();
  });

  it('"Not now" snoozes the condition, so the tip is gone on the next ask', async () => {
    await storageReadingItem.setValue(overQuota());
    await handleTipRequest({ v: 1, type: 'snooze-tip', condition: 'storage-full' }, shell);
    expect(Object.keys(await tipSnoozesItem.getValue())).toEqual(['storage-full']);
    expect((await tipsIn('photos'))?.tips).toEqual([]);
  });

  it('"Don\'t show tips" turns the setting off, and no tips follow', async () => {
    await storageReadingItem.setValue(overQuota());
    await handleTipRequest({ v: 1, type: 'tips-off' }, shell);
    expect((await getSettings()).tipsOnIcloud).toBe(false);
    expect((await tipsIn('photos'))?.tips).toEqual([]);
  });

  it('"Open guide" opens the guide page in a new tab beside iCloud.com', async () => {
    await handleTipRequest(
      { v: 1, type: 'open-guide', condition: 'storage-full', guideId: 'free-icloud-space' },
      shell,
    );
    await handleTipRequest({ v: 1, type: 'open-guide', condition: 'outage' }, shell);
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
    expect(urls).toContain(
      fakeBrowser.runtime.getURL('/guide.html?condition=storage-full#free-icloud-space'),
    );
    expect(urls).toContain(fakeBrowser.runtime.getURL('/guide.html?condition=outage'));
  });
});

describe('background: snoozes from two tabs at once', () => {
  it('keeps both snoozes', async () => {
    const otherTab = { ...shell, tab: { id: 4, index: 1, windowId: 1 } };
    await Promise.all([
      handleTipRequest({ v: 1, type: 'snooze-tip', condition: 'storage-full' }, shell),
      handleTipRequest({ v: 1, type: 'snooze-tip', condition: 'outage' }, otherTab),
    ]);
    expect(Object.keys(await tipSnoozesItem.getValue()).sort()).toEqual(['outage', 'storage-full']);
  });
});
