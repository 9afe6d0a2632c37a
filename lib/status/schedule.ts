/**
 * When to poll next, in minutes. Pure: the caller passes the facts and a random number in [0, 1)
 * for the jitter. Back-off after failures doubles 1, 2, 4 … up to 30 minutes, ±20 % jitter so
 * many browsers do not retry in step.
 */
export const ACTIVE_INTERVAL_MINUTES = 1;
export const OFFLINE_RECHECK_MINUTES = 1;
export const MAX_BACKOFF_MINUTES = 30;
/** Chrome will not fire an alarm sooner than 30 s. */
export const MIN_DELAY_MINUTES = 0.5;

export function backoffMinutes(consecutiveFailures: number, random: number): number {
  const base = Math.min(MAX_BACKOFF_MINUTES, 2 ** Math.max(0, consecutiveFailures - 1));
  const jittered = base * (0.8 + 0.4 * Math.min(Math.max(random, 0), 1));
  return Math.min(MAX_BACKOFF_MINUTES, Math.max(MIN_DELAY_MINUTES, jittered));
}

export interface ScheduleFacts {
  online: boolean;
  consecutiveFailures: number;
  /** The user's interval (settings.pollIntervalMinutes). */
  intervalMinutes: number;
  /** A watched service has an ongoing event, or an end waits for confirmation. */
  active: boolean;
}

export function nextPollDelayMinutes(facts: ScheduleFacts, random: number): number {
  // Offline: no request, only a cheap re-check so the first poll comes soon after reconnecting.
  if (!facts.online) return OFFLINE_RECHECK_MINUTES;
  if (facts.consecutiveFailures > 0) return backoffMinutes(facts.consecutiveFailures, random);
  if (facts.active) return ACTIVE_INTERVAL_MINUTES;
  return facts.intervalMinutes;
}
