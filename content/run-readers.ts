/**
 * The readers of one frame role, running: read at once (they start when the frame has loaded and
 * is idle), read again after page changes (an observer scoped to the smallest container, reads
 * spaced out, see nextReadDelay), and report changes. The role's script decides what one read is
 * (./read-storage-view.ts for the settings view, ./read-photos-frame.ts for Photos); only those two
 * roles run a reader of the page (lib/readings/evidence.ts).
 *
 * Teardown: `stop()` ends everything (the observer, the timers' reads, the listeners given
 * `signal`), and the readers stop on their own at their next callback once the extension has gone
 * (updated, reloaded, disabled: ./background-channel.ts). A page change is such a callback, so an
 * observer left by a gone extension disconnects at the first change it sees.
 */
import { extensionAlive } from './background-channel';
import { createReporter, type FrameReading, type SendReport } from './reporter';

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

/** What a role's readers read. */
export interface FrameReader {
  /** The smallest container worth observing, as the page is now (null: the body). */
  container(doc: Document): Element | null;
  /** One read; `root` is the observed container. Pure apart from reading the document. */
  read(doc: Document, root: Element, location: Pick<Location, 'href' | 'hash'>, now: number): FrameReading;
}

export interface RunningReaders {
  /** Asks for a read soon (after a page event the observer does not see). */
  schedule(): void;
  stop(): void;
  /** Aborted when the readers stop: for the role script's own listeners. */
  signal: AbortSignal;
}

export function runReaders(
  win: Window,
  reader: FrameReader,
  send: SendReport,
  alive: () => boolean = extensionAlive,
): RunningReaders {
  const doc = win.document;
  const stopped = new AbortController();
  let observer: MutationObserver | null = null;
  let pending = false;
  let delay = READ_DELAY_MS;
  const reporter = createReporter(send, {
    now: () => Date.now(),
    setTimeout: (handler, ms) => win.setTimeout(() => alive() && !stopped.signal.aborted && handler(), ms),
  });

  const stop = (): void => {
    stopped.abort();
    observer?.disconnect();
  };
  const read = (): void => {
    pending = false;
    if (stopped.signal.aborted) return;
    if (!alive()) return stop();
    const started = performance.now();
    try {
      const body = doc.body;
      if (!body) return;
      // Watch again from now on (the observer stops at the first change it sees, see `changed`),
      // the container as it is now.
      const root = reader.container(doc) ?? body;
      observe(root);
      reporter.offer(reader.read(doc, root, win.location, Date.now()));
    } catch {
      // A reader that fails reads nothing; the page never sees it.
    } finally {
      delay = nextReadDelay(performance.now() - started);
    }
  };
  const schedule = (): void => {
    if (pending || stopped.signal.aborted) return;
    pending = true;
    win.setTimeout(read, delay);
  };
  // The first change is enough to know a read is due: the observer then stops until that read, so
  // a busy page does not call back into this script on every change.
  const changed = (): void => {
    observer?.disconnect();
    schedule();
  };
  const observe = (root: Element): void => {
    observer?.disconnect();
    observer ??= new (win as Window & typeof globalThis).MutationObserver(changed);
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
  };

  if (doc.readyState === 'loading')
    doc.addEventListener('DOMContentLoaded', read, { once: true, signal: stopped.signal });
  else read();
  return { schedule, stop, signal: stopped.signal };
}
