/**
 * The guides database (IndexedDB, ../idb-open.ts): the guides, seeded from the bundled content,
 * and the person's progress through them.
 *
 * Version 1 stores:
 * - `guides`, key `id`: the guides as seeded. Read back as `unknown` and validated (parseGuide).
 * - `progress`, key [guideId, stepId]: one record per step, so ticking a step
 *   is one small write and a re-seed can drop exactly the steps that no longer exist.
 * - `outcomes`, key `guideId`: the answer to "Did this fix it?".
 * - `meta`, key `key`: `{ key: 'content', version, seededAt, order, changed }`.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import { openVersioned, type OpenCallbacks, type SchemaVersion } from '../idb-open';
import type { OutcomeRecord, StepProgress } from './progress';
import type { Guide } from './types';
import { parseGuide } from './validate';
import { isBoolean, isNumber, isRecord, isString, oneOf, pickFields } from '../is-record';

export const GUIDES_DB_NAME = 'cloud-checkup-guides';

/** A guide whose words changed in a content update while the person had progress in it. */
export interface GuideChange {
  guideId: string;
  /** When the update was written (ms since epoch). */
  at: number;
  /** Ticked steps that are still in the guide, and so still ticked. */
  kept: number;
  /** Ticked steps that are no longer in the guide, and so forgotten. */
  dropped: number;
}

export interface ContentMeta {
  key: 'content';
  version: string;
  seededAt: number;
  /** Guide ids in the content's own order; the store returns them sorted by id. */
  order: string[];
  changed: GuideChange[];
}

export interface GuidesSchema extends DBSchema {
  guides: { key: string; value: Guide };
  progress: { key: [string, string]; value: StepProgress };
  outcomes: { key: string; value: OutcomeRecord };
  meta: { key: string; value: ContentMeta };
}

export type GuidesDb = IDBPDatabase<GuidesSchema>;

/** The database's versions, oldest first (see ../idb-open.ts). */
const GUIDES_VERSIONS: readonly SchemaVersion<GuidesSchema>[] = [
  (db) => {
    db.createObjectStore('guides', { keyPath: 'id' });
    db.createObjectStore('progress', { keyPath: ['guideId', 'stepId'] });
    db.createObjectStore('outcomes', { keyPath: 'guideId' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
];

export function openGuidesDb(callbacks: OpenCallbacks = {}): Promise<GuidesDb> {
  return openVersioned(GUIDES_DB_NAME, GUIDES_VERSIONS, callbacks);
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

function parseChange(v: unknown): GuideChange | null {
  return pickFields(v, { guideId: isString, at: isNumber, kept: isNumber, dropped: isNumber });
}

/** The content record as stored, or null when it is missing or not in the expected shape. */
export function parseContentMeta(v: unknown): ContentMeta | null {
  if (!isRecord(v) || v.key !== 'content' || typeof v.version !== 'string' || typeof v.seededAt !== 'number')
    return null;
  const order = Array.isArray(v.order) ? v.order.filter((id): id is string => typeof id === 'string') : [];
  const changed = Array.isArray(v.changed)
    ? v.changed.map(parseChange).filter((c): c is GuideChange => c !== null)
    : [];
  return { key: 'content', version: v.version, seededAt: v.seededAt, order, changed };
}

/**
 * Writes the bundled guides when their content version differs from the stored one; otherwise
 * does nothing. Progress survives for every step (and outcome for every guide) that still exists;
 * each guide that changed while the person had ticked steps in it is recorded, so its page can
 * say what happened to them.
 */
export async function seedGuides(
  db: GuidesDb,
  guides: readonly Guide[],
  now: number,
): Promise<'seeded' | 'unchanged'> {
  const version = contentVersion(guides);
  // Most opens find the content current: a read-only look first keeps them cheap.
  if (parseContentMeta(await db.get('meta', 'content'))?.version === version) return 'unchanged';
  const tx = db.transaction(['guides', 'progress', 'outcomes', 'meta'], 'readwrite');
  if (parseContentMeta(await tx.objectStore('meta').get('content'))?.version === version) {
    // Another page or the background seeded it meanwhile.
    await tx.done;
    return 'unchanged';
  }
  const store = tx.objectStore('guides');
  const before = new Map<string, string>();
  for (const old of (await store.getAll()) as unknown[]) {
    if (isRecord(old) && typeof old.id === 'string') before.set(old.id, JSON.stringify(old));
  }
  await store.clear();
  for (const guide of guides) await store.put(guide);

  const changedIds = new Set(
    guides.filter((g) => before.has(g.id) && before.get(g.id) !== JSON.stringify(g)).map((g) => g.id),
  );
  const counts = new Map<string, { kept: number; dropped: number }>();
  const count = (guideId: string) => {
    let c = counts.get(guideId);
    if (!c) counts.set(guideId, (c = { kept: 0, dropped: 0 }));
    return c;
  };
  const steps = new Set(guides.flatMap((g) => g.steps.map((s) => stepKey(g.id, s.id))));
  let cursor = await tx.objectStore('progress').openCursor();
  while (cursor) {
    const { guideId, stepId, done } = cursor.value;
    const survives = steps.has(stepKey(guideId, stepId));
    if (done && changedIds.has(guideId)) count(guideId)[survives ? 'kept' : 'dropped'] += 1;
    if (!survives) await cursor.delete();
    cursor = await cursor.continue();
  }
  const ids = new Set(guides.map((g) => g.id));
  let outcome = await tx.objectStore('outcomes').openCursor();
  while (outcome) {
    if (!ids.has(outcome.value.guideId)) await outcome.delete();
    else if (changedIds.has(outcome.value.guideId)) count(outcome.value.guideId);
    outcome = await outcome.continue();
  }
  const changed = [...counts].map(([guideId, c]) => ({ guideId, at: now, ...c }));
  await tx.objectStore('meta').put({
    key: 'content',
    version,
    seededAt: now,
    order: guides.map((g) => g.id),
    changed,
  });
  await tx.done;
  return 'seeded';
}

export interface StoredContent {
  /** Valid stored guides in the content's order. */
  guides: Guide[];
  /** Ids of stored records that failed validation. */
  rejected: string[];
  meta: ContentMeta | null;
}

/** The stored guides, each validated, in the order they were seeded. */
export async function readStoredContent(db: GuidesDb): Promise<StoredContent> {
  const tx = db.transaction(['guides', 'meta']);
  const [records, rawMeta] = await Promise.all([
    tx.objectStore('guides').getAll() as Promise<unknown[]>,
    tx.objectStore('meta').get('content') as Promise<unknown>,
    tx.done,
  ]);
  return storedContent(records, rawMeta);
}

function storedContent(records: readonly unknown[], rawMeta: unknown): StoredContent {
  const meta = parseContentMeta(rawMeta);
  const guides: Guide[] = [];
  const rejected: string[] = [];
  for (const record of records) {
    const parsed = parseGuide(record);
    if (parsed.ok) guides.push(parsed.value);
    else rejected.push(isRecord(record) && typeof record.id === 'string' ? record.id : '?');
  }
  const position = new Map(meta?.order.map((id, i) => [id, i]));
  const at = (g: Guide) => position.get(g.id) ?? Infinity;
  guides.sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : 1));
  return { guides, rejected, meta };
}

/** Guides, content record and progress in one read-only transaction: one round trip on open. */
export async function readEverything(
  db: GuidesDb,
): Promise<StoredContent & { steps: StepProgress[]; outcomes: OutcomeRecord[] }> {
  const tx = db.transaction(['guides', 'meta', 'progress', 'outcomes']);
  const [records, rawMeta, steps, outcomes] = await Promise.all([
    tx.objectStore('guides').getAll() as Promise<unknown[]>,
    tx.objectStore('meta').get('content') as Promise<unknown>,
    tx.objectStore('progress').getAll() as Promise<unknown[]>,
    tx.objectStore('outcomes').getAll() as Promise<unknown[]>,
    tx.done,
  ]);
  return { ...storedContent(records, rawMeta), ...parseProgress(steps, outcomes) };
}

function parseProgress(steps: readonly unknown[], outcomes: readonly unknown[]) {
  return {
    steps: steps.map(parseStepProgress).filter((s): s is StepProgress => s !== null),
    outcomes: outcomes.map(parseOutcome).filter((o): o is OutcomeRecord => o !== null),
  };
}

function parseStepProgress(v: unknown): StepProgress | null {
  return pickFields(v, { guideId: isString, stepId: isString, done: isBoolean, at: isNumber });
}

const OUTCOMES = ['fixed', 'not-fixed'] as const;

function parseOutcome(v: unknown): OutcomeRecord | null {
  return pickFields(v, { guideId: isString, outcome: oneOf(OUTCOMES), at: isNumber });
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
  return parseProgress(steps, outcomes);
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
