import { describe, expect, it } from 'vitest';
import { calendarDayOffset, formatLocalTime } from '@/lib/format/local-time';

const BERLIN = { locale: 'en-GB', timeZone: 'Europe/Berlin' };
// 3 June 2026, 12:00 in Berlin (UTC+2).
const NOW = Date.UTC(2026, 5, 3, 10, 0);

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

  it('does not invent a time for a value that is not one', () => {
    expect(formatLocalTime(Number.NaN, NOW, BERLIN)).toBe('an unknown time');
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
