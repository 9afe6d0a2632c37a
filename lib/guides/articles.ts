/** Apple's own support pages, linked beside our guides as "Apple's article". */
import { ICLOUD_SETTINGS_URL } from '../icloud-routes';
import type { AppleArticle } from './types';

export const APPLE_ARTICLES = {
  manageStorage: {
    title: 'Manage your iCloud storage',
    url: 'https://support.apple.com/HT204247',
  },
  icloudPhotos: {
    title: 'Set up and use iCloud Photos',
    url: 'https://support.apple.com/HT204264',
  },
  overQuota: {
    title: 'Get help using iCloud storage',
    url: 'https://support.apple.com/HT203527',
  },
  plans: {
    title: 'iCloud+ plans and pricing',
    url: 'https://support.apple.com/HT201318',
  },
  systemStatus: {
    title: 'Apple System Status',
    url: 'https://www.apple.com/support/systemstatus/',
  },
  icloudSettings: {
    title: 'iCloud.com account settings',
    url: ICLOUD_SETTINGS_URL,
  },
} as const satisfies Record<string, AppleArticle>;
