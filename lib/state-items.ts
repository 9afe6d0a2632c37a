/**
 * The extension's current state in browser.storage.local, one item each, all declared here.
 * Writers: the background only. Readers: background, popup, options, guide page (through these items).
 * Values cross a storage boundary, so readers validate them before use.
 */
import { storage } from 'wxt/utils/storage';
import { POPUP_VIEW_KEY } from './popup-view/types';
import type { PhotosState, StorageReading } from './readings/types';
import { EMPTY_POLL_RECORD, type PollRecord, type StatusSnapshot } from './status/types';

/** An item of this file: each is at version 1 and reads as `fallback` until first written. */
function localItem<T>(key: `local:${string}`, fallback: T) {
  return storage.defineItem<T>(key, { fallback, version: 1 });
}

/** The latest good status snapshot; kept when later polls fail. */
export const statusSnapshotItem = localItem<StatusSnapshot | null>('local:statusSnapshot', null);

export const pollRecordItem = localItem<PollRecord>('local:pollRecord', EMPTY_POLL_RECORD);

/** The latest storage reading from iCloud.com. */
export const storageReadingItem = localItem<StorageReading | null>('local:storageReading', null);

/** The latest Photos state from iCloud.com. */
export const photosStateItem = localItem<PhotosState | null>('local:photosState', null);

/** Ends of status events waiting for confirmation (see lib/status/debounce.ts); unknown until read. */
export const statusDebounceItem = localItem<unknown>('local:statusDebounce', null);

/** Notices a poll decided on and not yet shown; validated by lib/status/notices (readPendingNotices). */
export const pendingNoticesItem = localItem<unknown>('local:pendingNotices', []);

/** Tips the person snoozed on iCloud.com: condition id → epoch ms until which it stays hidden. */
export const tipSnoozesItem = localItem<Record<string, number>>('local:tipSnoozes', {});

/** Successful status reads, the latest per local day (see lib/status/checked-days.ts). */
export const statusCheckedItem = localItem<number[]>('local:statusChecked', []);

/**
 * What the popup shows, as the background last evaluated it (lib/popup-view/): rebuilt after every
 * evaluation, validated by the popup on reading. Not versioned: the value carries its own version.
 */
export const popupViewItem = storage.defineItem<unknown>(`local:${POPUP_VIEW_KEY}`, { fallback: null });
