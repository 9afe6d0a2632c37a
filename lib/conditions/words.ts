/** Numbers, sizes, names and times in people's words (English; the extension's only locale). */
import { catalogueService } from '../status/catalogue';
import { TIME } from './limits';

/** Percent of the plan in use, or null when either number is unknown. */
export function usedPercent(usedBytes: number | null, totalBytes: number | null): number | null {
  if (usedBytes === null || totalBytes === null || totalBytes <= 0) return null;
  // Multiply first: 99.5 % of a plan stays exactly 99.5, not 99.49999999999999.
  return (usedBytes * 100) / totalBytes;
}

/**
 * Whole percent for display. Rounded down, so a display never claims a threshold that was not
 * reached (89.9 % shows as 89 %, never 90 %).
 */
export function wholePercent(percent: number): number {
  return Math.max(0, Math.floor(percent + 1e-9));
}

/** Binary sizes with Apple's unit names: 540.9 MB, 5 GB, 1.2 TB. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${Math.round(value)} bytes`;
  const shown = value >= 100 ? Math.round(value).toString() : (Math.round(value * 10) / 10).toString();
  return `${shown} ${units[unit]}`;
}

/** "just now", "4 min", "3 h", "2 days": a duration short enough for a tooltip. */
export function shortDuration(ms: number): string {
  const safe = Math.max(0, ms);
  if (safe < TIME.MINUTE) return 'less than a minute';
  if (safe < TIME.HOUR) return `${Math.floor(safe / TIME.MINUTE)} min`;
  if (safe < 2 * TIME.DAY) return `${Math.floor(safe / TIME.HOUR)} h`;
  return `${Math.floor(safe / TIME.DAY)} days`;
}

/** "just now", "4 min ago", "3 h ago", "9 days ago". */
export function agoPhrase(ms: number): string {
  if (ms < TIME.MINUTE) return 'just now';
  return `${shortDuration(ms)} ago`;
}

/** "less than a day", "about 9 days", "about 3 weeks", "about 4 months": for forecasts. */
export function approximateDuration(ms: number): string {
  const days = Math.max(0, ms) / TIME.DAY;
  if (days < 1) return 'less than a day';
  if (days < 1.5) return 'about a day';
  if (days < 14) return `about ${Math.round(days)} days`;
  if (days < 8 * 7) return `about ${Math.round(days / 7)} weeks`;
  const months = Math.round(days / 30.44);
  return months <= 1 ? 'about a month' : `about ${months} months`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What people call a service: the catalogue's display name, else the feed's own name. */
export function serviceDisplayName(id: string, feedName: string): string {
  return catalogueService(id)?.displayName ?? feedName;
}
