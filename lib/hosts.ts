/**
 * Where the extension runs and what it may reach. The manifest, the content script and the
 * message validator all read these lists, so a host is added or removed in one place.
 */

/** The iCloud.com web hosts the content script runs on (match patterns). */
export const ICLOUD_WEB_MATCHES = [
  'https://www.icloud.com/*',
  'https://www.icloud.com.cn/*',
  'https://beta.icloud.com/*',
] as const;

export const ICLOUD_WEB_HOSTS: readonly string[] = ['www.icloud.com', 'www.icloud.com.cn', 'beta.icloud.com'];

/** The one place the extension sends requests to: Apple's System Status pages and feed. */
export const STATUS_FEED_HOST_PERMISSION = 'https://www.apple.com/support/systemstatus/*';

/** Whether a URL is on Apple's System Status path, where the feed must come from (redirects too). */
export function isStatusFeedUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.hostname === 'www.apple.com' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.pathname.startsWith('/support/systemstatus/')
  );
}

export function isIcloudWebUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed?.protocol === 'https:' && ICLOUD_WEB_HOSTS.includes(parsed.hostname);
}

/** The URL, or null when the text is not one (a sender's or response's URL is not trusted). */
function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
