import { storage } from 'wxt/utils/storage';
import { DEFAULT_WATCHED_SERVICES } from './status/catalogue';

export type Platform = 'iphone-ipad' | 'mac' | 'windows' | 'icloud-web';
export const PLATFORMS: readonly Platform[] = ['iphone-ipad', 'mac', 'windows', 'icloud-web'];
export const POLL_INTERVALS_MINUTES = [5, 10, 15, 30] as const;
export type PollIntervalMinutes = (typeof POLL_INTERVALS_MINUTES)[number];

export interface Settings {
  /** Percent of the plan at which storage counts as nearly full (50–99). */
  nearlyFullThreshold: number;
  /** Catalogue ids of the services whose problems count. */
  watchedServices: string[];
  /** Notifications on or off; on also needs the optional permission. */
  notifications: boolean;
  /** Minutes without upload progress before an upload counts as stalled. */
  stallWindowMinutes: number;
  pollIntervalMinutes: PollIntervalMinutes;
  /** Contextual tips on iCloud.com. */
  tipsOnIcloud: boolean;
  /** The person's devices, for guide steps; all by default. */
  platforms: Platform[];
}

export const DEFAULT_SETTINGS: Settings = {
  nearlyFullThreshold: 90,
  watchedServices: [...DEFAULT_WATCHED_SERVICES],
  notifications: false,
  stallWindowMinutes: 10,
  pollIntervalMinutes: 5,
  tipsOnIcloud: true,
  platforms: [...PLATFORMS],
};

/**
 * Settings, versioned. A stored value is read through `normaliseSettings`, so a partial or
 * damaged object never reaches the rest of the extension.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}

/** Fills in defaults for missing or invalid fields. */
export function normaliseSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const threshold = v.nearlyFullThreshold;
  const stall = v.stallWindowMinutes;
  const interval = v.pollIntervalMinutes;
  return {
    nearlyFullThreshold:
      typeof threshold === 'number' && Number.isInteger(threshold) && threshold >= 50 && threshold <= 99
        ? threshold
        : DEFAULT_SETTINGS.nearlyFullThreshold,
    watchedServices: Array.isArray(v.watchedServices)
      ? v.watchedServices.filter((s): s is string => typeof s === 'string')
      : [...DEFAULT_SETTINGS.watchedServices],
    notifications: typeof v.notifications === 'boolean' ? v.notifications : DEFAULT_SETTINGS.notifications,
    stallWindowMinutes:
      typeof stall === 'number' && Number.isFinite(stall) && stall >= 1 && stall <= 240
        ? stall
        : DEFAULT_SETTINGS.stallWindowMinutes,
    pollIntervalMinutes: (POLL_INTERVALS_MINUTES as readonly unknown[]).includes(interval)
      ? (interval as PollIntervalMinutes)
      : DEFAULT_SETTINGS.pollIntervalMinutes,
    tipsOnIcloud: typeof v.tipsOnIcloud === 'boolean' ? v.tipsOnIcloud : DEFAULT_SETTINGS.tipsOnIcloud,
    platforms: Array.isArray(v.platforms)
      ? v.platforms.filter((p): p is Platform => (PLATFORMS as readonly unknown[]).includes(p))
      : [...DEFAULT_SETTINGS.platforms],
  };
}
