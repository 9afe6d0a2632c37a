/**
 * The guides as an extension page uses them: from the database when it can be opened, seeded if
 * the bundled content is newer; otherwise the bundled content, read-only, with the reason — so
 * the page can say plainly that progress is not being kept.
 */
import { GUIDES } from './content';
import {
  openGuidesDb,
  readGuides,
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

/** The store returns guides by id; people see them in the order the content was written. */
function inContentOrder(stored: Guide[], content: readonly Guide[]): Guide[] {
  const rank = (g: Guide) => {
    const i = content.findIndex((c) => c.id === g.id);
    return i < 0 ? content.length : i;
  };
  return [...stored].sort((a, b) => rank(a) - rank(b));
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
    try {
      await seedGuides(db, content, now());
    } catch {
      // A failed re-seed (disk full) leaves the older guides in place; the bundled ones are shown.
    }
    const [stored, progress] = await Promise.all([readGuides(db), readProgress(db)]);
    const isOpen = () => !closed;
    return {
      guides: stored.length > 0 ? inContentOrder(stored, content) : [...content],
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
