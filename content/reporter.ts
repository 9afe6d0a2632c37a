/**
 * Sends a PageReport only when what the frame reads has changed, and at most once every
 * `minIntervalMs` while it keeps changing (the latest state is sent when the interval ends).
 */
import type { PhotosState, StorageReading } from '@/lib/readings/types';

export interface FrameReading {
  storage: StorageReading | null;
  photos: PhotosState | null;
}

export const REPORT_MIN_INTERVAL_MS = 3000;

/** What a reading says, without the time it was read at. */
export function readingSignature(reading: FrameReading): string {
  return JSON.stringify(reading, (key, value: unknown) => (key === 'readAt' ? 0 : value));
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
  let sentAt = -Infinity;
  let waiting = false;
  let latest: FrameReading | null = null;

  const flush = (): void => {
    if (!latest) return;
    const signature = readingSignature(latest);
    if (signature === sentSignature) return;
    sentSignature = signature;
    sentAt = clock.now();
    send(latest);
  };

  return {
    offer(reading: FrameReading): void {
      latest = reading;
      if (readingSignature(reading) === sentSignature || waiting) return;
      const wait = sentAt + minIntervalMs - clock.now();
      if (wait <= 0) return flush();
      waiting = true;
      clock.setTimeout(() => {
        waiting = false;
        flush();
      }, wait);
    },
  };
}
