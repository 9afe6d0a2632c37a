/**
 * The extension's current state in browser.storage.local, one item each, all declared here.
 * Writers: the background only. Readers: background, popup, options (through these items).
 * Values cross a storage boundary, so readers validate them before use.
 */
import { storage } from 'wxt/utils/storage';
import { POPUP_VIEW_KEY } from './popup-view/types';
import type { PhotosState, StorageReading } from './readings/types';
import { EMPTY_POLL_RECORD, type PollRecord, type StatusSnapshot } from './status/types';

/** The latest good status snapshot; kept when later polls fail. */
export const statusSnapshotItem = storage.defineItem<StatusSnapshot | null>('local:statusSnapshot', {
  fallback: null,
  version: 1,
});

export const pollRecordItem = storage.defineItem<PollRecord>('local:pollRecord', {
  fallback: EMPTY_POLL_RECORD,
  version: 1,
});

/** The latest storage reading from iCloud.com. */
export const storageReadingItem = storage.defineItem<StorageReading | null>('local:storageReading', {
  fallback: null,
  version: 1,
});

/** The latest Photos state from iCloud.com. */
export const photosStateItem = storage.defineItem<PhotosState | null>('local:photosState', {
  fallback: null,
  version: 1,
});

/** Ends of status events waiting for confirmation (see lib/status/debounce.ts); unknown until read. */
export const statusDebounceItem = storage.defineItem<unknown>('local:statusDebounce', {
  fallback: null,
  version: 1,
});

/** Notices a poll decided on and not yet shown; validated by lib/status/notices (readPendingNotices). */
export const pendingNoticesItem = storage.defineItem<unknown>('local:pendingNotices', {
  fallback: [],
  version: 1,
});

/** Tips the person snoozed on iCloud.com: condition id → epoch ms until which it stays hidden. */
export const tipSnoozesItem = storage.defineItem<Record<string, number>>('local:tipSnoozes', {
  fallback: {},
  version: 1,
});

/** Successful status reads, the latest per local day (see lib/status/checked-days.ts). */
export const statusCheckedItem = storage.defineItem<number[]>('local:statusChecked', {
  fallback: [],
  version: 1,
});

/**
 * What the popup shows, as the background last evaluated it (lib/popup-view.ts): rebuilt after every
 * evaluation, validated by the popup on reading. Not versioned: the value carries its own version.
 */
export const popupViewItem = storage.defineItem<unknown>(`local:${POPUP_VIEW_KEY}`, { fallback: null });
