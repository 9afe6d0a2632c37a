/**
 * Clock times in the person's own time zone and language: "today at 14:05", "tomorrow at 09:00",
 * "Tue, 3 Jun at 22:00". Apple's display strings are in Pacific time; we format the epoch instead.
 */
export interface LocalTimeOptions {
  /** BCP 47 locale; the browser's by default. */
  locale?: string;
  /** IANA time zone; the system's by default (tests pin one). */
  timeZone?: string;
}

function dayKey(ms: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms);
}

/** Whole calendar days from `now`'s day to `at`'s day in the given zone (−1 yesterday, 1 tomorrow). */
export function calendarDayOffset(at: number, now: number, timeZone?: string): number {
  const toUtcMidnight = (key: string) => Date.parse(`${key}T00:00:00Z`);
  return Math.round(
    (toUtcMidnight(dayKey(at, timeZone)) - toUtcMidnight(dayKey(now, timeZone))) / 86_400_000,
  );
}

export function formatLocalTime(at: number, now: number, options: LocalTimeOptions = {}): string {
  if (!Number.isFinite(at)) return 'an unknown time';
  const { locale, timeZone } = options;
  const clock = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
  const offset = calendarDayOffset(at, now, timeZone);
  if (offset === 0) return `today at ${clock}`;
  if (offset === -1) return `yesterday at ${clock}`;
  if (offset === 1) return `tomorrow at ${clock}`;
  const sameYear = dayKey(at, timeZone).slice(0, 4) === dayKey(now, timeZone).slice(0, 4);
  const day = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(at);
  return `${day} at ${clock}`;
}
