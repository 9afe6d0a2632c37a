/**
 * The guides as the extension's pages and the background use them: read from the database (each
 * record validated), seeded first if the bundled content is newer; otherwise the bundled content,
 * read-only, with the reason — so the page can say plainly that progress is not being kept.
 */
import { GUIDES } from './content';
import {
  contentVersion,
  openGuidesDb,
  readEverything,
  saveOutcome,
  saveStepProgress,
  seedGuides,
  type GuideChange,
  type GuidesDb,
} from './db';
import type { OpenCallbacks } from '../idb-open';
import type { OutcomeRecord, StepProgress } from './progress';
import type { Guide } from './types';

/** Why progress can't be kept: the database failed to open, is waiting on other tabs, or was closed. */
export type ReadOnlyReason = 'unavailable' | 'blocked' | 'closed';

export type SaveResult = 'saved' | 'read-only' | 'quota' | 'failed';

/** What a page must tell the person about saving: a read-only reason or a failed write. */
export type SavingNotice = ReadOnlyReason | 'quota' | 'failed';

export interface GuideLibrary {
  guides: Guide[];
  steps: StepProgress[];
  outcomes: OutcomeRecord[];
  /** Guides that changed in the last content update while the person had progress in them. */
  changes: GuideChange[];
  /** null while progress is kept in the database. */
  readOnly: ReadOnlyReason | null;
  saveStep(record: StepProgress): Promise<SaveResult>;
  saveOutcome(record: OutcomeRecord | { guideId: string; outcome: null }): Promise<SaveResult>;
  /** Lets the database go; a reader that only wanted the guides calls it at once. */
  close(): void;
}

export interface LibraryOptions extends OpenCallbacks {
  open?: (callbacks: OpenCallbacks) => Promise<GuidesDb>;
  content?: readonly Guide[];
  now?: () => number;
}

export function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message));
}

/** The bundled content with no database behind it: nothing is saved. */
export function readOnlyLibrary(reason: ReadOnlyReason, content: readonly Guide[] = GUIDES): GuideLibrary {
  return {
    guides: [...content],
    steps: [],
    outcomes: [],
    changes: [],
    readOnly: reason,
    saveStep: () => Promise.resolve('read-only'),
    saveOutcome: () => Promise.resolve('read-only'),
    close: () => undefined,
  };
}

async function attempt(write: () => Promise<void>, isOpen: () => boolean): Promise<SaveResult> {
  if (!isOpen()) return 'read-only';
  try {
    await write();
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'quota' : 'failed';
  }
}

export async function openGuideLibrary(options: LibraryOptions = {}): Promise<GuideLibrary> {
  const { open = openGuidesDb, content = GUIDES, now = Date.now } = options;
  let closed = false;
  let db: GuidesDb;
  try {
    db = await open({
      blocked: options.blocked,
      closedForUpgrade: () => {
        closed = true;
        options.closedForUpgrade?.();
      },
      terminated: () => {
        closed = true;
        options.terminated?.();
      },
    });
  } catch {
    return readOnlyLibrary('unavailable', content);
  }
  try {
    // Most opens find the content current: one read, no write.
    let stored = await readEverything(db);
    let seeded: 'seeded' | 'unchanged' | 'failed' = 'unchanged';
    if (stored.meta?.version !== contentVersion(content)) {
      seeded = await seedGuides(db, content, now()).catch(() => 'failed' as const);
      // A re-seed may have dropped progress of steps that no longer exist: read what is left.
      if (seeded !== 'failed') stored = await readEverything(db);
    }
    const progress = stored;
    const guides =
      seeded === 'failed' ? [...content] : withBundledFallback(stored.guides, stored.meta?.order, content);
    const present = new Set(guides.map((g) => g.id));
    const isOpen = () => !closed;
    return {
      guides,
      steps: progress.steps,
      outcomes: progress.outcomes,
      changes: stored.meta?.changed.filter((c) => present.has(c.guideId)) ?? [],
      readOnly: null,
      saveStep: (record) => attempt(() => saveStepProgress(db, record), isOpen),
      saveOutcome: (record) => attempt(() => saveOutcome(db, record), isOpen),
      close: () => {
        closed = true;
        db.close();
      },
    };
  } catch {
    db.close();
    return readOnlyLibrary('unavailable', content);
  }
}

/**
 * The stored guides in their seeded order; a guide of the bundle that is missing from the store
 * or failed validation there is taken from the bundle, so a damaged record never hides a guide.
 * A failed re-seed (disk full) is handled by the caller: the bundle is newer, so it is shown.
 */
function withBundledFallback(
  stored: readonly Guide[],
  order: readonly string[] | undefined,
  content: readonly Guide[],
): Guide[] {
  const byId = new Map(stored.map((g) => [g.id, g]));
  const bundled = new Map(content.map((g) => [g.id, g]));
  const ids = new Set([...(order ?? []), ...byId.keys(), ...bundled.keys()]);
  return [...ids].flatMap((id) => {
    const guide = byId.get(id) ?? bundled.get(id);
    return guide ? [guide] : [];
  });
}
