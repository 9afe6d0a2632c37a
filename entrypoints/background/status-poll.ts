/**
 * One poll of Apple's status feed, start to finish, with everything read from storage first so a
 * worker killed at any moment resumes where it was: fetch → parse → keep the good snapshot (or
 * record the failure in words, keeping the last good one) → history → notices → next alarm.
 */
import { browser } from 'wxt/browser';
import { STATUS_FEED_HOST_PERMISSION } from '@/lib/hosts';
import { getSettings, type Settings } from '@/lib/settings';
import { pollRecordItem, statusDebounceItem, statusSnapshotItem } from '@/lib/state-items';
import { debounceTransitions, readDebounce, type TransitionDebounce } from '@/lib/status/debounce';
import { diffSnapshots } from '@/lib/status/diff';
import { fetchStatusFeed, type FetchResult } from '@/lib/status/fetch-feed';
import { hasWatchedProblem } from '@/lib/status/freshness';
import { recordStatusHistory } from '@/lib/status/history';
import { statusNotices } from '@/lib/status/notices';
import { parseStatusFeed } from '@/lib/status/parse-feed';
import { nextPollDelayMinutes } from '@/lib/status/schedule';
import { readStoredPollRecord, readStoredSnapshot } from '@/lib/status/stored';
import type { FeedError, PollRecord, StatusSnapshot } from '@/lib/status/types';
import { showStatusNotices } from './status-notifications';

export const POLL_ALARM = 'status-poll';

/** The outside world a poll touches, replaceable in tests. */
export interface PollDeps {
  now(): number;
  random(): number;
  online(): boolean;
  hasHostPermission(): Promise<boolean>;
  fetchFeed(): Promise<FetchResult>;
}

export const browserPollDeps: PollDeps = {
  now: () => Date.now(),
  random: () => Math.random(),
  online: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
  hasHostPermission: () => browser.permissions.contains({ origins: [STATUS_FEED_HOST_PERMISSION] }),
  fetchFeed: () => fetchStatusFeed(),
};

const NO_PERMISSION: FeedError = {
  code: 'no-permission',
  message:
    "Cloud Checkup is not allowed to read Apple's status page on www.apple.com. Allow it in the extension's permissions.",
};

/** Sets the next poll. The period is a safety net: a worker killed before rescheduling still polls. */
export async function schedulePoll(delayMinutes: number, settings: Settings): Promise<void> {
  await browser.alarms.create(POLL_ALARM, {
    delayInMinutes: delayMinutes,
    periodInMinutes: Math.max(delayMinutes, settings.pollIntervalMinutes),
  });
}

function isActive(snapshot: StatusSnapshot | null, debounce: TransitionDebounce, watched: string[]): boolean {
  return (
    hasWatchedProblem(snapshot, watched) ||
    debounce.pending.some((p) => watched.includes(p.transition.serviceId))
  );
}

async function succeed(
  snapshot: StatusSnapshot,
  previous: StatusSnapshot | null,
  settings: Settings,
  now: number,
): Promise<{ record: PollRecord; debounce: TransitionDebounce }> {
  const debounced = debounceTransitions(
    diffSnapshots(previous, snapshot),
    readDebounce(await statusDebounceItem.getValue()),
    now,
  );
  const record: PollRecord = {
    lastAttemptAt: now,
    lastSuccessAt: now,
    consecutiveFailures: 0,
    lastError: null,
  };
  await statusSnapshotItem.setValue(snapshot);
  await pollRecordItem.setValue(record);
  await statusDebounceItem.setValue(debounced.state);
  // History and notices are extras: a failure there must not undo or repeat the poll.
  try {
    await recordStatusHistory(snapshot, settings.watchedServices, now);
  } catch (error) {
    console.warn('Cloud Checkup: could not record status history', error);
  }
  try {
    await showStatusNotices(
      statusNotices(debounced.announce, snapshot, settings.watchedServices, now),
      settings,
    );
  } catch (error) {
    console.warn('Cloud Checkup: could not show a notification', error);
  }
  return { record, debounce: debounced.state };
}

async function pollOnce(deps: PollDeps): Promise<PollRecord> {
  const settings = await getSettings();
  const previous = readStoredSnapshot(await statusSnapshotItem.getValue());
  const before = readStoredPollRecord(await pollRecordItem.getValue());
  const debounceBefore = readDebounce(await statusDebounceItem.getValue());

  if (!deps.online()) {
    // No request while offline; check again soon so the first poll follows the reconnection.
    await schedulePoll(
      nextPollDelayMinutes(
        {
          online: false,
          consecutiveFailures: before.consecutiveFailures,
          intervalMinutes: settings.pollIntervalMinutes,
          active: false,
        },
        deps.random(),
      ),
      settings,
    );
    return before;
  }

  const now = deps.now();
  let error: FeedError | null = null;
  let snapshot: StatusSnapshot | null = null;
  if (!(await deps.hasHostPermission())) {
    error = NO_PERMISSION;
  } else {
    const fetched = await deps.fetchFeed();
    if (!fetched.ok) error = fetched.error;
    else {
      const parsed = parseStatusFeed(fetched.text, now);
      if (parsed.ok) snapshot = parsed.snapshot;
      else error = parsed.error;
    }
  }

  let record: PollRecord;
  let debounce = debounceBefore;
  if (snapshot) {
    ({ record, debounce } = await succeed(snapshot, previous, settings, now));
  } else {
    record = {
      ...before,
      lastAttemptAt: now,
      consecutiveFailures: before.consecutiveFailures + 1,
      lastError: error?.message ?? "Apple's status could not be read.",
    };
    await pollRecordItem.setValue(record);
  }

  const delay = nextPollDelayMinutes(
    {
      online: true,
      consecutiveFailures: record.consecutiveFailures,
      intervalMinutes: settings.pollIntervalMinutes,
      active: isActive(snapshot ?? previous, debounce, settings.watchedServices),
    },
    deps.random(),
  );
  await schedulePoll(delay, settings);
  return record;
}

// Only to share one request between an alarm and a click at the same moment; nothing relies on it.
let inFlight: Promise<PollRecord> | null = null;

/** Polls now (once, even if asked twice at the same time) and returns the new poll record. */
export function pollStatusNow(deps: PollDeps = browserPollDeps): Promise<PollRecord> {
  inFlight ??= pollOnce(deps).finally(() => {
    inFlight = null;
  });
  return inFlight;
}
