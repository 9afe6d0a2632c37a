/**
 * The addresses of iCloud.com: the shell's routes, the app frames' paths, the Photos app's hash
 * routes and the account settings page. Data only, shared by the content scripts, the background
 * and the popup (so none of them imports another's room). The rest of the page knowledge (selectors,
 * phrases, endpoints) is in content/signatures.ts; the URLs each entry is tested against are in
 * tests/unit/page-knowledge.ts.
 */

/** The account settings page, where Apple shows the storage plan and its use. */
export const ICLOUD_SETTINGS_URL = 'https://www.icloud.com/settings/';

// One export per pattern, so a script that needs one carries only that one.
/** An app's frame inside the shell: `/applications/<name>/current/<locale>/index.html`. */
export const APP_FRAME_PATH = /^\/applications\/([a-z0-9-]+)\//i;
/** The shell's account settings view (top frame). */
export const SETTINGS_PATH = /^\/settings(?:\/|$)/i;
/** App frame names carry a version (`photos3`, `mail2`): the family is the name without it. */
export const APP_FRAME_VERSION = /\d+$/;
/** A photo opened in the Photos app: `#/i,pz,<UUID>,0/`. */
export const PHOTOS_ITEM_HASH = /^i,/i;

/** App frame families (the frame name without its version) with a role of their own. */
export const PHOTOS_FRAME_FAMILY = 'photos';
export const SETTINGS_FRAME_FAMILY = 'settings';

/** The shell's first path segment and the app it shows. */
export const SHELL_ROUTES = {
  photos: 'photos',
  mail: 'mail',
  iclouddrive: 'drive',
  notes: 'notes',
  settings: 'settings',
} as const;

/** App frame families and the app each one is (Drive has gone by both names). */
export const FRAME_FAMILIES = {
  photos: 'photos',
  mail: 'mail',
  iclouddrive: 'drive',
  drive: 'drive',
  notes: 'notes',
} as const;

/** Photos routes in the hash (#/recents …) and the view each one is. */
export const PHOTOS_VIEWS: Record<string, string> = {
  recents: 'library',
  library: 'library',
  favorites: 'favorites',
  albums: 'albums',
  album: 'albums',
  memories: 'memories',
  mediatypes: 'media-types',
  recentlydeleted: 'recently-deleted',
  'recently-deleted': 'recently-deleted',
  hidden: 'hidden',
  shared: 'shared',
  sharedalbums: 'shared',
};
