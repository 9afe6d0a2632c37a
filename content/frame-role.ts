import { ICLOUD_WEB_HOSTS, isIcloudWebUrl } from '@/lib/hosts';

/**
 * Which part of iCloud.com a frame is. The content script runs in every frame of the iCloud.com
 * hosts and decides its role first, so frames that are none of ours cost nothing.
 *
 * - `shell`: the top frame, the React shell that hosts the apps in same-origin iframes;
 * - `settings`: the top frame on the account settings view (`/settings/`), where storage is shown;
 * - `photos`: the Photos app frame (`/applications/photos3/…`);
 * - `app`: another app frame (Mail, Drive, Notes …), named by its path segment;
 * - `none`: anything else (blank frames, ads of other hosts, frames of unknown paths).
 */
export type FrameRole =
  | { kind: 'shell' }
  | { kind: 'settings' }
  | { kind: 'photos' }
  | { kind: 'app'; app: string }
  | { kind: 'none' };

const APP_FRAME_PATH = /^\/applications\/([a-z0-9-]+)\//i;
const SETTINGS_PATH = /^\/settings(?:\/|$)/i;

export function identifyFrame(url: string, isTopFrame: boolean): FrameRole {
  if (!isIcloudWebUrl(url)) return { kind: 'none' };
  return roleFromPath(new URL(url).pathname, isTopFrame);
}

/**
 * The same from a frame's own location, without parsing a URL (this runs first thing at
 * document_start in every frame): the location's parts are already normalised by the browser.
 */
export function identifyLocation(
  location: Pick<Location, 'protocol' | 'hostname' | 'pathname'>,
  isTopFrame: boolean,
): FrameRole {
  if (location.protocol !== 'https:' || !ICLOUD_WEB_HOSTS.includes(location.hostname))
    return { kind: 'none' };
  return roleFromPath(location.pathname, isTopFrame);
}

/** The role from the path of a frame on an iCloud.com host. */
export function roleFromPath(pathname: string, isTopFrame: boolean): FrameRole {
  if (isTopFrame) return SETTINGS_PATH.test(pathname) ? { kind: 'settings' } : { kind: 'shell' };
  const app = APP_FRAME_PATH.exec(pathname)?.[1]?.toLowerCase();
  if (!app) return { kind: 'none' };
  if (app === 'photos' || app.startsWith('photos')) return { kind: 'photos' };
  if (app.startsWith('settings')) return { kind: 'settings' };
  return { kind: 'app', app };
}

// Tested against: https://www.icloud.com/, https://www.icloud.com/photos/, https://www.icloud.com/settings/,
// https://www.icloud.com/applications/photos3/current/en-us/index.html?rootDomain=www,
// https://www.icloud.com/applications/mail2/current/en-us/index.html (tests/unit/content/frame-role.test.ts)
