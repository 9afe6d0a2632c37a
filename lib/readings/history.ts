/**
 * The storage history in IndexedDB (store `storageReadings`, key `readAt`): one point per change,
 * and at most one an hour while the reading stays the same. Only readings with numbers are kept:
 * the forecast needs bytes, not flags.
 */
import type { IDBPDatabase } from 'idb';
import type { HistorySchema } from '../history-db';
import type { StorageReading } from './types';

export const UNCHANGED_SPACING_MS = 60 * 60 * 1000;

function sameNumbers(a: StorageReading, b: StorageReading): boolean {
  return (
    a.usedBytes === b.usedBytes &&
    a.totalBytes === b.totalBytes &&
    Boolean(a.quota?.overQuota) === Boolean(b.quota?.overQuota) &&
    Boolean(a.quota?.almostFull) === Boolean(b.quota?.almostFull) &&
    JSON.stringify(a.byMedia ?? {}) === JSON.stringify(b.byMedia ?? {})
  );
}

/** Whether `next` earns a point after `last` (the newest point, if any). */
export function shouldAppendReading(last: StorageReading | undefined, next: StorageReading): boolean {
  if (next.usedBytes === null) return false;
  if (!last) return true;
  if (next.readAt <= last.readAt) return false;
  return !sameNumbers(last, next) || next.readAt - last.readAt >= UNCHANGED_SPACING_MS;
}

export async function latestStoredReading(
  db: IDBPDatabase<HistorySchema>,
): Promise<StorageReading | undefined> {
  const cursor = await db.transaction('storageReadings').store.openCursor(null, 'prev');
  return cursor?.value;
}

/** Appends the reading when it earns a point; returns whether it did. */
export async function appendStorageReading(
  db: IDBPDatabase<HistorySchema>,
  reading: StorageReading,
): Promise<boolean> {
  const tx = db.transaction('storageReadings', 'readwrite');
  const cursor = await tx.store.openCursor(null, 'prev');
  if (!shouldAppendReading(cursor?.value, reading)) {
    await tx.done;
    return false;
  }
  await tx.store.put(reading);
  await tx.done;
  return true;
}

export async function storageHistory(db: IDBPDatabase<HistorySchema>, since = 0): Promise<StorageReading[]> {
  return db.getAll('storageReadings', IDBKeyRange.lowerBound(since));
}
