/**
 * The readers' short cuts on large pages, stated as what they must and must not read: labels
 * only where HTML says they name something, the signed-out check only on its sentence, an
 * observer that watches the container it reads and wakes one read for a burst of changes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FrameRole } from '@/lib/frame-role';
import { accessibleText } from '@/content/page-text';
import { readSignedIn } from '@/content/read-photos';
import { progressElements, readStorageMeter } from '@/content/read-meter';
import type { FrameReading } from '@/content/reporter';
import { READ_DELAY_MS, runReaders } from '@/content/run-readers';
import { loadFixture } from './fixtures';

const NOW = 1_750_000_000_000;
const GB = 2 ** 30;

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A window for runReaders over the test's document; a child frame unless `top`. */
function frameWindow(url: string, top: boolean): Window {
  const win = { location: new URL(url), document, MutationObserver: window.MutationObserver } as {
    top?: unknown;
  };
  win.top = top ? win : {};
  return win as unknown as Window;
}

describe('the meter reader', () => {
  it('does not take an upload bar for a storage meter on a Photos page without storage words', () => {
    const doc = loadFixture('photos-upload-in-progress.html');
    expect(readStorageMeter(doc.body, 'en-us', NOW, doc.body.textContent ?? '')).toBeNull();
  });

  it('still reads a meter whose own attributes name storage when the page text does not', () => {
    const doc = parse(
      '<body><p>Account</p><div role="meter" aria-label="iCloud storage" aria-valuenow="25" ' +
        'aria-valuemin="0" aria-valuemax="53687091200"></div></body>',
    );
    expect(readStorageMeter(doc.body, 'en-us', NOW)).toMatchObject({
      usedBytes: 25,
      totalBytes: 50 * GB,
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

  it('takes no <label for> as the name of a role="progressbar" div: labels name only labelable elements', () => {
    const doc = parse(
      '<body><label for="bar">iCloud storage full</label>' +
        '<div role="progressbar" id="bar" aria-label="Uploading"></div></body>',
    );
    expect(accessibleText(doc.getElementById('bar')!)).toBe('Uploading');
  });
});

describe('readSignedIn', () => {
  it('a Sign In button without the signed-out sentence is not "signed out"', () => {
    expect(readSignedIn(parse('<body><button>Sign In</button><p>Photos</p></body>'))).toBeNull();
  });

  it('the signed-out page is still read as signed out', () => {
    expect(readSignedIn(loadFixture('photos-signed-out.html'))).toBe(false);
  });
});

describe('runReaders on a busy page', () => {
  let ctx: ContentScriptContext;
  const send = vi.fn<(reading: FrameReading, role: FrameRole) => void>();

  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
    send.mockClear();
    ctx = new ContentScriptContext('icloud');
  });

  afterEach(() => {
    ctx.abort();
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('a change outside the watched container wakes no read; the next read, woken inside, sees the frame', async () => {
    document.body.innerHTML =
      '<aside id="outside"></aside><ui-main-pane><h1 id="inside">Library</h1></ui-main-pane>';
    runReaders(
      ctx,
      frameWindow('https://www.icloud.com/applications/photos3/current/en-us/index.html', false),
      send,
      () => undefined,
    );
    await vi.advanceTimersByTimeAsync(20_000);
    const before = send.mock.calls.length;

    // An upload bar appears outside the Photos pane: the readers are not woken for it.
    document.getElementById('outside')!.innerHTML =
      '<span id="upl">Uploading 3 of 10 items</span><div role="progressbar" aria-labelledby="upl" ' +
      'aria-valuemin="0" aria-valuemax="100" aria-valuenow="30"></div>';
    await vi.advanceTimersByTimeAsync(20_000);
    expect(send).toHaveBeenCalledTimes(before);

    // A change inside the pane wakes a read, which reads the whole frame.
    document.getElementById('inside')!.textContent = 'Library · uploading';
    await vi.advanceTimersByTimeAsync(READ_DELAY_MS + 100);
    expect(send.mock.calls.at(-1)?.[0].photos?.upload).toMatchObject({ percent: 30, done: 3, total: 10 });
  });

  it('a burst of changes gives one read of the page as it ended, and the next change is seen again', async () => {
    document.body.innerHTML = '<main><p id="meter">Settings</p></main>';
    runReaders(ctx, frameWindow('https://www.icloud.com/settings/', true), send, () => undefined);
    const meter = document.getElementById('meter')!;
    for (let tenth = 0; tenth < 10; tenth++) {
      meter.textContent = `iCloud Storage: 4.${tenth} GB of 5 GB used`;
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(20_000);
    const reported = send.mock.calls.map(([reading]) => reading.storage?.usedBytes);
    expect(reported).toEqual([Math.round(4.9 * GB)]);

    meter.textContent = 'iCloud Storage: 3 GB of 5 GB used';
    await vi.advanceTimersByTimeAsync(20_000);
    expect(send.mock.calls.map(([reading]) => reading.storage?.usedBytes)).toEqual([
      Math.round(4.9 * GB),
      3 * GB,
    ]);
  });
});
