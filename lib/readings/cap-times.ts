/**
 * Every time in a content script's report is capped at the background's clock: a page's clock (or a
 * forged report) must not date a quota error or an upload's progress in the future, where it would
 * never age out.
 */
import type { PhotosState, StorageReading } from './types';

const atMost = (at: number, now: number): number => Math.min(at, now);

export function capStorageTimes(reading: StorageReading, now: number): StorageReading {
  return reading.readAt > now ? { ...reading, readAt: now } : reading;
}

export function capPhotosTimes(state: PhotosState, now: number): PhotosState {
  const capped: PhotosState = { ...state, readAt: atMost(state.readAt, now) };
  if (state.upload)
    capped.upload = { ...state.upload, lastProgressAt: atMost(state.upload.lastProgressAt, now) };
  if (state.quotaError) capped.quotaError = { ...state.quotaError, at: atMost(state.quotaError.at, now) };
  if (state.uploadRefused)
    capped.uploadRefused = { ...state.uploadRefused, at: atMost(state.uploadRefused.at, now) };
  return capped;
}
