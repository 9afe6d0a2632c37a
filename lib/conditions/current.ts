/**
 * The conditions as they stand now, from what is in storage. The background uses it to draw the
 * badge; the popup and tips may call it too and get the same answer from the same inputs.
 */
import { forecastFull, FORECAST_WINDOW_MS } from '../forecast/forecast';
import { readStorageHistory } from '../forecast/storage-history';
import { normaliseSettings, settingsItem } from '../settings';
import { photosStateItem, pollRecordItem, statusSnapshotItem, storageReadingItem } from '../state-items';
import { evaluateConditions } from './evaluate';
import type { Condition, ConditionInput } from './types';
import { parsePhotosState, parsePollRecord, parseStatusSnapshot, parseStorageReading } from './validate';

/** Reads and validates every input of the evaluator; the forecast comes from the history. */
export async function readConditionInput(now: number = Date.now()): Promise<ConditionInput> {
  const [storage, photos, snapshot, poll, settings, history] = await Promise.all([
    storageReadingItem.getValue().then((v: unknown) => parseStorageReading(v)),
    photosStateItem.getValue().then((v: unknown) => parsePhotosState(v)),
    statusSnapshotItem.getValue().then((v: unknown) => parseStatusSnapshot(v)),
    pollRecordItem.getValue().then((v: unknown) => parsePollRecord(v)),
    settingsItem.getValue().then((v: unknown) => normaliseSettings(v)),
    readStorageHistory(now - FORECAST_WINDOW_MS),
  ]);
  return { storage, photos, snapshot, poll, settings, forecast: forecastFull(history, now), now };
}

export async function currentConditions(now: number = Date.now()): Promise<Condition[]> {
  return evaluateConditions(await readConditionInput(now));
}
