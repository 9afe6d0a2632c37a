/**
 * Wiring for the status monitor: alarms drive polling (re-created on install, update and start-up),
 * a poll on install and start-up, one soon after the browser comes back online, one when host
 * access changes, the poll-now message, and notification clicks. Every handler reads its state from storage first.
 */
import { browser, type Browser } from 'wxt/browser';
import { getSettings, normaliseSettings, settingsItem } from '@/lib/settings';
import { pollRecordItem } from '@/lib/state-items';
import { readStoredPollRecord } from '@/lib/status/stored';
import { statusMessageListener } from './status-messages';
import { listenToNoticeClicks } from './status-notifications';
import { POLL_ALARM, pollStatusNow, schedulePoll } from './status-poll';

/** After a worker start without our alarm (a browser that dropped alarms), poll within a minute. */
async function ensurePollAlarm(): Promise<void> {
  if (await browser.alarms.get(POLL_ALARM)) return;
  await schedulePoll(1, await getSettings());
}

/** A shorter interval chosen in the options takes effect now, not after the current wait. */
async function applyNewInterval(): Promise<void> {
  const settings = await getSettings();
  const poll = readStoredPollRecord(await pollRecordItem.getValue());
  const alarm = await browser.alarms.get(POLL_ALARM);
  const due = Date.now() + settings.pollIntervalMinutes * 60_000;
  if (poll.consecutiveFailures === 0 && (!alarm || alarm.scheduledTime > due)) {
    await schedulePoll(settings.pollIntervalMinutes, settings);
  }
}

/**
 * Host access to Apple's status page withdrawn or given back (Firefox lets the person do both):
 * poll now, so the badge and popup say at once that the status cannot be read, or read it again.
 */
function pollOnHostAccessChange(changed: Browser.permissions.Permissions): void {
  if (changed.origins?.length) void pollStatusNow();
}

export function registerStatusMonitor(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) void pollStatusNow();
  });
  browser.runtime.onInstalled.addListener(() => void pollStatusNow());
  browser.runtime.onStartup.addListener(() => void pollStatusNow());
  browser.runtime.onMessage.addListener(statusMessageListener);
  listenToNoticeClicks();
  browser.permissions.onAdded?.addListener((added) => {
    listenToNoticeClicks();
    pollOnHostAccessChange(added);
  });
  browser.permissions.onRemoved?.addListener(pollOnHostAccessChange);
  // `online` never wakes an MV3 worker; this only helps when the network returns while it runs.
  // Otherwise the one-minute offline re-check alarm brings the first poll after reconnecting.
  if (typeof globalThis.addEventListener === 'function') {
    globalThis.addEventListener('online', () => void pollStatusNow());
  }
  settingsItem.watch((next, previous) => {
    if (normaliseSettings(next).pollIntervalMinutes !== normaliseSettings(previous).pollIntervalMinutes) {
      void applyNewInterval();
    }
  });
  void ensurePollAlarm();
}
