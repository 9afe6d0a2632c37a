/**
 * The guides as an extension page uses them: from the database when it can be opened, seeded if
 * the bundled content is newer; otherwise the bundled content, read-only, with the reason — so
 * the page can say plainly that progress is not being kept.
 */
import { GUIDES } from './content';
import {
  openGuidesDb,
  readProgress,
  saveOutcome,
  saveStepProgress,
  seedGuides,
  type GuidesDb,
  type OpenCallbacks,
} from './db';
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
  /** null while progress is kept in the database. */
  readOnly: ReadOnlyReason | null;
  saveStep(record: StepProgress): Promise<SaveResult>;
  saveOutcome(record: OutcomeRecord | { guideId: string; outcome: null }): Promise<SaveResult>;
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
    readOnly: reason,
    saveStep: () => Promise.resolve('read-only'),
    saveOutcome: () => Promise.resolve('read-only'),
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
    // Once seeded, the stored guides carry the bundle's content version, so they are the bundled
    // guides word for word: those objects are used as they are, with no second parse. A failed
    // re-seed (disk full) leaves older guides stored; the bundled ones are newer, so still shown.
    const [seeded, firstRead] = await Promise.all([
      seedGuides(db, content, now()).catch(() => 'failed' as const),
      readProgress(db),
    ]);
    // A re-seed may have dropped progress of steps that no longer exist: read what is left.
    const progress = seeded === 'seeded' ? await readProgress(db) : firstRead;
    const isOpen = () => !closed;
    return {
      guides: [...content],
      steps: progress.steps,
      outcomes: progress.outcomes,
      readOnly: null,
      saveStep: (record) => attempt(() => saveStepProgress(db, record), isOpen),
      saveOutcome: (record) => attempt(() => saveOutcome(db, record), isOpen),
    };
  } catch {
    db.close();
    return readOnlyLibrary('unavailable', content);
  }
}
