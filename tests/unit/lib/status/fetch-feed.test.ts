import { describe, expect, it, vi } from 'vitest';
import { fetchStatusFeed, MAX_BODY_BYTES, STATUS_FEED_URL } from '@/lib/status/fetch-feed';
import { feedResponse } from '@/tests/unit/lib/status/feed-response';

const fetchReturning = (response: Response) => vi.fn<typeof fetch>(() => Promise.resolve(response));

/** A body served in 64 KiB chunks; counts how many were pulled. */
function chunkedBody(totalBytes: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  let pulls = 0;
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls++;
      if (sent >= totalBytes) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.byteLength;
    },
  });
  return { stream, pulled: () => pulls };
}

describe('fetchStatusFeed', () => {
  it('asks the HTTP cache to revalidate, with no cache-buster and no cookies', async () => {
    const fetch = fetchReturning(feedResponse('{}'));
    await fetchStatusFeed(undefined, { fetch });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(STATUS_FEED_URL);
    expect(url).not.toMatch(/\?/);
    expect(init).toMatchObject({ cache: 'no-cache', credentials: 'omit' });
  });

  it('returns the body text of a 200 answer', async () => {
    expect(
      await fetchStatusFeed(undefined, { fetch: fetchReturning(feedResponse('{"services":[]}')) }),
    ).toEqual({
      ok: true,
      text: '{"services":[]}',
    });
  });

  it.each([
    [404, "Apple's status server turned the request down."],
    [500, "Apple's status server had a problem and did not give the status."],
    [503, "Apple's status server had a problem and did not give the status."],
  ])('turns status %i into a failure in words without the code', async (status, message) => {
    const result = await fetchStatusFeed(undefined, { fetch: fetchReturning(feedResponse('x', { status })) });
    expect(result).toEqual({ ok: false, error: { code: 'http', message } });
    expect(JSON.stringify(result)).not.toContain(String(status));
  });

  it('turns a network error into a failure in words', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await fetchStatusFeed(undefined, { fetch });
    expect(result).toMatchObject({ ok: false, error: { code: 'network' } });
  });

  it('stops reading a 5 MB body at the 2 MiB cap', async () => {
    const { stream, pulled } = chunkedBody(5 * 1024 * 1024);
    const result = await fetchStatusFeed(undefined, { fetch: fetchReturning(feedResponse(stream)) });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(pulled()).toBeLessThanOrEqual(MAX_BODY_BYTES / (64 * 1024) + 3);
  });

  it('refuses a body that declares a size over the cap without reading it', async () => {
    const { stream, pulled } = chunkedBody(5 * 1024 * 1024);
    const response = feedResponse(stream, { headers: { 'content-length': String(5 * 1024 * 1024) } });
    expect(await fetchStatusFeed(undefined, { fetch: fetchReturning(response) })).toMatchObject({
      ok: false,
    });
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('gives up on a body that never finishes when the timeout fires', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>((_url, init) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"services":['));
          init?.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
        },
      });
      return Promise.resolve(feedResponse(stream));
    });
    const result = await fetchStatusFeed(undefined, { fetch, timeoutMs: 20 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'timeout', message: "Apple's status server did not answer within 0 seconds." },
    });
  });

  it('gives up on a server that never answers when the timeout fires', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    );
    expect(await fetchStatusFeed(undefined, { fetch, timeoutMs: 1000 * 0.02 })).toMatchObject({
      ok: false,
      error: { code: 'timeout' },
    });
  });
});

describe('fetchStatusFeed with a fetch that ignores its abort signal', () => {
  it('still gives up shortly after the timeout', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() => new Promise(() => undefined));
    expect(await fetchStatusFeed(undefined, { fetch, timeoutMs: 10 })).toMatchObject({
      ok: false,
      error: { code: 'timeout' },
    });
  });
});

describe('fetchStatusFeed after a redirect', () => {
  it.each([
    ['another host', 'https://evil.example/support/systemstatus/data/system_status_en_US.js'],
    ['another path on www.apple.com', 'https://www.apple.com/shop/feed.js'],
    ['plain http', 'http://www.apple.com/support/systemstatus/data/system_status_en_US.js'],
    ['a look-alike host', 'https://www.apple.com.evil.example/support/systemstatus/x.js'],
    ['an unknown place (no URL)', ''],
  ])('refuses an answer that landed on %s, without reading it', async (_label, landed) => {
    const body = new ReadableStream<Uint8Array>({
      pull: () => {
        throw new Error('the body was read');
      },
    });
    const result = await fetchStatusFeed(undefined, {
      fetch: fetchReturning(feedResponse(body, undefined, landed)),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'redirected' } });
  });

  it("reads an answer that stayed on Apple's status path", async () => {
    const landed = 'https://www.apple.com/support/systemstatus/data/system_status_en_GB.js';
    const result = await fetchStatusFeed(undefined, {
      fetch: fetchReturning(feedResponse('{"services":[]}', undefined, landed)),
    });
    expect(result).toEqual({ ok: true, text: '{"services":[]}' });
  });
});
