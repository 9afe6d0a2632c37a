import { describe, expect, it } from 'vitest';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import type { ConditionInput } from '@/lib/conditions/types';
import type { FixesByCondition } from '@/lib/guides/rank';
import { popupViewOf } from '@/lib/popup-view/build';
import { STORED_VIEW_MAX_AGE_MS } from '@/lib/popup-view/types';
import { MAX_RECHECK_MS } from '@/lib/conditions/recheck';
import { EMPTY_POLL_RECORD } from '@/lib/status/types';
import { event, input, MIN, NOW, photos, reading, snapshot } from '../conditions/build';

const WAIT = {
  guideId: 'wait-out-an-outage',
  title: 'Wait',
  effort: 'quick' as const,
  caution: false,
  forCause: true,
};

function viewOf(from: ConditionInput, fixes: FixesByCondition = {}, checked: number[] = []) {
  return popupViewOf({ input: from, conditions: evaluateConditions(from), fixes, events: [], checked });
}

describe('the popup’s view, decided from the conditions', () => {
  it('heads with the most severe problem, its fixes attached, and lists the others once each', () => {
    const view = viewOf(
      input({ storage: reading(93), snapshot: snapshot({ photos: [event('outage', 'ongoing')] }) }),
      { outage: [WAIT] },
    );
    expect(view.headline).toMatchObject({
      kind: 'problem',
      top: { id: 'outage', tone: 'red', fixes: [WAIT] },
      others: [{ id: 'storage-nearly-full', tone: 'amber', fixes: [] }],
    });
    expect(view.services.affected.map((s) => s.id)).toEqual(['photos']);
    expect(view.services.summary).toMatch(/outage/i);
    expect(view.storage.tone).toBe('warn');
  });

  it('is all clear, with when Apple was read, only when no condition holds', () => {
    const view = viewOf(input());
    expect(view.headline).toEqual({ kind: 'all-clear', checkedAt: NOW - 2 * MIN });
    expect(view.services).toMatchObject({
      unknown: false,
      affected: [],
      summary: 'Apple reports no issues.',
    });
    expect(view.storage).toMatchObject({ tone: 'ok', stale: false, refused: false });
  });

  it('is neither good nor bad while the first check is under way', () => {
    const view = viewOf(input({ storage: null, snapshot: null, poll: EMPTY_POLL_RECORD }));
    expect(view.headline).toEqual({ kind: 'first-check' });
    expect(view.storage.reading).toBeNull();
  });

  it('gives the storage card the full tone and the refusal when Apple refused an upload for space', () => {
    const view = viewOf(
      input({
        storage: null,
        photos: photos({ quotaError: { source: 'cloudkit', at: NOW - MIN } }),
      }),
    );
    expect(view.headline).toMatchObject({ top: { id: 'upload-blocked' } });
    expect(view.storage).toMatchObject({ tone: 'full', refused: true });
  });

  it('marks an old reading stale, as the storage-stale condition says', () => {
    const view = viewOf(input({ storage: reading(41, 8 * 24 * 60 * MIN) }));
    expect(view.storage.stale).toBe(true);
  });

  it('lets the popup draw a stored view only while the background would still stand by it', () => {
    // The badge's recheck alarm re-evaluates at least this often; the rest is slack for a late alarm.
    expect(STORED_VIEW_MAX_AGE_MS).toBeGreaterThan(MAX_RECHECK_MS);
    expect(STORED_VIEW_MAX_AGE_MS).toBeLessThanOrEqual(MAX_RECHECK_MS + 5 * 60_000);
  });

  it('knows a day in the strip only from a successful check on it (the last one counts too)', () => {
    const view = viewOf(input(), {}, [NOW - 2 * 24 * 60 * MIN]);
    expect(view.days.map((d) => d.known)).toEqual([false, false, false, false, true, false, true]);
  });
});
