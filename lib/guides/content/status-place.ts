/**
 * Where Photos shows its sync status on each device, kept in one place because several guides
 * send people there and the place moves between system versions.
 */

/** The way to the status line, as the start of a sentence. */
export const STATUS_PLACE = {
  'iphone-ipad':
    'In Photos, tap Collections, then your profile button at the top (on iOS 18, the profile button sits at the top of the library)',
  mac: 'In Photos, click Library in the sidebar, choose All Photos at the top of the window and scroll to the very bottom',
} as const;

/** Where the status line lives on each device, for the status messages page. */
export const WHERE_TO_FIND_STATUS = {
  'iphone-ipad': `${STATUS_PLACE['iphone-ipad']}: the status is under your name. On versions before iOS 18, open Library > All Photos and scroll to the bottom.`,
  mac: `${STATUS_PLACE.mac}: the status line is there. The iCloud Photos switch itself is in Photos > Settings > iCloud.`,
} as const;
