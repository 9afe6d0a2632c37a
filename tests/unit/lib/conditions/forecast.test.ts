import { describe, expect, it } from 'vitest';
import { forecastFull } from '@/lib/forecast/forecast';
import type { StorageReading } from '@/lib/readings/types';
import { DAY, GB, HOUR, NOW } from './build';

/** A reading of `usedGb` of a 50 GB plan, `daysAgo` days before NOW. */
const at = (daysAgo: number, usedGb: number, totalGb = 50): StorageReading => ({
  usedBytes: usedGb * GB,
  totalBytes: totalGb * GB,
  source: 'api',
  locale: null,
  readAt: NOW - daysAgo * DAY,
});

describe('forecastFull', () => {
  it('projects full from steady growth: 1 GB a day from 40 GB is full in 10 days', () => {
    const f = forecastFull([at(4, 36), at(3, 37), at(2, 38), at(1, 39), at(0, 40)], NOW);
    expect(f?.bytesPerDay).toBeCloseTo(GB, 0);
    expect(f?.fullAt).toBe(NOW + 10 * DAY);
  });

  it.each([
    ['no readings', []],
    ['two readings', [at(5, 30), at(0, 40)]],
    ['three readings within 2 days', [at(1.9, 38), at(1, 39), at(0, 40)]],
    ['shrinking usage', [at(6, 45), at(3, 42), at(0, 40)]],
    ['flat usage', [at(6, 40), at(3, 40), at(0, 40)]],
    ['readings older than 30 days only', [at(40, 10), at(35, 20), at(31, 30)]],
    [
      'readings without numbers',
      [{ ...at(6, 1), usedBytes: null }, { ...at(3, 1), totalBytes: null }, at(0, 40)],
    ],
  ])('says nothing with %s', (_, history) => {
    expect(forecastFull(history, NOW)).toBeNull();
  });

  it('needs the 2 days of spread exactly', () => {
    expect(forecastFull([at(2, 38), at(1, 39), at(0, 40)], NOW)).not.toBeNull();
  });

  it('shrugs off a one-off deletion and a misread (robust fit)', () => {
    const history = [
      at(8, 32),
      at(7, 33),
      at(6, 34),
      at(5, 5),
      at(4, 36),
      at(3, 37),
      at(2, 49),
      at(1, 39),
      at(0, 40),
    ];
    const f = forecastFull(history, NOW);
    expect(f?.bytesPerDay).toBeCloseTo(GB, 0);
    expect(f?.fullAt).toBe(NOW + 10 * DAY);
  });

  it('counts from the newest reading and its plan size, whatever the order given', () => {
    const f = forecastFull([at(0, 40, 200), at(4, 36), at(2, 38)], NOW);
    expect(f?.fullAt).toBe(NOW + 160 * DAY);
  });

  it('says nothing when full is more than two years away', () => {
    expect(forecastFull([at(20, 1), at(10, 1.01), at(0, 1.02)], NOW)).toBeNull();
  });

  it('says full now when the newest reading is already at the plan size', () => {
    expect(forecastFull([at(4, 46), at(2, 48), at(0, 50)], NOW)?.fullAt).toBe(NOW);
  });

  it('ignores readings from the future (a skewed clock)', () => {
    const f = forecastFull([at(4, 36), at(2, 38), at(0, 40), { ...at(0, 49), readAt: NOW + HOUR }], NOW);
    expect(f?.fullAt).toBe(NOW + 10 * DAY);
  });

  it('handles a month of hourly readings', () => {
    const history = Array.from({ length: 30 * 24 }, (_, i) => at(30 - i / 24 - 0.01, 10 + (i / 24) * 0.5));
    const f = forecastFull(history, NOW);
    expect(f?.bytesPerDay).toBeCloseTo(GB / 2, -3);
    expect(Math.round(((f?.fullAt ?? 0) - NOW) / DAY)).toBe(50);
  });
});
