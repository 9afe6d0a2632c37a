import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FrameRole } from '@/lib/frame-role';
import type { ObservationListener } from '@/content/network-channel';
import type { FrameReading } from '@/content/reporter';
import { runReaders } from '@/content/run-readers';
import { fixtureText } from './fixtures';

function frameWindow(url: string, top: boolean): Window {
  const win = {
    location: new URL(url),
    document,
    MutationObserver: window.MutationObserver,
  } as unknown as { top: unknown };
  win.top = top ? win : {};
  return win as unknown as Window;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('runReaders', () => {
  it.each([
    'https://www.icloud.com/system/blank.html',
    'https://www.icloud.com/applications/photos3/../../robots.txt',
    'https://www.apple.com/',
  ])(
    'in a frame that is none of ours (%s): zero observers, zero timers, zero listeners, no message',
    (url) => {
      const observers = vi.spyOn(window, 'MutationObserver');
      const timeouts = vi.spyOn(window, 'setTimeout');
      const intervals = vi.spyOn(window, 'setInterval');
      const listeners = vi.spyOn(EventTarget.prototype, 'addEventListener');
      const ctx = new ContentScriptContext('icloud');
      const ctxTimeout = vi.spyOn(ctx, 'setTimeout');
      const ctxListener = vi.spyOn(ctx, 'addEventListener');
      listeners.mockClear();
      timeouts.mockClear();
      const send = vi.fn();
      const network = vi.fn();
      expect(runReaders(ctx, frameWindow(url, false), send, network)).toEqual({ kind: 'none' });
      expect(network).not.toHaveBeenCalled();
      expect(observers).not.toHaveBeenCalled();
      expect(timeouts).not.toHaveBeenCalled();
      expect(intervals).not.toHaveBeenCalled();
      expect(listeners).not.toHaveBeenCalled();
      expect(ctxTimeout).not.toHaveBeenCalled();
      expect(ctxListener).not.toHaveBeenCalled();
      expect(send).not.toHaveBeenCalled();
    },
  );

  it('in the settings view: reads the storage text once the frame has loaded and reports it with the role', async () => {
    document.documentElement.setAttribute('lang', 'de-DE');
    document.body.replaceChildren();
    const html = new DOMParser().parseFromString(fixtureText('settings-de-nearly-full.html'), 'text/html');
    document.body.append(...[...html.body.childNodes].map((n) => document.importNode(n, true)));
    const send = vi.fn<(reading: FrameReading, role: FrameRole) => void>();
    const ctx = new ContentScriptContext('icloud');
    runReaders(ctx, frameWindow('https://www.icloud.com/settings/', true), send, () => undefined);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    const [reading, role] = send.mock.calls[0]!;
    expect(role).toEqual({ kind: 'settings' });
    expect(reading.storage).toMatchObject({
      source: 'text',
      totalBytes: 5 * 2 ** 30,
      quota: { almostFull: true },
    });
    expect(reading.photos).toBeNull();
    ctx.abort();
  });

  it('after teardown through ctx, page changes are no longer observed', async () => {
    document.body.replaceChildren();
    const send = vi.fn();
    const ctx = new ContentScriptContext('icloud');
    runReaders(ctx, frameWindow('https://www.icloud.com/settings/', true), send, () => undefined);
    ctx.abort();
    const p = document.createElement('p');
    p.textContent = 'iCloud Storage: 4 GB of 5 GB used';
    document.body.append(p);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(send).not.toHaveBeenCalled();
  });

  it('reads again after a page change, once, and reports the new reading', { timeout: 20_000 }, async () => {
    document.body.replaceChildren();
    const send = vi.fn();
    const ctx = new ContentScriptContext('icloud');
    runReaders(ctx, frameWindow('https://www.icloud.com/settings/', true), send, () => undefined);
    expect(send).not.toHaveBeenCalled();
    const p = document.createElement('p');
    p.textContent = 'iCloud Storage: 4 GB of 5 GB used';
    document.body.append(p);
    p.append(' ');
    // Reads are spaced by their cost (up to 10 s on a busy machine, see nextReadDelay).
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1), { timeout: 12_000 });
    expect(send.mock.calls[0]![0]).toMatchObject({ storage: { usedBytes: 4 * 2 ** 30 } });
    ctx.abort();
  });
});

void fakeBrowser;

/** Puts `html` in the test document's body (parsed, then imported: no innerHTML). */
function setBody(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

/** Spies on every way a reader could look at the page: observers, text, queries, tree walks. */
function pageReads() {
  const spies = [
    vi.spyOn(window, 'MutationObserver'),
    vi.spyOn(document.body, 'textContent', 'get'),
    vi.spyOn(document.body, 'innerText', 'get'),
    vi.spyOn(document, 'createTreeWalker'),
    vi.spyOn(document, 'querySelector'),
    vi.spyOn(document, 'querySelectorAll'),
    vi.spyOn(document.body, 'querySelector'),
    vi.spyOn(document.body, 'querySelectorAll'),
    vi.spyOn(document, 'getElementById'),
  ];
  return () => spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
}

const DECOY_TEXT =
  '<ul aria-label="Messages"><li>ACTION REQUIRED: Your iCloud storage is full</li>' +
  '<li>iCloud storage 199 GB of 200 GB used.pdf</li></ul>' +
  '<section aria-label="iCloud storage"><h2>iCloud Storage</h2><p>1.2 GB of 5 GB used</p></section>';

describe.each([
  ['the shell with no app open', 'https://www.icloud.com/', true],
  ['the shell hosting Mail', 'https://www.icloud.com/mail/', true],
  ['the Mail frame', 'https://www.icloud.com/applications/mail2/current/en-us/index.html', false],
  ['the Drive frame', 'https://www.icloud.com/applications/iclouddrive/current/en-us/index.html', false],
  ['the Notes frame', 'https://www.icloud.com/applications/notes3/current/en-us/index.html', false],
  ['the Pages frame', 'https://www.icloud.com/applications/pages/current/en-us/index.html', false],
])('runReaders in %s (%s)', (_name, url, top) => {
  it('runs no DOM reader: zero observers, zero text reads, zero queries, nothing sent', async () => {
    document.documentElement.setAttribute('lang', 'en-US');
    setBody(DECOY_TEXT);
    const reads = pageReads();
    const send = vi.fn();
    const ctx = new ContentScriptContext('icloud');
    let listener: ObservationListener | undefined;
    runReaders(ctx, frameWindow(url, top), send, (l) => (listener = l));
    // A page change would wake an observer if there were one.
    document.body.append(document.createElement('p'));
    expect(listener).toBeDefined();
    // Apple's answer to the page's own request is heard there, and it is the only thing reported:
    // once it is sent, every read the frame would do has been done.
    listener!(
      JSON.stringify({
        kind: 'storage',
        status: 200,
        body: fixtureText('storage-usage-info-92-percent.json'),
      }),
      1,
    );
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1), { timeout: 12_000 });
    const [reading] = send.mock.calls[0]! as [FrameReading];
    expect(reading.photos).toBeNull();
    expect(reading.storage).toMatchObject({ source: 'api', usedBytes: 49392123904 });
    expect(reads()).toBe(0);
    ctx.abort();
    vi.restoreAllMocks();
  });
});
