import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFrame } from '@/content/frame-start';
import { HELLO_EVENT } from '@/content/network-channel';

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

afterEach(() => {
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
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(start).not.toHaveBeenCalled();
      expect(timeouts).not.toHaveBeenCalled();
    },
  );

  it('joins the channel at once, starts the readers only after load, and hands them what came before', async () => {
    const start = vi.fn<(network: (l: (detail: string, at: number) => void) => void) => void>();
    const { win, doc, load } = frame(
      'https://www.icloud.com/applications/photos3/current/en-us/index.html',
      false,
    );
    expect(startFrame(win, start)).toEqual({ kind: 'photos' });
    const send = mainWorld(doc);
    const refusal = { kind: 'cloudkit', status: 413, body: '{"serverErrorCode":"QUOTA_EXCEEDED"}' };
    send(refusal);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(start).not.toHaveBeenCalled();
    load();
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(1));
    const seen: unknown[] = [];
    start.mock.calls[0]![0]((detail) => seen.push(JSON.parse(detail)));
    expect(seen).toEqual([refusal]);
    const storage = { kind: 'storage', status: 200, body: JSON.stringify({ storageUsageInfo: {} }) };
    send(storage);
    expect(seen.at(-1)).toEqual(storage);
  });

  it.each([
    'https://www.icloud.com/applications/mail2/current/en-us/index.html',
    'https://www.icloud.com/applications/iclouddrive/current/en-us/index.html',
  ])(
    'in a frame of people’s content (%s): the readers load only once Apple answers a request of the page',
    async (url) => {
      const start = vi.fn<(network: (l: (detail: string, at: number) => void) => void) => void>();
      const idle = vi.fn((fn: () => void, ms: number) => setTimeout(fn, ms));
      const { win, doc, load } = frame(url, false, 'loading', idle);
      expect(startFrame(win, start).kind).toBe('app');
      const send = mainWorld(doc);
      load();
      // Loaded and idle: nothing beyond this script has started, no timer is waiting.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(start).not.toHaveBeenCalled();
      expect(idle).not.toHaveBeenCalled();
      const storage = { kind: 'storage', status: 200, body: JSON.stringify({ storageUsageInfo: {} }) };
      send(storage);
      await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(1));
      const seen: unknown[] = [];
      start.mock.calls[0]![0]((detail) => seen.push(JSON.parse(detail)));
      expect(seen).toEqual([storage]);
    },
  );

  it('readers that fail to load or throw never reach the page', async () => {
    const errors = vi.fn();
    window.addEventListener('unhandledrejection', errors);
    const { win, load } = frame('https://www.icloud.com/', true);
    startFrame(win, () => {
      throw new Error('broken readers');
    });
    load();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(errors).not.toHaveBeenCalled();
    window.removeEventListener('unhandledrejection', errors);
  });
});
