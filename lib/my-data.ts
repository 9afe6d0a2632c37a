/**
 * "Export my data" and "Clear my data": everything the extension keeps about the person, which
 * never leaves the device otherwise. The state items are found in lib/state-items.ts, so an item
 * added there is exported and cleared without touching this file.
 */
import { openHistoryDb, type StatusEventRecord } from './history-db';
import type { StorageReading } from './readings/types';
import {
  DEFAULT_SETTINGS,
  getSettings,
  SETTINGS_VERSION,
  settingsItem,
  updateSettings,
  type Settings,
} from './settings';
import * as stateItems from './state-items';

export const EXPORT_FORMAT = 'cloud-checkup-export';
export const EXPORT_VERSION = 1;

export interface MyDataExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  about: string;
  exportedAt: string;
  settings: Settings;
  /** The latest state, by item name (storageReading, statusSnapshot …). */
  state: Record<string, unknown>;
  history: { storageReadings: StorageReading[]; statusEvents: StatusEventRecord[] };
  /** Guide checklist progress, when the guides keep any. */
  guideProgress: unknown;
}

/** Hooks for data kept by other parts (guide progress), so this module does not depend on them. */
export interface MyDataParts {
  readGuideProgress?: () => Promise<unknown>;
  clearGuideProgress?: () => Promise<void>;
}

interface StoredItem {
  key: string;
  getValue(): Promise<unknown>;
  removeValue(opts?: { removeMeta?: boolean }): Promise<void>;
}

function isStoredItem(value: unknown): value is StoredItem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<StoredItem>;
  return typeof v.key === 'string' && typeof v.getValue === 'function' && typeof v.removeValue === 'function';
}

/** Every storage item declared in lib/state-items.ts. */
export function stateItemList(): StoredItem[] {
  return Object.values(stateItems).filter(isStoredItem);
}

function itemName(key: string): string {
  return key.replace(/^\w+:/, '');
}

export async function exportMyData(now: number, parts: MyDataParts = {}): Promise<MyDataExport> {
  const state: Record<string, unknown> = {};
  for (const item of stateItemList()) state[itemName(item.key)] = await item.getValue();
  const db = await openHistoryDb();
  try {
    const [storageReadings, statusEvents] = await Promise.all([
      db.getAll('storageReadings'),
      db.getAll('statusEvents'),
    ]);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      about:
        'Everything Cloud Checkup kept on this device: settings, the latest readings from iCloud.com, ' +
        "Apple's service status, and their history. Times are milliseconds since 1970 (UTC).",
      exportedAt: new Date(now).toISOString(),
      settings: await getSettings(),
      state,
      history: { storageReadings, statusEvents },
      guideProgress: parts.readGuideProgress ? await parts.readGuideProgress() : null,
    };
  } finally {
    db.close();
  }
}

/** A file name for the export, dated in UTC: cloud-checkup-data-2026-06-03.json. */
export function exportFileName(now: number): string {
  return `cloud-checkup-data-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/**
 * Removes every state item, the history and guide progress; settings go back to the defaults.
 * Runs in the background, the one writer of these items (the settings page asks it with the
 * `clear-my-data` message); the settings go back through the queue every settings change takes.
 */
export async function clearMyData(parts: MyDataParts = {}): Promise<void> {
  // Queued first, so a settings change asked for after the clear is applied after it, not wiped.
  const settingsReset = updateSettings({
    ...DEFAULT_SETTINGS,
    watchedServices: [...DEFAULT_SETTINGS.watchedServices],
  });
  await Promise.all(stateItemList().map((item) => item.removeValue({ removeMeta: true })));
  const db = await openHistoryDb();
  try {
    const tx = db.transaction(['storageReadings', 'statusEvents'], 'readwrite');
    await Promise.all([
      tx.objectStore('storageReadings').clear(),
      tx.objectStore('statusEvents').clear(),
      tx.done,
    ]);
  } finally {
    db.close();
  }
  await parts.clearGuideProgress?.();
  await settingsReset;
  await settingsItem.setMeta({ v: SETTINGS_VERSION });
}
