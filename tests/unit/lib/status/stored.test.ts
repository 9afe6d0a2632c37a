import { describe, expect, it } from 'vitest';
import { parseStatusFeed } from '@/lib/status/parse-feed';
import { readStoredPollRecord, readStoredSnapshot } from '@/lib/status/stored';
import { EMPTY_POLL_RECORD } from '@/lib/status/types';
import { feedText, photosOutage } from '@/tests/fixtures/status/feeds';

describe('stored status values', () => {
  it('reads back a snapshot the parser made, after a JSON round trip', () => {
    const result = parseStatusFeed(feedText(photosOutage('ongoing')), 5);
    if (!result.ok) throw new Error('fixture must parse');
    const stored: unknown = JSON.parse(JSON.stringify(result.snapshot));
    expect(readStoredSnapshot(stored)).toEqual(result.snapshot);
  });

  it.each([null, undefined, 'x', {}, { fetchedAt: 1 }, { fetchedAt: 1, services: [{ id: 'photos' }] }])(
    'reads damage (%j) as no snapshot',
    (value) => {
      expect(readStoredSnapshot(value)).toBeNull();
    },
  );

  it('reads a damaged poll record field by field', () => {
    expect(readStoredPollRecord({ lastAttemptAt: 5, consecutiveFailures: -1, lastError: 3 })).toEqual({
      ...EMPTY_POLL_RECORD,
      lastAttemptAt: 5,
    });
    expect(readStoredPollRecord('nope')).toEqual(EMPTY_POLL_RECORD);
  });

  it('keeps a known failure code and drops an unknown one', () => {
    const failed = { ...EMPTY_POLL_RECORD, consecutiveFailures: 1, lastError: 'no access' };
    expect(readStoredPollRecord({ ...failed, lastErrorCode: 'no-permission' })).toEqual({
      ...failed,
      lastErrorCode: 'no-permission',
    });
    expect(readStoredPollRecord({ ...failed, lastErrorCode: 'gone-fishing' })).toEqual(failed);
  });
});
