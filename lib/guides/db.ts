/**
 * The guides database (IndexedDB through idb): the guides, seeded from the bundled content, and
 * the person's progress through them. Opened from extension pages and the background only — a
 * content script's IndexedDB would be iCloud.com's.
 *
 * Version 1 stores:
 * - `guides`, key `id`, index `byCondition` (multiEntry on topics).
 * - `guideProgress`, key `guideId`: one record per guide, `{ steps: { [stepId]: { done, at } },
 *   fixed, fixedAt }`.
 * - `meta`, key `key`: `{ key: 'content', version, seededAt }`.
 * Version 2 (current):
 * - `guides` gains `byPlatform` (multiEntry on platforms).
 * - `progress`, key [guideId, stepId], index `byGuide`: one record per step, so ticking a step
 *   is one small write and a re-seed can drop exactly the steps that no longer exist.
 * - `outcomes`, key `guideId`: the answer to "Did this fix it?".
 * - `guideProgress` is migrated into `progress` and `outcomes`, then removed.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Platform } from '../settings';
import type { OutcomeRecord, StepProgress } from './progress';
import type { Guide, GuideTopic } from './types';
import { parseGuide } from './validate';
import { isRecord } from '../is-record';

export const GUIDES_DB_NAME = 'cloud-checkup-guides';
export const GUIDES_DB_VERSION = 2;

export interface ContentMeta {
  key: 'content';
  version: string;
  seededAt: number;
}

/** The version 1 per-guide progress record, kept only to migrate it. */
export interface GuideProgressV1 {
  guideId: string;
  steps: Record<string, { done: boolean; at: number }>;
  fixed: boolean | null;
  fixedAt: number | null;
}

export interface GuidesSchema extends DBSchema {
  guides: { key: string; value: Guide; indexes: { byCondition: GuideTopic; byPlatform: Platform } };
  progress: { key: [string, string]; value: StepProgress; indexes: { byGuide: string } };
  outcomes: { key: string; value: OutcomeRecord };
  meta: { key: string; value: ContentMeta };
  guideProgress: { key: string; value: GuideProgressV1 };
}

export type GuidesDb = IDBPDatabase<GuidesSchema>;

export interface OpenCallbacks {
  /** Another connection (an open extension page) holds an older version open. */
  blocked?: () => void;
  /** This connection stands in the way of a newer version: it has been closed. */
  closedForUpgrade?: () => void;
  /** The browser closed the connection (storage cleared, disk trouble). */
  terminated?: () => void;
}

type UpgradeTx = IDBPTransaction<GuidesSchema, StoreNames<GuidesSchema>[], 'versionchange'>;

function migrateProgressV1ToV2(tx: UpgradeTx): void {
  // Only IndexedDB requests run inside this chain, so the upgrade transaction stays alive.
  const old = tx.objectStore('guideProgress');
  void old.getAll().then(async (records) => {
    const steps = tx.objectStore('progress');
    const outcomes = tx.objectStore('outcomes');
    for (const r of records) {
      for (const [stepId, s] of Object.entries(r.steps ?? {})) {
        await steps.put({ guideId: r.guideId, stepId, done: Boolean(s.done), at: Number(s.at) || 0 });
      }
      if (typeof r.fixed === 'boolean') {
        await outcomes.put({
          guideId: r.guideId,
          outcome: r.fixed ? 'fixed' : 'not-fixed',
          at: r.fixedAt ?? 0,
        });
      }
    }
    tx.db.deleteObjectStore('guideProgress');
  });
}

export function openGuidesDb(callbacks: OpenCallbacks = {}, version = GUIDES_DB_VERSION): Promise<GuidesDb> {
  return openDB<GuidesSchema>(GUIDES_DB_NAME, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const guides = db.createObjectStore('guides', { keyPath: 'id' });
        guides.createIndex('byCondition', 'topics', { multiEntry: true });
        db.createObjectStore('guideProgress', { keyPath: 'guideId' });
        db.createObjectStore('meta', { keyPath: 'key' });
      }
      if (oldVersion < 2 && version >= 2) {
        tx.objectStore('guides').createIndex('byPlatform', 'platforms', { multiEntry: true });
        const progress = db.createObjectStore('progress', { keyPath: ['guideId', 'stepId'] });
        progress.createIndex('byGuide', 'guideId');
        db.createObjectStore('outcomes', { keyPath: 'guideId' });
        migrateProgressV1ToV2(tx);
      }
    },
    blocked() {
      callbacks.blocked?.();
    },
    blocking(_current, _blocked, event) {
      // Let the newer version in; this page keeps its in-memory state and says so.
      (event.target as IDBDatabase).close();
      callbacks.closedForUpgrade?.();
    },
    terminated() {
      callbacks.terminated?.();
    },
  });
}

/** A short fingerprint of the content: a change of any word re-seeds. */
export function contentVersion(guides: readonly Guide[]): string {
  const text = JSON.stringify(guides);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${guides.length}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

const stepKey = (guideId: string, stepId: string) => `${guideId}\u0000${stepId}`;

/**
 * Writes the bundled guides when their content version differs from the stored one; otherwise
 * does nothing. Progress survives for every step (and outcome for every guide) that still exists.
 */
export async function seedGuides(
  db: GuidesDb,
  guides: readonly Guide[],
  now: number,
): Promise<'seeded' | 'unchanged'> {
  const version = contentVersion(guides);
  // Most opens find the content current: a read-only look first keeps them cheap.
  if ((await db.get('meta', 'content'))?.version === version) return 'unchanged';
  const tx = db.transaction(['guides', 'progress', 'outcomes', 'meta'], 'readwrite');
  if ((await tx.objectStore('meta').get('content'))?.version === version) {
    // Another page or the background seeded it meanwhile.
    await tx.done;
    return 'unchanged';
  }
  const store = tx.objectStore('guides');
  await store.clear();
  for (const guide of guides) await store.put(guide);

  const steps = new Set(guides.flatMap((g) => g.steps.map((s) => stepKey(g.id, s.id))));
  let cursor = await tx.objectStore('progress').openCursor();
  while (cursor) {
    if (!steps.has(stepKey(cursor.value.guideId, cursor.value.stepId))) await cursor.delete();
    cursor = await cursor.continue();
  }
  const ids = new Set(guides.map((g) => g.id));
  let outcome = await tx.objectStore('outcomes').openCursor();
  while (outcome) {
    if (!ids.has(outcome.value.guideId)) await outcome.delete();
    outcome = await outcome.continue();
  }
  await tx.objectStore('meta').put({ key: 'content', version, seededAt: now });
  await tx.done;
  return 'seeded';
}

/** Every stored guide that still passes validation. */
export async function readGuides(db: GuidesDb): Promise<Guide[]> {
  const stored: unknown[] = await db.getAll('guides');
  return stored.flatMap((g) => {
    const parsed = parseGuide(g);
    return parsed.ok ? [parsed.value] : [];
  });
}

export async function guidesForCondition(db: GuidesDb, topic: GuideTopic): Promise<string[]> {
  return (await db.getAllKeysFromIndex('guides', 'byCondition', topic)).map(String);
}

export async function guidesForPlatform(db: GuidesDb, platform: Platform): Promise<string[]> {
  return (await db.getAllKeysFromIndex('guides', 'byPlatform', platform)).map(String);
}

function parseStepProgress(v: unknown): StepProgress | null {
  return isRecord(v) &&
    typeof v.guideId === 'string' &&
    typeof v.stepId === 'string' &&
    typeof v.done === 'boolean' &&
    typeof v.at === 'number'
    ? { guideId: v.guideId, stepId: v.stepId, done: v.done, at: v.at }
    : null;
}

function parseOutcome(v: unknown): OutcomeRecord | null {
  return isRecord(v) &&
    typeof v.guideId === 'string' &&
    (v.outcome === 'fixed' || v.outcome === 'not-fixed') &&
    typeof v.at === 'number'
    ? { guideId: v.guideId, outcome: v.outcome, at: v.at }
    : null;
}

export async function readProgress(
  db: GuidesDb,
): Promise<{ steps: StepProgress[]; outcomes: OutcomeRecord[] }> {
  const tx = db.transaction(['progress', 'outcomes']);
  const [steps, outcomes] = await Promise.all([
    tx.objectStore('progress').getAll() as Promise<unknown[]>,
    tx.objectStore('outcomes').getAll() as Promise<unknown[]>,
  ]);
  await tx.done;
  return {
    steps: steps.map(parseStepProgress).filter((s): s is StepProgress => s !== null),
    outcomes: outcomes.map(parseOutcome).filter((o): o is OutcomeRecord => o !== null),
  };
}

/** Forgets the person's progress (ticked steps, "Did this fix it?" answers); the guides stay. */
export async function clearProgress(db: GuidesDb): Promise<void> {
  const tx = db.transaction(['progress', 'outcomes'], 'readwrite');
  await Promise.all([tx.objectStore('progress').clear(), tx.objectStore('outcomes').clear(), tx.done]);
}

export async function saveStepProgress(db: GuidesDb, record: StepProgress): Promise<void> {
  await db.put('progress', record);
}

export async function saveOutcome(
  db: GuidesDb,
  record: OutcomeRecord | { guideId: string; outcome: null },
): Promise<void> {
  if (record.outcome === null) await db.delete('outcomes', record.guideId);
  else await db.put('outcomes', record);
}
