/**
 * Ages and durations in plain words: "just now", "2 minutes ago", "3 hours ago", "yesterday",
 * "in 20 minutes"; and rough spans for forecasts ("about 3 weeks").
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** A duration in the largest unit that fits, rounded down: "5 minutes", "3 hours", "2 days". */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return plural(Math.floor(abs / 1000), 'second');
  if (abs < HOUR) return plural(Math.floor(abs / MINUTE), 'minute');
  if (abs < DAY) return plural(Math.floor(abs / HOUR), 'hour');
  return plural(Math.floor(abs / DAY), 'day');
}

/** How long ago (or how soon) `then` is, seen from `now`. */
export function formatRelativeTime(then: number, now: number): string {
  const diff = now - then;
  if (!Number.isFinite(diff)) return 'at an unknown time';
  if (Math.abs(diff) < 45_000) return 'just now';
  if (diff < 0) {
    const ahead = -diff;
    if (ahead < MINUTE) return 'in a minute';
    return `in ${formatDuration(ahead)}`;
  }
  if (diff < MINUTE) return '1 minute ago';
  if (diff >= DAY && diff < 2 * DAY) return 'yesterday';
  return `${formatDuration(diff)} ago`;
}

/** A rough span for a projection: "less than a day", "about 4 days", "about 3 weeks", "about 5 months". */
export function formatRoughSpan(ms: number): string {
  if (!Number.isFinite(ms) || ms < DAY) return 'less than a day';
  if (ms < 2 * WEEK) return `about ${plural(Math.round(ms / DAY), 'day')}`;
  if (ms < 60 * DAY) return `about ${plural(Math.round(ms / WEEK), 'week')}`;
  if (ms < 365 * DAY) return `about ${plural(Math.round(ms / (30 * DAY)), 'month')}`;
  return 'more than a year';
}
