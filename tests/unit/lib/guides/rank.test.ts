import { describe, expect, it } from 'vitest';
import { GUIDES } from '@/lib/guides/content';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import type { Condition } from '@/lib/conditions/types';
import { NO_PROGRESS, summariseProgress } from '@/lib/guides/progress';
import {
  CAUSES_BY_TOPIC,
  planFor,
  planFromFixes,
  rankFixes,
  rankGuides,
  splitPlan,
  type FixContext,
} from '@/lib/guides/rank';
import { event, HOUR, input, MIN, NOW, photos, reading, snapshot } from '../conditions/build';
import type { Guide, GuideTopic } from '@/lib/guides/types';
import type { Platform } from '@/lib/settings';

const ids = (guides: Guide[]) => guides.map((g) => g.id);
const top = (topics: GuideTopic[], n: number) => ids(rankGuides(topics).slice(0, n));

describe('rankGuides', () => {
  it.each<[GuideTopic, string[]]>([
    ['storage-full', ['free-up-icloud-storage', 'upgrade-icloud-plan']],
    ['upload-blocked', ['free-up-icloud-storage', 'upgrade-icloud-plan']],
    ['storage-nearly-full', ['free-up-icloud-storage', 'upgrade-icloud-plan']],
    ['outage', ['check-apple-system-status', 'wait-out-an-outage']],
    ['maintenance', ['check-apple-system-status', 'plan-around-maintenance']],
    ['upload-stalled', ['low-power-and-battery', 'keep-a-web-upload-going', 'fix-the-network']],
    ['sync-not-working', ['check-apple-system-status', 'same-account-icloud-photos-on']],
  ])('for %s puts the fixes for its cause first: %j', (topic, expected) => {
    expect(top([topic], expected.length)).toEqual(expected);
  });

  it('lists only guides for the given problem', () => {
    for (const g of rankGuides(['outage'])) expect(g.topics).toContain('outage');
  });

  it('lists every guide when no problem is given', () => {
    expect(rankGuides([])).toHaveLength(GUIDES.length);
  });

  it('puts every safe guide before any drastic one', () => {
    const ranked = rankGuides(['uploads-stuck']);
    const drastic = ranked.map((g) => g.effort === 'drastic' || g.risk.level === 'caution');
    const firstDrastic = drastic.indexOf(true);
    expect(firstDrastic).toBeGreaterThan(0);
    expect(drastic.slice(firstDrastic).every(Boolean)).toBe(true);
    expect(ranked.at(-1)?.effort).not.toBe('quick');
  });

  it('keeps guides for the first condition ahead when several are active', () => {
    expect(top(['outage', 'storage-full'], 1)).toEqual(['check-apple-system-status']);
    expect(top(['storage-full', 'outage'], 1)).toEqual(['free-up-icloud-storage']);
  });

  it('moves a finished guide (all steps ticked) behind the unfinished ones', () => {
    const free = GUIDES.find((g) => g.id === 'free-up-icloud-storage')!;
    const progress = summariseProgress(
      free.steps.map((s) => ({ guideId: free.id, stepId: s.id, done: true, at: 1 })),
      [],
    );
    const ranked = ids(rankGuides(['storage-full'], undefined, progress));
    expect(ranked[0]).toBe('upgrade-icloud-plan');
    expect(ranked.at(-1)).toBe('free-up-icloud-storage');
  });

  it('keeps a guide with only some steps ticked where it was', () => {
    const progress = summariseProgress(
      [{ guideId: 'free-up-icloud-storage', stepId: 'see-usage', done: true, at: 1 }],
      [],
    );
    expect(ids(rankGuides(['storage-full'], undefined, progress))[0]).toBe('free-up-icloud-storage');
  });

  it('moves a guide answered "Did this fix it?" behind the others', () => {
    const progress = summariseProgress(
      [],
      [{ guideId: 'check-apple-system-status', outcome: 'not-fixed', at: 1 }],
    );
    expect(ids(rankGuides(['outage'], undefined, progress))[0]).toBe('wait-out-an-outage');
  });

  it('leaves out guides for platforms the person does not use', () => {
    const windowsOnly = rankGuides(['upload-stalled'], ['windows']);
    expect(ids(windowsOnly)).not.toContain('low-power-and-battery');
    for (const g of windowsOnly) expect(g.platforms).toContain('windows');
  });

  it('treats an empty platform list as every platform', () => {
    expect(ids(rankGuides(['storage-full'], []))).toEqual(ids(rankGuides(['storage-full'])));
  });
});

describe('splitPlan', () => {
  const TOPICS = Object.keys(CAUSES_BY_TOPIC) as GuideTopic[];
  const cost = (g: Guide) =>
    (g.effort === 'drastic' || g.risk.level === 'caution' ? 10 : 0) +
    ['quick', 'moderate', 'drastic'].indexOf(g.effort);
  const triedBackupAndPlan = summariseProgress(
    [],
    [
      { guideId: 'upgrade-icloud-plan', outcome: 'not-fixed', at: 1 },
      { guideId: 'check-apple-system-status', outcome: 'fixed', at: 1 },
    ],
  );

  it.each(
    TOPICS.flatMap((topic) => [
      [topic, 'nothing tried', NO_PROGRESS] as const,
      [topic, 'some tried', triedBackupAndPlan] as const,
    ]),
  )(
    'numbers the fixes for %s quickest and safest first (%s), and keeps every guide',
    (topic, _, progress) => {
      const ranked = rankGuides([topic], undefined, progress);
      const { toTry, alsoUseful, tried } = splitPlan(topic, ranked, progress);
      const costs = toTry.map(cost);
      expect(costs).toEqual([...costs].sort((a, b) => a - b));
      expect(new Set(ids([...toTry, ...alsoUseful, ...tried]))).toEqual(new Set(ids(ranked)));
      expect(toTry.length + alsoUseful.length + tried.length).toBe(ranked.length);
    },
  );

  it('numbers only fixes for the cause: backups do not go ahead of making room, nor after it as a step', () => {
    const { toTry, alsoUseful } = splitPlan('storage-full', rankGuides(['storage-full']));
    expect(ids(toTry)).toEqual(['free-up-icloud-storage', 'upgrade-icloud-plan']);
    expect(ids(alsoUseful)).toEqual(['turn-on-icloud-backup']);
  });

  it('lists what was tried apart, "it did not fix it" last', () => {
    const progress = summariseProgress(
      GUIDES.find((g) => g.id === 'free-up-icloud-storage')!.steps.map((s) => ({
        guideId: 'free-up-icloud-storage',
        stepId: s.id,
        done: true,
        at: 1,
      })),
      [{ guideId: 'upgrade-icloud-plan', outcome: 'not-fixed', at: 1 }],
    );
    const plan = splitPlan('storage-full', rankGuides(['storage-full'], undefined, progress), progress);
    expect(ids(plan.toTry)).toEqual([]);
    expect(ids(plan.tried)).toEqual(['free-up-icloud-storage', 'upgrade-icloud-plan']);
  });
});

describe('rankFixes', () => {
  const context: FixContext = { guides: GUIDES, platforms: [], progress: NO_PROGRESS, statusKnown: true };
  const fixIds = (condition: Condition, extra: Partial<FixContext> = {}) =>
    (rankFixes([condition], { ...context, ...extra })[condition.id] ?? []).map((f) => f.guideId);
  const outage = evaluateConditions(
    input({ snapshot: snapshot({ photos: [event('outage', 'ongoing')] }) }),
  )[0]!;
  const stalled = evaluateConditions(
    input({
      photos: photos({ upload: { percent: 1, done: null, total: null, lastProgressAt: NOW - 20 * MIN } }),
    }),
  )[0]!;

  it('does not tell people to check Apple’s status when Apple already reported the outage', () => {
    expect(outage.id).toBe('outage');
    expect(fixIds(outage)[0]).toBe('wait-out-an-outage');
    expect(fixIds(outage)).not.toContain('check-apple-system-status');
  });

  it('offers planned maintenance a plan for the maintenance window, not the outage guide', () => {
    const maintenance = evaluateConditions(
      input({
        snapshot: snapshot({
          photos: [event('maintenance', 'upcoming', { startsAt: NOW + 60 * MIN, endsAt: NOW + 180 * MIN })],
        }),
      }),
    )[0]!;
    expect(maintenance.id).toBe('maintenance');
    expect(fixIds(maintenance)[0]).toBe('plan-around-maintenance');
    expect(fixIds(maintenance)).not.toContain('wait-out-an-outage');
  });

  it.each([
    ['full', { storage: reading(99.8, MIN, { quota: { haveMaxQuotaTier: true } }) }],
    ['nearly full', { storage: reading(93, MIN, { quota: { haveMaxQuotaTier: true } }) }],
    [
      'refusing uploads for it',
      {
        storage: reading(41, 2 * HOUR, { quota: { haveMaxQuotaTier: true } }),
        photos: photos({ quotaError: { at: NOW - 3 * MIN, source: 'cloudkit' as const } }),
      },
    ],
  ])('offers no bigger plan when storage is %s and Apple says the plan is already its largest', (_, from) => {
    const [condition] = evaluateConditions(input(from));
    expect(condition?.facts.largestPlan).toBe(true);
    expect(fixIds(condition!)[0]).toBe('free-up-icloud-storage');
    expect(fixIds(condition!)).not.toContain('upgrade-icloud-plan');
    const notLargest = { ...condition!, facts: { ...condition!.facts, largestPlan: undefined } };
    expect(fixIds(notLargest)).toContain('upgrade-icloud-plan');
  });

  it('still offers the status check when Apple’s status is not known', () => {
    expect(fixIds(outage, { statusKnown: false })).toContain('check-apple-system-status');
  });

  it('ranks a stall seen on iCloud.com for the browser: keeping the page open, then the connection', () => {
    expect(stalled.id).toBe('upload-stalled');
    expect(stalled.facts.seenOn).toBe('icloud.com');
    const ids = fixIds(stalled);
    expect(ids.slice(0, 2)).toEqual(['keep-a-web-upload-going', 'fix-the-network']);
    expect(ids.indexOf('low-power-and-battery')).toBeGreaterThan(1);
    // A phone's fixes, and the Photos app's own status and nudges, do nothing for a browser upload.
    for (const id of [
      'allow-cellular-uploads',
      'reset-network-settings',
      'nudge-a-stuck-upload',
      'find-upload-status',
      'free-device-storage',
      'leave-it-overnight',
    ])
      expect(ids).not.toContain(id);
  });

  it.each<[string, Platform[], boolean]>([
    ['only an iPhone', ['iphone-ipad'], false],
    ['only Windows', ['windows'], false],
    ['only iCloud.com', ['icloud-web'], false],
    ['a Mac', ['mac'], true],
    ['every device (the default)', [], true],
  ])(
    'offers the Mac’s power settings for a browser stall when the person has %s: %s',
    (_who, platforms, mac) => {
      const ids = fixIds(stalled, { platforms });
      expect(ids.slice(0, 2)).toEqual(['keep-a-web-upload-going', 'fix-the-network']);
      expect(ids.includes('low-power-and-battery')).toBe(mac);
    },
  );

  it('marks the fixes a browser stall’s plan numbers: for its causes there, not the way round it', () => {
    const fixes = rankFixes([stalled], context)['upload-stalled'] ?? [];
    expect(fixes.filter((f) => f.forCause).map((f) => f.guideId)).toEqual([
      'keep-a-web-upload-going',
      'fix-the-network',
      'low-power-and-battery',
    ]);
    expect(fixes.find((f) => f.guideId === 'contact-apple-support')?.forCause).toBe(false);
  });

  it('offers a refusal seen on iCloud.com a fix even when Apple’s status is known', () => {
    const refused = evaluateConditions(
      input({
        photos: photos({ uploadRefused: { at: NOW - 2 * MIN, status: 503 } }),
        snapshot: snapshot(),
      }),
    ).find((c) => c.id === 'upload-refused')!;
    expect(refused.facts.seenOn).toBe('icloud.com');
    expect(fixIds(refused)).toEqual(['retry-a-refused-upload', 'contact-apple-support']);
    expect(fixIds(refused, { statusKnown: false })[0]).toBe('check-apple-system-status');
  });

  it.each(
    (['upload-stalled', 'upload-refused', 'upload-blocked'] as const).flatMap((id) =>
      [true, false].flatMap((statusKnown) =>
        ([[], ['mac'], ['iphone-ipad'], ['windows', 'icloud-web']] as Platform[][]).map(
          (platforms) => [id, statusKnown, platforms] as const,
        ),
      ),
    ),
  )(
    'keeps “quickest and safest first” for the fixes it numbers for %s seen on iCloud.com (status known: %s, devices %j)',
    (id, statusKnown, platforms) => {
      const seen = { ...stalled, id, facts: { seenOn: 'icloud.com' as const } };
      const numbered = (rankFixes([seen], { ...context, statusKnown, platforms })[id] ?? []).filter(
        (f) => f.forCause,
      );
      const cost = numbered.map(
        (f) =>
          (f.caution || f.effort === 'drastic' ? 10 : 0) + ['quick', 'moderate', 'drastic'].indexOf(f.effort),
      );
      expect(numbered.length).toBeGreaterThan(0);
      expect(cost).toEqual([...cost].sort((a, b) => a - b));
    },
  );

  it('ranks a stall for a device, with nothing saying where it was seen, as before', () => {
    const upload = { ...stalled, facts: { ...stalled.facts, seenOn: undefined } };
    expect(fixIds(upload).slice(0, 2)).toEqual(['low-power-and-battery', 'keep-a-web-upload-going']);
    expect(fixIds(upload)).toContain('allow-cellular-uploads');
  });

  it('keeps quickest first among the safe fixes for the cause', () => {
    const upload = { ...stalled, facts: { ...stalled.facts, seenOn: undefined } };
    const fixes = rankFixes([upload], context)['upload-stalled'] ?? [];
    const forCause = fixes.filter(
      (f) => !f.caution && GUIDES.find((g) => g.id === f.guideId)!.causes.length > 0,
    );
    const efforts = forCause.map((f) => f.effort);
    expect(efforts.lastIndexOf('quick')).toBeLessThan(efforts.indexOf('moderate'));
  });

  it('puts a fix answered "it did not fix it" after one merely finished', () => {
    const wait = GUIDES.find((g) => g.id === 'wait-out-an-outage')!;
    const progress = summariseProgress(
      wait.steps.map((s) => ({ guideId: wait.id, stepId: s.id, done: true, at: 1 })),
      [{ guideId: 'contact-apple-support', outcome: 'not-fixed', at: 2 }],
    );
    expect(fixIds(outage, { progress }).slice(-2)).toEqual(['wait-out-an-outage', 'contact-apple-support']);
  });

  it('gives titles and efforts from the guides it is handed', () => {
    const renamed = GUIDES.map((g) => (g.id === 'wait-out-an-outage' ? { ...g, title: 'Renamed' } : g));
    expect(rankFixes([outage], { ...context, guides: renamed }).outage?.[0]).toEqual({
      guideId: 'wait-out-an-outage',
      title: 'Renamed',
      effort: 'quick',
      caution: false,
      forCause: true,
    });
  });
});

describe('planFor: a problem’s plan on the guide page', () => {
  const known: FixContext = { guides: GUIDES, platforms: [], progress: NO_PROGRESS, statusKnown: true };
  const sources = { guides: GUIDES, progress: NO_PROGRESS, platforms: [] };
  const planIds = (plan: ReturnType<typeof planFor>) => ({
    toTry: ids(plan.toTry),
    alsoUseful: ids(plan.alsoUseful),
    tried: ids(plan.tried),
  });
  const active = (from: Parameters<typeof input>[0], context: FixContext = known) =>
    rankFixes(evaluateConditions(input(from)), context);
  const maintenance = active({
    snapshot: snapshot({
      photos: [event('maintenance', 'upcoming', { startsAt: NOW + 60 * MIN, endsAt: NOW + 180 * MIN })],
    }),
  });
  const stalled = active({
    photos: photos({ upload: { percent: 1, done: null, total: null, lastProgressAt: NOW - 20 * MIN } }),
  });

  it.each<[GuideTopic, Parameters<typeof input>[0], string]>([
    [
      'maintenance',
      {
        snapshot: snapshot({
          photos: [event('maintenance', 'upcoming', { startsAt: NOW + 60 * MIN, endsAt: NOW + 180 * MIN })],
        }),
      },
      'plan-around-maintenance',
    ],
    ['outage', { snapshot: snapshot({ photos: [event('outage', 'ongoing')] }) }, 'wait-out-an-outage'],
  ])('numbers no status check for %s once the background has read Apple’s status', (topic, from, first) => {
    const plan = planFor(topic, { ...sources, active: active(from) });
    expect(plan.toTry[0]?.id).toBe(first);
    expect(ids([...plan.toTry, ...plan.alsoUseful])).not.toContain('check-apple-system-status');
    // Knowing nothing (the page alone, as before), the plan starts with the check.
    expect(planFor(topic, { ...sources, active: null }).toTry[0]?.id).toBe('check-apple-system-status');
  });

  it('keeps the status check when the background could not read Apple’s status', () => {
    const unread = active(
      {
        snapshot: snapshot({
          photos: [event('maintenance', 'upcoming', { startsAt: NOW + 60 * MIN, endsAt: NOW + 180 * MIN })],
        }),
      },
      { ...known, statusKnown: false },
    );
    expect(ids(planFor('maintenance', { ...sources, active: unread }).toTry)).toContain(
      'check-apple-system-status',
    );
  });

  it('plans a stall seen on iCloud.com as the popup ranks it: for the browser, the way round it apart', () => {
    expect(planIds(planFor('upload-stalled', { ...sources, active: stalled }))).toEqual({
      toTry: ['keep-a-web-upload-going', 'fix-the-network', 'low-power-and-battery'],
      alsoUseful: ['contact-apple-support'],
      tried: [],
    });
  });

  it('ranks a problem that is not active from the guides alone', () => {
    const plan = planFor('storage-full', { ...sources, active: maintenance });
    const alone = splitPlan('storage-full', rankGuides(['storage-full']));
    expect(planIds(plan)).toEqual(planIds(alone));
    expect(planIds(planFor('uploads-stuck', { ...sources, active: stalled }))).toEqual(
      planIds(splitPlan('uploads-stuck', rankGuides(['uploads-stuck']))),
    );
  });

  it('moves a fix finished since the background ranked it to “Already tried”, before a “no” answer', () => {
    const network = GUIDES.find((g) => g.id === 'fix-the-network')!;
    const progress = summariseProgress(
      network.steps.map((s) => ({ guideId: network.id, stepId: s.id, done: true, at: 2 })),
      [{ guideId: 'keep-a-web-upload-going', outcome: 'not-fixed', at: 1 }],
    );
    // Ranked before any of it was done; the page has the progress as it is now.
    const plan = planFromFixes(stalled['upload-stalled']!, GUIDES, progress);
    expect(ids(plan.toTry)).toEqual(['low-power-and-battery']);
    expect(ids(plan.tried)).toEqual(['fix-the-network', 'keep-a-web-upload-going']);
  });

  it('leaves out a fix whose guide the page does not have, keeping the order of the rest', () => {
    const without = GUIDES.filter((g) => g.id !== 'fix-the-network');
    expect(ids(planFromFixes(stalled['upload-stalled']!, without).toTry)).toEqual([
      'keep-a-web-upload-going',
      'low-power-and-battery',
    ]);
  });
});
