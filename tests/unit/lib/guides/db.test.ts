import { describe, expect, it } from 'vitest';
import { GUIDES } from '@/lib/guides/content';
import {
  clearProgress,
  contentVersion,
  guidesForCondition,
  guidesForPlatform,
  openGuidesDb,
  readGuides,
  readProgress,
  saveOutcome,
  saveStepProgress,
  seedGuides,
} from '@/lib/guides/db';
import type { Guide } from '@/lib/guides/types';

const T0 = Date.UTC(2025, 0, 1);

function withoutStep(guides: readonly Guide[], guideId: string, stepId: string): Guide[] {
  return guides.map((g) => (g.id === guideId ? { ...g, steps: g.steps.filter((s) => s.id !== stepId) } : g));
}

describe('seeding the guides database', () => {
  it('writes every bundled guide the first time', async () => {
    const db = await openGuidesDb();
    expect(await seedGuides(db, GUIDES, T0)).toBe('seeded');
    expect((await readGuides(db)).map((g) => g.id).sort()).toEqual(GUIDES.map((g) => g.id).sort());
    expect(await db.get('meta', 'content')).toEqual({
      key: 'content',
      version: contentVersion(GUIDES),
      seededAt: T0,
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

  it('finds guides by condition and by platform through the indexes', async () => {
    const db = await openGuidesDb();
    await seedGuides(db, GUIDES, T0);
    expect(await guidesForCondition(db, 'outage')).toEqual(
      expect.arrayContaining(['check-apple-system-status', 'wait-out-an-outage']),
    );
    const windows = await guidesForPlatform(db, 'windows');
    expect(windows).toContain('icloud-photos-on-windows');
    expect(windows).not.toContain('low-power-and-battery');
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

  it('skips a stored guide that no longer passes validation instead of showing it', async () => {
    const db = await openGuidesDb();
    await seedGuides(db, GUIDES, T0);
    await db.put('guides', { ...GUIDES[0]!, steps: [] });
    expect((await readGuides(db)).map((g) => g.id)).not.toContain(GUIDES[0]!.id);
    db.close();
  });
});

describe('upgrading the guides database', () => {
  it('keeps the progress of a version 1 database', async () => {
    const v1 = await openGuidesDb({}, 1);
    expect([...v1.objectStoreNames].sort()).toEqual(['guideProgress', 'guides', 'meta']);
    await v1.put('guideProgress', {
      guideId: 'free-up-icloud-storage',
      steps: { 'see-usage': { done: true, at: T0 }, 'old-backups': { done: false, at: T0 + 5 } },
      fixed: true,
      fixedAt: T0 + 9,
    });
    await v1.put('guideProgress', {
      guideId: 'fix-the-network',
      steps: { closer: { done: true, at: T0 } },
      fixed: null,
      fixedAt: null,
    });
    v1.close();

    const v2 = await openGuidesDb();
    expect(v2.version).toBe(2);
    expect([...v2.objectStoreNames].sort()).toEqual(['guides', 'meta', 'outcomes', 'progress']);
    const progress = await readProgress(v2);
    expect(progress.steps).toEqual(
      expect.arrayContaining([
        { guideId: 'free-up-icloud-storage', stepId: 'see-usage', done: true, at: T0 },
        { guideId: 'free-up-icloud-storage', stepId: 'old-backups', done: false, at: T0 + 5 },
        { guideId: 'fix-the-network', stepId: 'closer', done: true, at: T0 },
      ]),
    );
    expect(progress.steps).toHaveLength(3);
    expect(progress.outcomes).toEqual([{ guideId: 'free-up-icloud-storage', outcome: 'fixed', at: T0 + 9 }]);

    // And the first seed after the upgrade keeps it.
    await seedGuides(v2, GUIDES, T0 + 10);
    expect((await readProgress(v2)).steps).toHaveLength(3);
    v2.close();
  });
});
