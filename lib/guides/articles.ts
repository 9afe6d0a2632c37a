/**
 * Apple's own support pages, linked beside our guides as "Apple's article". Support articles carry
 * Apple's id, which guides cite in their sources; the status page and iCloud.com settings are
 * places to go, not articles, so they have none.
 */
import { ICLOUD_SETTINGS_URL } from '../icloud-routes';
import type { AppleArticle } from './types';

export const APPLE_ARTICLES = {
  manageStorage: {
    id: 'HT204247',
    title: 'Manage your iCloud storage',
    url: 'https://support.apple.com/HT204247',
  },
  icloudPhotos: {
    id: 'HT204264',
    title: 'Set up and use iCloud Photos',
    url: 'https://support.apple.com/HT204264',
  },
  notSyncing: {
    id: '101559',
    title: 'If your iCloud Photos aren’t syncing to your device',
    url: 'https://support.apple.com/101559',
  },
  windowsPhotos: {
    id: '108994',
    title: 'Set up and use iCloud Photos on your Windows PC',
    url: 'https://support.apple.com/108994',
  },
  lowDataMode: {
    id: 'HT210596',
    title: 'Use Low Data Mode on your iPhone and iPad',
    url: 'https://support.apple.com/HT210596',
  },
  overQuota: {
    id: 'HT203527',
    title: 'Get help using iCloud storage',
    url: 'https://support.apple.com/HT203527',
  },
  plans: {
    id: 'HT201318',
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
