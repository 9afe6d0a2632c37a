import { identifyFrame } from '@/lib/frame-role';
import { openHistoryDb } from '@/lib/history-db';
import type { PageReportMessage } from '@/lib/messages';
import { capPhotosTimes, capStorageTimes } from '@/lib/readings/cap-times';
import { admissible } from '@/lib/readings/evidence';
import { appendStorageReading } from '@/lib/readings/history';
import { mergePhotosState, mergeStorageReading, readingKey } from '@/lib/readings/merge';
import type { PhotosState, StorageReading } from '@/lib/readings/types';
import { validatePhotosState, validateStorageReading } from '@/lib/readings/validate';
import { photosStateItem, storageReadingItem } from '@/lib/state-items';
import type { SenderLike } from '@/lib/sender';
import { serialQueue } from '@/lib/serial';

async function storePhotosState(photos: PhotosState, now: number): Promise<void> {
  const previous = validatePhotosState(await photosStateItem.getValue());
  await photosStateItem.setValue(mergePhotosState(previous, capPhotosTimes(photos, now)));
}

async function storeStorageReading(storage: StorageReading, now: number): Promise<void> {
  const previous = validateStorageReading(await storageReadingItem.getValue());
  const next = mergeStorageReading(previous, capStorageTimes(storage, now), now);
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

/**
 * Stores what a frame read (already shape- and sender-checked by content-messages.ts): the latest
 * Photos state and storage reading in storage.local, and the reading's point in the history.
 * Each part counts only when the sending frame, known from its own URL, may give that kind of
 * evidence (lib/readings/evidence.ts): storage text from the settings view, a Photos state from the
 * Photos app, Apple's answers from any frame of ours. Each part is written on its own, so a broken
 * history database loses nothing of the Photos state; any part that could not be written rejects,
 * and the content script sends the report again (writing the same report twice stores the same
 * values).
 */
export async function handlePageReport(
  message: PageReportMessage,
  sender: SenderLike,
  now: number,
): Promise<void> {
  const report = admissible(message, identifyFrame(sender.url ?? '', sender.frameId === 0).kind);
  if (!report) return;
  const writes: Promise<void>[] = [];
  if (report.photos) writes.push(storePhotosState(report.photos, now));
  if (report.storage) writes.push(storeStorageReading(report.storage, now));
  const failed = (await Promise.allSettled(writes)).find((r) => r.status === 'rejected');
  if (failed) throw new Error('page report not fully stored', { cause: failed.reason });
}

const inTurn = serialQueue();

/** Reports from several frames arrive together: store them one after another, never interleaved. */
export function queuePageReport(report: PageReportMessage, sender: SenderLike, now: number): Promise<void> {
  return inTurn(() => handlePageReport(report, sender, now));
}
