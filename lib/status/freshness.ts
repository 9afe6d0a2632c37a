/**
 * How much a stored snapshot can still be trusted at `now`. Stale: older than 30 minutes or three
 * missed polls, shown with its age. Expired: older than 2 hours (or the stale limit, if longer) —
 * watched services then read "unknown", never "ok".
 */
import { catalogueService } from './catalogue';
import type { ServiceStatus, StatusSnapshot } from './types';

const STALE_AFTER_MS = 30 * 60_000;
const EXPIRED_AFTER_MS = 2 * 3_600_000;

export interface Freshness {
  /** Milliseconds since the snapshot was fetched; null without a snapshot. */
  ageMs: number | null;
  stale: boolean;
  expired: boolean;
}

/** The ages past which a snapshot polled every `intervalMinutes` is stale, and expired. */
export function freshnessLimits(intervalMinutes = 5): { staleAfterMs: number; expiredAfterMs: number } {
  const staleAfterMs = Math.max(STALE_AFTER_MS, 3 * intervalMinutes * 60_000);
  return { staleAfterMs, expiredAfterMs: Math.max(EXPIRED_AFTER_MS, staleAfterMs) };
}

export function snapshotFreshness(
  snapshot: StatusSnapshot | null,
  now: number,
  intervalMinutes = 5,
): Freshness {
  if (!snapshot) return { ageMs: null, stale: true, expired: true };
  const ageMs = Math.max(0, now - snapshot.fetchedAt);
  const { staleAfterMs, expiredAfterMs } = freshnessLimits(intervalMinutes);
  return { ageMs, stale: ageMs > staleAfterMs, expired: ageMs > expiredAfterMs };
}

/**
 * The watched services as they can be reported at `now`, in the order given: missing ones and,
 * once the snapshot has expired (or there is none), all of them read "unknown".
 */
export function watchedServiceStates(
  snapshot: StatusSnapshot | null,
  watched: readonly string[],
  now: number,
  intervalMinutes = 5,
): ServiceStatus[] {
  const { expired } = snapshotFreshness(snapshot, now, intervalMinutes);
  return watched.map((id) => {
    const found = snapshot?.services.find((s) => s.id === id);
    const name = found?.name ?? catalogueService(id)?.feedName ?? id;
    if (!found) return { id, name, state: 'unknown', events: [], ...(snapshot ? { missing: true } : {}) };
    return expired ? { ...found, state: 'unknown' } : found;
  });
}
