/**
 * Sends a PageReport only when what the frame reads has changed, and at most once every
 * `minIntervalMs` while it keeps changing (the latest state is sent when the interval ends).
 * While only an upload's progress moves, at most once every `PROGRESS_INTERVAL_MS`: stall
 * detection works in minutes, and each report costs a message, a storage write and a tips check.
 */
import type { PhotosState, StorageReading } from '@/lib/readings/types';

export interface FrameReading {
  storage: StorageReading | null;
  photos: PhotosState | null;
}

export const REPORT_MIN_INTERVAL_MS = 3000;
export const PROGRESS_INTERVAL_MS = 30_000;

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
  send: (reading: FrameReading) => void,
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
    send(latest);
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
