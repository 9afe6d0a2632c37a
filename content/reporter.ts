/**
 * Sends a PageReport only when what the frame reads has changed, and at most once every
 * `minIntervalMs` while it keeps changing (the latest state is sent when the interval ends).
 * While only an upload's progress moves, at most once every `PROGRESS_INTERVAL_MS`: stall
 * detection works in minutes, and each report costs a message, a storage write and a tips check.
 * A report the background did not store (it answered not ok, or not at all) is sent again after
 * each of `RESEND_DELAYS_MS`, then given up until the reading changes.
 */
import type { PhotosState, StorageReading } from '@/lib/readings/types';

export interface FrameReading {
  storage: StorageReading | null;
  photos: PhotosState | null;
}

export const REPORT_MIN_INTERVAL_MS = 3000;
export const PROGRESS_INTERVAL_MS = 30_000;
/** Waits before each resend of a report that was not stored: three tries, then it is given up. */
export const RESEND_DELAYS_MS: readonly number[] = [5_000, 30_000, 120_000];

/** Sends a report; resolves whether the background stored it (void: no answer is awaited). */
export type SendReport = (reading: FrameReading) => Promise<boolean> | void;

/** What a reading says, without the time it was read at. */
export function readingSignature(reading: FrameReading): string {
  return JSON.stringify(reading, (key, value: unknown) => (key === 'readAt' ? 0 : value));
}

/** The same, also without how far an upload has got (only whether one is shown). */
function withoutProgress(reading: FrameReading): string {
  const upload = reading.photos?.upload;
  return (
    readingSignature(upload ? { ...reading, photos: { ...reading.photos!, upload: null } } : reading) +
    !!upload
  );
}

export interface ReporterClock {
  now(): number;
  setTimeout(handler: () => void, ms: number): unknown;
}

export function createReporter(
  send: SendReport,
  clock: ReporterClock,
  minIntervalMs = REPORT_MIN_INTERVAL_MS,
) {
  let sentSignature = readingSignature({ storage: null, photos: null });
  let sentEssentials = withoutProgress({ storage: null, photos: null });
  let sentAt = -Infinity;
  let flushAt = Infinity;
  let latest: FrameReading | null = null;

  const flush = (): void => {
    flushAt = Infinity;
    if (!latest) return;
    const signature = readingSignature(latest);
    if (signature === sentSignature) return;
    sentSignature = signature;
    sentEssentials = withoutProgress(latest);
    sentAt = clock.now();
    deliver(latest, signature, 0);
  };

  const deliver = (reading: FrameReading, signature: string, resends: number): void => {
    void Promise.resolve(send(reading))
      .then(
        (stored) => stored !== false,
        () => false,
      )
      .then((stored) => {
        // Stored, superseded by a newer report, or out of tries: nothing more to send.
        if (stored || signature !== sentSignature || resends >= RESEND_DELAYS_MS.length) return;
        clock.setTimeout(() => {
          if (signature === sentSignature) deliver(reading, signature, resends + 1);
        }, RESEND_DELAYS_MS[resends]!);
      });
  };

  return {
    offer(reading: FrameReading): void {
      latest = reading;
      if (readingSignature(reading) === sentSignature) return;
      const interval = withoutProgress(reading) === sentEssentials ? PROGRESS_INTERVAL_MS : minIntervalMs;
      const at = Math.max(clock.now(), sentAt + interval);
      if (at <= clock.now()) return flush();
      // A timer already due sooner covers this change too.
      if (at >= flushAt) return;
      flushAt = at;
      clock.setTimeout(() => {
        if (flushAt === at) flush();
      }, at - clock.now());
    },
  };
}
