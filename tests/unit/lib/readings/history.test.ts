import { describe, expect, it } from 'vitest';
import { openHistoryDb } from '@/lib/history-db';
import {
  appendStorageReading,
  shouldAppendReading,
  storageHistory,
  UNCHANGED_SPACING_MS,
} from '@/lib/readings/history';
import type { StorageReading } from '@/lib/readings/types';

const GB = 2 ** 30;
const T = 1_750_000_000_000;
const at = (readAt: number, used = 46 * GB): StorageReading => ({
  usedBytes: used,
  totalBytes: 50 * GB,
  source: 'api',
  locale: null,
  readAt,
});

describe('storage history', () => {
  it('keeps one point per change', async () => {
    const db = await openHistoryDb();
    expect(await appendStorageReading(db, at(T))).toBe(true);
    expect(await appendStorageReading(db, at(T + 60_000, 47 * GB))).toBe(true);
    expect((await storageHistory(db)).map((r) => r.usedBytes)).toEqual([46 * GB, 47 * GB]);
    db.close();
  });

  it('keeps at most one point an hour while the reading is unchanged', async () => {
    const db = await openHistoryDb();
    await appendStorageReading(db, at(T));
    expect(await appendStorageReading(db, at(T + 10 * 60_000))).toBe(false);
    expect(await appendStorageReading(db, at(T + UNCHANGED_SPACING_MS - 1))).toBe(false);
    expect(await appendStorageReading(db, at(T + UNCHANGED_SPACING_MS))).toBe(true);
    expect(await storageHistory(db)).toHaveLength(2);
    db.close();
  });

  it('never keeps a flag-only reading or one older than the newest point', () => {
    expect(
      shouldAppendReading(undefined, { ...at(T), usedBytes: null, totalBytes: null, source: 'flag' }),
    ).toBe(false);
    expect(shouldAppendReading(at(T), at(T - 1, 1))).toBe(false);
  });
});
