/**
 * Keeps the days on which Apple's status was read: whenever the poll record shows a new success,
 * its time is added to the bounded list. Its one writer; the popup's 7-day strip reads it.
 */
import { pollRecordItem, statusCheckedItem } from '@/lib/state-items';
import { readCheckedTimes, withCheck } from '@/lib/status/checked-days';
import { readStoredPollRecord } from '@/lib/status/stored';

let queue: Promise<unknown> = Promise.resolve();

export function recordSuccess(at: number): Promise<unknown> {
  queue = queue
    .then(async () => {
      const times = readCheckedTimes(await statusCheckedItem.getValue());
      if (times.includes(at)) return;
      await statusCheckedItem.setValue(withCheck(times, at));
    })
    .catch(() => undefined);
  return queue;
}

export function registerCheckedDays(): void {
  pollRecordItem.watch((value: unknown) => {
    const at = readStoredPollRecord(value).lastSuccessAt;
    if (at !== null) void recordSuccess(at);
  });
}
