/**
 * When the conditions could next change with no new input, only because time passed: an upload
 * crossing the stall window, a quota error ageing out, a reading turning stale, a snapshot
 * expiring, maintenance ending, a forecast coming within 14 days. The background sets one alarm
 * for the earliest of these, at least a minute and at most 15 minutes away, and every minute
 * while an upload is in progress (its tooltip age and stall both move).
 */
import { READING_FRESH_MS } from '../readings/merge';
import { freshnessLimits } from '../status/freshness';
import {
  FORECAST_WARNING_MS,
  STORAGE_STALE_MS,
  TIME,
  UPLOAD_ABANDONED_MS,
  UPLOAD_BLOCKED_WINDOW_MS,
} from './limits';
import type { ConditionInput } from './types';

export const MIN_RECHECK_MS = TIME.MINUTE;
export const MAX_RECHECK_MS = 15 * TIME.MINUTE;

/** Epoch ms of the next re-evaluation. */
export function nextRecheckAt(input: ConditionInput): number {
  const { storage, photos, snapshot, settings, forecast, now } = input;
  const upload = photos?.upload;
  if (upload && now - upload.lastProgressAt <= UPLOAD_ABANDONED_MS) return now + MIN_RECHECK_MS;
  const edges: number[] = [];
  if (storage) edges.push(storage.readAt + STORAGE_STALE_MS);
  if (photos?.quotaError) edges.push(photos.quotaError.at + UPLOAD_BLOCKED_WINDOW_MS);
  if (photos?.uploadRefused) edges.push(photos.uploadRefused.at + UPLOAD_BLOCKED_WINDOW_MS);
  // A quota refusal turns from "refused" to "blocked" when the numbers that contradict it age.
  if (photos?.quotaError && storage) edges.push(storage.readAt + READING_FRESH_MS);
  if (snapshot) {
    edges.push(snapshot.fetchedAt + freshnessLimits(settings.pollIntervalMinutes).expiredAfterMs);
    for (const service of snapshot.services) {
      for (const event of service.events) if (event.endsAt !== null) edges.push(event.endsAt);
    }
  }
  if (forecast) edges.push(forecast.fullAt - FORECAST_WARNING_MS);
  // Just after the edge, so the rule sees it crossed.
  const next = Math.min(...edges.filter((t) => t >= now).map((t) => t + 1));
  return now + Math.min(MAX_RECHECK_MS, Math.max(MIN_RECHECK_MS, next - now));
}
