import { describe, expect, it } from 'vitest';
import { formatDuration, formatRelativeTime, formatRoughSpan } from '@/lib/format/relative-time';

const NOW = Date.UTC(2026, 5, 3, 12, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatRelativeTime', () => {
  it.each([
    [0, 'just now'],
    [30_000, 'just now'],
    [50_000, '1 minute ago'],
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

  it('does not invent an age for a time that is not a number', () => {
    expect(formatRelativeTime(Number.NaN, NOW)).toBe('at an unknown time');
  });
});

describe('formatDuration', () => {
  it.each([
    [12_000, '12 seconds'],
    [MIN, '1 minute'],
    [90 * MIN, '1 hour'],
    [49 * HOUR, '2 days'],
  ])('reads %d ms as "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatRoughSpan', () => {
  it.each([
    [HOUR, 'less than a day'],
    [4 * DAY, 'about 4 days'],
    [20 * DAY, 'about 3 weeks'],
    [90 * DAY, 'about 3 months'],
    [400 * DAY, 'more than a year'],
  ])('reads a projection %d ms away as "%s"', (ms, text) => {
    expect(formatRoughSpan(ms)).toBe(text);
  });
});
