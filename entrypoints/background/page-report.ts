import { identifyFrame } from '@/lib/frame-role';
import { openHistoryDb } from '@/lib/history-db';
import type { PageReportMessage, QuotaRefusalMessage } from '@/lib/messages';
import { capPhotosTimes, capStorageTimes } from '@/lib/readings/cap-times';
import { admissible, mayGive } from '@/lib/readings/evidence';
import { appendStorageReading } from '@/lib/readings/history';
import { mergePhotosState, mergeStorageReading, readingKey, withQuotaRefusal } from '@/lib/readings/merge';
import type { PhotosState, StorageReading } from '@/lib/readings/types';
import { validatePhotosState, validateStorageReading } from '@/lib/readings/validate';
import { photosStateItem, storageReadingItem } from '@/lib/state-items';
import type { SenderLike } from '@/lib/sender';
import { serialQueue } from '@/lib/serial';
import { appFromFrameName, appFromShellPath } from '@/lib/tips/apps';

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

/**
 * Stores CloudKit's quota refusal (already shape- and sender-checked by content-messages.ts) into
 * the Photos state, from any frame of ours that may give Apple's answers (lib/readings/evidence.ts),
 * known from its own URL, which also names the app that was refused (Drive, Notes …; none for
 * Photos). Its time is capped at the background's clock.
 */
export async function handleQuotaRefusal(
  message: QuotaRefusalMessage,
  sender: SenderLike,
  now: number,
): Promise<void> {
  const url = sender.url ?? '';
  const role = identifyFrame(url, sender.frameId === 0);
  if (!mayGive(role.kind, 'apple-answer')) return;
  const app =
    role.kind === 'photos'
      ? null
      : role.kind === 'app'
        ? appFromFrameName(role.app)
        : role.kind === 'settings'
          ? 'settings'
          : appFromShellPath(new URL(url).pathname);
  const previous = validatePhotosState(await photosStateItem.getValue());
  const next = withQuotaRefusal(previous, Math.min(message.at, now), app);
  if (next !== previous) await photosStateItem.setValue(next);
}

const inTurn = serialQueue();

/**
 * Reports and refusals from several frames arrive together: store them one after another, never
 * interleaved (both write the Photos state).
 */
export function queuePageReport(
  message: PageReportMessage | QuotaRefusalMessage,
  sender: SenderLike,
  now: number,
): Promise<void> {
  return inTurn(() =>
    message.type === 'quota-refusal'
      ? handleQuotaRefusal(message, sender, now)
      : handlePageReport(message, sender, now),
  );
}
