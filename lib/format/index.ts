/**
 * Every number, size, percent, duration, time and list people read, formatted in one place on
 * `Intl`. One rule per fact, so the badge, tooltip, popup, tip and notifications never disagree:
 *
 * - **Language.** The extension speaks British English (`LOCALE`), so a number reads the same in
 *   every sentence. Each function takes `locale` for a translation; the ones marked *any locale*
 *   below are tested in several. Clock times and dates follow the browser's own locale (a 24-hour
 *   person sees 14:05), as Apple's System Status page does.
 * - **Percent of a plan** (`percentUsed`, `formatPercent`): rounded *down*, so a figure never
 *   crosses a threshold before the evaluator does (89.9 reads "89%") and never reads "100%" before
 *   the plan is full; one decimal from 99 up (99.7 reads "99.7%"). The badge has room for four
 *   characters, so it shows the whole number ("92%", "99%"). Any locale.
 * - **Sizes** (`formatBytes`): Apple's binary units (5 GB is 5 × 2^30 bytes) with Intl's labels,
 *   up to three significant digits, rounded to nearest ("47.3 GB", "1.25 TB", "512 MB"); a value
 *   that would show four digits moves up a unit ("0.98 GB", not "1,000 MB"). Any locale.
 * - **Durations** (`formatDuration`): the largest whole unit that fits, rounded down ("12 minutes",
 *   "3 hours", "2 days"); under a minute, seconds. Any locale.
 * - **Times relative to now** (`formatRelativeTime`): the same units and rounding, as an age or a
 *   time ahead ("2 minutes ago", "yesterday", "in 5 hours"); under a minute "this minute". Any locale.
 * - **Rough spans for forecasts** (`formatRoughSpan`): rounded to nearest, in days below two
 *   weeks, weeks below eight, months below a year ("about 9 days", "about 7 weeks", "about 2
 *   months"). English words around a number in any locale.
 * - **Clock times and days** (`formatLocalTime`, `formatClock`, `formatDay`): the person's zone,
 *   never Apple's Pacific display strings.
 * - **Lists of names** (`joinNames`): all of them up to three ("A, B and C"); beyond that the first
 *   two and how many more ("A, B and 3 more"). The conjunction in any locale; "more" is English.
 */

/** The language of the extension's words. */
export const LOCALE = 'en-GB';

export interface FormatOptions {
  /** BCP 47 locale; `LOCALE` by default. */
  locale?: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30.44 * DAY;

// Building an Intl formatter costs far more than using one (a popup drawing its view would build
// a score of them): each is built once for its kind, locale and options, and kept.
const formats = new Map<string, object>();
function kept<T extends object>(
  kind: string,
  locale: string | undefined,
  options: object,
  build: () => T,
): T {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key) as T | undefined;
  if (!format) {
    format = build();
    formats.set(key, format);
  }
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return kept('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

function dateTimeFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return kept('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/* ------------------------------------------------------------------ percent */

/** Percent of `total` that `used` is, or null when the numbers cannot say. */
export function percentUsed(used: number | null, total: number | null): number | null {
  if (used === null || total === null) return null;
  if (!Number.isFinite(used) || !Number.isFinite(total) || used < 0 || total <= 0) return null;
  // Multiply first: 99.5 % of a plan stays exactly 99.5, not 99.49999999999999.
  return (used * 100) / total;
}

/**
 * The number a percent is shown as: rounded down, with one decimal from 99 to 100 unless `whole`.
 * The small allowance keeps a float a hair under a whole number (91.99999999) on that number.
 */
export function shownPercent(percent: number, whole = false): number {
  const clamped = Math.max(0, percent);
  if (!whole && clamped >= 99 && clamped < 100) return Math.floor(clamped * 10 + 1e-6) / 10;
  return Math.floor(clamped + 1e-9);
}

/** "92%", "99.7%"; `whole` for the badge ("99%"). */
export function formatPercent(percent: number, options: FormatOptions & { whole?: boolean } = {}): string {
  if (!Number.isFinite(percent)) return 'unknown';
  return numberFormat(options.locale ?? LOCALE, {
    style: 'unit',
    unit: 'percent',
    maximumFractionDigits: 1,
  }).format(shownPercent(percent, options.whole));
}

/* -------------------------------------------------------------------- sizes */

const SIZE_UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;

/** A byte count in Apple's units, up to three significant digits: "47.3 GB", "1.25 TB". */
export function formatBytes(bytes: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown';
  const locale = options.locale ?? LOCALE;
  if (bytes < 1000) {
    return numberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(
      Math.round(bytes),
    );
  }
  let value = bytes / 1024;
  let unit = 0;
  // Move up while three significant digits would still show four ("1,020 MB" reads "1 GB").
  while (value >= 999.5 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return numberFormat(locale, {
    style: 'unit',
    unit: SIZE_UNITS[unit],
    maximumSignificantDigits: 3,
  }).format(value);
}

/* -------------------------------------------------------------------- times */

type TimeUnit = 'second' | 'minute' | 'hour' | 'day';

/** The largest whole unit that fits `ms`, rounded down: [2, 'hour'] for 2 h 59 min. */
function wholeUnits(ms: number): [number, TimeUnit] {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return [Math.floor(abs / 1000), 'second'];
  if (abs < HOUR) return [Math.floor(abs / MINUTE), 'minute'];
  if (abs < DAY) return [Math.floor(abs / HOUR), 'hour'];
  return [Math.floor(abs / DAY), 'day'];
}

function unitWords(count: number, unit: TimeUnit | 'week' | 'month', locale: string): string {
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}

/** How long something lasted: "12 minutes", "3 hours", "2 days". */
export function formatDuration(ms: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(ms)) return 'an unknown time';
  const [count, unit] = wholeUnits(ms);
  return unitWords(count, unit, options.locale ?? LOCALE);
}

/** How long ago (or how soon) `at` is, seen from `now`: "2 minutes ago", "yesterday", "in 5 hours". */
export function formatRelativeTime(at: number, now: number, options: FormatOptions = {}): string {
  const diff = at - now;
  if (!Number.isFinite(diff)) return 'at an unknown time';
  const locale = options.locale ?? LOCALE;
  const format = kept('relative', locale, {}, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  // "this minute" rather than "now", which beside a verb reads as an order ("read now").
  if (Math.abs(diff) < MINUTE) return format.format(0, 'minute');
  const [count, unit] = wholeUnits(diff);
  return format.format(diff < 0 ? -count : count, unit);
}

/** A rough span for a projection: "less than a day", "about 9 days", "about 7 weeks", "about 4 months". */
export function formatRoughSpan(ms: number, options: FormatOptions = {}): string {
  const locale = options.locale ?? LOCALE;
  if (!Number.isFinite(ms) || ms < DAY) return 'less than a day';
  if (ms < 2 * WEEK) return `about ${unitWords(Math.round(ms / DAY), 'day', locale)}`;
  if (ms < 8 * WEEK) return `about ${unitWords(Math.round(ms / WEEK), 'week', locale)}`;
  if (ms < 365 * DAY) return `about ${unitWords(Math.round(ms / MONTH), 'month', locale)}`;
  return 'more than a year';
}

/* -------------------------------------------------------------- clock times */

export interface ClockOptions {
  /** BCP 47 locale; the browser's by default. */
  locale?: string;
  /** IANA time zone; the system's by default (tests pin one). */
  timeZone?: string;
}

function dayKey(ms: number, timeZone: string | undefined): string {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

/** Whole calendar days from `now`'s day to `at`'s day in the given zone (−1 yesterday, 1 tomorrow). */
export function calendarDayOffset(at: number, now: number, timeZone?: string): number {
  const toUtcMidnight = (key: string) => Date.parse(`${key}T00:00:00Z`);
  return Math.round((toUtcMidnight(dayKey(at, timeZone)) - toUtcMidnight(dayKey(now, timeZone))) / DAY);
}

/** "14:05" or "09:05" on a 24-hour clock, "2:05 PM" on a 12-hour one, as the locale has it. */
function timeOfDay(at: number, { locale, timeZone }: ClockOptions): string {
  const { hourCycle } = dateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  const hour = hourCycle === 'h11' || hourCycle === 'h12' ? 'numeric' : '2-digit';
  return dateTimeFormat(locale, { timeZone, hour, minute: '2-digit' }).format(at);
}

function dateOf(at: number, now: number, { locale, timeZone }: ClockOptions): string {
  const sameYear = dayKey(at, timeZone).slice(0, 4) === dayKey(now, timeZone).slice(0, 4);
  return dateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(at);
}

/** A day as the browser's locale names it: "Tuesday 10 June" (`long`), "Tue" (`short`). */
export function formatDay(
  at: number,
  style: 'long' | 'short',
  { locale, timeZone }: ClockOptions = {},
): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { timeZone, weekday: 'long', day: 'numeric', month: 'long' }
      : { timeZone, weekday: 'short' };
  return dateTimeFormat(locale, options).format(at);
}

/** A clock time on its own: "today at 14:05", "tomorrow at 09:00", "Tue 3 Jun at 22:00". */
export function formatLocalTime(at: number, now: number, options: ClockOptions = {}): string {
  if (!Number.isFinite(at)) return 'an unknown time';
  const clock = timeOfDay(at, options);
  const offset = calendarDayOffset(at, now, options.timeZone);
  if (offset === 0) return `today at ${clock}`;
  if (offset === -1) return `yesterday at ${clock}`;
  if (offset === 1) return `tomorrow at ${clock}`;
  return `${dateOf(at, now, options)} at ${clock}`;
}

/** A clock time after "since": "14:05" today, "Tue 10 Jun, 14:05" on another day. */
export function formatClock(at: number, now: number, options: ClockOptions = {}): string {
  if (!Number.isFinite(at)) return 'an unknown time';
  const clock = timeOfDay(at, options);
  return calendarDayOffset(at, now, options.timeZone) === 0 ? clock : `${dateOf(at, now, options)}, ${clock}`;
}

/* -------------------------------------------------------------------- lists */

/** "A", "A and B", "A, B and C"; more than three: "A, B and 3 more". */
export function joinNames(names: readonly string[], options: FormatOptions = {}): string {
  const locale = options.locale ?? LOCALE;
  const shown =
    names.length <= 3
      ? names
      : [...names.slice(0, 2), `${numberFormat(locale, {}).format(names.length - 2)} more`];
  return kept(
    'list',
    locale,
    {},
    () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
  ).format(shown);
}
