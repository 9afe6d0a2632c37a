import { describe, expect, it, vi } from 'vitest';
import { installNetworkListener } from '@/content/main-world/network-listener';
import {
  createNetworkFeed,
  HELLO_EVENT,
  joinNetworkChannel,
  MAX_WAITING_OBSERVATIONS,
  parseObservation,
  type NetworkObservation,
} from '@/content/network-channel';
import { fixtureText } from './fixtures';

const listen = (target: EventTarget, type: string, handler: (e: Event) => void): void =>
  target.addEventListener(type, handler);
const STORAGE_URL = 'https://setup.icloud.com/setup/ws/1/storageUsageInfo?clientBuildNumber=1&dsid=42';

/** A window whose fetch answers with the given response; the listener wraps this fetch. */
function pageWindow(respond: (url: string) => Response) {
  const doc = document.implementation.createHTMLDocument('shell');
  const original = vi.fn((input: string) => {
    try {
      return Promise.resolve(respond(input));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
  const win = {
    document: doc,
    EventTarget: window.EventTarget,
    CustomEvent: window.CustomEvent,
    Promise,
    Response: PageResponse,
    XMLHttpRequest: undefined,
    crypto: globalThis.crypto,
    fetch: original,
  } as unknown as Window & typeof globalThis;
  return { win, doc, original };
}

/** A Response whose url and status are prototype getters, as in browsers. */
class PageResponse extends Response {
  constructor(
    body: string,
    private readonly at: string,
    private readonly code: number,
  ) {
    super(body, { status: code });
  }
  override get url(): string {
    return this.at;
  }
  override get status(): number {
    return this.code;
  }
}

function response(url: string, status: number, body: string): Response {
  return new PageResponse(body, url, status);
}

describe('the network channel between the main world and the content script', () => {
  it('hands a storageUsageInfo body across, whichever script starts first, and the page gets the response unchanged', async () => {
    for (const isolatedFirst of [true, false]) {
      const body = fixtureText('storage-usage-info-92-percent.json');
      const { win, doc } = pageWindow((url) => response(url, 200, body));
      const seen: NetworkObservation[] = [];
      if (isolatedFirst) joinNetworkChannel(doc, listen, (o) => seen.push(o));
      installNetworkListener(win);
      if (!isolatedFirst) joinNetworkChannel(doc, listen, (o) => seen.push(o));
      const answer = await win.fetch(STORAGE_URL, { method: 'POST' });
      expect(await answer.text()).toBe(body);
      await vi.waitFor(() => expect(seen).toHaveLength(1));
      expect(seen[0]).toEqual({ kind: 'storage', body: JSON.parse(body) as unknown });
    }
  });

  it('reports QUOTA_EXCEEDED from CloudKit (HTTP 413) and ignores other hosts', async () => {
    const { win, doc } = pageWindow((url) =>
      response(url, url.includes('ckdatabasews') ? 413 : 200, '{"serverErrorCode":"QUOTA_EXCEEDED"}'),
    );
    const seen: NetworkObservation[] = [];
    installNetworkListener(win);
    joinNetworkChannel(doc, listen, (o) => seen.push(o));
    await win.fetch('https://example.com/setup/ws/1/storageUsageInfo');
    await win.fetch(
      'https://p42-ckdatabasews.icloud.com/database/1/com.apple.photos.cloud/production/private/records/modify',
    );
    await vi.waitFor(() => expect(seen).toEqual([{ kind: 'quota' }]));
  });

  it('a page script cannot spoof the channel: a second hello and a forged event on a guessed name are ignored', async () => {
    const { win, doc } = pageWindow((url) => response(url, 200, '{}'));
    const seen: NetworkObservation[] = [];
    installNetworkListener(win);
    joinNetworkChannel(doc, listen, (o) => seen.push(o));
    const forgedNonce = 'f'.repeat(32);
    doc.dispatchEvent(new CustomEvent(HELLO_EVENT, { detail: forgedNonce, cancelable: true }));
    doc.dispatchEvent(
      new CustomEvent(`cloudcheckup:${forgedNonce}`, { detail: JSON.stringify({ kind: 'quota', body: '' }) }),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([]);
  });

  it('a failing fetch still rejects for the page exactly as before', async () => {
    const { win } = pageWindow(() => {
      throw new TypeError('network down');
    });
    installNetworkListener(win);
    await expect(win.fetch(STORAGE_URL)).rejects.toThrow('network down');
  });

  it('a window without fetch, Response or XMLHttpRequest does not break', () => {
    const doc = document.implementation.createHTMLDocument('x');
    expect(() =>
      installNetworkListener({ document: doc } as unknown as Window & typeof globalThis),
    ).not.toThrow();
  });

  it.each([
    [42, null],
    ['not json', null],
    [JSON.stringify({ kind: 'storage', body: '{not json' }), null],
    [JSON.stringify({ kind: 'storage', body: { a: 1 } }), null],
    [JSON.stringify({ kind: 'other' }), null],
    ['x'.repeat(300 * 1024), null],
    [JSON.stringify({ kind: 'quota', body: '' }), { kind: 'quota' }],
  ])('parseObservation(%#) validates what crossed', (detail, expected) => {
    expect(parseObservation(detail)).toEqual(expected);
  });
});

describe('the network feed (observations kept until the readers start)', () => {
  const storage = (n: number): NetworkObservation => ({ kind: 'storage', body: { n } });

  it('replays what arrived before the readers subscribed, in order with its arrival times, then passes on', () => {
    let clock = 100;
    const feed = createNetworkFeed(() => clock);
    feed.push(storage(1));
    clock = 200;
    feed.push({ kind: 'quota' });
    const seen: [NetworkObservation, number][] = [];
    clock = 900;
    feed.subscribe((o, at) => seen.push([o, at]));
    expect(seen).toEqual([
      [storage(1), 100],
      [{ kind: 'quota' }, 200],
    ]);
    clock = 1000;
    feed.push(storage(2));
    expect(seen.at(-1)).toEqual([storage(2), 1000]);
    expect(seen).toHaveLength(3);
  });

  it(`keeps only the newest ${MAX_WAITING_OBSERVATIONS} while nobody listens`, () => {
    const feed = createNetworkFeed(() => 0);
    for (let i = 0; i < MAX_WAITING_OBSERVATIONS + 5; i++) feed.push(storage(i));
    const seen: unknown[] = [];
    feed.subscribe((o) => seen.push(o));
    expect(seen).toHaveLength(MAX_WAITING_OBSERVATIONS);
    expect(seen[0]).toEqual(storage(5));
    expect(seen.at(-1)).toEqual(storage(MAX_WAITING_OBSERVATIONS + 4));
  });
});

describe('XMLHttpRequest responses (main-world listener)', () => {
  const CLOUDKIT = 'https://p42-ckdatabasews.icloud.com/database/1/com.apple.photos.cloud/production/private';

  /** An XMLHttpRequest whose response fields are prototype getters (as in browsers) that count reads. */
  function xhrWindow() {
    const bodyReads = { count: 0 };
    class PageXhr extends EventTarget {
      url = '';
      code = 0;
      type: XMLHttpRequestResponseType = '';
      text = '';
      open(_method: string, url: string): void {
        this.url = url;
      }
      answer(code: number, text: string, type: XMLHttpRequestResponseType = ''): void {
        this.code = code;
        this.text = text;
        this.type = type;
        this.dispatchEvent(new Event('load'));
      }
    }
    const getters: Record<string, (this: PageXhr) => unknown> = {
      responseURL() {
        return this.url;
      },
      status() {
        return this.code;
      },
      responseType() {
        return this.type;
      },
      responseText() {
        bodyReads.count++;
        return this.text;
      },
      response() {
        bodyReads.count++;
        return this.type === 'json' ? (JSON.parse(this.text) as unknown) : this.text;
      },
    };
    for (const [name, get] of Object.entries(getters))
      Object.defineProperty(PageXhr.prototype, name, { get });
    const doc = document.implementation.createHTMLDocument('shell');
    const win = {
      document: doc,
      EventTarget: window.EventTarget,
      CustomEvent: window.CustomEvent,
      Promise,
      XMLHttpRequest: PageXhr,
      crypto: globalThis.crypto,
    } as unknown as Window & typeof globalThis;
    const seen: NetworkObservation[] = [];
    installNetworkListener(win);
    joinNetworkChannel(doc, listen, (o) => seen.push(o));
    const request = (url: string) => {
      const xhr = new PageXhr();
      xhr.open('POST', url);
      return xhr;
    };
    return { request, seen, bodyReads };
  }

  it('reads a storageUsageInfo answer, as text or as JSON', () => {
    const body = fixtureText('storage-usage-info-92-percent.json');
    const { request, seen } = xhrWindow();
    request(STORAGE_URL).answer(200, body);
    request(STORAGE_URL.replace('setup.', 'p42-setup.')).answer(200, body, 'json');
    expect(seen).toEqual([
      { kind: 'storage', body: JSON.parse(body) as unknown },
      { kind: 'storage', body: JSON.parse(body) as unknown },
    ]);
  });

  it('a CloudKit 413 is a quota error without its body being read', () => {
    const { request, seen, bodyReads } = xhrWindow();
    request(`${CLOUDKIT}/records/modify`).answer(413, '{"serverErrorCode":"QUOTA_EXCEEDED"}', 'json');
    expect(seen).toEqual([{ kind: 'quota' }]);
    expect(bodyReads.count).toBe(0);
  });

  it('other CloudKit answers (a library’s records) pass without their body being read', () => {
    const { request, seen, bodyReads } = xhrWindow();
    const library = JSON.stringify({
      records: Array.from({ length: 500 }, (_, i) => ({ recordName: `IMG_${i}` })),
    });
    request(`${CLOUDKIT}/records/query`).answer(200, library, 'json');
    expect(seen).toEqual([]);
    expect(bodyReads.count).toBe(0);
  });

  it('a record write that CloudKit refused in its body is a quota error', () => {
    const { request, seen } = xhrWindow();
    request(`${CLOUDKIT}/records/modify`).answer(200, '{"records":[{"serverErrorCode":"QUOTA_EXCEEDED"}]}');
    expect(seen).toEqual([{ kind: 'quota' }]);
  });
});
