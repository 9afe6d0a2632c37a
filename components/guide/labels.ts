/** Words the guide components show for the content's enumerations. */
import type { Platform } from '@/lib/settings';
import type { Effort } from '@/lib/guides/types';

export const PLATFORM_LABELS: Record<Platform, string> = {
  'iphone-ipad': 'iPhone or iPad',
  mac: 'Mac',
  windows: 'Windows PC',
  'icloud-web': 'iCloud.com',
};

export const EFFORT_LABELS: Record<Effort, string> = {
  quick: 'Quick',
  moderate: 'Takes a while',
  drastic: 'Big step',
};

/** Shorter names for the platform tabs, so all four fit on one line at 360 px. */
export const TAB_LABELS: Record<Platform, string> = {
  'iphone-ipad': 'iPhone, iPad',
  mac: 'Mac',
  windows: 'Windows',
  'icloud-web': 'iCloud.com',
};
