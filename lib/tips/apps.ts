/**
 * Which iCloud.com app a page is showing, in the words tips need. The shell knows it from its
 * route; an app frame from its path segment (`/applications/<name>/…`).
 */
export type IcloudApp = 'photos' | 'mail' | 'drive' | 'notes' | 'settings' | 'other';

const SHELL_ROUTES: Record<string, IcloudApp> = {
  photos: 'photos',
  mail: 'mail',
  iclouddrive: 'drive',
  notes: 'notes',
  settings: 'settings',
};

/** `/photos/`, `/mail/…`, `/iclouddrive/`, `/notes/`, `/settings/` → the app; anything else → other. */
export function appFromShellPath(pathname: string): IcloudApp {
  const first =
    pathname
      .split('/')
      .find((part) => part !== '')
      ?.toLowerCase() ?? '';
  return SHELL_ROUTES[first] ?? 'other';
}

/** App frame names carry a version (`photos3`, `mail2`); the family is what counts. */
export function appFromFrameName(name: string): IcloudApp {
  const family = name.toLowerCase().replace(/\d+$/, '');
  if (family === 'photos') return 'photos';
  if (family === 'mail') return 'mail';
  if (family === 'iclouddrive' || family === 'drive') return 'drive';
  if (family === 'notes') return 'notes';
  return 'other';
}
