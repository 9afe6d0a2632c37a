/**
 * Which iCloud.com app a page is showing, in the words tips need. The shell knows it from its
 * route; an app frame from its path segment (`/applications/<name>/…`). The routes themselves are
 * page knowledge (../icloud-routes.ts).
 */
import { APP_FRAME_VERSION, FRAME_FAMILIES, SHELL_ROUTES } from '../icloud-routes';

export type IcloudApp = 'photos' | 'mail' | 'drive' | 'notes' | 'settings' | 'other';

export const ICLOUD_APPS: readonly IcloudApp[] = ['photos', 'mail', 'drive', 'notes', 'settings', 'other'];

/** The Apple status service each app is, where it has one of its own (named for people by serviceName). */
export const APP_SERVICE: Readonly<Record<IcloudApp, string | null>> = {
  photos: 'photos',
  mail: 'icloud-mail',
  drive: 'icloud-drive',
  notes: 'icloud-notes',
  settings: null,
  other: null,
};

function known<T extends object>(table: T, key: string): T[keyof T] | undefined {
  return Object.hasOwn(table, key) ? table[key as keyof T] : undefined;
}

/** `/photos/`, `/mail/…`, `/iclouddrive/`, `/notes/`, `/settings/` → the app; anything else → other. */
export function appFromShellPath(pathname: string): IcloudApp {
  const first =
    pathname
      .split('/')
      .find((part) => part !== '')
      ?.toLowerCase() ?? '';
  return known(SHELL_ROUTES, first) ?? 'other';
}

/** App frame names carry a version (`photos3`, `mail2`); the family is what counts. */
export function appFromFrameName(name: string): IcloudApp {
  return known(FRAME_FAMILIES, name.toLowerCase().replace(APP_FRAME_VERSION, '')) ?? 'other';
}
