/**
 * The storage history in IndexedDB (store `storageReadings`, key `readAt`): one point per change,
 * and at most one an hour while the reading stays the same. Only readings with numbers are kept:
 * the forecast needs bytes, not flags. Bounded: after 30 days one point a day (the day's last),
 * after 400 days none — at most about 30 × 24 + 370 points however long it runs.
 */
import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import type { HistorySchema } from '../history-db';
import type { StorageReading } from './types';

export const UNCHANGED_SPACING_MS = 60 * 60 * 1000;
const DAY_MS = 86_400_000;
/** Older points are thinned to one a (UTC) day. */
export const FULL_DETAIL_DAYS = 30;
/** Older points are dropped. */
export const KEEP_DAYS = 400;

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
  // Thinning moves a day at a time: once, at the first point of each day.
  const last = cursor?.value;
  if (!last || Math.floor(last.readAt / DAY_MS) !== Math.floor(reading.readAt / DAY_MS)) {
    await thin(tx.store, reading.readAt);
  }
  await tx.done;
  return true;
}

type ReadingsStore = IDBPObjectStore<HistorySchema, ['storageReadings'], 'storageReadings', 'readwrite'>;

/** Drops points older than KEEP_DAYS and keeps one a day among those older than FULL_DETAIL_DAYS. */
async function thin(store: ReadingsStore, now: number): Promise<void> {
  const detailFrom = now - FULL_DETAIL_DAYS * DAY_MS;
  const keepFrom = now - KEEP_DAYS * DAY_MS;
  // Newest first: the first point seen of each day is its last, and the one kept.
  let cursor = await store.openCursor(IDBKeyRange.upperBound(detailFrom, true), 'prev');
  let day: number | null = null;
  while (cursor) {
    const readAt = cursor.value.readAt;
    const pointDay = Math.floor(readAt / DAY_MS);
    if (readAt < keepFrom || pointDay === day) await cursor.delete();
    else day = pointDay;
    cursor = await cursor.continue();
  }
}
