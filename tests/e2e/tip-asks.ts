/**
 * What the tips controller of a page asked the background, and what it was told, so a test can
 * wait for the page's decision about a tip instead of waiting for the clock.
 *
 * The record is kept in the extension's own isolated world of the top frame (a page script cannot
 * see it) and nothing is added to the build: a DevTools breakpoint on the first statement of the
 * top frame's script (`icloud-top.js`) never pauses, its condition puts the recorder in place
 * before the controller starts. The recorder wraps `chrome.runtime.sendMessage` and listens to
 * `storage.onChanged` ahead of the controller, so when it has an answer, the controller has had it
 * too (its handler was queued after the recorder's), and it knows whether a change has come since.
 */
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface TipAsk {
  /** The app the page asked about. */
  app: string;
  /** Storage changes the page had heard of when it asked. */
  changes: number;
  /** The newest Photos reading the page knew to be stored when it asked (its `readAt`; 0: none). */
  photosReadAt: number;
  settled: boolean;
  /** The conditions of the tips the background answered with (null: no answer). */
  tips: string[] | null;
}

interface TipLog {
  changes: number;
  asks: TipAsk[];
}

const LOG = 'cloud-checkup-e2e:tip-asks';

// The breakpoint's condition: runs in the isolated world as icloud-top.js starts, returns false.
const RECORDER = `(() => {
  const key = Symbol.for(${JSON.stringify(LOG)});
  if (globalThis[key]) return false;
  const log = { changes: 0, photosReadAt: 0, asks: [] };
  globalThis[key] = log;
  const note = (photos) => {
    const at = photos && photos.readAt;
    if (typeof at === 'number' && at > log.photosReadAt) log.photosReadAt = at;
  };
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    log.changes += 1;
    if (changes.photosState) note(changes.photosState.newValue);
  });
  chrome.storage.local.get('photosState').then((stored) => note(stored.photosState));
  const runtime = chrome.runtime;
  const send = runtime.sendMessage;
  runtime.sendMessage = function (message, ...rest) {
    const reply = send.call(runtime, message, ...rest);
    if (message && message.type === 'tips-for-page') {
      const ask = { app: message.app, changes: log.changes, photosReadAt: log.photosReadAt, settled: false, tips: null };
      log.asks.push(ask);
      Promise.resolve(reply).then(
        (answer) => {
          ask.tips = Array.isArray(answer && answer.tips) ? answer.tips.map((tip) => tip.condition) : null;
          ask.settled = true;
        },
        () => { ask.settled = true; },
      );
    }
    return reply;
  };
  return false;
})()`;

export interface TipAsks {
  /**
   * Waits until the page's latest question has been answered and no storage change has come since
   * (with `photosReadSince`, once the page knew of a Photos reading read at or after it), and
   * returns that question and its answer: what the page shows now is its decision.
   */
  decided(options?: { photosReadSince?: number; timeout?: number }): Promise<TipAsk>;
}

/** Starts recording for `page`'s documents from now on: call before the page goes anywhere. */
export async function recordTipAsks(page: Page): Promise<TipAsks> {
  const session: CDPSession = await page.context().newCDPSession(page);
  // The isolated world where icloud-top.js was last parsed: the current document's.
  let world: number | null = null;
  session.on('Debugger.scriptParsed', (script) => {
    if (/\/icloud-top\.js$/.test(script.url)) world = script.executionContextId;
  });
  await session.send('Runtime.enable');
  await session.send('Debugger.enable');
  await session.send('Debugger.setBreakpointByUrl', {
    urlRegex: '^chrome-extension://[a-p]{32}/icloud-top\\.js$',
    lineNumber: 0,
    columnNumber: 0,
    condition: RECORDER,
  });

  const read = async (): Promise<TipLog | null> => {
    if (world === null) return null;
    const { result } = await session.send('Runtime.evaluate', {
      expression: `globalThis[Symbol.for(${JSON.stringify(LOG)})] ?? null`,
      contextId: world,
      returnByValue: true,
    });
    return (result.value as TipLog | null) ?? null;
  };

  return {
    async decided({ photosReadSince, timeout = 15_000 } = {}) {
      let last: TipAsk | undefined;
      await expect
        .poll(
          async () => {
            const log = await read().catch(() => null);
            last = log?.asks.at(-1);
            return (
              !!log &&
              !!last &&
              last.settled &&
              last.changes === log.changes &&
              last.photosReadAt >= (photosReadSince ?? 0)
            );
          },
          { timeout, message: 'the page to have asked about tips and been answered' },
        )
        .toBe(true);
      return last!;
    },
  };
}
