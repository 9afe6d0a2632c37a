import { describe, expect, it } from 'vitest';
import { nextRecheckAt } from '@/lib/conditions/recheck';
import { DAY, event, GB, HOUR, input, MIN, NOW, photos, reading, snapshot } from './build';

describe('nextRecheckAt', () => {
  it('checks every 15 minutes when nothing is about to change', () => {
    expect(nextRecheckAt(input()) - NOW).toBe(15 * MIN);
  });

  it('checks every minute while an upload is in progress', () => {
    const p = photos({ upload: { percent: 5, done: null, total: null, lastProgressAt: NOW - 2 * MIN } });
    expect(nextRecheckAt(input({ photos: p })) - NOW).toBe(MIN);
  });

  it.each([
    ['storage turns stale', input({ storage: reading(41, 7 * DAY - 5 * MIN) }), 5 * MIN + 1],
    [
      'a quota error ages out',
      input({ photos: photos({ quotaError: { at: NOW - 55 * MIN, source: 'text' } }) }),
      5 * MIN + 1,
    ],
    ['the snapshot expires', input({ snapshot: snapshot({}, 2 * HOUR - 3 * MIN) }), 3 * MIN + 1],
    [
      'maintenance ends',
      input({
        snapshot: snapshot({ 'icloud-mail': [event('maintenance', 'ongoing', { endsAt: NOW + 7 * MIN })] }),
      }),
      7 * MIN + 1,
    ],
    [
      'the forecast comes within 14 days',
      input({ forecast: { fullAt: NOW + 14 * DAY + 4 * MIN, bytesPerDay: GB } }),
      4 * MIN + 1,
    ],
  ])('checks just after %s', (_, i, delay) => {
    expect(nextRecheckAt(i) - NOW).toBe(delay);
  });

  it('waits at least a minute, however close the next edge', () => {
    expect(nextRecheckAt(input({ storage: reading(41, 7 * DAY - 1000) })) - NOW).toBe(MIN);
  });
});
