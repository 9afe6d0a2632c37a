import { describe, expect, it } from 'vitest';
import { backoffMinutes, nextPollDelayMinutes } from '@/lib/status/schedule';

const base = { online: true, consecutiveFailures: 0, intervalMinutes: 5, active: false };

describe('the poll schedule', () => {
  it('polls at the chosen interval when all is quiet', () => {
    expect(nextPollDelayMinutes(base, 0.5)).toBe(5);
    expect(nextPollDelayMinutes({ ...base, intervalMinutes: 15 }, 0.5)).toBe(15);
  });

  it('polls every minute while a watched service has an ongoing event', () => {
    expect(nextPollDelayMinutes({ ...base, active: true }, 0.5)).toBe(1);
  });

  it('backs off 1, 2, 4, 8, 16, 30, 30 minutes after failures (jitter centred)', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMinutes(n, 0.5))).toEqual([1, 2, 4, 8, 16, 30, 30]);
  });

  it('jitters by up to ±20 %, never beyond 30 minutes nor under 30 seconds', () => {
    expect(backoffMinutes(3, 0)).toBeCloseTo(3.2);
    expect(backoffMinutes(3, 0.999)).toBeCloseTo(4.8, 1);
    expect(backoffMinutes(10, 0.999)).toBe(30);
    expect(backoffMinutes(1, 0)).toBeGreaterThanOrEqual(0.5);
  });

  it('prefers back-off over minute polling when the feed is failing', () => {
    expect(nextPollDelayMinutes({ ...base, active: true, consecutiveFailures: 5 }, 0.5)).toBe(16);
  });

  it('only re-checks the connection every minute while offline', () => {
    expect(nextPollDelayMinutes({ ...base, online: false, consecutiveFailures: 6 }, 0.5)).toBe(1);
  });
});
