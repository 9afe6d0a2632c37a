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
 * A quota error (or another refusal) in Photos counts for this long. After that the upload it stopped is old news;
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

/** A storage reading older than this is stale: visit iCloud.com to refresh it. */
export const STORAGE_STALE_MS = 7 * DAY;
