/**
 * When Apple's status was read successfully, one time per local day (the latest), for the last
 * eight days: the 7-day strip marks a day "no incidents" only when a check actually succeeded on it.
 */
export const CHECKED_DAYS_KEPT = 8;

function localDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** The stored list with `at` added: one entry per local day, newest kept, bounded. Pure. */
export function withCheck(times: readonly number[], at: number): number[] {
  const byDay = new Map<number, number>();
  for (const t of [...times, at]) {
    if (!Number.isFinite(t)) continue;
    const day = localDay(t);
    byDay.set(day, Math.max(byDay.get(day) ?? t, t));
  }
  return [...byDay.values()].sort((a, b) => a - b).slice(-CHECKED_DAYS_KEPT);
}

/** Stored values cross a boundary: anything but finite numbers is dropped. */
export function readCheckedTimes(value: unknown): number[] {
  return Array.isArray(value)
    ? value.filter((t): t is number => typeof t === 'number' && Number.isFinite(t))
    : [];
}
