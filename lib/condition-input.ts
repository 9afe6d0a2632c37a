/**
 * The evaluator's inputs as stored: the one list of the items it reads, the one way to read them
 * (through each writer's validator, plus the forecast from the history database) and the one way
 * to watch them. The badge and the popup both use it, so they evaluate the same inputs and wake
 * on the same changes. The I/O lives here so lib/conditions stays pure.
 */
import type { ConditionInput } from './conditions/types';
import { forecastFull, FORECAST_WINDOW_MS } from './forecast/forecast';
import { readStorageHistory } from './forecast/storage-history';
import { validatePhotosState, validateStorageReading } from './readings/validate';
import { normaliseSettings, settingsItem } from './settings';
import { photosStateItem, pollRecordItem, statusSnapshotItem, storageReadingItem } from './state-items';
import { readStoredPollRecord, readStoredSnapshot } from './status/stored';

/** Every stored item the evaluator reads. */
export const CONDITION_INPUT_ITEMS = [
  storageReadingItem,
  photosStateItem,
  statusSnapshotItem,
  pollRecordItem,
  settingsItem,
] as const;

/** Reads every input through its writer's validator; damaged values come back as unknown. */
export async function readConditionInput(now: number = Date.now()): Promise<ConditionInput> {
  const [storage, photos, snapshot, poll, settings, history] = await Promise.all([
    storageReadingItem.getValue().then((v: unknown) => validateStorageReading(v)),
    photosStateItem.getValue().then((v: unknown) => validatePhotosState(v)),
    statusSnapshotItem.getValue().then((v: unknown) => readStoredSnapshot(v)),
    pollRecordItem.getValue().then((v: unknown) => readStoredPollRecord(v)),
    settingsItem.getValue().then((v: unknown) => normaliseSettings(v)),
    readStorageHistory(now - FORECAST_WINDOW_MS),
  ]);
  return { storage, photos, snapshot, poll, settings, forecast: forecastFull(history, now), now };
}

/**
 * Calls `onChange` whenever any input changes (a poll writes several together: callers that read
 * should coalesce). Returns the unwatch. Registers its listeners synchronously, so a service worker
 * that calls it at start-up is woken by the changes.
 */
export function watchConditionInput(onChange: () => void): () => void {
  const unwatchers = CONDITION_INPUT_ITEMS.map((item) => item.watch(() => onChange()));
  return () => unwatchers.forEach((unwatch) => unwatch());
}
