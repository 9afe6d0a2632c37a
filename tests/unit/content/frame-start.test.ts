import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFrame, type StartRoleScript } from '@/content/frame-start';
import { HELLO_EVENT } from '@/content/network-channel';
import { fixtureText } from './fixtures';

/** A frame: its own document (in the given state) and window, at `url`. */
function frame(
  url: string,
  top: boolean,
  readyState: DocumentReadyState = 'loading',
  timer = (fn: () => void, ms: number) => setTimeout(fn, ms),
) {
  const doc = document.implementation.createHTMLDocument('frame');
  Object.defineProperty(doc, 'readyState', { get: () => readyState, configurable: true });
  const win = Object.assign(new EventTarget(), {
    location: new URL(url),
    document: doc,
    setTimeout: timer,
  }) as unknown as { top: unknown };
  win.top = top ? win : {};
  return {
    win: win as unknown as Window,
    doc,
    load: () => {
      readyState = 'complete';
      (win as unknown as EventTarget).dispatchEvent(new Event('load'));
    },
  };
}

/** What the main-world listener does: offer the nonce, then send on the named channel. */
function mainWorld(doc: Document, nonce = 'ab'.repeat(16)) {
  doc.dispatchEvent(new CustomEvent(HELLO_EVENT, { detail: nonce, cancelable: true }));
  return (observation: object) =>
    doc.dispatchEvent(new CustomEvent(`cloudcheckup:${nonce}`, { detail: JSON.stringify(observation) }));
}

// The frames' timers are the test's: a test runs every timer there is (and the promises between
// them) before it says what did not happen, instead of waiting for a while.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('startFrame (the content script at document_start)', () => {
  it.each(['https://www.icloud.com/system/blank.html', 'https://www.apple.com/applications/photos3/'])(
    'in a frame that is none of ours (%s): no listener, no timer, readers never loaded',
    async (url) => {
      const timeouts = vi.fn();
      const { win, load } = frame(url, false, 'loading', timeouts);
      const listeners = vi.spyOn(EventTarget.prototype, 'addEventListener');
      const start = vi.fn();
      expect(startFrame(win, start)).toEqual({ kind: 'none' });
      expect(listeners).not.toHaveBeenCalled();
      load();
      await vi.runAllTimersAsync();
      expect(start).not.toHaveBeenCalled();
      expect(timeouts).not.toHaveBeenCalled();
    },
  );

  it.each([
    [
      'the Photos frame',
      'https://www.icloud.com/applications/photos3/current/en-us/index.html',
      false,
      'photos',
    ],
    ['the shell', 'https://www.icloud.com/mail/', true, 'top'],
    ['the settings view', 'https://www.icloud.com/settings/', true, 'top'],
    [
      'a settings app frame',
      'https://www.icloud.com/applications/settings/current/en-us/',
      false,
      'storage-view',
    ],
  ])(
    '%s: joins the channel at once, starts its script (%s) only after load, and hands it what came before',
    async (_name, url, top, script) => {
      const start = vi.fn<StartRoleScript>();
      const messages = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
      const { win, doc, load } = frame(url, top);
      startFrame(win, start);
      const send = mainWorld(doc);
      const progress = { kind: 'upload', step: 'uploadStatus', status: 200, body: '{"j-1":{"progress":5}}' };
      send({ kind: 'cloudkit', status: 413, body: '{"serverErrorCode":"QUOTA_EXCEEDED"}' });
      send(progress);
      // Everything that could run before load has run: the script waits for the load event.
      await vi.runAllTimersAsync();
      expect(start).not.toHaveBeenCalled();
      expect(messages).not.toHaveBeenCalled();
      load();
      await vi.runAllTimersAsync();
      expect(start).toHaveBeenCalledTimes(1);
      expect(start.mock.calls[0]![0]).toBe(script);
      const seen: unknown[] = [];
      start.mock.calls[0]![1]((detail) => seen.push(JSON.parse(detail)));
      // The upload answer waited for the role's script; CloudKit's refusal went to the background.
      expect(seen).toEqual([progress]);
      expect(messages).toHaveBeenCalledTimes(1);
      expect(messages.mock.calls[0]![0]).toMatchObject({ type: 'quota-refusal' });
      const upload = { kind: 'upload', step: 'uploadStatus', status: 200, body: '{}' };
      send(upload);
      expect(seen.at(-1)).toEqual(upload);
    },
  );

  it.each([
    'https://www.icloud.com/applications/mail2/current/en-us/index.html',
    'https://www.icloud.com/applications/iclouddrive/current/en-us/index.html',
    'https://www.icloud.com/applications/notes3/current/en-us/index.html',
  ])(
    'in a frame of people’s content (%s): no script is ever loaded; Apple’s storage answer and CloudKit’s quota refusal go to the background from here',
    async (url) => {
      const start = vi.fn<StartRoleScript>();
      const messages = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
      const idle = vi.fn((fn: () => void, ms: number) => setTimeout(fn, ms));
      const { win, doc, load } = frame(url, false, 'loading', idle);
      expect(startFrame(win, start).kind).toBe('app');
      const send = mainWorld(doc);
      load();
      // Loaded and idle: nothing beyond this script has started, no timer is waiting.
      await vi.runAllTimersAsync();
      expect(idle).not.toHaveBeenCalled();
      const before = Date.now();
      // A record's field that holds the code is no refusal; the refusal itself crosses as its time.
      send({
        kind: 'cloudkit',
        status: 200,
        body: '{"records":[{"fields":{"t":{"value":"QUOTA_EXCEEDED"}}}]}',
      });
      send({ kind: 'cloudkit', status: 413, body: '{"serverErrorCode":"QUOTA_EXCEEDED"}' });
      send({ kind: 'storage', status: 200, body: fixtureText('storage-usage-info-92-percent.json') });
      await vi.runAllTimersAsync();
      expect(messages).toHaveBeenCalledTimes(2);
      const refusal = messages.mock.calls[0]![0] as Record<string, unknown>;
      expect(Object.keys(refusal).sort()).toEqual(['at', 'role', 'type', 'v']);
      expect(refusal).toMatchObject({ v: 1, type: 'quota-refusal', role: 'app' });
      expect(refusal.at).toBeGreaterThanOrEqual(before);
      const sent = messages.mock.calls[1]![0] as Record<string, unknown>;
      expect(sent).toMatchObject({ v: 1, type: 'storage-answer', role: 'app' });
      // Only the parts a reading is made of: no family members' names, nothing else of the answer.
      expect(Object.keys(sent.answer as object).sort()).toEqual([
        'quotaStatus',
        'storageUsageByMedia',
        'storageUsageInfo',
      ]);
      await vi.runAllTimersAsync();
      expect(start).not.toHaveBeenCalled();
      expect(messages).toHaveBeenCalledTimes(2);
    },
  );

  it('sends a storage answer the background could not store again, then gives up', async () => {
    const messages = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false });
    const { win, doc, load } = frame(
      'https://www.icloud.com/applications/mail2/current/en-us/index.html',
      false,
      'loading',
      (fn, ms) => setTimeout(fn, ms),
    );
    startFrame(win, vi.fn());
    const send = mainWorld(doc);
    load();
    send({ kind: 'storage', status: 200, body: fixtureText('storage-usage-info-92-percent.json') });
    await vi.advanceTimersByTimeAsync(0);
    expect(messages).toHaveBeenCalledTimes(1);
    // After 5 s, 30 s more and 2 min more (RESEND_DELAYS_MS).
    for (const [wait, tries] of [
      [5_000, 2],
      [30_000, 3],
      [120_000, 4],
    ] as const) {
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(messages).toHaveBeenCalledTimes(tries - 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(messages).toHaveBeenCalledTimes(tries);
    }
    await vi.advanceTimersByTimeAsync(300_000);
    expect(messages).toHaveBeenCalledTimes(4);
    vi.useRealTimers();
  });

  it.each([
    [
      'throw',
      () => {
        throw new Error('broken readers');
      },
    ],
    ['fail to load', () => Promise.reject(new Error('readers not loaded'))],
  ] as const)('readers that %s never reach the page', async (_name, broken) => {
    // happy-dom hands an unhandled rejection to Node, not to the window's listeners.
    const errors = vi.fn();
    process.on('unhandledRejection', errors);
    try {
      const start = vi.fn<StartRoleScript>(broken);
      const { win, load } = frame('https://www.icloud.com/', true);
      startFrame(win, start);
      load();
      await vi.runAllTimersAsync();
      expect(start).toHaveBeenCalledTimes(1);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', errors);
    }
  });
});
