/**
 * The readers' short cuts on large pages: cheap checks first, one search shared by the readers,
 * no work for elements that cannot be storage, and an observer that stops at the first change.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { accessibleText } from '@/content/page-text';
import { startPhotosFrame } from '@/content/photos-frame';
import { readSignedIn } from '@/content/read-photos';
import { progressElements, readStorageMeter } from '@/content/read-meter';
import { storageViewReader } from '@/content/read-storage-view';
import type { FrameReading } from '@/content/reporter';
import { runReaders } from '@/content/run-readers';
import { SELECTORS } from '@/content/signatures';
import { loadFixture } from './fixtures';

const NOW = 1_750_000_000_000;
const PROGRESS_SELECTORS = SELECTORS.progress.css.split(',');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A window for runReaders whose MutationObserver counts how often it calls back. */
function countingWindow(url: string): { win: Window; callbacks: () => number } {
  let count = 0;
  class Counting extends window.MutationObserver {
    constructor(callback: MutationCallback) {
      super((records, observer) => {
        count++;
        callback(records, observer);
      });
    }
  }
  const win = Object.assign(new EventTarget(), {
    location: new URL(url),
    document,
    MutationObserver: Counting,
    setTimeout: (handler: () => void, ms?: number) => window.setTimeout(handler, ms),
  }) as unknown as { top: unknown };
  win.top = win;
  return { win: win as unknown as Window, callbacks: () => count };
}

const tick = (ms = 5): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the meter reader on a page without storage words', () => {
  it('a Photos frame without storage words builds no label for its upload bar (no text walk, no lookup)', () => {
    const doc = loadFixture('photos-upload-in-progress.html');
    const walks = vi.spyOn(doc, 'createTreeWalker');
    const lookups = vi.spyOn(doc, 'getElementById');
    expect(readStorageMeter(doc.body, 'en-us', NOW, doc.body.textContent ?? '')).toBeNull();
    expect(walks).not.toHaveBeenCalled();
    expect(lookups).not.toHaveBeenCalled();
  });

  it('still reads a meter whose own attributes name storage when the page text does not', () => {
    const doc = parse(
      '<body><p>Account</p><div role="meter" aria-label="iCloud storage" aria-valuenow="25" ' +
        'aria-valuemin="0" aria-valuemax="53687091200"></div></body>',
    );
    expect(readStorageMeter(doc.body, 'en-us', NOW)).toMatchObject({
      usedBytes: 25,
      totalBytes: 50 * 2 ** 30,
      source: 'meter',
    });
  });
});

describe('progressElements', () => {
  it('finds every kind of progress element once, in document order', () => {
    const doc = parse(
      '<body><meter id="a"></meter><div role="progressbar" id="b"></div>' +
        '<progress id="c" role="progressbar"></progress><span role="meter" id="d"></span></body>',
    );
    expect(progressElements(doc.body).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('accessibleText', () => {
  it('reads the <label> of a meter', () => {
    const doc = parse('<body><label for="m">iCloud storage</label><meter id="m" value="1"></meter></body>');
    expect(accessibleText(doc.getElementById('m')!)).toBe('iCloud storage');
  });

  it('a role="progressbar" element with an id costs no search of the document for label[for]', () => {
    const doc = parse('<body><div role="progressbar" id="bar" aria-label="Uploading"></div></body>');
    const searches = vi.spyOn(doc, 'querySelectorAll');
    expect(accessibleText(doc.getElementById('bar')!)).toBe('Uploading');
    expect(searches).not.toHaveBeenCalled();
  });
});

describe('readSignedIn', () => {
  it('a page without the signed-out sentence never looks at its buttons', () => {
    const doc = parse('<body><button>Sign In</button><p>Photos</p></body>');
    const searches = vi.spyOn(doc.body, 'querySelectorAll');
    expect(readSignedIn(doc)).toBeNull();
    expect(searches).not.toHaveBeenCalled();
  });

  it('the signed-out page is still read as signed out', () => {
    expect(readSignedIn(loadFixture('photos-signed-out.html'))).toBe(false);
  });
});

describe('runReaders on a busy page', () => {
  it('one search per progress selector per read, shared by the meter and upload readers', async () => {
    const fixture = loadFixture('photos-upload-in-progress.html');
    document.body.replaceChildren(...[...fixture.body.childNodes].map((n) => document.importNode(n, true)));
    const selectors: string[] = [];
    // Taken unbound on purpose: the spy calls it with each element as `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const original = Element.prototype.querySelectorAll;
    vi.spyOn(Element.prototype, 'querySelectorAll').mockImplementation(function (this: Element, css: string) {
      selectors.push(css);
      return original.call(this, css);
    });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
    const { win } = countingWindow(
      'https://www.icloud.com/applications/photos3/current/en-us/index.html?rootDomain=www',
    );
    (win as unknown as { top: unknown }).top = {};
    const photos = startPhotosFrame(win, () => undefined);
    // The first read comes once the frame has loaded and is idle.
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    photos.stop();
    expect((send.mock.calls[0]?.[0] as FrameReading).photos?.upload).toMatchObject({
      percent: 30,
      done: 3,
      total: 10,
    });
    expect(selectors.filter((css) => css === SELECTORS.progress.css)).toEqual([]);
    for (const css of PROGRESS_SELECTORS) expect(selectors.filter((s) => s === css)).toHaveLength(1);
  });

  it(
    'the observer calls back once for a burst of changes, and watches again after the read',
    { timeout: 20_000 },
    async () => {
      document.body.replaceChildren();
      const send = vi.fn();
      const { win, callbacks } = countingWindow('https://www.icloud.com/settings/');
      const readers = runReaders(win, storageViewReader, send);
      // The observer starts with the first read, once the frame has loaded and is idle.
      await tick(20);
      const p = document.createElement('p');
      document.body.append(p);
      for (let i = 0; i < 10; i++) {
        p.textContent = `change ${i}`;
        await tick();
      }
      expect(callbacks()).toBe(1);
      p.textContent = 'iCloud Storage: 4 GB of 5 GB used';
      // Reads are spaced by their cost (up to 10 s on a busy machine, see nextReadDelay).
      await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1), { timeout: 12_000 });
      expect(send.mock.calls[0]![0]).toMatchObject({ storage: { usedBytes: 4 * 2 ** 30 } });
      p.textContent = 'iCloud Storage: 4.5 GB of 5 GB used';
      await vi.waitFor(() => expect(callbacks()).toBe(2), { timeout: 1000 });
      readers.stop();
    },
  );
});
