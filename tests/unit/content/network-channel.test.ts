import { describe, expect, it, vi } from 'vitest';
import { installNetworkListener } from '@/content/main-world/network-listener';
import {
  createNetworkFeed,
  HELLO_EVENT,
  joinNetworkChannel,
  MAX_WAITING_OBSERVATIONS,
  READY_EVENT,
} from '@/content/network-channel';
import { parseObservation, type NetworkObservation } from '@/content/observations';
import { answerMessage } from '@/content/answer-messages';
import { fixtureText } from './fixtures';

const listen = (target: EventTarget, type: string, handler: (e: Event) => void): void =>
  target.addEventListener(type, handler);
const STORAGE_URL = 'https://setup.icloud.com/setup/ws/1/storageUsageInfo?clientBuildNumber=1&dsid=42';
const MODIFY_URL =
  'https://p42-ckdatabasews.icloud.com/database/1/com.apple.photos.cloud/production/private/records/modify?dsid=42';
const UPLOAD_HOST = 'https://p42-photosupload.icloud.com/photosupload';

/** A document at document_start (still loading) until `loaded()`; no page script has run in it. */
function loadingDocument(title: string) {
  const doc = document.implementation.createHTMLDocument(title);
  let state: DocumentReadyState = 'loading';
  Object.defineProperty(doc, 'readyState', { get: () => state, configurable: true });
  return Object.assign(doc, {
    loaded: () => {
      state = 'complete';
    },
  });
}

/**
 * What the isolated side takes from what crossed: a storage answer's parts or a quota refusal (for
 * the background), or an observation (for the Photos readers).
 */
type Seen = NetworkObservation | { kind: 'storage'; body: unknown } | { kind: 'quota' };

/** The parts of a storageUsageInfo answer that go to the background. */
function storageParts(body: string): unknown {
  const { storageUsageInfo, storageUsageByMedia, quotaStatus } = JSON.parse(body) as Record<string, unknown>;
  return { storageUsageInfo, storageUsageByMedia, quotaStatus };
}

/**
 * Joins as the content script does, taking what crosses as it does: a storage answer or a quota
 * refusal for the background (content/answer-messages.ts), anything else parsed as the Photos
 * readers do.
 */
function joinAndParse(doc: Document, seen: Seen[]): boolean {
  return joinNetworkChannel(doc, listen, (detail) => {
    const message = answerMessage('shell', detail, 0);
    if (message?.type === 'storage-answer') return void seen.push({ kind: 'storage', body: message.answer });
    if (message?.type === 'quota-refusal') return void seen.push({ kind: 'quota' });
    const o = message === undefined ? parseObservation(detail) : null;
    if (o) seen.push(o);
  });
}

/** A window whose fetch answers with the given response; the listener wraps this fetch. */
function pageWindow(respond: (url: string) => Response) {
  const doc = loadingDocument('shell');
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
      const seen: Seen[] = [];
      if (isolatedFirst) joinAndParse(doc, seen);
      installNetworkListener(win);
      if (!isolatedFirst) joinAndParse(doc, seen);
      const answer = await win.fetch(STORAGE_URL, { method: 'POST' });
      expect(await answer.text()).toBe(body);
      await vi.waitFor(() => expect(seen).toHaveLength(1));
      expect(seen[0]).toEqual({ kind: 'storage', body: storageParts(body) });
    }
  });

  it.each([
    [
      'a record refused for quota',
      200,
      { records: [{ recordName: 'a' }, { recordName: 'b', serverErrorCode: 'QUOTA_EXCEEDED' }] },
      true,
    ],
    [
      'the whole write refused for quota (HTTP 413)',
      413,
      { serverErrorCode: 'QUOTA_EXCEEDED', reason: 'over quota' },
      true,
    ],
    [
      'an HTTP 413 that names no quota error',
      413,
      { serverErrorCode: 'LIMIT_EXCEEDED', reason: 'request too large' },
      false,
    ],
    [
      'the words in a record’s field',
      200,
      { records: [{ recordName: 'n', fields: { caption: { value: 'QUOTA_EXCEEDED' } } }] },
      false,
    ],
    [
      'a record with another error',
      200,
      { records: [{ recordName: 'n', serverErrorCode: 'CONFLICT' }] },
      false,
    ],
  ])('CloudKit records/modify: %s → quota refusal %s', async (_name, status, answer, quota) => {
    const { win, doc } = pageWindow((url) =>
      url === MODIFY_URL ? response(url, status, JSON.stringify(answer)) : response(url, 200, '{}'),
    );
    const seen: Seen[] = [];
    installNetworkListener(win);
    joinAndParse(doc, seen);
    await win.fetch(MODIFY_URL, { method: 'POST' });
    // A storage answer after it: once it is seen, the CloudKit answer has been dealt with.
    await win.fetch(STORAGE_URL);
    await vi.waitFor(() => expect(seen.at(-1)?.kind).toBe('storage'));
    expect(seen.some((o) => o.kind === 'quota')).toBe(quota);
  });

  it('QUOTA_EXCEEDED anywhere but a records/modify answer, or from another host, is not a refusal', async () => {
    const refusal = JSON.stringify({ serverErrorCode: 'QUOTA_EXCEEDED' });
    const { win, doc } = pageWindow((url) => response(url, url === STORAGE_URL ? 200 : 413, refusal));
    const seen: Seen[] = [];
    installNetworkListener(win);
    joinAndParse(doc, seen);
    await win.fetch(MODIFY_URL.replace('/records/modify', '/records/query'));
    await win.fetch(MODIFY_URL.replace('p42-ckdatabasews.icloud.com', 'ckdatabasews.example.com'));
    await win.fetch('https://example.com/setup/ws/1/storageUsageInfo');
    // Apple's storage answer last: once it is heard, the answers before it have been dealt with.
    await win.fetch(STORAGE_URL);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.kind).toBe('storage');
  });

  it('hears the photosupload steps as Apple’s upload answers', async () => {
    const answers: Record<string, string> = {
      createUploadUrl: JSON.stringify({
        uploadUrls: { 'u-1': 'https://content.example/1', 'u-2': 'https://content.example/2' },
      }),
      putAsset: JSON.stringify([
        { uploadJobId: 'job-1', response: { status: 200 } },
        { uploadJobId: 'job-2', response: { status: 503, isRetryable: true } },
      ]),
      uploadStatus: JSON.stringify({ 'job-1': { progress: 40 }, 'job-9': { errorCode: 404 } }),
    };
    const { win, doc } = pageWindow((url) => response(url, 200, answers[/\/(\w+)\?/.exec(url)![1]!]!));
    const seen: Seen[] = [];
    installNetworkListener(win);
    joinAndParse(doc, seen);
    for (const step of Object.keys(answers))
      await win.fetch(`${UPLOAD_HOST}/${step}?dsid=42`, { method: 'POST' });
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen).toEqual([
      { kind: 'upload', answer: { step: 'createUploadUrl', files: 2 } },
      {
        kind: 'upload',
        answer: { step: 'putAsset', files: [{ kind: 'accepted', jobId: 'job-1' }, { kind: 'retrying' }] },
      },
      { kind: 'upload', answer: { step: 'uploadStatus', progress: { 'job-1': 40 } } },
    ]);
  });

  it('a failing fetch still rejects for the page exactly as before', async () => {
    const { win } = pageWindow(() => {
      throw new TypeError('network down');
    });
    installNetworkListener(win);
    await expect(win.fetch(STORAGE_URL)).rejects.toThrow('network down');
  });

  it('a window without fetch, Response or XMLHttpRequest does not break', () => {
    const doc = loadingDocument('x');
    expect(() =>
      installNetworkListener({ document: doc } as unknown as Window & typeof globalThis),
    ).not.toThrow();
  });

  it.each([
    [42, null],
    ['not json', null],
    // Storage answers go to the background from the document_start script, not to the readers.
    [JSON.stringify({ kind: 'storage', status: 200, body: '{}' }), null],
    [JSON.stringify({ kind: 'other', status: 200, body: '{}' }), null],
    [JSON.stringify({ kind: 'quota', status: 200, body: '' }), null],
    [JSON.stringify({ kind: 'upload', step: 'deleteAll', status: 200, body: '{}' }), null],
    [
      JSON.stringify({
        kind: 'upload',
        step: 'putAsset',
        status: 200,
        body: '[{"response":{"status":"x"}}]',
      }),
      null,
    ],
    ['x'.repeat(300 * 1024), null],
    // CloudKit's refusals go to the background from the document_start script, not to the readers.
    [JSON.stringify({ kind: 'cloudkit', status: 413, body: '{"serverErrorCode":"QUOTA_EXCEEDED"}' }), null],
  ])('parseObservation(%#) validates what crossed', (detail, expected) => {
    expect(parseObservation(detail)).toEqual(expected);
  });

  it.each([
    ['not JSON', 'not json', null],
    ['a body that is not JSON', JSON.stringify({ kind: 'storage', status: 200, body: '{not json' }), null],
    ['a body that is not text', JSON.stringify({ kind: 'storage', status: 200, body: { a: 1 } }), null],
    ['an answer that failed', JSON.stringify({ kind: 'storage', status: 500, body: '{}' }), null],
    [
      'a CloudKit answer that refuses nothing',
      JSON.stringify({ kind: 'cloudkit', status: 413, body: '{}' }),
      null,
    ],
    [
      'a CloudKit answer whose body is not JSON',
      JSON.stringify({ kind: 'cloudkit', status: 200, body: 'QUOTA_EXCEEDED' }),
      null,
    ],
    [
      'an upload step (the Photos script wants it)',
      JSON.stringify({ kind: 'upload', step: 'putAsset', status: 200, body: '[]' }),
      undefined,
    ],
  ])('answerMessage: %s', (_name, detail, expected) => {
    expect(answerMessage('app', detail, 1)).toBe(expected);
  });

  it.each([
    [
      'a record',
      {
        records: [
          { recordName: 'r', fields: { title: { value: 'Notes' } }, serverErrorCode: 'QUOTA_EXCEEDED' },
        ],
      },
    ],
    ['the whole write', { serverErrorCode: 'QUOTA_EXCEEDED', reason: 'over quota' }],
  ])('answerMessage: CloudKit refusing %s for quota crosses as the refusal and its time only', (_n, body) => {
    const detail = JSON.stringify({ kind: 'cloudkit', status: 413, body: JSON.stringify(body) });
    expect(answerMessage('app', detail, 7)).toEqual({ v: 1, type: 'quota-refusal', role: 'app', at: 7 });
  });

  it('answerMessage: only the three parts a reading is made of cross, as Apple sent them', () => {
    const body = JSON.stringify({
      storageUsageInfo: { usedStorageInBytes: 1, totalStorageInBytes: 2 },
      familyStorageUsageInfo: { familyMembers: [{ fullName: 'A Person', appleId: 'a@example.com' }] },
    });
    expect(answerMessage('app', JSON.stringify({ kind: 'storage', status: 200, body }), 7)).toEqual({
      v: 1,
      type: 'storage-answer',
      role: 'app',
      answer: {
        storageUsageInfo: { usedStorageInBytes: 1, totalStorageInBytes: 2 },
        storageUsageByMedia: undefined,
        quotaStatus: undefined,
      },
      at: 7,
    });
  });
});

describe('a page script playing the attacker on the channel', () => {
  const forged = (nonce: string, body: object) =>
    JSON.stringify({ kind: 'storage', status: 200, body: JSON.stringify(body) });

  it('cannot spoof it: a second hello and a forged event on a guessed name are ignored', () => {
    const { win, doc } = pageWindow((url) => response(url, 200, '{}'));
    const seen: Seen[] = [];
    installNetworkListener(win);
    joinAndParse(doc, seen);
    const forgedNonce = 'f'.repeat(32);
    doc.dispatchEvent(new CustomEvent(HELLO_EVENT, { detail: forgedNonce, cancelable: true }));
    doc.dispatchEvent(
      new CustomEvent(`cloudcheckup:${forgedNonce}`, {
        detail: forged(forgedNonce, { storageUsageInfo: {} }),
      }),
    );
    expect(seen).toEqual([]);
  });

  it('cannot get the nonce by asking again once the channel is joined, in either script order', () => {
    for (const isolatedFirst of [true, false]) {
      const { win, doc } = pageWindow((url) => response(url, 200, '{}'));
      if (isolatedFirst) joinAndParse(doc, []);
      installNetworkListener(win);
      if (!isolatedFirst) joinAndParse(doc, []);
      const heard: unknown[] = [];
      doc.addEventListener(HELLO_EVENT, (e) => heard.push((e as CustomEvent).detail));
      doc.dispatchEvent(new CustomEvent(READY_EVENT));
      expect(heard).toEqual([]);
    }
  });

  it('cannot join late: when the page’s scripts ran first, nothing is installed or joined, in either order', () => {
    for (const isolatedFirst of [true, false]) {
      const { win, doc, original } = pageWindow((url) => response(url, 200, '{}'));
      // The page's own script ran and set up a channel of its own, answering any "ready".
      doc.head.append(doc.createElement('script'));
      doc.loaded();
      const pageNonce = 'e'.repeat(32);
      const offerPageNonce = () =>
        doc.dispatchEvent(new CustomEvent(HELLO_EVENT, { detail: pageNonce, cancelable: true }));
      doc.addEventListener(READY_EVENT, offerPageNonce);
      const seen: Seen[] = [];
      let joined: boolean;
      if (isolatedFirst) joined = joinAndParse(doc, seen);
      installNetworkListener(win);
      if (!isolatedFirst) joined = joinAndParse(doc, seen);
      offerPageNonce();
      doc.dispatchEvent(
        new CustomEvent(`cloudcheckup:${pageNonce}`, { detail: forged(pageNonce, { storageUsageInfo: {} }) }),
      );
      expect(joined!).toBe(false);
      expect(win.fetch === original).toBe(true);
      // Events are dispatched synchronously: had anything joined, it would have heard it by now.
      expect(seen).toEqual([]);
    }
  });

  it('cannot answer first while the document loads: a hello once a page script is in the document is refused', () => {
    const doc = loadingDocument('photos');
    const seen: Seen[] = [];
    joinAndParse(doc, seen);
    // The page's script: in the document, it offers its own nonce before the main world does.
    doc.head.append(doc.createElement('script'));
    const pageNonce = 'd'.repeat(32);
    const taken = !doc.dispatchEvent(new CustomEvent(HELLO_EVENT, { detail: pageNonce, cancelable: true }));
    doc.dispatchEvent(
      new CustomEvent(`cloudcheckup:${pageNonce}`, { detail: forged(pageNonce, { storageUsageInfo: {} }) }),
    );
    expect(taken).toBe(false);
    expect(seen).toEqual([]);
  });
});

describe('the network feed (observations kept until the readers start)', () => {
  const storage = (n: number): string => JSON.stringify({ kind: 'storage', status: 200, body: `{"n":${n}}` });

  it('replays what arrived before the readers subscribed, in order with its arrival times, then passes on', () => {
    let clock = 100;
    const feed = createNetworkFeed(() => clock);
    feed.push(storage(1));
    clock = 200;
    feed.push(storage(7));
    const seen: [string, number][] = [];
    clock = 900;
    feed.subscribe((o, at) => seen.push([o, at]));
    expect(seen).toEqual([
      [storage(1), 100],
      [storage(7), 200],
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
    const doc = loadingDocument('shell');
    const win = {
      document: doc,
      EventTarget: window.EventTarget,
      CustomEvent: window.CustomEvent,
      Promise,
      XMLHttpRequest: PageXhr,
      crypto: globalThis.crypto,
    } as unknown as Window & typeof globalThis;
    const seen: Seen[] = [];
    installNetworkListener(win);
    joinAndParse(doc, seen);
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
      { kind: 'storage', body: storageParts(body) },
      { kind: 'storage', body: storageParts(body) },
    ]);
  });

  it('a CloudKit 413 is a quota error only when its answer names QUOTA_EXCEEDED', () => {
    const { request, seen } = xhrWindow();
    request(`${CLOUDKIT}/records/modify`).answer(413, '{"serverErrorCode":"LIMIT_EXCEEDED"}', 'json');
    expect(seen).toEqual([]);
    request(`${CLOUDKIT}/records/modify`).answer(413, '{"serverErrorCode":"QUOTA_EXCEEDED"}', 'json');
    expect(seen).toEqual([{ kind: 'quota' }]);
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
