import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { isRecord } from './is-record';
import { serialQueue } from './serial';
import { DEFAULT_WATCHED_SERVICES, ICLOUD_SERVICES } from './status/catalogue';

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

/** The version of the stored settings object; bump it with a migration below. */
export const SETTINGS_VERSION = 2;

/** Service ids an earlier version may have stored, and the catalogue id they mean now. */
const RENAMED_SERVICE_IDS: Record<string, string> = { 'apple-id': 'apple-account' };

/**
 * Version 1 was written by the first releases: any number for the threshold, and service ids as
 * they were then. Version 2 keeps what the person chose as closely as possible — a threshold of
 * 100 becomes 99 rather than the default, a renamed service keeps being watched — and fills in
 * the rest from the defaults.
 */
export function migrateSettingsV1ToV2(value: unknown): Settings {
  const v = isRecord(value) ? { ...value } : {};
  const threshold =
    typeof v.nearlyFullThreshold === 'string' ? Number(v.nearlyFullThreshold) : v.nearlyFullThreshold;
  if (typeof threshold === 'number' && Number.isFinite(threshold)) {
    v.nearlyFullThreshold = Math.min(99, Math.max(50, Math.round(threshold)));
  }
  if (Array.isArray(v.watchedServices)) {
    const known = new Set(ICLOUD_SERVICES.map((s) => s.id));
    const ids = v.watchedServices
      .filter((id): id is string => typeof id === 'string')
      .map((id) => RENAMED_SERVICE_IDS[id] ?? id)
      .filter((id) => known.has(id));
    v.watchedServices = [...new Set(ids)];
  }
  return normaliseSettings(v);
}

/**
 * Settings, versioned (`settings$` holds the version). A stored value is read through
 * `normaliseSettings`, so a partial or damaged object never reaches the rest of the extension.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1ToV2 },
});

export async function getSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}

const inTurn = serialQueue();

/**
 * Saves a change to some settings, keeping the others; returns what was stored. The background is
 * the one writer of the settings: it calls this directly, and extension pages ask it to with a
 * `change-settings` message (sendSettingsChange). Its changes run one after another, so changes
 * from several places at once never overwrite each other.
 */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  return inTurn(async () => {
    const next = normaliseSettings({ ...(await getSettings()), ...change });
    await settingsItem.setValue(next);
    return next;
  });
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

export const SETTINGS_MESSAGE_VERSION = 1;

export interface SettingsChangeMessage {
  v: typeof SETTINGS_MESSAGE_VERSION;
  type: 'change-settings';
  change: Partial<Settings>;
}

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/**
 * A `change-settings` message, or null: every key must be a setting and every value one the
 * settings accept as it is (a value normalising would replace is refused, not guessed at).
 */
export function parseSettingsChange(value: unknown): SettingsChangeMessage | null {
  if (!isRecord(value) || value.v !== SETTINGS_MESSAGE_VERSION || value.type !== 'change-settings')
    return null;
  if (!isRecord(value.change)) return null;
  const change: Partial<Settings> = {};
  for (const [key, given] of Object.entries(value.change)) {
    if (!(SETTING_KEYS as string[]).includes(key)) return null;
    const accepted = normaliseSettings({ [key]: given })[key as keyof Settings];
    if (JSON.stringify(accepted) !== JSON.stringify(given)) return null;
    Object.assign(change, { [key]: accepted });
  }
  return { v: SETTINGS_MESSAGE_VERSION, type: 'change-settings', change };
}

/** From an extension page: asks the background to save a change; resolves with what it stored. */
export async function sendSettingsChange(change: Partial<Settings>): Promise<Settings> {
  const message: SettingsChangeMessage = { v: SETTINGS_MESSAGE_VERSION, type: 'change-settings', change };
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (!isRecord(reply)) throw new Error('The settings change was not saved.');
  return normaliseSettings(reply);
}
