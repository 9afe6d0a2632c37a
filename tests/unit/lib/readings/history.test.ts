import { describe, expect, it } from 'vitest';
import { openHistoryDb } from '@/lib/history-db';
import { appendStorageReading, shouldAppendReading, UNCHANGED_SPACING_MS } from '@/lib/readings/history';
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
    expect((await db.getAll('storageReadings')).map((r) => r.usedBytes)).toEqual([46 * GB, 47 * GB]);
    db.close();
  });

  it('keeps at most one point an hour while the reading is unchanged', async () => {
    const db = await openHistoryDb();
    await appendStorageReading(db, at(T));
    expect(await appendStorageReading(db, at(T + 10 * 60_000))).toBe(false);
    expect(await appendStorageReading(db, at(T + UNCHANGED_SPACING_MS - 1))).toBe(false);
    expect(await appendStorageReading(db, at(T + UNCHANGED_SPACING_MS))).toBe(true);
    expect(await db.getAll('storageReadings')).toHaveLength(2);
    db.close();
  });

  it('never keeps a flag-only reading or one older than the newest point', () => {
    expect(
      shouldAppendReading(undefined, { ...at(T), usedBytes: null, totalBytes: null, source: 'flag' }),
    ).toBe(false);
    expect(shouldAppendReading(at(T), at(T - 1, 1))).toBe(false);
  });
});

describe('storage history bounds', () => {
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;

  it('a year of points every two hours (as an unbounded version kept them) is thinned at the next append', async () => {
    const db = await openHistoryDb();
    const start = Date.UTC(2025, 0, 1);
    const tx = db.transaction('storageReadings', 'readwrite');
    for (let i = 0; i < 365 * 12; i++) void tx.store.put(at(start + i * 2 * HOUR, 40 * GB + i * 1024));
    await tx.done;
    const now = start + 365 * DAY;
    expect(await appendStorageReading(db, at(now, 50 * GB))).toBe(true);

    const kept = await db.getAll('storageReadings');
    const older = kept.filter((r) => r.readAt < now - 30 * DAY);
    const days = older.map((r) => Math.floor(r.readAt / DAY));
    expect(new Set(days).size).toBe(days.length);
    expect(older).toHaveLength(365 - 30);
    // The day's last point is the one kept.
    expect(older.every((r) => (r.readAt - start) % DAY === 22 * HOUR)).toBe(true);
    expect(kept.filter((r) => r.readAt >= now - 30 * DAY)).toHaveLength(30 * 12 + 1);
    db.close();
  }, 60_000);

  it('stays bounded while readings keep coming, day after day', async () => {
    const db = await openHistoryDb();
    const start = Date.UTC(2025, 0, 1);
    for (let day = 0; day < 45; day++) {
      for (let h = 0; h < 24; h += 6)
        await appendStorageReading(db, at(start + day * DAY + h * HOUR, (40 + day) * GB + h));
    }
    const kept = await db.getAll('storageReadings');
    const newest = kept.at(-1)!.readAt;
    // Thinning runs at each day's first point, so the day that just turned 30 days old waits a day.
    const settled = kept.filter((r) => r.readAt < newest - 31 * DAY);
    const days = settled.map((r) => Math.floor(r.readAt / DAY));
    expect(new Set(days).size).toBe(days.length);
    expect(kept.length).toBeLessThanOrEqual(31 * 4 + 14);
    db.close();
  }, 60_000);

  it('drops points older than 400 days', async () => {
    const db = await openHistoryDb();
    await appendStorageReading(db, at(T - 401 * DAY, 40 * GB));
    await appendStorageReading(db, at(T - 399 * DAY, 41 * GB));
    await appendStorageReading(db, at(T, 42 * GB));
    expect((await db.getAll('storageReadings')).map((r) => r.readAt)).toEqual([T - 399 * DAY, T]);
    db.close();
  });
});
