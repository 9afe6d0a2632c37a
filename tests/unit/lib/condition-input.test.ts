import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONDITION_INPUT_ITEMS, readConditionInput, watchConditionInput } from '@/lib/condition-input';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import { readStorageHistory } from '@/lib/forecast/storage-history';
import { openHistoryDb } from '@/lib/history-db';
import { settingsItem } from '@/lib/settings';
import { photosStateItem, pollRecordItem, statusSnapshotItem, storageReadingItem } from '@/lib/state-items';
import { DAY, event, GB, input, NOW, photos, reading, snapshot } from './conditions/build';

async function addHistory(...readings: ReturnType<typeof reading>[]): Promise<void> {
  const db = await openHistoryDb();
  for (const r of readings) await db.put('storageReadings', r);
  db.close();
}

/** What the background evaluates: the stored inputs, read through their validators. */
const currentConditions = async (now: number) => evaluateConditions(await readConditionInput(now));

describe('the conditions of the stored inputs', () => {
  it('reads every input from storage and evaluates them', async () => {
    await storageReadingItem.setValue(reading(92));
    await statusSnapshotItem.setValue(snapshot({ photos: [event('outage', 'ongoing')] }));
    await pollRecordItem.setValue(input().poll);
    expect((await currentConditions(NOW)).map((c) => c.id)).toEqual(['outage', 'storage-nearly-full']);
  });

  it('follows the stored threshold', async () => {
    await storageReadingItem.setValue(reading(92));
    await statusSnapshotItem.setValue(snapshot());
    await settingsItem.setValue({ ...input().settings, nearlyFullThreshold: 95 });
    expect(await currentConditions(NOW)).toEqual([]);
  });

  it('treats damaged stored values as unknown, never as all good', async () => {
    await statusSnapshotItem.setValue({ fetchedAt: 'yesterday' } as never);
    await storageReadingItem.setValue({ usedBytes: 'lots' } as never);
    await photosStateItem.setValue(42 as never);
    // A poll once succeeded: the snapshot it wrote is damaged, not merely not yet written.
    await pollRecordItem.setValue(input().poll);
    const i = await readConditionInput(NOW);
    expect([i.snapshot, i.storage, i.photos]).toEqual([null, null, null]);
    expect((await currentConditions(NOW)).map((c) => c.id)).toEqual(['status-unknown']);
  });

  it('raises nearly full early from the stored history forecast', async () => {
    const r = (daysAgo: number, gb: number) => ({ ...reading(0, daysAgo * DAY), usedBytes: gb * GB });
    await addHistory(r(40, 1), r(4, 36), r(2, 38), r(0, 40));
    await storageReadingItem.setValue(r(0, 40));
    await statusSnapshotItem.setValue(snapshot());
    const i = await readConditionInput(NOW);
    expect(i.forecast?.fullAt).toBe(NOW + 10 * DAY);
    expect((await currentConditions(NOW)).map((c) => c.id)).toEqual(['storage-nearly-full']);
  });
});

describe('readStorageHistory', () => {
  it('returns valid readings since a time, oldest first, skipping damaged ones', async () => {
    await addHistory(reading(30, 3 * DAY), reading(10, 40 * DAY), reading(50, DAY));
    const db = await openHistoryDb();
    await db.put('storageReadings', { readAt: NOW - 2 * DAY, usedBytes: 'x' } as never);
    db.close();
    const history = await readStorageHistory(NOW - 30 * DAY);
    expect(history.map((r) => r.readAt)).toEqual([NOW - 3 * DAY, NOW - DAY]);
  });

  it('is empty when there is no history', async () => {
    expect(await readStorageHistory(0)).toEqual([]);
  });
});

describe('watchConditionInput', () => {
  it('calls back for a change of every input the evaluator reads, and stops when unwatched', async () => {
    const onChange = vi.fn();
    const unwatch = watchConditionInput(onChange);
    await storageReadingItem.setValue(reading(50));
    await photosStateItem.setValue(photos());
    await statusSnapshotItem.setValue(snapshot());
    await pollRecordItem.setValue({ ...input().poll, consecutiveFailures: 1 });
    await settingsItem.setValue({ ...input().settings, nearlyFullThreshold: 80 });
    expect(onChange).toHaveBeenCalledTimes(5);
    expect(CONDITION_INPUT_ITEMS).toHaveLength(5);
    unwatch();
    await storageReadingItem.setValue(reading(60));
    expect(onChange).toHaveBeenCalledTimes(5);
  });

  it('ignores stored values the evaluator does not read', async () => {
    const onChange = vi.fn();
    const unwatch = watchConditionInput(onChange);
    await fakeBrowser.storage.local.set({ tipSnoozes: { outage: 1 } });
    await fakeBrowser.storage.session.set({ storageReading: reading(100) });
    expect(onChange).not.toHaveBeenCalled();
    unwatch();
  });
});
