/**
 * Storage readings over time from the history database, for the forecast. Extension pages and
 * the background only (a content script's IndexedDB would be iCloud.com's). Records cross a
 * storage boundary, so each is validated; a damaged one is skipped, not guessed at.
 */
import { openHistoryDb } from '../history-db';
import { validateStorageReading } from '../readings/validate';
import type { StorageReading } from '../readings/types';

/** Readings taken at or after `sinceMs`, oldest first. Empty when the database cannot be read. */
export async function readStorageHistory(sinceMs: number): Promise<StorageReading[]> {
  try {
    const db = await openHistoryDb();
    try {
      const records: unknown[] = await db.getAll('storageReadings', IDBKeyRange.lowerBound(sinceMs));
      return records
        .map(validateStorageReading)
        .filter((r): r is StorageReading => r !== null)
        .sort((a, b) => a.readAt - b.readAt);
    } finally {
      db.close();
    }
  } catch {
    return [];
  }
}
