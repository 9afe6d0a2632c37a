import { describe, expect, it, vi } from 'vitest';
import { GUIDES } from '@/lib/guides/content';
import { openDB } from 'idb';
import { GUIDES_DB_NAME, openGuidesDb, readProgress, saveStepProgress, seedGuides } from '@/lib/guides/db';
import { isQuotaError, openGuideLibrary } from '@/lib/guides/library';

function openRaw(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('cloud-checkup-guides', version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

const T0 = Date.UTC(2025, 0, 1);
const step = { guideId: 'fix-the-network', stepId: 'closer', done: true, at: T0 };

describe('openGuideLibrary', () => {
  it('seeds the database and keeps ticked steps across openings', async () => {
    const first = await openGuideLibrary({ now: () => T0 });
    expect(first.readOnly).toBeNull();
    expect(first.guides.map((g) => g.id)).toEqual(GUIDES.map((g) => g.id));
    expect(await first.saveStep(step)).toBe('saved');
    expect(await first.saveOutcome({ guideId: 'fix-the-network', outcome: 'fixed', at: T0 })).toBe('saved');

    const second = await openGuideLibrary({ now: () => T0 + 1 });
    expect(second.steps).toEqual([step]);
    expect(second.outcomes).toEqual([{ guideId: 'fix-the-network', outcome: 'fixed', at: T0 }]);
    expect(await second.saveOutcome({ guideId: 'fix-the-network', outcome: null })).toBe('saved');
    expect((await openGuideLibrary()).outcomes).toEqual([]);
  });

  it('reads the guides from the database: an edited record is what the library gives', async () => {
    (await openGuideLibrary({ now: () => T0 })).close();
    const db = await openGuidesDb();
    const guide = GUIDES[2]!;
    await db.put('guides', { ...guide, title: 'Edited in the database' });
    db.close();
    const library = await openGuideLibrary({ now: () => T0 + 1 });
    expect(library.guides.find((g) => g.id === guide.id)?.title).toBe('Edited in the database');
    // The content's order is kept, not the store's order by id.
    expect(library.guides.map((g) => g.id)).toEqual(GUIDES.map((g) => g.id));
  });

  it('takes the bundled copy of a guide whose stored record is damaged or missing', async () => {
    (await openGuideLibrary({ now: () => T0 })).close();
    const db = await openGuidesDb();
    await db.put('guides', { ...GUIDES[0]!, steps: 'none' } as never);
    await db.delete('guides', GUIDES[1]!.id);
    db.close();
    const library = await openGuideLibrary({ now: () => T0 + 1 });
    expect(library.guides).toEqual([...GUIDES]);
  });

  it('passes on which started guides changed in the last content update', async () => {
    const db = await openGuidesDb();
    const guide = GUIDES.find((g) => g.id === 'fix-the-network')!;
    await seedGuides(
      db,
      GUIDES.map((g) => (g.id === guide.id ? { ...g, summary: 'An older summary.' } : g)),
      T0,
    );
    await saveStepProgress(db, step);
    db.close();
    const library = await openGuideLibrary({ now: () => T0 + 9 });
    expect(library.guides.find((g) => g.id === guide.id)?.summary).toBe(guide.summary);
    expect(library.changes).toEqual([{ guideId: guide.id, at: T0 + 9, kept: 1, dropped: 0 }]);
    expect(library.steps).toEqual([step]);
  });

  it('falls back to the bundled guides, read-only, when IndexedDB cannot be opened', async () => {
    const failing = {
      open: () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    } as unknown as IDBFactory;
    vi.stubGlobal('indexedDB', failing);
    const library = await openGuideLibrary();
    expect(library.readOnly).toBe('unavailable');
    expect(library.guides).toHaveLength(GUIDES.length);
    expect(await library.saveStep(step)).toBe('read-only');
    vi.unstubAllGlobals();
  });

  it('turns a browser that throws at indexedDB.open into a rejection, never a throw', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('Access to IndexedDB is denied', 'SecurityError');
      },
    });
    const opening = openGuidesDb();
    await expect(opening).rejects.toThrow('denied');
    vi.unstubAllGlobals();
  });

  it('falls back when opening is rejected (storage pressure)', async () => {
    const library = await openGuideLibrary({
      open: () => Promise.reject(new DOMException('no space', 'QuotaExceededError')),
    });
    expect(library.readOnly).toBe('unavailable');
    expect(library.guides.length).toBeGreaterThan(0);
  });

  it('says a write failed for lack of space, without throwing', async () => {
    const library = await openGuideLibrary();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await library.saveStep(step)).toBe('quota');
    put.mockImplementation(() => {
      throw new DOMException('Something else', 'UnknownError');
    });
    expect(await library.saveStep(step)).toBe('failed');
    put.mockRestore();
    expect(await library.saveStep(step)).toBe('saved');
  });

  it('tells the page when an older connection in another tab blocks the upgrade', async () => {
    // Another page of an older build: it does not give way when a newer version asks.
    (await openGuidesDb()).close();
    const old = await openRaw(1);
    const blocked = vi.fn();
    const opening = openGuideLibrary({
      blocked,
      // A future version 2 that only adds a store, opened the way openGuidesDb opens.
      open: (callbacks) =>
        openDB(GUIDES_DB_NAME, 2, {
          upgrade: (db) => void db.createObjectStore('future'),
          blocked: () => callbacks.blocked?.(),
        }) as unknown as ReturnType<typeof openGuidesDb>,
    });
    await vi.waitFor(() => expect(blocked).toHaveBeenCalled());
    old.close();
    const library = await opening;
    expect(library.readOnly).toBeNull();
  });

  it('closes its own connection for a newer version and stops writing, keeping what it has', async () => {
    const closedForUpgrade = vi.fn();
    const library = await openGuideLibrary({ closedForUpgrade });
    const newer = await openRaw(2);
    expect(closedForUpgrade).toHaveBeenCalledOnce();
    expect(await library.saveStep(step)).toBe('read-only');
    newer.close();
  });

  it('recognises quota errors by name and by message', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('Quota exceeded for origin'))).toBe(true);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaError('quota')).toBe(false);
  });
});

describe('progress after a failed open', () => {
  it('leaves the database untouched', async () => {
    await openGuideLibrary({ open: () => Promise.reject(new Error('private mode')) });
    const db = await openGuidesDb();
    expect((await readProgress(db)).steps).toEqual([]);
    db.close();
  });
});
