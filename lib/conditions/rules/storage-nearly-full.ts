import { ageOf, makeCondition, planFacts } from '../condition';
import { FORECAST_WARNING_MS } from '../limits';
import type { Condition, ConditionInput } from '../types';
import { formatBytes, formatPercent, formatRoughSpan, percentUsed } from '../../format';

/**
 * `storage-nearly-full`: used at or above the person's threshold, Apple's almost-full flag, or
 * the forecast says full in under 14 days. The evaluator drops it when `storage-full` holds.
 */
export function storageNearlyFull({ storage, forecast, settings, now }: ConditionInput): Condition | null {
  if (!storage) return null;
  const percent = percentUsed(storage.usedBytes, storage.totalBytes);
  const overThreshold = percent !== null && percent >= settings.nearlyFullThreshold;
  const appleFlag = storage.quota?.almostFull === true;
  const forecastSoon = forecast !== null && forecast.fullAt - now < FORECAST_WARNING_MS;
  if (!overThreshold && !appleFlag && !forecastSoon) return null;

  const { usedBytes, totalBytes } = storage;
  const shown = percent !== null ? formatPercent(percent) : null;
  let sentence: string;
  if (overThreshold && usedBytes !== null && totalBytes !== null) {
    sentence = `iCloud storage is ${shown} full: ${formatBytes(usedBytes)} of ${formatBytes(totalBytes)} used.`;
  } else if (appleFlag) {
    sentence = `Apple says your iCloud storage is almost full${shown !== null ? ` (${shown} used)` : ''}.`;
  } else {
    const when = formatRoughSpan((forecast?.fullAt ?? now) - now);
    sentence = `At this rate, iCloud storage will be full in ${when}${shown !== null ? ` (${shown} used now)` : ''}.`;
  }
  return makeCondition('storage-nearly-full', {
    sentence,
    // Without numbers (Apple's flag alone) there is no percent to show: an amber "!" instead.
    badge: { text: percent !== null ? formatPercent(percent, { whole: true }) : '!', colour: 'amber' },
    facts: {
      seenOn: 'icloud.com',
      ...(percent !== null ? { percent } : {}),
      ...(usedBytes !== null ? { usedBytes } : {}),
      ...(totalBytes !== null ? { totalBytes } : {}),
      fromAppleFlag: appleFlag && !overThreshold,
      ...planFacts(storage),
      ...(forecastSoon && forecast ? { forecast } : {}),
    },
    dataAgeMs: ageOf(storage.readAt, now),
  });
}
