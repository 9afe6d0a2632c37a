/**
 * One request for the status feed, as the browser's fetch makes it: a 15 s timeout that also
 * covers a body that never finishes, a 2 MiB cap enforced while streaming (reading stops there),
 * and `cache: 'no-cache'` so the HTTP cache revalidates instead of a cache-buster defeating it.
 * The answer is read only when it came from Apple's status path: a redirect elsewhere (another
 * host, another path on www.apple.com) is refused before its body is read. Every failure comes
 * back in words; nothing throws.
 */
import { isStatusFeedUrl } from '../hosts';
import type { FeedError } from './types';

export const STATUS_FEED_URL = 'https://www.apple.com/support/systemstatus/data/system_status_en_US.js';
export const FETCH_TIMEOUT_MS = 15_000;
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export type FetchResult = { ok: true; text: string } | { ok: false; error: FeedError };

export interface FetchOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

const TOO_LARGE: FeedError = {
  code: 'too-large',
  message: 'The status feed was far larger than it should be, so it was not read.',
};

const ELSEWHERE: FeedError = {
  code: 'redirected',
  message: "The status request was sent somewhere other than Apple's status page, so it was not read.",
};

async function readCapped(response: Response, maxBytes: number, signal: AbortSignal): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > maxBytes ? null : text;
  }
  const reader = response.body.getReader();
  // Whatever fetch does with the signal, a timeout must end the read (and not as success).
  const stop = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', stop, { once: true });
  const decoder = new TextDecoder('utf-8');
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  signal.removeEventListener('abort', stop);
  if (signal.aborted) throw new DOMException('The read timed out.', 'AbortError');
  return text + decoder.decode();
}

function timeoutError(timeoutMs: number): FetchResult {
  return {
    ok: false,
    error: {
      code: 'timeout',
      message: `Apple's status server did not answer within ${Math.round(timeoutMs / 1000)} seconds.`,
    },
  };
}

export async function fetchStatusFeed(
  url = STATUS_FEED_URL,
  options: FetchOptions = {},
): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  let backstop: ReturnType<typeof setTimeout> | undefined;
  // A fetch that ignores its abort signal must still not hold the next poll hostage.
  const giveUp = new Promise<FetchResult>((resolve) => {
    backstop = setTimeout(() => resolve(timeoutError(timeoutMs)), timeoutMs + 1_000);
  });
  try {
    return await Promise.race([request(url, options, timeoutMs), giveUp]);
  } finally {
    clearTimeout(backstop);
  }
}

async function request(url: string, options: FetchOptions, timeoutMs: number): Promise<FetchResult> {
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await doFetch(url, {
      cache: 'no-cache',
      credentials: 'omit',
      redirect: 'follow',
      signal: controller.signal,
    });
    // `response.url` is where the request landed after redirects; nothing else is read.
    if (!isStatusFeedUrl(response.url)) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, error: ELSEWHERE };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return {
        ok: false,
        // Words for people: what went wrong, not the status code.
        error: {
          code: 'http',
          message:
            response.status >= 500
              ? "Apple's status server had a problem and did not give the status."
              : "Apple's status server turned the request down.",
        },
      };
    }
    const text = await readCapped(response, options.maxBytes ?? MAX_BODY_BYTES, controller.signal);
    if (text === null) return { ok: false, error: TOO_LARGE };
    return { ok: true, text };
  } catch {
    if (controller.signal.aborted) return timeoutError(timeoutMs);
    return {
      ok: false,
      error: { code: 'network', message: "Apple's status server could not be reached (network error)." },
    };
  } finally {
    clearTimeout(timer);
  }
}
