/**
 * The iCloud-related services of Apple's System Status feed (en_US names, 2026), with the
 * canonical ids the extension uses everywhere (settings, events, conditions, tips).
 * Feed names are matched trimmed and entity-decoded; aliases cover known renames.
 */

export type ServiceGroup = 'account' | 'photos-files' | 'mail-messaging' | 'productivity' | 'privacy-devices';

export interface CatalogueService {
  id: string;
  /** The exact en_US name in the feed today. */
  feedName: string;
  /** Earlier or alternative feed names that mean the same service. */
  aliases: readonly string[];
  /** What people call it; used in sentences ("an outage of iCloud Photos"). */
  displayName: string;
  group: ServiceGroup;
}

export const ICLOUD_SERVICES: readonly CatalogueService[] = [
  {
    id: 'icloud-account',
    feedName: 'iCloud Account & Sign In',
    aliases: [],
    displayName: 'iCloud Account & Sign In',
    group: 'account',
  },
  {
    id: 'apple-account',
    feedName: 'Apple Account',
    aliases: ['Apple ID'],
    displayName: 'Apple Account',
    group: 'account',
  },
  {
    id: 'icloud-storage-upgrades',
    feedName: 'iCloud Storage Upgrades',
    aliases: [],
    displayName: 'iCloud Storage Upgrades',
    group: 'account',
  },
  {
    id: 'icloud-web-apps',
    feedName: 'iCloud Web Apps (iCloud.com)',
    aliases: [],
    displayName: 'iCloud.com',
    group: 'account',
  },
  {
    id: 'photos',
    feedName: 'Photos',
    aliases: ['iCloud Photos', 'iCloud Photo Library'],
    displayName: 'iCloud Photos',
    group: 'photos-files',
  },
  {
    id: 'icloud-drive',
    feedName: 'iCloud Drive',
    aliases: [],
    displayName: 'iCloud Drive',
    group: 'photos-files',
  },
  {
    id: 'icloud-backup',
    feedName: 'iCloud Backup',
    aliases: [],
    displayName: 'iCloud Backup',
    group: 'photos-files',
  },
  {
    id: 'icloud-mail',
    feedName: 'iCloud Mail',
    aliases: [],
    displayName: 'iCloud Mail',
    group: 'mail-messaging',
  },
  { id: 'mail-drop', feedName: 'Mail Drop', aliases: [], displayName: 'Mail Drop', group: 'mail-messaging' },
  {
    id: 'icloud-contacts',
    feedName: 'iCloud Contacts',
    aliases: [],
    displayName: 'iCloud Contacts',
    group: 'mail-messaging',
  },
  {
    id: 'icloud-calendar',
    feedName: 'iCloud Calendar',
    aliases: [],
    displayName: 'iCloud Calendar',
    group: 'productivity',
  },
  {
    id: 'icloud-notes',
    feedName: 'iCloud Notes',
    aliases: [],
    displayName: 'iCloud Notes',
    group: 'productivity',
  },
  {
    id: 'icloud-reminders',
    feedName: 'iCloud Reminders',
    aliases: [],
    displayName: 'iCloud Reminders',
    group: 'productivity',
  },
  {
    id: 'iwork-for-icloud',
    feedName: 'iWork for iCloud',
    aliases: [],
    displayName: 'iWork for iCloud',
    group: 'productivity',
  },
  {
    id: 'iwork-collaboration',
    feedName: 'iWork Collaboration',
    aliases: [],
    displayName: 'iWork Collaboration',
    group: 'productivity',
  },
  {
    id: 'icloud-bookmarks',
    feedName: 'iCloud Bookmarks & Tabs',
    aliases: [],
    displayName: 'iCloud Bookmarks & Tabs',
    group: 'productivity',
  },
  {
    id: 'icloud-keychain',
    feedName: 'iCloud Keychain',
    aliases: [],
    displayName: 'iCloud Keychain',
    group: 'privacy-devices',
  },
  {
    id: 'icloud-private-relay',
    feedName: 'iCloud Private Relay',
    aliases: [],
    displayName: 'iCloud Private Relay',
    group: 'privacy-devices',
  },
  { id: 'find-my', feedName: 'Find My', aliases: [], displayName: 'Find My', group: 'privacy-devices' },
];

/** By default every iCloud-related service is watched, Photos included. */
export const DEFAULT_WATCHED_SERVICES: readonly string[] = ICLOUD_SERVICES.map((s) => s.id);

export function catalogueService(id: string): CatalogueService | undefined {
  return ICLOUD_SERVICES.find((s) => s.id === id);
}

/** What people call a service: the catalogue's name, else the feed's own name, else its id. */
export function serviceName(id: string, feedName?: string): string {
  return catalogueService(id)?.displayName ?? feedName ?? id;
}
