/**
 * History in IndexedDB (through idb): storage readings over time and status events of watched
 * services. Opened from the background and extension pages only — a content script's IndexedDB
 * would be iCloud.com's.
 *
 * Version 1 stores:
 * - `storageReadings`, key `readAt`: one point per change, at most one an hour when unchanged;
 *   one a day after 30 days, none after 400 (lib/readings/history.ts).
 * - `statusEvents`, key [serviceId, messageId]: first seen, last seen, every phase change; 30 days.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StorageReading } from './readings/types';
import type { EventKind, EventPhase } from './status/types';

export const HISTORY_DB_NAME = 'cloud-checkup-history';
export const HISTORY_DB_VERSION = 1;

export interface StatusEventRecord {
  serviceId: string;
  messageId: string;
  kind: EventKind;
  message: string;
  startsAt: number | null;
  endsAt: number | null;
  firstSeenAt: number;
  lastSeenAt: number;
  /** Every phase the event was seen in, with when it was first seen so. */
  phases: { phase: EventPhase | 'vanished'; at: number }[];
}

export interface HistorySchema extends DBSchema {
  storageReadings: { key: number; value: StorageReading };
  statusEvents: {
    key: [string, string];
    value: StatusEventRecord;
    indexes: { lastSeenAt: number };
  };
}

export function openHistoryDb(): Promise<IDBPDatabase<HistorySchema>> {
  return openDB<HistorySchema>(HISTORY_DB_NAME, HISTORY_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('storageReadings', { keyPath: 'readAt' });
        const events = db.createObjectStore('statusEvents', { keyPath: ['serviceId', 'messageId'] });
        events.createIndex('lastSeenAt', 'lastSeenAt');
      }
    },
  });
}
