import { describe, expect, it } from 'vitest';
import { isNumber, isRecord, isString, oneOf, optional, orNull, pickFields } from '@/lib/is-record';

describe('isRecord', () => {
  it.each([null, undefined, 1, 'a', [], [1]])('refuses %j', (value) => {
    expect(isRecord(value)).toBe(false);
  });
  it('accepts a plain object', () => expect(isRecord({ a: 1 })).toBe(true));
});

describe('pickFields', () => {
  const checks = {
    id: isString,
    at: orNull(isNumber),
    kind: oneOf(['a', 'b'] as const),
    note: optional(isString),
  };

  it('returns only the named fields, and drops absent optional ones', () => {
    expect(pickFields({ id: 'x', at: null, kind: 'a', extra: 'page text' }, checks)).toEqual({
      id: 'x',
      at: null,
      kind: 'a',
    });
  });

  it.each([
    ['a missing field', { at: 1, kind: 'a' }],
    ['a wrong type', { id: 1, at: 1, kind: 'a' }],
    ['a value outside the list', { id: 'x', at: 1, kind: 'c' }],
    ['an optional field of the wrong type', { id: 'x', at: 1, kind: 'b', note: 3 }],
    ['an array', [{ id: 'x', at: 1, kind: 'a' }]],
  ])('gives null for %s', (_, value) => {
    expect(pickFields(value, checks)).toBeNull();
  });
});
