import { describe, expect, it } from 'vitest';
import { formatBytes } from '@/lib/format/bytes';

const GB = 2 ** 30;

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [512 * 2 ** 20, '512 MB'],
    [5 * GB, '5 GB'],
    [50 * GB, '50 GB'],
    [47.34 * GB, '47.3 GB'],
    [4.6 * GB, '4.6 GB'],
    [2 * 1024 * GB, '2 TB'],
    [1.25 * 1024 * GB, '1.25 TB'],
  ])('reads %d bytes as %s in Apple’s binary units', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('carries a value that rounds up to 1024 into the next unit', () => {
    expect(formatBytes(1023.9 * 2 ** 20)).toBe('1 GB');
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'says unknown for %d rather than a number',
    (bytes) => {
      expect(formatBytes(bytes)).toBe('unknown');
    },
  );
});
