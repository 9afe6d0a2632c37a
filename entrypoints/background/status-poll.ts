/**
 * One poll of Apple's status feed, start to finish, with everything read from storage first so a
 * worker killed at any moment resumes where it was: show notices left waiting → fetch → parse →
 * one `storage.local.set` of the snapshot, poll record, debounce state and new notices (or the
 * failure in words, keeping the last good snapshot) → history → show the notices → next alarm.
 * Notices follow the evaluator's `outage` condition between the previous and the new snapshot.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import type { Condition } from '@/lib/conditions/types';
import { STATUS_FEED_HOST_PERMISSION } from '@/lib/hosts';
import { DEFAULT_SETTINGS, getSettings, type Settings } from '@/lib/settings';
import {
  pendingNoticesItem,
  pollRecordItem,
  statusDebounceItem,
  statusSnapshotItem,
} from '@/lib/state-items';
import {
  debounceTransitions,
  EMPTY_DEBOUNCE,
  readDebounce,
  type TransitionDebounce,
} from '@/lib/status/debounce';
import { conditionTransitions } from '@/lib/status/diff';
import { fetchStatusFeed, type FetchResult } from '@/lib/status/fetch-feed';
import { recordStatusHistory } from '@/lib/status/history';
import { queueNotices, readPendingNotices, statusNotices } from '@/lib/status/notices';
import { parseStatusFeed } from '@/lib/status/parse-feed';
import { nextPollDelayMinutes } from '@/lib/status/schedule';
import { readStoredPollRecord, readStoredSnapshot } from '@/lib/status/stored';
import {
  EMPTY_POLL_RECORD,
  type FeedError,
  type FeedErrorCode,
  type PollRecord,
  type StatusSnapshot,
} from '@/lib/status/types';
import { deliverPendingNotices } from './status-notifications';

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

/** The evaluator's conditions for a snapshot; only the status rules' outcome is used here. */
function conditionsFor(
  snapshot: StatusSnapshot | null,
  poll: PollRecord,
  settings: Settings,
  now: number,
): Condition[] {
  return evaluateConditions({ storage: null, photos: null, snapshot, poll, settings, forecast: null, now });
}

function isActive(
  conditions: readonly Condition[],
  debounce: TransitionDebounce,
  watched: string[],
): boolean {
  return (
    conditions.some((c) => c.id === 'outage') ||
    debounce.pending.some((p) => watched.includes(p.transition.serviceId))
  );
}

async function pollOnce(deps: PollDeps): Promise<PollRecord> {
  let settings = DEFAULT_SETTINGS;
  let before = EMPTY_POLL_RECORD;
  let record: PollRecord | null = null;
  let active = false;
  try {
    settings = await getSettings();
    before = readStoredPollRecord(await pollRecordItem.getValue());
    // Notices a killed or failed poll decided on and did not show go first.
    await deliverQuietly(settings, deps.now());
    if (!deps.online()) {
      // No request while offline; check again soon so the first poll follows the reconnection.
      return before;
    }
    const previous = readStoredSnapshot(await statusSnapshotItem.getValue());
    const now = deps.now();
    const fetched = await readFeed(deps, now);
    if ('error' in fetched) {
      record = failedPoll(before, now, fetched.error.message, fetched.error.code);
      active = isActive(conditionsFor(previous, before, settings, now), EMPTY_DEBOUNCE, []);
      await pollRecordItem.setValue(record);
      return record;
    }
    const { snapshot } = fetched;
    const success: PollRecord = {
      lastAttemptAt: now,
      lastSuccessAt: now,
      consecutiveFailures: 0,
      lastError: null,
    };
    const after = conditionsFor(snapshot, success, settings, now);
    const debounced = debounceTransitions(
      conditionTransitions(conditionsFor(previous, before, settings, now), after, previous, snapshot),
      readDebounce(await statusDebounceItem.getValue()),
      now,
    );
    const notices = statusNotices(debounced.announce, snapshot, settings.watchedServices, now);
    const waiting = readPendingNotices(await pendingNoticesItem.getValue(), now);
    // One write: a poll is kept whole or not at all, so the next poll diffs against the snapshot
    // its notices were decided on.
    await storage.setItems([
      { item: statusSnapshotItem, value: snapshot },
      { item: pollRecordItem, value: success },
      { item: statusDebounceItem, value: debounced.state },
      { item: pendingNoticesItem, value: queueNotices(waiting, notices, now) },
    ]);
    record = success;
    active = isActive(after, debounced.state, settings.watchedServices);
    // History is an extra: a failure there must not undo or repeat the poll.
    try {
      await recordStatusHistory(snapshot, settings.watchedServices, now);
    } catch (error) {
      console.warn('Cloud Checkup: could not record status history', error);
    }
    await deliverQuietly(settings, now);
    return record;
  } catch (error) {
    // Anything unexpected (storage refused a write, a browser API threw) is a failed poll too.
    console.warn('Cloud Checkup: a status poll failed', error);
    if (record) return record;
    const failed = failedPoll(before, deps.now(), "Apple's status could not be read.");
    await pollRecordItem.setValue(failed).catch(() => undefined);
    return failed;
  } finally {
    await scheduleNext(deps, settings, record ?? before, active).catch((error: unknown) => {
      console.warn('Cloud Checkup: could not set the next poll', error);
    });
  }
}

function failedPoll(before: PollRecord, now: number, message: string, code?: FeedErrorCode): PollRecord {
  const { lastErrorCode: _previousCode, ...kept } = before;
  return {
    ...kept,
    lastAttemptAt: now,
    consecutiveFailures: before.consecutiveFailures + 1,
    lastError: message,
    ...(code ? { lastErrorCode: code } : {}),
  };
}

async function readFeed(
  deps: PollDeps,
  now: number,
): Promise<{ snapshot: StatusSnapshot } | { error: FeedError }> {
  if (!(await deps.hasHostPermission())) return { error: NO_PERMISSION };
  const fetched = await deps.fetchFeed();
  if (!fetched.ok) return { error: fetched.error };
  const parsed = parseStatusFeed(fetched.text, now);
  return parsed.ok ? { snapshot: parsed.snapshot } : { error: parsed.error };
}

async function deliverQuietly(settings: Settings, now: number): Promise<void> {
  try {
    await deliverPendingNotices(settings, now);
  } catch (error) {
    console.warn('Cloud Checkup: could not show a notification', error);
  }
}

/** The next alarm always exists: set in every outcome, offline included. */
function scheduleNext(
  deps: PollDeps,
  settings: Settings,
  record: PollRecord,
  active: boolean,
): Promise<void> {
  const delay = nextPollDelayMinutes(
    {
      online: deps.online(),
      consecutiveFailures: record.consecutiveFailures,
      intervalMinutes: settings.pollIntervalMinutes,
      active,
    },
    deps.random(),
  );
  return schedulePoll(delay, settings);
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
