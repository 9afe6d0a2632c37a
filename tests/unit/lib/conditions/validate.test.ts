import { describe, expect, it } from 'vitest';
import {
  parsePhotosState,
  parsePollRecord,
  parseStatusSnapshot,
  parseStorageReading,
} from '@/lib/conditions/validate';
import { EMPTY_POLL_RECORD } from '@/lib/status/types';
import { event, NOW, photos, reading, snapshot } from './build';

describe('validating the stored inputs', () => {
  it('keeps good values as they are', () => {
    const r = reading(92, 0, {
      byMedia: { photos: 1, backup: 2 },
      quota: { overQuota: false, almostFull: true },
    });
    expect(parseStorageReading(r)).toEqual(r);
    const p = photos({
      upload: { percent: 40, done: 4, total: 10, lastProgressAt: NOW },
      quotaError: { at: NOW, source: 'cloudkit' },
    });
    expect(parsePhotosState(p)).toEqual(p);
    const s = snapshot({ photos: [event('outage', 'ongoing')] });
    expect(parseStatusSnapshot(s)).toEqual(s);
    const poll = { lastAttemptAt: NOW, lastSuccessAt: null, consecutiveFailures: 2, lastError: 'HTTP 503' };
    expect(parsePollRecord(poll)).toEqual(poll);
  });

  it.each([
    ['nothing', undefined],
    ['a string', '92%'],
    ['a negative size', { ...reading(50), usedBytes: -1 }],
    ['a zero plan', { ...reading(50), totalBytes: 0 }],
    ['an unknown source', { ...reading(50), source: 'guess' }],
    ['no time', { ...reading(50), readAt: undefined }],
    ['a quota flag that is not a boolean', { ...reading(50), quota: { overQuota: 'yes' } }],
    ['a category size that is not a number', { ...reading(50), byMedia: { photos: '1 GB' } }],
  ])('drops a storage reading that is %s', (_, value) => {
    expect(parseStorageReading(value)).toBeNull();
  });

  it.each([
    ['no services list', { fetchedAt: NOW }],
    [
      'a service without events',
      { fetchedAt: NOW, services: [{ id: 'photos', name: 'Photos', state: 'ok' }] },
    ],
    [
      'an event of an unknown phase word',
      snapshot({ photos: [{ ...event('outage', 'ongoing'), phase: 'live' as never }] }),
    ],
    ['a time that is not a number', { ...snapshot(), fetchedAt: '2026-03-10' }],
  ])('drops the whole status snapshot when it has %s', (_, value) => {
    expect(parseStatusSnapshot(value)).toBeNull();
  });

  it.each([
    ['an upload without a progress time', photos({ upload: { percent: 1 } as never })],
    ['a quota error from an unknown source', photos({ quotaError: { at: NOW, source: 'page' } as never })],
    ['signedIn that is not a boolean', { ...photos(), signedIn: 'yes' }],
  ])('drops a Photos state with %s', (_, value) => {
    expect(parsePhotosState(value)).toBeNull();
  });

  it.each([
    ['nothing', null],
    ['negative failures', { ...EMPTY_POLL_RECORD, consecutiveFailures: -1 }],
    ['fractional failures', { ...EMPTY_POLL_RECORD, consecutiveFailures: 1.5 }],
  ])('reads a poll record with %s as no polls yet', (_, value) => {
    expect(parsePollRecord(value)).toEqual(EMPTY_POLL_RECORD);
  });
});
