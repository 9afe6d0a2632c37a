import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFrame } from '@/content/frame-start';
import { HELLO_EVENT } from '@/content/network-channel';
import { storageViewReader } from '@/content/read-storage-view';
import type { FrameReading } from '@/content/reporter';
import { runReaders } from '@/content/run-readers';
import { APP_FRAME } from '@/content/signatures';
import { startTopFrame } from '@/content/top-frame';
import { fixtureText } from './fixtures';

function frameWindow(url: string, top: boolean): Window {
  const win = Object.assign(new EventTarget(), {
    location: new URL(url),
    document,
    MutationObserver: window.MutationObserver,
    // Looked up on each call, so fake timers installed by a test apply.
    setTimeout: (handler: () => void, ms?: number) => window.setTimeout(handler, ms),
    setInterval: (handler: () => void, ms?: number) => window.setInterval(handler, ms),
    clearInterval: (id: number) => window.clearInterval(id),
  }) as unknown as { top: unknown };
  win.top = top ? win : {};
  return win as unknown as Window;
}

/** Puts `html` in the test document's body (parsed, then imported: no innerHTML). */
function setBody(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('runReaders (the settings view)', () => {
  it('reads the storage text once the frame has loaded and reports it', async () => {
    document.documentElement.setAttribute('lang', 'de-DE');
    setBody(fixtureText('settings-de-nearly-full.html'));
    const send = vi.fn<(reading: FrameReading) => void>();
    const readers = runReaders(
      frameWindow('https://www.icloud.com/settings/', true),
      storageViewReader,
      send,
    );
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    const [reading] = send.mock.calls[0]!;
    expect(reading.storage).toMatchObject({
      source: 'text',
      totalBytes: 5 * 2 ** 30,
      quota: { almostFull: true },
    });
    expect(reading.photos).toBeNull();
    readers.stop();
  });

  it('after stop(), page changes are no longer observed', async () => {
    document.body.replaceChildren();
    const send = vi.fn();
    const observers: MutationObserver[] = [];
    const Observer = window.MutationObserver;
    vi.spyOn(window, 'MutationObserver').mockImplementation(function (callback: MutationCallback) {
      const observer = new Observer(callback);
      observers.push(observer);
      return observer;
    });
    const readers = runReaders(
      frameWindow('https://www.icloud.com/settings/', true),
      storageViewReader,
      send,
    );
    expect(observers).toHaveLength(1);
    const disconnect = vi.spyOn(observers[0]!, 'disconnect');
    readers.stop();
    expect(disconnect).toHaveBeenCalled();
    const p = document.createElement('p');
    p.textContent = 'iCloud Storage: 4 GB of 5 GB used';
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    document.body.append(p);
    // Past the longest wait between reads (nextReadDelay): no read was due.
    await vi.advanceTimersByTimeAsync(10_001);
    expect(vi.getTimerCount()).toBe(0);
    expect(send).not.toHaveBeenCalled();
  });

  it(
    'once the extension has gone, the first page change disconnects the observer and nothing is read or sent',
    { timeout: 20_000 },
    async () => {
      document.body.replaceChildren();
      const send = vi.fn();
      let alive = true;
      const read = vi.spyOn(storageViewReader, 'read');
      const readers = runReaders(
        frameWindow('https://www.icloud.com/settings/', true),
        storageViewReader,
        send,
        () => alive,
      );
      expect(read).toHaveBeenCalledTimes(1);
      alive = false;
      const p = document.createElement('p');
      p.textContent = 'iCloud Storage: 4 GB of 5 GB used';
      document.body.append(p);
      await vi.waitFor(() => expect(readers.signal.aborted).toBe(true), { timeout: 12_000 });
      expect(read).toHaveBeenCalledTimes(1);
      expect(send).not.toHaveBeenCalled();
    },
  );

  it('reads again after a page change, once, and reports the new reading', { timeout: 20_000 }, async () => {
    document.body.replaceChildren();
    const send = vi.fn();
    const readers = runReaders(
      frameWindow('https://www.icloud.com/settings/', true),
      storageViewReader,
      send,
    );
    expect(send).not.toHaveBeenCalled();
    const p = document.createElement('p');
    p.textContent = 'iCloud Storage: 4 GB of 5 GB used';
    document.body.append(p);
    p.append(' ');
    // Reads are spaced by their cost (up to 10 s on a busy machine, see nextReadDelay).
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1), { timeout: 12_000 });
    expect(send.mock.calls[0]![0]).toMatchObject({ storage: { usedBytes: 4 * 2 ** 30 } });
    readers.stop();
  });
});

/** Spies on every way a reader could look at the page's text: observers, text, tree walks. */
function pageReads(doc = document, { queries = true } = {}) {
  const spies = [
    vi.spyOn(window, 'MutationObserver'),
    vi.spyOn(doc.body, 'textContent', 'get'),
    vi.spyOn(doc.body, 'innerText', 'get'),
    vi.spyOn(doc, 'createTreeWalker'),
    vi.spyOn(doc, 'getElementById'),
    ...(queries ? [vi.spyOn(doc, 'querySelector'), vi.spyOn(doc, 'querySelectorAll')] : []),
  ];
  return () => spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
}

const DECOY_TEXT =
  '<ul aria-label="Messages"><li>ACTION REQUIRED: Your iCloud storage is full</li>' +
  '<li>iCloud storage 199 GB of 200 GB used.pdf</li></ul>' +
  '<section aria-label="iCloud storage"><h2>iCloud Storage</h2><p>1.2 GB of 5 GB used</p></section>';

describe.each([
  ['the shell with no app open', 'https://www.icloud.com/'],
  ['the shell hosting Mail', 'https://www.icloud.com/mail/'],
])('the top frame’s script in %s (%s)', (_name, url) => {
  it('runs no reader of the page: zero observers, zero text reads, no page report', async () => {
    document.documentElement.setAttribute('lang', 'en-US');
    setBody(DECOY_TEXT);
    const messages = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(null);
    const reads = pageReads(document, { queries: false });
    const queries = vi.spyOn(document, 'querySelectorAll');
    const top = startTopFrame(frameWindow(url, true));
    document.body.append(document.createElement('p'));
    // The tips ask the background which tip applies here (after looking for the app's iframe):
    // once they have, the script has done everything it does on a page change.
    await vi.waitFor(() => expect(messages).toHaveBeenCalled());
    expect(messages.mock.calls.map(([m]) => (m as { type: string }).type)).toEqual(['tips-for-page']);
    expect(reads()).toBe(0);
    // At most the one question the tips ask of the page: which app's frame is on screen.
    for (const [css] of queries.mock.calls) expect(css).toBe(APP_FRAME.css);
    top.stop();
  });
});

describe.each([
  ['the Mail frame', 'https://www.icloud.com/applications/mail2/current/en-us/index.html'],
  ['the Drive frame', 'https://www.icloud.com/applications/iclouddrive/current/en-us/index.html'],
  ['the Notes frame', 'https://www.icloud.com/applications/notes3/current/en-us/index.html'],
  ['the Pages frame', 'https://www.icloud.com/applications/pages/current/en-us/index.html'],
])('%s (%s)', (_name, url) => {
  it('loads no script and reads nothing of the page; Apple’s storage answer is all it sends', async () => {
    const doc = document.implementation.createHTMLDocument('frame');
    const parsed = new DOMParser().parseFromString(DECOY_TEXT, 'text/html');
    doc.body.replaceChildren(...[...parsed.body.childNodes].map((n) => doc.importNode(n, true)));
    Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
    const win = frameWindow(url, false) as unknown as { document: Document };
    win.document = doc;
    const messages = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
    const reads = pageReads(doc);
    const script = vi.fn();
    startFrame(win as unknown as Window, script);
    // What the main-world listener does: offer the nonce, then pass Apple's answer on.
    const nonce = 'cd'.repeat(16);
    doc.dispatchEvent(new CustomEvent(HELLO_EVENT, { detail: nonce, cancelable: true }));
    const body = fixtureText('storage-usage-info-92-percent.json');
    doc.dispatchEvent(
      new CustomEvent(`cloudcheckup:${nonce}`, {
        detail: JSON.stringify({ kind: 'storage', status: 200, body }),
      }),
    );
    Object.defineProperty(doc, 'readyState', { value: 'complete', configurable: true });
    (win as unknown as EventTarget).dispatchEvent(new Event('load'));
    await vi.waitFor(() => expect(messages).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(messages.mock.calls[0]![0]).toMatchObject({ type: 'storage-answer', role: 'app' });
    expect(script).not.toHaveBeenCalled();
    expect(reads()).toBe(0);
  });
});
