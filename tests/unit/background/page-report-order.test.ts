/**
 * Reports from several frames arrive together; the background stores them one after another, in
 * the order they came, so a slow first write never lands over a later report, and a report whose
 * write failed is answered not ok without holding up the ones behind it.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentMessageListener, type ContentReply } from '@/entrypoints/background/content-messages';
import { storageReadingItem } from '@/lib/state-items';

const GB = 2 ** 30;
const READ_AT = 1_700_000_000_000;
const SHELL = { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 0, url: 'https://www.icloud.com/' };

const report = (usedGb: number) => ({
  v: 1,
  type: 'page-report',
  role: 'shell',
  storage: { usedBytes: usedGb * GB, totalBytes: 50 * GB, source: 'api', locale: 'en-us', readAt: READ_AT },
  photos: null,
});

/** Sends a report as the content script does and resolves with the background's answer. */
function send(usedGb: number): Promise<ContentReply> {
  return new Promise((resolve) => {
    expect(contentMessageListener(report(usedGb), SHELL as never, resolve)).toBe(true);
  });
}

/** Lets every promise already settled run its callbacks (no time passes). */
async function drainMicrotasks(): Promise<void> {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}

describe('page reports arriving together', () => {
  it('are stored in the order they came, even when the first one is slow to read what is stored', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = storageReadingItem.getValue.bind(storageReadingItem);
    const reads = vi.spyOn(storageReadingItem, 'getValue').mockImplementationOnce(async () => {
      await gate;
      return read();
    });

    const first = send(46);
    const second = send(47);
    await drainMicrotasks();
    // The second report waits for the first: it has not even looked at what is stored.
    expect(reads).toHaveBeenCalledTimes(1);

    release();
    expect(await Promise.all([first, second])).toEqual([{ ok: true }, { ok: true }]);
    expect((await storageReadingItem.getValue())?.usedBytes).toBe(47 * GB);
  });

  it('a report that could not be stored is answered not ok, and the next one is still stored', async () => {
    vi.spyOn(storageReadingItem, 'setValue').mockRejectedValueOnce(new Error('storage.local is full'));
    const first = send(46);
    const second = send(47);
    expect(await first).toEqual({ ok: false });
    expect(await second).toEqual({ ok: true });
    expect((await storageReadingItem.getValue())?.usedBytes).toBe(47 * GB);
  });
});
