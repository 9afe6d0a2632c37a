/**
 * What the popup and the badge read about Apple's status: the latest good snapshot, the poll
 * record, and how fresh the snapshot is at `now` — all validated on the way out of storage.
 */
import { getSettings } from '../settings';
import { pollRecordItem, statusSnapshotItem } from '../state-items';
import { snapshotFreshness, watchedServiceStates, type Freshness } from './freshness';
import { readStoredPollRecord, readStoredSnapshot } from './stored';
import type { PollRecord, ServiceStatus, StatusSnapshot } from './types';

export interface StatusState {
  snapshot: StatusSnapshot | null;
  poll: PollRecord;
  freshness: Freshness;
  /** The watched services as they can honestly be reported now (unknown when missing or expired). */
  watched: ServiceStatus[];
}

export async function readStatusState(now = Date.now()): Promise<StatusState> {
  const [rawSnapshot, rawPoll, settings] = await Promise.all([
    statusSnapshotItem.getValue(),
    pollRecordItem.getValue(),
    getSettings(),
  ]);
  const snapshot = readStoredSnapshot(rawSnapshot);
  return {
    snapshot,
    poll: readStoredPollRecord(rawPoll),
    freshness: snapshotFreshness(snapshot, now, settings.pollIntervalMinutes),
    watched: watchedServiceStates(snapshot, settings.watchedServices, now, settings.pollIntervalMinutes),
  };
}
