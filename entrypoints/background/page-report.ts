import { identifyFrame } from '@/lib/frame-role';
import { openHistoryDb } from '@/lib/history-db';
import type { PageReportMessage } from '@/lib/messages';
import { admissible } from '@/lib/readings/evidence';
import { appendStorageReading } from '@/lib/readings/history';
import { mergePhotosState, mergeStorageReading, readingKey } from '@/lib/readings/merge';
import { validatePhotosState, validateStorageReading } from '@/lib/readings/validate';
import { photosStateItem, storageReadingItem } from '@/lib/state-items';
import type { SenderLike } from '@/lib/sender';

/** Times from a content script are never later than the background's clock. */
function notAfter<T extends { readAt: number }>(value: T, now: number): T {
  return value.readAt > now ? { ...value, readAt: now } : value;
}

/**
 * Stores what a frame read (already shape- and sender-checked by content-messages.ts): the latest
 * storage reading and Photos state in storage.local, and the reading's point in the history.
 * Each part counts only when the sending frame, known from its own URL, may give that kind of
 * evidence (lib/readings/evidence.ts): storage text from the settings view, a Photos state from the
 * Photos app, Apple's answers from any frame of ours.
 */
export async function handlePageReport(
  message: PageReportMessage,
  sender: SenderLike,
  now: number,
): Promise<void> {
  const report = admissible(message, identifyFrame(sender.url ?? '', sender.frameId === 0).kind);
  if (!report) return;
  if (report.storage) {
    const previous = validateStorageReading(await storageReadingItem.getValue());
    const next = mergeStorageReading(previous, notAfter(report.storage, now), now);
    if (readingKey(previous) !== readingKey(next) || previous?.readAt !== next.readAt) {
      await storageReadingItem.setValue(next);
    }
    if (next.usedBytes !== null) {
      const db = await openHistoryDb();
      try {
        await appendStorageReading(db, next);
      } finally {
        db.close();
      }
    }
  }
  if (report.photos) {
    const previous = validatePhotosState(await photosStateItem.getValue());
    await photosStateItem.setValue(mergePhotosState(previous, notAfter(report.photos, now)));
  }
}

let queue: Promise<unknown> = Promise.resolve();

/** Reports from several frames arrive together: store them one after another, never interleaved. */
export function queuePageReport(report: PageReportMessage, sender: SenderLike, now: number): Promise<void> {
  const next = queue.then(() => handlePageReport(report, sender, now));
  queue = next.catch(() => undefined);
  return next;
}
