import { describe, expect, it } from 'vitest';
import { feedText, fullFeed, photosOutage } from '../fixtures/status/feeds';
import { useExtension } from './harness';
import { FEED_HOST, FEED_PATH, pollNow, serveFeed } from './status-helpers';

interface StoredSnapshot {
  fetchedAt: number;
  services: { id: string; state: string }[];
}

describe('the status monitor in Chromium', () => {
  const h = useExtension();

  const feedRequests = () => h().server.requests.filter((r) => r.host === FEED_HOST && r.path === FEED_PATH);
  const storage = async <T>(key: string): Promise<T | undefined> => {
    const sw = await h().worker();
    const got = await sw.evaluate((k) => chrome.storage.local.get(k), key);
    return got[key] as T | undefined;
  };

  it('polls the status feed by itself after install', async () => {
    await expect.poll(() => feedRequests().length, { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('stores the snapshot and a success record after a good poll', async () => {
    serveFeed(h(), feedText(fullFeed()));
    const record = await pollNow(h());
    expect(record).toMatchObject({ consecutiveFailures: 0, lastError: null });
    const snapshot = await storage<StoredSnapshot>('statusSnapshot');
    expect(snapshot?.services).toHaveLength(79);
    expect(snapshot?.services.find((s) => s.id === 'photos')?.state).toBe('ok');
  });

  it('reads an ongoing Photos outage as a major problem and polls every minute', async () => {
    serveFeed(h(), feedText(photosOutage('ongoing')));
    await pollNow(h());
    const snapshot = await storage<StoredSnapshot>('statusSnapshot');
    expect(snapshot?.services.find((s) => s.id === 'photos')?.state).toBe('major');
    const sw = await h().worker();
    const alarm = await sw.evaluate(() => chrome.alarms.get('status-poll'));
    expect(alarm?.periodInMinutes).toBeGreaterThanOrEqual(1);
    expect(alarm!.scheduledTime - Date.now()).toBeLessThanOrEqual(61_000);
  });

  it('keeps the last good snapshot and records the failure in words after an HTML error page', async () => {
    const before = await storage<StoredSnapshot>('statusSnapshot');
    serveFeed(h(), '<!DOCTYPE html><html><body>Sorry</body></html>', 200, 'text/html');
    const record = await pollNow(h());
    expect(record.consecutiveFailures).toBe(1);
    expect(record.lastError).toMatch(/web page/);
    expect(await storage<StoredSnapshot>('statusSnapshot')).toEqual(before);
  });

  it('requests only the status feed: no cache-buster, no cookies, nothing else', () => {
    expect(h().extensionRequests.length).toBeGreaterThan(0);
    for (const request of h().extensionRequests) {
      expect(request).toMatchObject({ method: 'GET', from: 'service-worker' });
      expect(request.url).toBe(`https://${FEED_HOST}${FEED_PATH}`);
    }
    for (const request of feedRequests()) expect(request.headers.cookie).toBeUndefined();
  });
});
