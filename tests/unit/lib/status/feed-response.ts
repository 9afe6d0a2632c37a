import { STATUS_FEED_URL } from '@/lib/status/fetch-feed';

/**
 * A Response as the browser's fetch gives it for the feed: `url` is where the request landed.
 * A Response built in a test has an empty `url`, which the fetch layer refuses like a redirect.
 */
export function feedResponse(body?: BodyInit | null, init?: ResponseInit, url = STATUS_FEED_URL): Response {
  const response = new Response(body, init);
  Object.defineProperty(response, 'url', { value: url });
  return response;
}
