/**
 * The readers in one iCloud.com frame: decide the role, take the network listener's observations,
 * read at once (they start when the frame has loaded and is idle), read again after page changes
 * (observer scoped to the smallest container, reads spaced out, see nextReadDelay), and report
 * changes. Frames that are none of ours return before anything starts. The DOM readers run only
 * where the role may give text evidence (lib/readings/evidence.ts): the settings view and the
 * Photos app. The shell and the frames that show people's content (Mail, Drive, Notes …) pass on
 * Apple's answers to the page's own requests and read nothing of the page.
 */
import { applyUploadAnswer, NO_UPLOAD_JOBS } from '@/lib/readings/photos-upload';
import { readStorageUsageInfo } from '@/lib/readings/storage-usage-info';
import type { StorageReading } from '@/lib/readings/types';
import { identifyFrame, type FrameRole } from '@/lib/frame-role';
import { mayGive, readsPageText } from '@/lib/readings/evidence';
import type { ObservationListener } from './network-channel';
import { parseObservation } from './observations';
import { readStorageFlags } from './read-storage-flags';
import { readPhotosState, type HeardFromApple, type PhotosMemory } from './read-photos';
import { pageLocale } from './read-locale';
import { progressElements, readStorageMeter } from './read-meter';
import { readStorageText } from './read-storage-text';
import { createReporter, type FrameReading } from './reporter';
import { SELECTORS } from './signatures';

/** The parts of WXT's ContentScriptContext used here (teardown is WXT's). */
export interface ReaderContext {
  setTimeout(handler: () => void, ms?: number): number;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void): void;
  onInvalidated(cb: () => void): () => void;
  readonly isValid: boolean;
}

/** Reads follow page changes at most this often: often enough for progress, cheap on busy pages. */
export const READ_DELAY_MS = 2000;
/**
 * On a large page a read costs more, so reads space out: the wait after a read is 1,000 × its cost
 * (a 5 ms read waits 5 s), which keeps the readers near 0.1 % of the main thread, up to 10 s.
 */
export function nextReadDelay(lastReadMs: number): number {
  return Math.min(10_000, Math.max(READ_DELAY_MS, Math.round(lastReadMs * 1000)));
}
const WATCHED_ATTRIBUTES = ['aria-valuenow', 'aria-valuetext', 'value', 'aria-label', 'aria-busy', 'hidden'];

function containerFor(role: FrameRole, doc: Document): Element | null {
  const css =
    role.kind === 'photos'
      ? SELECTORS.photosContainer.css
      : role.kind === 'settings' && SELECTORS.settingsContainer.css;
  return (css && doc.querySelector(css)) || doc.body;
}

/**
 * Reads storage from a frame's document: Apple's API body first, then a meter, then text, then
 * flags. `all` is the text the quick checks look at (root's, or the whole page's: a superset only
 * lets a reader look closer at root), `pageText` the whole page's, `progress` the progress elements
 * under root — each read once by the caller and shared by the readers.
 */
export function readFrameStorage(
  root: Element,
  api: StorageReading | null,
  locale: string | null,
  now: number,
  all = root.textContent ?? '',
  pageText?: string,
  progress?: Element[],
): StorageReading | null {
  if (api) return api;
  const flags = readStorageFlags(root, all);
  const numbers =
    readStorageMeter(root, locale, now, pageText, progress) ?? readStorageText(root, locale, now, all);
  if (numbers) return flags ? { ...numbers, quota: flags } : numbers;
  return flags
    ? { usedBytes: null, totalBytes: null, quota: flags, source: 'flag', locale, readAt: now }
    : null;
}

/** What a frame knows between reads: Apple's answers heard so far, the Photos reader's memory. */
export interface FrameMemory {
  api: StorageReading | null;
  heard: HeardFromApple | null;
  memory: PhotosMemory;
  now: number;
}

/**
 * One read of a frame of this role: the evidence its role may give, nothing else. `root` is the
 * container the storage readers look in (the observed one). Pure apart from reading the document.
 */
export function readFrame(
  role: FrameRole['kind'],
  doc: Document,
  root: Element,
  location: Pick<Location, 'href' | 'hash'>,
  { api, heard, memory, now }: FrameMemory,
): FrameReading {
  const body = doc.body;
  if (!readsPageText(role) || !body) return { storage: api, photos: null };
  const locale = pageLocale(doc, location.href);
  // One pass over the page's text and one search for progress elements, shared by every reader
  // (the page may be large).
  const bodyText = body.textContent ?? '';
  const progress = progressElements(body);
  const storage = mayGive(role, 'storage-view-text')
    ? readFrameStorage(
        root,
        api,
        locale,
        now,
        bodyText,
        bodyText,
        root === body ? progress : progress.filter((e) => root.contains(e)),
      )
    : api;
  const photos =
    role === 'photos' ? readPhotosState(doc, location.hash, memory, heard, now, bodyText, progress) : null;
  return { storage: photos?.signedIn === false ? null : storage, photos };
}

/**
 * `network` subscribes to the network listener's observations (the frame's network feed, which
 * replays what arrived before the readers started).
 */
export function runReaders(
  ctx: ReaderContext,
  win: Window,
  send: (reading: FrameReading, role: FrameRole) => Promise<boolean> | void,
  network: (listener: ObservationListener) => void,
): FrameRole {
  let role = identifyFrame(win.location.href, win.top === win);
  // Frames that are none of ours: nothing starts — no observer, no timer, no listener.
  if (role.kind === 'none') return role;
  const doc = win.document;
  let api: StorageReading | null = null;
  const heard: HeardFromApple = { cloudKitQuotaAt: null, uploads: NO_UPLOAD_JOBS };
  let memory: PhotosMemory = { upload: null, quotaError: null };
  let observer: MutationObserver | null = null;
  let observed: Element | null = null;
  let pending = false;
  let delay = READ_DELAY_MS;
  const reporter = createReporter((reading) => send(reading, role), {
    now: () => Date.now(),
    setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
  });

  const read = (): void => {
    pending = false;
    const started = performance.now();
    try {
      const body = doc.body;
      if (!ctx.isValid || !body) return;
      // A role that gives no text evidence reads nothing of the page: its part is what the page's
      // own requests to Apple brought back.
      if (!readsPageText(role.kind)) {
        observer?.disconnect();
        reporter.offer({ storage: api, photos: null });
        return;
      }
      // Watch again from now on (the observer stops at the first change it sees, see `changed`),
      // the container as it is now.
      observe();
      const found = readFrame(role.kind, doc, observed ?? body, win.location, {
        api,
        heard,
        memory,
        now: Date.now(),
      });
      if (found.photos) memory = found.photos;
      reporter.offer(found);
    } catch {
      // A reader that fails reads nothing; the page never sees it.
    } finally {
      delay = nextReadDelay(performance.now() - started);
    }
  };
  const schedule = (): void => {
    if (pending) return;
    pending = true;
    // The plain timer: ctx.setTimeout would add an abort listener per read that stays for the
    // page's life; read() itself does nothing once the context is invalid.
    setTimeout(read, delay);
  };
  // The first change is enough to know a read is due: the observer then stops until that read, so
  // a busy page does not call back into this script on every change.
  const changed = (): void => {
    observer?.disconnect();
    schedule();
  };
  const observe = (): void => {
    observer?.disconnect();
    observed = containerFor(role, doc);
    if (!observed) return;
    observer ??= new (win as Window & typeof globalThis).MutationObserver(changed);
    observer.observe(observed, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
  };

  // What the main-world listener saw of Apple's answers, since document_start.
  network((detail, at) => {
    const observation = parseObservation(detail);
    if (!observation) return;
    if (observation.kind === 'storage') {
      api = readStorageUsageInfo(observation.body, pageLocale(doc, win.location.href), at) ?? api;
    } else if (observation.kind === 'quota') heard.cloudKitQuotaAt ??= at;
    else heard.uploads = applyUploadAnswer(heard.uploads, observation.answer, at);
    schedule();
  });
  ctx.onInvalidated(() => observer?.disconnect());

  // The readers start once the frame has loaded and is idle (content/frame-start.ts): read now.
  if (doc.readyState === 'loading') ctx.addEventListener(doc, 'DOMContentLoaded', read);
  else read();

  if (role.kind === 'photos') ctx.addEventListener(win, 'hashchange', schedule);
  else if (win.top === win) {
    // The shell follows history changes (WXT's location watcher); the role may turn to settings.
    ctx.addEventListener(win, 'wxt:locationchange', () => {
      const next = identifyFrame(win.location.href, true);
      if (next.kind !== role.kind) {
        role = next;
        observer?.disconnect();
      }
      schedule();
    });
  }
  return role;
}
