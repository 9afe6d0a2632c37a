/**
 * The conditions as they stand now, from what is in storage. The background uses it to draw the
 * badge; the popup and tips may call it too and get the same answer from the same inputs.
 */
import { forecastFull, FORECAST_WINDOW_MS } from '../forecast/forecast';
import { readStorageHistory } from '../forecast/storage-history';
import { normaliseSettings, settingsItem } from '../settings';
import { validatePhotosState, validateStorageReading } from '../readings/validate';
import { photosStateItem, pollRecordItem, statusSnapshotItem, storageReadingItem } from '../state-items';
import { readStoredPollRecord, readStoredSnapshot } from '../status/stored';
import { evaluateConditions } from './evaluate';
import type { Condition, ConditionInput } from './types';

/**
 * Reads every input of the evaluator through the validators of the engineers who write them
 * (lib/readings/validate, lib/status/stored); the forecast comes from the history.
 */
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

export async function currentConditions(now: number = Date.now()): Promise<Condition[]> {
  return evaluateConditions(await readConditionInput(now));
}
