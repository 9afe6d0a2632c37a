import { describe, expect, it } from 'vitest';
import { CHECKED_DAYS_KEPT, readCheckedTimes, withCheck } from '@/lib/status/checked-days';

const day = (d: number, h = 12) => new Date(2026, 2, d, h).getTime();

describe('the days Apple’s status was read', () => {
  it('keeps the latest success of each local day', () => {
    expect(withCheck([day(1, 9)], day(1, 15))).toEqual([day(1, 15)]);
    expect(withCheck([day(1, 15)], day(1, 9))).toEqual([day(1, 15)]);
    expect(withCheck([day(1)], day(2))).toEqual([day(1), day(2)]);
  });

  it('is bounded to the last eight days', () => {
    let times: number[] = [];
    for (let d = 1; d <= 20; d++) times = withCheck(times, day(d));
    expect(times).toHaveLength(CHECKED_DAYS_KEPT);
    expect(times[0]).toBe(day(13));
  });

  it('reads damaged stored values as no checks', () => {
    expect(readCheckedTimes('yesterday')).toEqual([]);
    expect(readCheckedTimes([day(1), 'x', NaN, null])).toEqual([day(1)]);
  });
});
