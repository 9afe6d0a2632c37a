/**
 * How full a plan is, as a number and as words. Rounding is downward, so the figure shown never
 * crosses a threshold before the evaluator does (89.9 % reads "89 %", not "90 %").
 */

/** Percent of `total` that `used` is, or null when the numbers cannot say. */
export function percentUsed(used: number | null, total: number | null): number | null {
  if (used === null || total === null) return null;
  if (!Number.isFinite(used) || !Number.isFinite(total) || used < 0 || total <= 0) return null;
  return (used / total) * 100;
}

/** "92%", and one decimal near the top where it matters ("99.4%"); never rounds up to 100. */
export function formatPercent(percent: number): string {
  if (!Number.isFinite(percent)) return 'unknown';
  const clamped = Math.max(0, percent);
  if (clamped >= 99 && clamped < 100) return `${(Math.floor(clamped * 10) / 10).toFixed(1)}%`;
  return `${String(Math.floor(clamped))}%`;
}
