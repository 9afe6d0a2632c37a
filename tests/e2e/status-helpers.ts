/** Shared steps for the status monitor's end-to-end tests, in any browser. */
import type { ExtensionUnderTest } from './extension-under-test';
import type { FixtureServer } from './fixture-server';
import type { Harness } from './harness';

export const FEED_HOST = 'www.apple.com';
export const FEED_PATH = '/support/systemstatus/data/system_status_en_US.js';

/** Serves `body` (with `status`) for the status feed until changed. */
export function serveFeed(
  h: { server: FixtureServer },
  body: string,
  status = 200,
  contentType = 'application/json',
): void {
  h.server.route(FEED_HOST, FEED_PATH, (_req, res) => {
    res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-cache' });
    res.end(body);
  });
}

export interface PollRecordSeen {
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  consecutiveFailures: number;
  lastError: string | null;
}

/**
 * Polls now through the product's own path: the `poll-now` message an extension page sends
 * (the popup's refresh button), instead of waiting for an alarm.
 */
export async function pollNow(h: Harness | ExtensionUnderTest): Promise<PollRecordSeen> {
  const page: { evaluate: ExtensionUnderTest['inExtension']; close(): Promise<void> } =
    await h.openExtensionPage('popup');
  try {
    return await page.evaluate(() =>
      chrome.runtime.sendMessage<unknown, PollRecordSeen>({ v: 1, type: 'poll-now' }),
    );
  } finally {
    await page.close();
  }
}
