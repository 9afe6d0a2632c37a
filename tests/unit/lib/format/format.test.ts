import { describe, expect, it, vi } from 'vitest';
import {
  calendarDayOffset,
  formatBytes,
  formatClock,
  formatDay,
  formatDuration,
  formatLocalTime,
  formatPercent,
  formatRelativeTime,
  formatRoughSpan,
  joinNames,
  percentUsed,
} from '@/lib/format';

const GB = 2 ** 30;
const TB = 1024 * GB;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 5, 3, 10, 0);

// Intl puts a (narrow) no-break space between number and unit in some locales: compare as spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('percentUsed', () => {
  it('divides used by total, multiplying first so 99.5 % stays 99.5', () => {
    expect(percentUsed(46, 50)).toBe(92);
    expect(percentUsed(199, 200)).toBe(99.5);
  });

  it.each([
    [null, 50],
    [10, null],
    [10, 0],
    [-1, 50],
    [Number.NaN, 50],
  ])('gives null when %s of %s cannot say how full the plan is', (used, total) => {
    expect(percentUsed(used, total)).toBeNull();
  });
});

describe('formatPercent', () => {
  it.each([
    [0, '0%'],
    [42.7, '42%'],
    [89.9, '89%'],
    [90, '90%'],
    [92.4, '92%'],
    [99.46, '99.4%'],
    [99.7, '99.7%'],
    [99.99, '99.9%'],
    [100, '100%'],
    [104.2, '104%'],
  ])('shows %d as %s, rounding down so a threshold is never crossed early', (p, text) => {
    expect(formatPercent(p)).toBe(text);
  });

  it('keeps a float a hair under a whole number on that number', () => {
    expect(formatPercent((46 * GB * 100) / (50 * GB))).toBe('92%');
    expect(formatPercent(91.99999999999)).toBe('92%');
  });

  it('gives the badge a whole number that fits four characters', () => {
    expect(formatPercent(99.46, { whole: true })).toBe('99%');
    expect(formatPercent(92.9, { whole: true })).toBe('92%');
  });

  it.each([
    ['de', '99,7 %'],
    ['fr', '99,7 %'],
    ['ja', '99.7%'],
  ])('writes the number and sign as %s does', (locale, text) => {
    expect(plain(formatPercent(99.75, { locale }))).toBe(text);
  });

  it('says unknown for a number that is not one', () => {
    expect(formatPercent(Number.NaN)).toBe('unknown');
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [999, '999 bytes'],
    [1024, '1 kB'],
    [512 * 2 ** 20, '512 MB'],
    [5 * GB, '5 GB'],
    [50 * GB, '50 GB'],
    [47.34 * GB, '47.3 GB'],
    [4.6 * GB, '4.6 GB'],
    [2 * TB, '2 TB'],
    [1.25 * TB, '1.25 TB'],
    [12 * TB, '12 TB'],
  ])('reads %d bytes as %s in Apple’s binary units, three significant digits', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('moves up a unit rather than show four digits', () => {
    expect(formatBytes(1023.9 * 2 ** 20)).toBe('1 GB');
    expect(formatBytes(1000 * 2 ** 20)).toBe('0.977 GB');
  });

  it.each([
    ['de', '47,3 GB'],
    ['fr', '47,3 Go'],
    ['ja', '47.3 GB'],
  ])('writes sizes as %s does', (locale, text) => {
    expect(plain(formatBytes(47.34 * GB, { locale }))).toBe(text);
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'says unknown for %d rather than a number',
    (bytes) => {
      expect(formatBytes(bytes)).toBe('unknown');
    },
  );
});

describe('formatDuration', () => {
  it.each([
    [12_000, '12 seconds'],
    [MIN, '1 minute'],
    [12 * MIN + 59_000, '12 minutes'],
    [90 * MIN, '1 hour'],
    [49 * HOUR, '2 days'],
  ])('reads %d ms as "%s", the largest whole unit, rounded down', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([
    ['de', '12 Minuten'],
    ['fr', '12 minutes'],
    ['ja', '12 分'],
  ])('writes durations as %s does', (locale, text) => {
    expect(plain(formatDuration(12 * MIN, { locale }))).toBe(text);
  });
});

describe('formatRelativeTime', () => {
  it.each([
    [0, 'this minute'],
    [50_000, 'this minute'],
    [2 * MIN, '2 minutes ago'],
    [59 * MIN, '59 minutes ago'],
    [HOUR, '1 hour ago'],
    [3 * HOUR + 20 * MIN, '3 hours ago'],
    [DAY + HOUR, 'yesterday'],
    [8 * DAY, '8 days ago'],
  ])('reads an age of %d ms as "%s"', (age, text) => {
    expect(formatRelativeTime(NOW - age, NOW)).toBe(text);
  });

  it.each([
    [20 * MIN, 'in 20 minutes'],
    [5 * HOUR, 'in 5 hours'],
    [3 * DAY, 'in 3 days'],
  ])('reads a time %d ms ahead as "%s"', (ahead, text) => {
    expect(formatRelativeTime(NOW + ahead, NOW)).toBe(text);
  });

  it.each([
    ['de', 'vor 2 Minuten', 'gestern'],
    ['fr', 'il y a 2 minutes', 'hier'],
    ['ja', '2 分前', '昨日'],
  ])('writes ages as %s does', (locale, twoMinutes, yesterday) => {
    expect(plain(formatRelativeTime(NOW - 2 * MIN, NOW, { locale }))).toBe(twoMinutes);
    expect(formatRelativeTime(NOW - DAY, NOW, { locale })).toBe(yesterday);
  });

  it('does not invent an age for a time that is not a number', () => {
    expect(formatRelativeTime(Number.NaN, NOW)).toBe('at an unknown time');
  });
});

describe('formatRoughSpan', () => {
  it.each([
    [HOUR, 'less than a day'],
    [4 * DAY, 'about 4 days'],
    [20 * DAY, 'about 3 weeks'],
    [55 * DAY, 'about 8 weeks'],
    [57 * DAY, 'about 2 months'],
    [90 * DAY, 'about 3 months'],
    [400 * DAY, 'more than a year'],
  ])('reads a projection %d ms away as "%s"', (ms, text) => {
    expect(formatRoughSpan(ms)).toBe(text);
  });
});

const BERLIN = { locale: 'en-GB', timeZone: 'Europe/Berlin' };

describe('formatLocalTime', () => {
  it('names today with the local clock time, not Apple’s Pacific time', () => {
    expect(formatLocalTime(Date.UTC(2026, 5, 3, 12, 5), NOW, BERLIN)).toBe('today at 14:05');
  });

  it('says yesterday and tomorrow by the local calendar day', () => {
    expect(formatLocalTime(Date.UTC(2026, 5, 2, 21, 30), NOW, BERLIN)).toBe('yesterday at 23:30');
    // 22:30 UTC on 3 June is already 4 June in Berlin.
    expect(formatLocalTime(Date.UTC(2026, 5, 3, 22, 30), NOW, BERLIN)).toBe('tomorrow at 00:30');
  });

  it('gives weekday and date further away, and the year only when it differs', () => {
    expect(formatLocalTime(Date.UTC(2026, 5, 9, 20, 0), NOW, BERLIN)).toBe('Tue 9 Jun at 22:00');
    expect(formatLocalTime(Date.UTC(2025, 11, 30, 8, 0), NOW, BERLIN)).toBe('Tue, 30 Dec 2025 at 09:00');
  });

  it('follows the given locale’s clock', () => {
    expect(plain(formatLocalTime(Date.UTC(2026, 5, 3, 12, 5), NOW, { ...BERLIN, locale: 'en-US' }))).toBe(
      'today at 2:05 PM',
    );
  });

  it('does not invent a time for a value that is not one', () => {
    expect(formatLocalTime(Number.NaN, NOW, BERLIN)).toBe('an unknown time');
  });
});

describe('formatClock', () => {
  it('gives only the clock time today, and the day too on another day', () => {
    expect(formatClock(Date.UTC(2026, 5, 3, 12, 5), NOW, BERLIN)).toBe('14:05');
    expect(formatClock(Date.UTC(2026, 5, 1, 12, 5), NOW, BERLIN)).toBe('Mon 1 Jun, 14:05');
  });
});

describe('formatDay', () => {
  it('names a day in the zone and locale given, long or short', () => {
    const late = Date.UTC(2026, 5, 9, 22, 30); // Wednesday 00:30 in Berlin, still Tuesday in UTC
    expect(formatDay(late, 'long', { ...BERLIN, locale: 'en-GB' })).toBe('Wednesday 10 June');
    expect(formatDay(late, 'short', { ...BERLIN, locale: 'en-GB' })).toBe('Wed');
    expect(formatDay(late, 'short', { locale: 'en-GB', timeZone: 'UTC' })).toBe('Tue');
  });
});

describe('Intl formatters', () => {
  it('are built once and kept, not on every call', () => {
    const at = Date.UTC(2026, 5, 3, 12, 5);
    // Warm: whatever these calls need is built now.
    formatLocalTime(at, NOW, BERLIN);
    formatDay(at, 'long', BERLIN);
    formatRelativeTime(at, NOW);
    joinNames(['A', 'B']);
    const built = [
      vi.spyOn(Intl, 'DateTimeFormat'),
      vi.spyOn(Intl, 'RelativeTimeFormat'),
      vi.spyOn(Intl, 'ListFormat'),
      vi.spyOn(Intl, 'NumberFormat'),
    ];
    try {
      expect(formatLocalTime(at, NOW, BERLIN)).toBe('today at 14:05');
      expect(formatDay(at, 'long', BERLIN)).toBe('Wednesday 3 June');
      expect(formatRelativeTime(at, NOW)).toBe('in 2 hours');
      expect(joinNames(['A', 'B'])).toBe('A and B');
      for (const spy of built) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of built) spy.mockRestore();
    }
  });
});

describe('calendarDayOffset', () => {
  it('counts calendar days in the given zone, not 24-hour spans', () => {
    const lateTonight = Date.UTC(2026, 5, 3, 21, 59); // 23:59 in Berlin
    const earlyTomorrow = Date.UTC(2026, 5, 3, 22, 1); // 00:01 in Berlin
    expect(calendarDayOffset(lateTonight, NOW, 'Europe/Berlin')).toBe(0);
    expect(calendarDayOffset(earlyTomorrow, NOW, 'Europe/Berlin')).toBe(1);
  });
});

describe('joinNames', () => {
  it.each([
    [[], ''],
    [['Photos'], 'Photos'],
    [['Photos', 'Drive'], 'Photos and Drive'],
    [['Photos', 'Drive', 'Mail'], 'Photos, Drive and Mail'],
    [['Photos', 'Drive', 'Mail', 'Notes'], 'Photos, Drive and 2 more'],
    [['A', 'B', 'C', 'D', 'E', 'F'], 'A, B and 4 more'],
  ])('joins %j as "%s": three names at most, never "1 more"', (names, text) => {
    expect(joinNames(names)).toBe(text);
  });

  it.each([
    ['de', 'Fotos, Drive und Mail'],
    ['fr', 'Fotos, Drive et Mail'],
    ['ja', 'Fotos、Drive、Mail'],
  ])('joins with the conjunction of %s', (locale, text) => {
    expect(joinNames(['Fotos', 'Drive', 'Mail'], { locale })).toBe(text);
  });
});
