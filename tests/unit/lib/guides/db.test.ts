import { describe, expect, it } from 'vitest';
import { GUIDES } from '@/lib/guides/content';
import {
  clearProgress,
  contentVersion,
  openGuidesDb,
  readProgress,
  readStoredContent,
  saveOutcome,
  saveStepProgress,
  seedGuides,
} from '@/lib/guides/db';
import type { Guide } from '@/lib/guides/types';

const T0 = Date.UTC(2025, 0, 1);

const readGuides = async (db: Awaited<ReturnType<typeof openGuidesDb>>) =>
  (await readStoredContent(db)).guides;

function withoutStep(guides: readonly Guide[], guideId: string, stepId: string): Guide[] {
  return guides.map((g) => (g.id === guideId ? { ...g, steps: g.steps.filter((s) => s.id !== stepId) } : g));
}

describe('seeding the guides database', () => {
  it('writes every bundled guide the first time', async () => {
    const db = await openGuidesDb();
    expect(await seedGuides(db, GUIDES, T0)).toBe('seeded');
    expect((await readGuides(db)).map((g) => g.id)).toEqual(GUIDES.map((g) => g.id));
    expect(await db.get('meta', 'content')).toEqual({
      key: 'content',
      version: contentVersion(GUIDES),
      seededAt: T0,
      order: GUIDES.map((g) => g.id),
      changed: [],
    });
    db.close();
  });

  it('does nothing when seeded twice with the same content', async () => {
    const db = await openGuidesDb();
    await seedGuides(db, GUIDES, T0);
    await saveStepProgress(db, { guideId: 'fix-the-network', stepId: 'closer', done: true, at: T0 });
    expect(await seedGuides(db, GUIDES, T0 + 1000)).toBe('unchanged');
    expect((await db.get('meta', 'content'))?.seededAt).toBe(T0);
    expect((await readProgress(db)).steps).toHaveLength(1);
    db.close();
  });

  it('re-seeds changed content and keeps progress for the steps that still exist', async () => {
    const db = await openGuidesDb();
    await seedGuides(db, GUIDES, T0);
    await saveStepProgress(db, {
      guideId: 'free-up-icloud-storage',
      stepId: 'see-usage',
      done: true,
      at: T0,
    });
    await saveStepProgress(db, { guideId: 'free-up-icloud-storage', stepId: 'headroom', done: true, at: T0 });
    await saveOutcome(db, { guideId: 'free-up-icloud-storage', outcome: 'fixed', at: T0 });

    const changed = withoutStep(GUIDES, 'free-up-icloud-storage', 'headroom');
    expect(contentVersion(changed)).not.toBe(contentVersion(GUIDES));
    expect(await seedGuides(db, changed, T0 + 1)).toBe('seeded');

    const progress = await readProgress(db);
    expect(progress.steps).toEqual([
      { guideId: 'free-up-icloud-storage', stepId: 'see-usage', done: true, at: T0 },
    ]);
    expect(progress.outcomes).toEqual([{ guideId: 'free-up-icloud-storage', outcome: 'fixed', at: T0 }]);
    const stored = (await readGuides(db)).find((g) => g.id === 'free-up-icloud-storage')!;
    expect(stored.steps.map((s) => s.id)).not.toContain('headroom');
    db.close();
  });

  it('drops the outcome of a guide that no longer exists', async () => {
    const db = await openGuidesDb();
    await seedGuides(db, GUIDES, T0);
    await saveOutcome(db, { guideId: 'one-sync-method', outcome: 'not-fixed', at: T0 });
    await seedGuides(
      db,
      GUIDES.filter((g) => g.id !== 'one-sync-method'),
      T0 + 1,
    );
    expect((await readProgress(db)).outcomes).toEqual([]);
    db.close();
  });

  it('records a changed guide the person had ticked steps in, with what was kept and dropped', async () => {
    const db = await openGuidesDb();
    await seedGuides(db, GUIDES, T0);
    const guide = GUIDES.find((g) => g.id === 'free-up-icloud-storage')!;
    const [first, second] = guide.steps;
    await saveStepProgress(db, { guideId: guide.id, stepId: first!.id, done: true, at: T0 });
    await saveStepProgress(db, { guideId: guide.id, stepId: second!.id, done: true, at: T0 });
    // Ticked in a guide that does not change: not reported.
    await saveStepProgress(db, { guideId: 'fix-the-network', stepId: 'closer', done: true, at: T0 });

    await seedGuides(db, withoutStep(GUIDES, guide.id, second!.id), T0 + 5);
    expect((await readStoredContent(db)).meta?.changed).toEqual([
      { guideId: guide.id, at: T0 + 5, kept: 1, dropped: 1 },
    ]);
    db.close();
  });

  it('records no change for a guide nobody had started', async () => {
    const db = await openGuidesDb();
    await seedGuides(db, GUIDES, T0);
    const guide = GUIDES[1]!;
    await seedGuides(db, withoutStep(GUIDES, guide.id, guide.steps[0]!.id), T0 + 5);
    expect((await readStoredContent(db)).meta?.changed).toEqual([]);
    db.close();
  });

  it('clearing progress forgets ticked steps and answers but keeps the guides', async () => {
    const db = await openGuidesDb();
    await seedGuides(db, GUIDES, T0);
    await saveStepProgress(db, { guideId: 'fix-the-network', stepId: 'closer', done: true, at: T0 });
    await saveOutcome(db, { guideId: 'fix-the-network', outcome: 'fixed', at: T0 });
    await clearProgress(db);
    expect(await readProgress(db)).toEqual({ steps: [], outcomes: [] });
    expect(await readGuides(db)).toHaveLength(GUIDES.length);
    db.close();
  });

  it('rejects a stored guide that no longer passes validation instead of showing it', async () => {
    const db = await openGuidesDb();
    await seedGuides(db, GUIDES, T0);
    await db.put('guides', { ...GUIDES[0]!, steps: [] });
    const stored = await readStoredContent(db);
    expect(stored.guides.map((g) => g.id)).not.toContain(GUIDES[0]!.id);
    expect(stored.rejected).toEqual([GUIDES[0]!.id]);
    db.close();
  });

  it('reads a malformed content record as no record', async () => {
    const db = await openGuidesDb();
    await seedGuides(db, GUIDES, T0);
    await db.put('meta', { key: 'content', version: 7 } as never);
    expect((await readStoredContent(db)).meta).toBeNull();
    // And the next seed repairs it.
    expect(await seedGuides(db, GUIDES, T0 + 1)).toBe('seeded');
    expect((await readStoredContent(db)).meta?.version).toBe(contentVersion(GUIDES));
    db.close();
  });
});

describe('the guides database schema', () => {
  it('starts at version 1 with the guides, progress, outcomes and content stores', async () => {
    const db = await openGuidesDb();
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames].sort()).toEqual(['guides', 'meta', 'outcomes', 'progress']);
    db.close();
  });
});
