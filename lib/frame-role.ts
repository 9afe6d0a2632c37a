import { ICLOUD_WEB_HOSTS, isIcloudWebUrl } from './hosts';
import { APP_FRAME_PATH, PHOTOS_FRAME_FAMILY, SETTINGS_FRAME_FAMILY, SETTINGS_PATH } from './icloud-routes';

/**
 * Which part of iCloud.com a frame is. The content script runs in every frame of the iCloud.com
 * hosts and decides its role first, so frames that are none of ours cost nothing; the background
 * decides the role of a report's sender the same way (what each role may say: ./readings/evidence.ts).
 *
 * - `shell`: the top frame, the React shell that hosts the apps in same-origin iframes;
 * - `settings`: the top frame on the account settings view (`/settings/`), where storage is shown;
 * - `photos`: the Photos app frame (`/applications/photos3/…`);
 * - `app`: another app frame (Mail, Drive, Notes, Pages …: people's own content), named by its path
 *   segment;
 * - `none`: anything else (blank frames, ads of other hosts, frames of unknown paths).
 */
export type FrameRole =
  | { kind: 'shell' }
  | { kind: 'settings' }
  | { kind: 'photos' }
  | { kind: 'app'; app: string }
  | { kind: 'none' };

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

/**
 * Whether a frame on an iCloud.com host (the content scripts' matches) has a role at all: the top
 * frame, or an app's frame. The main-world listener checks only this (it needs no more).
 */
export function isShellOrAppFrame(pathname: string, isTopFrame: boolean): boolean {
  return isTopFrame || APP_FRAME_PATH.test(pathname);
}

/** The role from the path of a frame on an iCloud.com host. */
export function roleFromPath(pathname: string, isTopFrame: boolean): FrameRole {
  if (isTopFrame) return SETTINGS_PATH.test(pathname) ? { kind: 'settings' } : { kind: 'shell' };
  const app = APP_FRAME_PATH.exec(pathname)?.[1]?.toLowerCase();
  if (!app) return { kind: 'none' };
  if (app.startsWith(PHOTOS_FRAME_FAMILY)) return { kind: 'photos' };
  if (app.startsWith(SETTINGS_FRAME_FAMILY)) return { kind: 'settings' };
  return { kind: 'app', app };
}
