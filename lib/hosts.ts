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

/** The one origin the extension sends requests to: Apple's System Status feed. */
export const STATUS_FEED_HOST_PERMISSION = 'https://www.apple.com/*';

export function isIcloudWebUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && ICLOUD_WEB_HOSTS.includes(parsed.hostname);
}
