import { describe, expect, it } from 'vitest';
import {
  findQuantities,
  isPlanSize,
  parseNumber,
  PLAN_SIZES_BYTES,
  writesDecimalComma,
} from '@/lib/readings/units';

describe('parseNumber', () => {
  it.each([
    ['1,2', true, 1.2],
    ['1.204,5', true, 1204.5],
    ['1 204,5', true, 1204.5],
    ['1\u202f204,5', true, 1204.5],
    ['540.9', false, 540.9],
    ['1,204.5', false, 1204.5],
    ['1,2', null, 1.2],
    ['1,204', null, 1204],
    ['1.204,5', null, 1204.5],
    ['12', null, 12],
  ] as const)('%s (decimal comma: %s) is %s', (text, comma, value) => {
    expect(parseNumber(text, comma)).toBe(value);
  });
});

describe('findQuantities', () => {
  it('reads units in binary bytes, French forms included', () => {
    expect(findQuantities('1 KB, 2 Mo, 3 GB, 4 To, 5 B', false).map((q) => q.bytes)).toEqual([
      1024,
      2 * 2 ** 20,
      3 * 2 ** 30,
      4 * 2 ** 40,
      5,
    ]);
  });

  it('does not take words that start like a unit for a unit', () => {
    expect(findQuantities('3 Gobelins, 4 Tomates, 2 Bytes', false).map((q) => q.bytes)).toEqual([2]);
  });
});

describe('plan sizes', () => {
  it('are Apple’s closed set, in binary units', () => {
    expect(PLAN_SIZES_BYTES).toHaveLength(8);
    expect(isPlanSize(5_368_709_120)).toBe(true);
    expect(isPlanSize(53_687_091_200)).toBe(true);
    expect(isPlanSize(5_000_000_000)).toBe(false);
    expect(isPlanSize(10 * 2 ** 30)).toBe(false);
  });
});

describe('writesDecimalComma', () => {
  it.each([
    ['de-de', true],
    ['fr-ca', true],
    ['es-es', true],
    ['es-mx', false],
    ['en-gb', false],
    ['zh-cn', false],
    ['xx', null],
    [null, null],
  ] as const)('%s → %s', (locale, expected) => {
    expect(writesDecimalComma(locale)).toBe(expected);
  });
});
