/** Shared pieces of the readers' end-to-end tests: Apple's answers and what the worker stored. */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CDPSession, Page } from 'playwright-core';
import type { Harness } from './harness';

export const STORAGE_92 = readFileSync(
  new URL('../fixtures/icloud/storage-usage-info-92-percent.json', import.meta.url),
  'utf8',
);

/** Answers like setup.icloud.com: JSON, CORS for the iCloud.com origin with credentials. */
export function answerWith(status: number, body: string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const origin = req.headers.origin ?? 'https://www.icloud.com';
    const cors = {
      'access-control-allow-origin': origin,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'content-type',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    res.writeHead(status, { ...cors, 'content-type': 'application/json' });
    res.end(body);
  };
}

export async function stored<T>(h: Harness, key: string): Promise<T | undefined> {
  const sw = await h.worker();
  const values = await sw.evaluate((k) => chrome.storage.local.get(k), key);
  return values[key] as T | undefined;
}

export async function clearStored(h: Harness): Promise<void> {
  const sw = await h.worker();
  await sw.evaluate(() => chrome.storage.local.remove(['storageReading', 'photosState']));
}

/**
 * Requests a content script made on its own, from the DevTools protocol: the initiator's stack is
 * made of the extension's scripts only. (A page request that passes through the main-world fetch
 * wrapper has the page's frames below ours, so it is the page's, not ours.)
 */
export async function contentScriptRequests(
  page: Page,
  extensionId: string,
): Promise<{
  urls: string[];
  session: CDPSession;
  filesByFrame: () => Promise<Record<string, string[]>>;
}> {
  const session = await page.context().newCDPSession(page);
  const urls: string[] = [];
  const ours = `chrome-extension://${extensionId}/`;
  const byFrame = new Map<string, string[]>();
  session.on('Network.requestWillBeSent', (event) => {
    const frames: { url: string }[] = [];
    for (let stack = event.initiator.stack; stack; stack = stack.parent) frames.push(...stack.callFrames);
    const scripted = frames.filter((f) => f.url);
    if (scripted.length > 0 && scripted.every((f) => f.url.startsWith(ours))) urls.push(event.request.url);
    if (event.request.url.startsWith(ours) && event.frameId) {
      byFrame.set(event.frameId, [
        ...(byFrame.get(event.frameId) ?? []),
        event.request.url.slice(ours.length),
      ]);
    }
  });
  await session.send('Network.enable');
  /** The extension's files each frame of the page fetched (loaded on demand), by the frame's URL path. */
  const filesByFrame = async (): Promise<Record<string, string[]>> => {
    type Tree = { frame: { id: string; url: string }; childFrames?: Tree[] };
    const { frameTree } = (await session.send('Page.getFrameTree')) as unknown as { frameTree: Tree };
    const found: Record<string, string[]> = {};
    const walk = (tree: Tree): void => {
      found[new URL(tree.frame.url).pathname] = byFrame.get(tree.frame.id) ?? [];
      for (const child of tree.childFrames ?? []) walk(child);
    };
    walk(frameTree);
    return found;
  };
  return { urls, session, filesByFrame };
}
