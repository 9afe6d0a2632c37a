import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStorageUsageInfo } from '@/lib/readings/storage-usage-info';

const body = (name: string): unknown =>
  JSON.parse(readFileSync(`tests/fixtures/icloud/${name}`, 'utf8')) as unknown;
const NOW = 1_750_000_000_000;

describe('readStorageUsageInfo', () => {
  it('reads used, total, usage per mediaKey and Apple’s quota flags', () => {
    expect(readStorageUsageInfo(body('storage-usage-info-92-percent.json'), 'fr-fr', NOW)).toEqual({
      usedBytes: 49392123904,
      totalBytes: 53687091200,
      byMedia: { photos: 40000000000, backup: 8000000000, mail: 1392123904 },
      quota: { overQuota: false, almostFull: true, haveMaxQuotaTier: false, paidQuota: true },
      source: 'api',
      locale: 'fr-fr',
      readAt: NOW,
    });
  });

  it('an old response without "almost-full" leaves that flag unknown, not false', () => {
    const reading = readStorageUsageInfo(body('storage-usage-info-old-no-almost-full.json'), null, NOW);
    expect(reading?.quota).toEqual({ overQuota: false, haveMaxQuotaTier: false, paidQuota: false });
  });

  it.each([
    null,
    [],
    { storageUsageInfo: null },
    { storageUsageInfo: { usedStorageInBytes: '5', totalStorageInBytes: 5 } },
    { storageUsageInfo: { usedStorageInBytes: 1, totalStorageInBytes: 0 } },
    { storageUsageInfo: { usedStorageInBytes: -1, totalStorageInBytes: 5 } },
    { storageUsageInfo: { usedStorageInBytes: Number.NaN, totalStorageInBytes: 5 } },
    { storageUsageInfo: { usedStorageInBytes: 1, totalStorageInBytes: 2 ** 70 } },
  ])('a body that makes no sense gives no reading: %o', (value) => {
    expect(readStorageUsageInfo(value, null, NOW)).toBeNull();
  });

  it('drops media entries that are malformed, keeps the good ones', () => {
    const reading = readStorageUsageInfo(
      {
        storageUsageInfo: { usedStorageInBytes: 10, totalStorageInBytes: 5368709120 },
        storageUsageByMedia: [
          { mediaKey: 'photos', usageInBytes: 7 },
          { mediaKey: '<b>', usageInBytes: 1 },
          { mediaKey: 'mail' },
          'x',
        ],
        quotaStatus: { overQuota: 'yes' },
      },
      null,
      NOW,
    );
    expect(reading?.byMedia).toEqual({ photos: 7 });
    expect(reading?.quota).toBeUndefined();
  });
});
