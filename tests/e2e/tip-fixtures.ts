/**
 * What the tips scenarios serve, shared by the tips e2e tests and the tip screenshots: Apple's
 * storageUsageInfo answer for a 5 GB plan, and a status feed with an ongoing iCloud Mail outage.
 */
import { feedText, feedWithEvent } from '../fixtures/status/feeds';

const GB = 2 ** 30;
export const STORAGE_PATH = '/setup/ws/1/storageUsageInfo';

/** Apple's answer for a 5 GB plan with `usedGb` used (all of it photos). */
export function storageAnswer(usedGb: number, overQuota: boolean): string {
  return JSON.stringify({
    storageUsageInfo: { usedStorageInBytes: usedGb * GB, totalStorageInBytes: 5 * GB },
    storageUsageByMedia: [
      { mediaKey: 'photos', displayLabel: 'Photos', displayColor: 'ffcc00', usageInBytes: usedGb * GB },
    ],
    quotaStatus: { overQuota, haveMaxQuotaTier: false, 'almost-full': overQuota, paidQuota: false },
  });
}

/** The feed's text with an ongoing iCloud Mail outage that started an hour ago. */
export const mailOutageFeed = (): string =>
  feedText(
    feedWithEvent('iCloud Mail', {
      messageId: '1700001',
      statusType: 'Outage',
      eventStatus: 'ongoing',
      message: 'Users may be unable to send or receive iCloud Mail.',
      epochStartDate: Date.now() - 3_600_000,
      epochEndDate: null,
    }),
  );
