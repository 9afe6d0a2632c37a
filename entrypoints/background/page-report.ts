import { identifyFrame } from '@/content/frame-role';
import { openHistoryDb } from '@/lib/history-db';
import type { PageReportMessage } from '@/lib/messages';
import { appendStorageReading } from '@/lib/readings/history';
import { mergePhotosState, mergeStorageReading, readingKey } from '@/lib/readings/merge';
import { validatePhotosState, validateStorageReading } from '@/lib/readings/validate';
import { photosStateItem, storageReadingItem } from '@/lib/state-items';
import type { SenderLike } from '@/lib/sender';
import { serialQueue } from '@/lib/serial';

/** Times from a content script are never later than the background's clock. */
function notAfter<T extends { readAt: number }>(value: T, now: number): T {
  return value.readAt > now ? { ...value, readAt: now } : value;
}

/**
 * Stores what a frame read (already shape- and sender-checked by content-messages.ts): the latest
 * storage reading and Photos state in storage.local, and the reading's point in the history.
 * A Photos state counts only when the sending frame's own URL is the Photos app.
 */
export async function handlePageReport(
  report: PageReportMessage,
  sender: SenderLike,
  now: number,
): Promise<void> {
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
  const fromPhotos = identifyFrame(sender.url ?? '', sender.frameId === 0).kind === 'photos';
  if (report.photos && fromPhotos) {
    const previous = validatePhotosState(await photosStateItem.getValue());
    await photosStateItem.setValue(mergePhotosState(previous, notAfter(report.photos, now)));
  }
}

const inTurn = serialQueue();

/** Reports from several frames arrive together: store them one after another, never interleaved. */
export function queuePageReport(report: PageReportMessage, sender: SenderLike, now: number): Promise<void> {
  return inTurn(() => handlePageReport(report, sender, now));
}
