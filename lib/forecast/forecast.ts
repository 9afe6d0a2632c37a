/**
 * When iCloud storage will be full at the current rate: a Theil–Sen line (the median of the
 * slopes between every pair of readings) over the last 30 days. The median shrugs off a big
 * one-off deletion or a misread. It says nothing without enough data or without growth.
 */
import type { Forecast } from '../conditions/types';
import type { StorageReading } from '../readings/types';

const DAY = 86_400_000;
export const FORECAST_WINDOW_MS = 30 * DAY;
export const FORECAST_MIN_READINGS = 3;
export const FORECAST_MIN_SPAN_MS = 2 * DAY;
/** Beyond this a projection is guesswork: say nothing. */
export const FORECAST_HORIZON_MS = 2 * 365 * DAY;
/** Pairs grow with the square of the readings; thin evenly beyond this many. */
const MAX_POINTS = 400;

interface Point {
  t: number;
  used: number;
  total: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function thinned(points: Point[]): Point[] {
  if (points.length <= MAX_POINTS) return points;
  const step = (points.length - 1) / (MAX_POINTS - 1);
  return Array.from({ length: MAX_POINTS }, (_, i) => points[Math.round(i * step)] as Point);
}

export function forecastFull(history: readonly StorageReading[], now: number): Forecast | null {
  const points = thinned(
    history
      .filter((r) => r.readAt > now - FORECAST_WINDOW_MS && r.readAt <= now)
      .flatMap((r): Point[] =>
        r.usedBytes !== null && r.totalBytes !== null && r.totalBytes > 0
          ? [{ t: r.readAt, used: r.usedBytes, total: r.totalBytes }]
          : [],
      )
      .sort((a, b) => a.t - b.t),
  );
  const first = points[0];
  const latest = points[points.length - 1];
  if (!first || !latest || points.length < FORECAST_MIN_READINGS) return null;
  if (latest.t - first.t < FORECAST_MIN_SPAN_MS) return null;

  const slopes: number[] = [];
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      const a = points[i] as Point;
      const b = points[j] as Point;
      if (b.t > a.t) slopes.push(((b.used - a.used) / (b.t - a.t)) * DAY);
    }
  }
  const bytesPerDay = median(slopes);
  if (!(bytesPerDay > 0)) return null;

  // "At this rate" starts from where the person is now: the newest reading, and its plan size.
  const daysLeft = Math.max(0, latest.total - latest.used) / bytesPerDay;
  const fullAt = latest.t + daysLeft * DAY;
  if (fullAt - now > FORECAST_HORIZON_MS) return null;
  return { fullAt: Math.round(fullAt), bytesPerDay };
}
