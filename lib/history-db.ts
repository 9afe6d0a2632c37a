/**
 * History in IndexedDB (../idb-open.ts): storage readings over time and status events of watched
 * services.
 *
 * Version 1 stores:
 * - `storageReadings`, key `readAt`: one point per change, at most one an hour when unchanged;
 *   one a day after 30 days, none after 400 (lib/readings/history.ts).
 * - `statusEvents`, key [serviceId, messageId]: first seen, last seen, every phase change; 30 days.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import { openVersioned, type SchemaVersion } from './idb-open';
import type { StorageReading } from './readings/types';
import type { EventKind, EventPhase } from './status/types';

const HISTORY_DB_NAME = 'cloud-checkup-history';

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

/** The database's versions, oldest first (see ../idb-open.ts). */
const HISTORY_VERSIONS: readonly SchemaVersion<HistorySchema>[] = [
  (db) => {
    db.createObjectStore('storageReadings', { keyPath: 'readAt' });
    const events = db.createObjectStore('statusEvents', { keyPath: ['serviceId', 'messageId'] });
    events.createIndex('lastSeenAt', 'lastSeenAt');
  },
];

export function openHistoryDb(): Promise<IDBPDatabase<HistorySchema>> {
  return openVersioned(HISTORY_DB_NAME, HISTORY_VERSIONS);
}
