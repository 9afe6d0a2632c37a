import { describe, expect, it } from 'vitest';
import { mergePhotosState, mergeStorageReading, READING_FRESH_MS, readingKey } from '@/lib/readings/merge';
import type { PhotosState, StorageReading } from '@/lib/readings/types';
import { validatePhotosState, validateStorageReading } from '@/lib/readings/validate';

const GB = 2 ** 30;
const T = 1_750_000_000_000;
const api: StorageReading = {
  usedBytes: 46 * GB,
  totalBytes: 50 * GB,
  source: 'api',
  locale: 'en-us',
  readAt: T,
};
const text: StorageReading = { ...api, usedBytes: 45 * GB, source: 'text', readAt: T + 1000 };
const flag: StorageReading = {
  usedBytes: null,
  totalBytes: null,
  quota: { overQuota: true },
  source: 'flag',
  locale: null,
  readAt: T + 2000,
};

describe('validateStorageReading', () => {
  it.each([api, text, flag, { ...api, byMedia: { photos: 1 }, quota: { almostFull: false } }])(
    'accepts %o',
    (value) => {
      expect(validateStorageReading(JSON.parse(JSON.stringify(value)))).toEqual(value);
    },
  );

  it.each([
    null,
    { ...api, usedBytes: -1 },
    { ...api, totalBytes: 0 },
    { ...api, totalBytes: null },
    { ...api, source: 'guess' },
    { ...api, locale: '<script>' },
    { ...api, readAt: 'now' },
    { ...api, quota: { overQuota: 'true' } },
    { ...api, quota: { extra: true } },
    { ...api, byMedia: { photos: '1' } },
    { ...flag, quota: { haveMaxQuotaTier: false } },
  ])('rejects %o', (value) => {
    expect(validateStorageReading(value)).toBeNull();
  });
});

const photos: PhotosState = {
  signedIn: true,
  upload: { percent: 40, done: 4, total: 10, lastProgressAt: T },
  quotaError: null,
  view: 'library',
  readAt: T,
};

describe('validatePhotosState', () => {
  it('accepts a well-formed state', () => {
    expect(validatePhotosState(JSON.parse(JSON.stringify(photos)))).toEqual(photos);
  });
  it.each([
    { ...photos, signedIn: 'yes' },
    { ...photos, upload: { percent: 140, done: null, total: null, lastProgressAt: T } },
    { ...photos, upload: { percent: null, done: 1.5, total: null, lastProgressAt: T } },
    { ...photos, quotaError: { at: T, source: 'rumour' } },
    { ...photos, view: 'Library View!' },
    { ...photos, readAt: 0 },
  ])('rejects %o', (value) => {
    expect(validatePhotosState(value)).toBeNull();
  });
});

describe('mergeStorageReading', () => {
  it('a fresh API reading is not overwritten by a text reading', () => {
    expect(mergeStorageReading(api, text, T + 1000)).toBe(api);
  });
  it('an older API reading gives way to any newer reading', () => {
    expect(mergeStorageReading(api, text, T + READING_FRESH_MS + 1)).toBe(text);
  });
  it('a banner without numbers adds its flag to fresh numbers', () => {
    expect(mergeStorageReading(api, flag, T + 2000)).toEqual({ ...api, quota: { overQuota: true } });
  });
  it('numbers replace a flag-only reading', () => {
    expect(mergeStorageReading(flag, text, T + 3000)).toBe(text);
  });
});

describe('mergePhotosState', () => {
  it('the same progress keeps the time it last moved', () => {
    const later = {
      ...photos,
      upload: { ...photos.upload!, lastProgressAt: T + 60_000 },
      readAt: T + 60_000,
    };
    expect(mergePhotosState(photos, later).upload?.lastProgressAt).toBe(T);
  });
  it('new progress takes the new time', () => {
    const later = {
      ...photos,
      upload: { percent: 50, done: 5, total: 10, lastProgressAt: T + 60_000 },
      readAt: T + 60_000,
    };
    expect(mergePhotosState(photos, later).upload?.lastProgressAt).toBe(T + 60_000);
  });
});

describe('readingKey', () => {
  it('a change only in Apple’s quota flags or in one category is a change', () => {
    expect(readingKey({ ...api, quota: { overQuota: true } })).not.toBe(
      readingKey({ ...api, quota: { overQuota: false } }),
    );
    expect(readingKey({ ...api, byMedia: { photos: 1 } })).not.toBe(
      readingKey({ ...api, byMedia: { photos: 2 } }),
    );
    expect(readingKey({ ...api, byMedia: { photos: 1 } })).not.toBe(readingKey(api));
  });
  it('the same reading read later, or with its keys in another order, is the same', () => {
    const { readAt: _readAt, ...said } = api;
    const reordered: StorageReading = {
      readAt: T + 5000,
      quota: { almostFull: true, overQuota: false },
      ...said,
    };
    expect(readingKey(reordered)).toBe(readingKey({ ...api, quota: { overQuota: false, almostFull: true } }));
  });
  it('a banner’s flag merged into fresh numbers changes the key, so it is stored', () => {
    const merged = mergeStorageReading(api, flag, T + 2000);
    expect(merged.readAt).toBe(api.readAt);
    expect(readingKey(merged)).not.toBe(readingKey(api));
  });
});
