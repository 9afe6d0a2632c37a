import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openHistoryDb, type StatusEventRecord } from '@/lib/history-db';
import { clearMyData, exportFileName, exportMyData } from '@/lib/my-data';
import type { StorageReading } from '@/lib/readings/types';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '@/lib/settings';
import { pollRecordItem, statusSnapshotItem, storageReadingItem } from '@/lib/state-items';

const NOW = Date.UTC(2026, 5, 3, 12);
const GB = 2 ** 30;
const READING: StorageReading = {
  usedBytes: 46 * GB,
  totalBytes: 50 * GB,
  source: 'api',
  locale: 'en-us',
  readAt: NOW - 3_600_000,
};
const EVENT: StatusEventRecord = {
  serviceId: 'photos',
  messageId: 'm1',
  kind: 'outage',
  message: 'Users may be unable to upload photos.',
  startsAt: NOW - 7_200_000,
  endsAt: null,
  firstSeenAt: NOW - 7_000_000,
  lastSeenAt: NOW - 60_000,
  phases: [{ phase: 'ongoing', at: NOW - 7_000_000 }],
};

async function seed() {
  await updateSettings({ nearlyFullThreshold: 95, tipsOnIcloud: false });
  await storageReadingItem.setValue(READING);
  await statusSnapshotItem.setValue({ fetchedAt: NOW - 60_000, services: [] });
  await pollRecordItem.setValue({
    lastAttemptAt: NOW,
    lastSuccessAt: NOW,
    consecutiveFailures: 0,
    lastError: null,
  });
  const db = await openHistoryDb();
  await db.put('storageReadings', { ...READING, readAt: NOW - 86_400_000, usedBytes: 45 * GB });
  await db.put('storageReadings', READING);
  await db.put('statusEvents', EVENT);
  db.close();
}

describe('exportMyData', () => {
  it('gathers settings, every state item and the whole history', async () => {
    await seed();
    const data = await exportMyData(NOW);
    expect(data.format).toBe('cloud-checkup-export');
    expect(data.exportedAt).toBe('2026-06-03T12:00:00.000Z');
    expect(data.settings).toEqual({ ...DEFAULT_SETTINGS, nearlyFullThreshold: 95, tipsOnIcloud: false });
    expect(data.state.storageReading).toEqual(READING);
    expect(data.state.statusSnapshot).toEqual({ fetchedAt: NOW - 60_000, services: [] });
    expect(data.state).toHaveProperty('photosState', null);
    expect(data.state).toHaveProperty('pollRecord');
    expect(data.history.storageReadings.map((r) => r.usedBytes)).toEqual([45 * GB, 46 * GB]);
    expect(data.history.statusEvents).toEqual([EVENT]);
    expect(data.guideProgress).toBeNull();
  });

  it('includes guide progress when the guides provide it', async () => {
    const data = await exportMyData(NOW, {
      readGuideProgress: () => Promise.resolve({ 'free-space': ['s1'] }),
    });
    expect(data.guideProgress).toEqual({ 'free-space': ['s1'] });
  });

  it('survives a round trip through JSON unchanged', async () => {
    await seed();
    const data = await exportMyData(NOW);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('names the file by the UTC date', () => {
    expect(exportFileName(NOW)).toBe('cloud-checkup-data-2026-06-03.json');
  });
});

describe('clearMyData', () => {
  it('removes state, history and guide progress, and puts settings back to the defaults', async () => {
    await seed();
    const clearGuideProgress = vi.fn(() => Promise.resolve());
    await clearMyData({ clearGuideProgress });

    expect(await storageReadingItem.getValue()).toBeNull();
    expect(await statusSnapshotItem.getValue()).toBeNull();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).sort()).toEqual(['settings', 'settings$']);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    const db = await openHistoryDb();
    expect(await db.count('storageReadings')).toBe(0);
    expect(await db.count('statusEvents')).toBe(0);
    db.close();
    expect(clearGuideProgress).toHaveBeenCalledOnce();
  });

  it('leaves an export afterwards with nothing but the defaults', async () => {
    await seed();
    await clearMyData();
    const data = await exportMyData(NOW);
    expect(data.history).toEqual({ storageReadings: [], statusEvents: [] });
    expect(data.settings).toEqual(DEFAULT_SETTINGS);
  });
});
