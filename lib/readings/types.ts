/** What the content script reads from iCloud.com. Shared contract: see content/ and lib/readings/. */
import type { IcloudApp } from '../tips/apps';

/** Where a storage reading came from, most trusted first. */
export type StorageSource = 'api' | 'meter' | 'text' | 'flag';

export interface QuotaFlags {
  overQuota?: boolean;
  almostFull?: boolean;
  haveMaxQuotaTier?: boolean;
  paidQuota?: boolean;
}

export interface StorageReading {
  /** Bytes (binary units, as Apple's API). Null when only a flag was read ("storage is full"). */
  usedBytes: number | null;
  totalBytes: number | null;
  /** Usage per category keyed by Apple's `mediaKey` ("photos", "backup" …), when known. */
  byMedia?: Record<string, number>;
  quota?: QuotaFlags;
  source: StorageSource;
  /**
   * The page's locale ("en-us", "de-de") when known: for text and meters, whose numbers are
   * written in it; null for Apple's answers, which the document_start script sends on unread.
   */
  locale: string | null;
  /** When it was read (epoch ms). */
  readAt: number;
}

export interface UploadProgress {
  /** 0–100 when the page shows a determinate percentage. */
  percent: number | null;
  done: number | null;
  total: number | null;
  /** When the progress last changed (epoch ms): the background's stall detection uses it. */
  lastProgressAt: number;
}

export type QuotaErrorSource = 'cloudkit' | 'photosupload' | 'text';

export interface PhotosState {
  /** False on the signed-out Photos page; null when not known. */
  signedIn: boolean | null;
  /** The upload in progress, or null when none is shown. */
  upload: UploadProgress | null;
  /**
   * The last quota refusal seen while uploading, if any: CloudKit's `QUOTA_EXCEEDED` for a record,
   * a photosupload per-file answer that names a quota error, or Apple's "storage is full" words in
   * Photos. Not proof of a full plan: fresh storage numbers decide (lib/conditions).
   */
  quotaError: {
    at: number;
    source: QuotaErrorSource;
    /**
     * The app whose frame heard CloudKit refuse a write (Drive, Notes …); absent when it was Photos
     * (and in states stored before other frames passed refusals on).
     */
    app?: IcloudApp;
  } | null;
  /**
   * The last upload Apple refused without naming quota (a photosupload per-file status other than
   * accepted, duplicate or retryable), if any. Absent in states stored before it existed.
   */
  uploadRefused?: { at: number; status: number } | null;
  /** The Photos view ("library", "albums", "recently-deleted" …) when known. */
  view: string | null;
  readAt: number;
}
