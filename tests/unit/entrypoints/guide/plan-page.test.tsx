import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ViewSources } from '@/entrypoints/guide/active-fixes';
import { App } from '@/entrypoints/guide/App';
import { activeFixes, loadGuidePage, outcomes, route } from '@/entrypoints/guide/state';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import type { ConditionInput } from '@/lib/conditions/types';
import { GUIDES } from '@/lib/guides/content';
import { NO_PROGRESS } from '@/lib/guides/progress';
import { rankFixes } from '@/lib/guides/rank';
import type { GuideTopic } from '@/lib/guides/types';
import { popupViewOf } from '@/lib/popup-view/build';
import { event, input, MIN, NOW, photos, snapshot } from '../../lib/conditions/build';
import { mount, settle, textOf } from '../../components/render';

/** The background's stored view for `from`, its fixes ranked as the background ranks them. */
function storedView(from: ConditionInput): ViewSources {
  const conditions = evaluateConditions(from);
  const fixes = rankFixes(conditions, {
    guides: GUIDES,
    platforms: [],
    progress: NO_PROGRESS,
    statusKnown: true,
  });
  const view = popupViewOf({ input: from, conditions, fixes, events: [], checked: [] });
  return {
    readStored: () => Promise.resolve(JSON.parse(JSON.stringify(view))),
    ask: vi.fn(() => Promise.reject(new Error('not asked'))),
    watch: () => () => undefined,
    now: () => NOW,
  };
}

const NOTHING_STORED: ViewSources = {
  readStored: () => Promise.resolve(null),
  ask: () => Promise.resolve(null),
  watch: () => () => undefined,
  now: () => NOW,
};

const maintenance = storedView(
  input({
    snapshot: snapshot({
      photos: [event('maintenance', 'upcoming', { startsAt: NOW + 60 * MIN, endsAt: NOW + 180 * MIN })],
    }),
  }),
);
const stalled = storedView(
  input({
    photos: photos({ upload: { percent: 1, done: null, total: null, lastProgressAt: NOW - 20 * MIN } }),
  }),
);

const CHECK_STATUS = 'Check whether Apple’s servers are having trouble';

async function openPlan(topic: GuideTopic, sources: ViewSources): Promise<HTMLElement> {
  route.value = { kind: 'condition', topic };
  await loadGuidePage(sources);
  const el = mount(<App />);
  await settle();
  return el;
}

const numbered = (el: HTMLElement) => [...el.querySelectorAll('ol.cc-plan .cc-plan-title')].map(textOf);

describe('the guide page’s plan for an active problem', () => {
  beforeEach(() => {
    activeFixes.value = null;
    outcomes.value = new Map();
  });

  it('numbers no status check for maintenance once the background has read Apple’s status', async () => {
    const el = await openPlan('maintenance', maintenance);
    expect(numbered(el)).toEqual(['Plan around Apple’s maintenance']);
    expect(textOf(el)).not.toContain(CHECK_STATUS);
    expect(maintenance.ask).not.toHaveBeenCalled();
  });

  it('numbers the status check first when nothing says Apple’s status was read', async () => {
    const el = await openPlan('maintenance', NOTHING_STORED);
    expect(numbered(el)[0]).toBe(CHECK_STATUS);
  });

  it('plans a stall seen on iCloud.com for the browser, in the order the popup gives', async () => {
    const el = await openPlan('upload-stalled', stalled);
    expect(numbered(el)).toEqual([
      'Keep iCloud.com open until the upload ends',
      'Give uploads a steady connection',
      'Turn off Low Power Mode and plug in',
    ]);
    expect(textOf(el)).not.toContain('Let Photos sync over mobile data');
  });

  it('suggests no status check as the next fix after the maintenance plan did not help', async () => {
    route.value = { kind: 'guide', id: 'plan-around-maintenance', topic: 'maintenance' };
    await loadGuidePage(maintenance);
    outcomes.value = new Map([
      ['plan-around-maintenance', { guideId: 'plan-around-maintenance', outcome: 'not-fixed', at: NOW }],
    ]);
    const el = mount(<App />);
    await settle();
    expect(textOf(el)).not.toContain(`Next up: ${CHECK_STATUS}`);
  });
});
