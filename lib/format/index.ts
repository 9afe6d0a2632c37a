export { formatBytes } from './bytes';
export { formatPercent, percentUsed } from './percent';
export { formatDuration, formatRelativeTime, formatRoughSpan } from './relative-time';
export { calendarDayOffset, formatLocalTime, type LocalTimeOptions } from './local-time';
