/**
 * The fixed numbers behind the conditions. The ones a person may change live in settings; these
 * are the extension's own judgement, kept in one place so the rules and their tests agree.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const TIME = { MINUTE, HOUR, DAY } as const;

/** At or above this percent of the plan, storage counts as full (the contract's 99.5 %). */
export const FULL_PERCENT = 99.5;

/** A forecast of full within this long raises `storage-nearly-full` early. */
export const FORECAST_WARNING_MS = 14 * DAY;

/**
 * A quota error in Photos counts for this long. After that the upload it stopped is old news;
 * a newer upload that makes progress clears it sooner.
 */
export const UPLOAD_BLOCKED_WINDOW_MS = 60 * MINUTE;

/**
 * An upload with no progress for longer than this was abandoned (the tab was closed, the
 * computer slept): it is no longer reported as stalled.
 */
export const UPLOAD_ABANDONED_MS = 24 * HOUR;

/** The feed could not be read this many polls in a row: its state is unknown. */
export const FAILED_POLLS_FOR_UNKNOWN = 3;

/**
 * A snapshot older than this many poll intervals (plus a grace for alarm jitter) is too old to
 * trust: polling has stopped for some reason, so the status is unknown.
 */
export const STALE_SNAPSHOT_POLLS = 3;
export const STALE_SNAPSHOT_GRACE_MS = 2 * MINUTE;

/** A storage reading older than this is stale: visit iCloud.com to refresh it. */
export const STORAGE_STALE_MS = 7 * DAY;

/** How old a snapshot may be, given the polling interval, before it is no longer trusted. */
export function snapshotTrustMs(pollIntervalMinutes: number): number {
  return STALE_SNAPSHOT_POLLS * pollIntervalMinutes * MINUTE + STALE_SNAPSHOT_GRACE_MS;
}
