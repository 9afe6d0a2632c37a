import { describe, expect, it } from 'vitest';
import { formatPercent, percentUsed } from '@/lib/format/percent';

describe('percentUsed', () => {
  it('divides used by total', () => {
    expect(percentUsed(46, 50)).toBe(92);
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
    [99.99, '99.9%'],
    [100, '100%'],
    [104.2, '104%'],
  ])('shows %d as %s, rounding down so a threshold is never crossed early', (p, text) => {
    expect(formatPercent(p)).toBe(text);
  });

  it('says unknown for a number that is not one', () => {
    expect(formatPercent(Number.NaN)).toBe('unknown');
  });
});
