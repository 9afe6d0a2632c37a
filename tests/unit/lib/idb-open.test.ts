import { openDB, type DBSchema } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { openHistoryDb } from '@/lib/history-db';
import { openVersioned, type SchemaVersion } from '@/lib/idb-open';

interface Notes extends DBSchema {
  notes: { key: string; value: { id: string; text: string } };
  tags: { key: string; value: { tag: string } };
}

const FIRST: SchemaVersion<Notes> = (db) => void db.createObjectStore('notes', { keyPath: 'id' });
const SECOND: SchemaVersion<Notes> = (db) => void db.createObjectStore('tags', { keyPath: 'tag' });

describe('openVersioned', () => {
  it('is at the version its list names, and brings an older database up one version at a time, keeping its data', async () => {
    const first = await openVersioned('notes', [FIRST]);
    expect(first.version).toBe(1);
    await first.put('notes', { id: 'a', text: 'kept' });
    first.close();

    const firstAgain = vi.fn(FIRST);
    const second = vi.fn(SECOND);
    // Version 1 already exists: only version 2 runs (running version 1 again would fail the open).
    const upgraded = await openVersioned('notes', [firstAgain, second]);
    expect(upgraded.version).toBe(2);
    expect(firstAgain).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
    expect(await upgraded.get('notes', 'a')).toEqual({ id: 'a', text: 'kept' });
    expect([...upgraded.objectStoreNames]).toEqual(['notes', 'tags']);
    upgraded.close();
  });

  it('a connection in the way of a newer version closes and says so; the newer one is not blocked', async () => {
    const closedForUpgrade = vi.fn();
    const old = await openVersioned('notes', [FIRST], { closedForUpgrade });
    const blocked = vi.fn();
    const newer = await openVersioned('notes', [FIRST, SECOND], { blocked });
    expect(closedForUpgrade).toHaveBeenCalledOnce();
    expect(blocked).not.toHaveBeenCalled();
    await expect(old.get('notes', 'a')).rejects.toThrow();
    newer.close();
  });
});

describe('the history database', () => {
  it('gives way to a newer version of itself (an updated build) instead of blocking it', async () => {
    const history = await openHistoryDb();
    // Were it to hold on, the newer version would wait: let it through then, and say so below.
    const blocked = vi.fn(() => history.close());
    // The name browsers keep it under: renaming it would lose everyone's history.
    const newer = await openDB('cloud-checkup-history', history.version + 1, { blocked });
    expect(blocked).not.toHaveBeenCalled();
    expect([...newer.objectStoreNames].sort()).toEqual(['statusEvents', 'storageReadings']);
    newer.close();
  });
});
