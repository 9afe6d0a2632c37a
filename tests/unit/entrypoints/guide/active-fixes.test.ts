import { describe, expect, it, vi } from 'vitest';
import { activeFixesOf, followActiveFixes, type ViewSources } from '@/entrypoints/guide/active-fixes';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import type { ConditionInput } from '@/lib/conditions/types';
import { GUIDES } from '@/lib/guides/content';
import { NO_PROGRESS } from '@/lib/guides/progress';
import { rankFixes, type FixesByCondition } from '@/lib/guides/rank';
import { popupViewOf } from '@/lib/popup-view/build';
import { STORED_VIEW_MAX_AGE_MS, type PopupView } from '@/lib/popup-view/types';
import { event, input, MIN, NOW, photos, snapshot } from '../../lib/conditions/build';

/** The view the background builds from `from`: its conditions and their fixes, ranked as it ranks them. */
function viewOf(from: ConditionInput): PopupView {
  const conditions = evaluateConditions(from);
  const fixes = rankFixes(conditions, {
    guides: GUIDES,
    platforms: from.settings.platforms,
    progress: NO_PROGRESS,
    statusKnown: true,
  });
  return JSON.parse(
    JSON.stringify(popupViewOf({ input: from, conditions, fixes, events: [], checked: [] })),
  ) as PopupView;
}

const outageAt = (now: number) =>
  viewOf(input({ now, snapshot: snapshot({ photos: [event('outage', 'ongoing')] }) }));
const stalledAt = (now: number) =>
  viewOf(
    input({
      now,
      photos: photos({ upload: { percent: 1, done: null, total: null, lastProgressAt: now - 20 * MIN } }),
    }),
  );
const firstFix = (fixes: FixesByCondition | null, id: keyof FixesByCondition) => fixes?.[id]?.[0]?.guideId;

function sources(overrides: Partial<ViewSources> = {}) {
  let stored: ((value: unknown) => void) | null = null;
  const s: ViewSources = {
    readStored: () => Promise.resolve(null),
    ask: vi.fn(() => Promise.reject(new Error('no answer'))),
    watch: (onView) => {
      stored = onView;
      return () => (stored = null);
    },
    now: () => NOW,
    ...overrides,
  };
  return { sources: s, store: (value: unknown) => stored?.(value) };
}

describe('the guide page’s knowledge of the active problems', () => {
  it('takes the fixes of every problem the view names, and none when all is clear', () => {
    const fixes = activeFixesOf(outageAt(NOW));
    expect(Object.keys(fixes)).toEqual(['outage']);
    expect(fixes.outage?.map((f) => f.guideId)).not.toContain('check-apple-system-status');
    expect(activeFixesOf(viewOf(input()))).toEqual({});
  });

  it('uses a recent stored view without asking the background', async () => {
    const { sources: s } = sources({ readStored: () => Promise.resolve(outageAt(NOW - 5 * MIN)) });
    const seen: (FixesByCondition | null)[] = [];
    await followActiveFixes(s, (f) => seen.push(f));
    expect(seen.map((f) => firstFix(f, 'outage'))).toEqual(['wait-out-an-outage']);
    expect(s.ask).not.toHaveBeenCalled();
  });

  it('asks the background when the stored view is too old, and takes its answer', async () => {
    const { sources: s } = sources({
      readStored: () => Promise.resolve(outageAt(NOW - STORED_VIEW_MAX_AGE_MS - MIN)),
      ask: vi.fn(() => Promise.resolve({ view: stalledAt(NOW), check: null })),
    });
    const seen: (FixesByCondition | null)[] = [];
    await followActiveFixes(s, (f) => seen.push(f));
    expect(s.ask).toHaveBeenCalledOnce();
    expect(seen).toHaveLength(1);
    expect(firstFix(seen[0]!, 'upload-stalled')).toBe('keep-a-web-upload-going');
    expect(seen[0]).not.toHaveProperty('outage');
  });

  it.each([
    ['nothing stored and no answer', null, () => Promise.reject(new Error('gone'))],
    ['a damaged stored view and an answer without a view', { v: 1, at: NOW }, () => Promise.resolve(null)],
  ])('knows nothing with %s: the plans are ranked from the guides alone', async (_what, stored, ask) => {
    const { sources: s } = sources({ readStored: () => Promise.resolve(stored), ask: vi.fn(ask) });
    const seen: (FixesByCondition | null)[] = [];
    await followActiveFixes(s, (f) => seen.push(f));
    expect(seen).toEqual([null]);
  });

  it('follows each newer view the background stores, ignores an older one, and forgets a removed one', async () => {
    const { sources: s, store } = sources({ readStored: () => Promise.resolve(outageAt(NOW)) });
    const seen: (FixesByCondition | null)[] = [];
    await followActiveFixes(s, (f) => seen.push(f));
    store(stalledAt(NOW + MIN));
    store(outageAt(NOW - MIN));
    store(null);
    expect(seen.map((f) => (f ? Object.keys(f) : null))).toEqual([['outage'], ['upload-stalled'], null]);
  });

  it('keeps a view stored while the background was being asked when the answer fails', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const { sources: s, store } = sources({
      ask: vi.fn(() => new Promise((resolve) => (answer = resolve))),
    });
    const seen: (FixesByCondition | null)[] = [];
    const following = followActiveFixes(s, (f) => seen.push(f));
    await vi.waitFor(() => expect(s.ask).toHaveBeenCalled());
    store(outageAt(NOW));
    answer(undefined);
    await following;
    expect(seen.map((f) => (f ? Object.keys(f) : null))).toEqual([['outage']]);
  });
});
