import { describe, expect, it } from 'vitest';
import { CONDITION_IDS, type ConditionId } from '@/lib/conditions/ids';
import type { AffectedService, Condition } from '@/lib/conditions/types';
import { appFromFrameName, appFromShellPath, type IcloudApp } from '@/lib/tips/apps';
import { SNOOZE_MS, selectTips, snooze } from '@/lib/tips/select';

const NOW = Date.UTC(2026, 10, 21, 12, 0);

function service(id: string): AffectedService {
  return {
    id,
    name: id,
    kind: 'outage',
    since: NOW - 3_600_000,
    until: null,
    message: 'Some users are affected',
  };
}

function condition(id: ConditionId, services: string[] = []): Condition {
  return {
    id,
    priority: CONDITION_IDS.indexOf(id),
    sentence: `${id} sentence`,
    badge: null,
    facts: services.length ? { services: services.map(service) } : {},
    dataAgeMs: 0,
  };
}

const on = { enabled: true, snoozes: {}, now: NOW };
const ids = (conditions: Condition[]) => conditions.map((c) => c.id);

describe('selectTips: which tip where', () => {
  it.each<[string, Condition, IcloudApp[], IcloudApp[]]>([
    ['full storage', condition('storage-full'), ['photos', 'drive', 'mail', 'settings'], ['notes', 'other']],
    [
      'nearly full storage',
      condition('storage-nearly-full'),
      ['photos', 'drive', 'mail', 'settings'],
      ['notes', 'other'],
    ],
    ['a stalled upload', condition('upload-stalled'), ['photos'], ['mail', 'drive', 'settings', 'other']],
    ['a quota-blocked upload', condition('upload-blocked'), ['photos'], ['mail', 'drive', 'settings']],
    ['a Photos outage', condition('outage', ['photos']), ['photos'], ['mail', 'drive', 'notes', 'settings']],
    ['an iCloud Mail outage', condition('outage', ['icloud-mail']), ['mail'], ['photos', 'drive', 'notes']],
    ['an iCloud Drive outage', condition('outage', ['icloud-drive']), ['drive'], ['photos', 'mail']],
    ['an iCloud Notes outage', condition('outage', ['icloud-notes']), ['notes'], ['photos', 'mail']],
    [
      'an iCloud.com outage',
      condition('outage', ['icloud-web-apps']),
      ['photos', 'mail', 'settings', 'other'],
      [],
    ],
    ['a sign-in outage', condition('outage', ['icloud-account']), ['photos', 'notes', 'other'], []],
    ['Photos maintenance', condition('maintenance', ['photos']), ['photos'], ['mail']],
    [
      'an outage of a service no app shows',
      condition('outage', ['icloud-keychain']),
      [],
      ['photos', 'mail', 'other'],
    ],
    ['stale storage data', condition('storage-stale'), [], ['photos', 'settings']],
    ['an unreadable status feed', condition('status-unknown'), [], ['photos', 'mail']],
  ])('%s shows in %j and not in %j', (_name, c, shownIn, hiddenIn) => {
    for (const app of shownIn) expect(ids(selectTips([c], app, on)), app).toEqual([c.id]);
    for (const app of hiddenIn) expect(selectTips([c], app, on), app).toEqual([]);
  });

  it('speaks only of the services that matter in the app for an outage', () => {
    const [tip] = selectTips([condition('outage', ['photos', 'icloud-mail', 'icloud-web-apps'])], 'mail', on);
    expect(tip?.facts.services?.map((s) => s.id)).toEqual(['icloud-mail', 'icloud-web-apps']);
    expect(tip?.sentence).toBe('Apple reports an outage of icloud-mail and icloud-web-apps.');
  });

  it("keeps the evaluator's own sentence when every service matters here", () => {
    const [tip] = selectTips([condition('outage', ['photos'])], 'photos', on);
    expect(tip?.sentence).toBe('outage sentence');
  });

  it('orders tips most severe first', () => {
    const tips = selectTips(
      [condition('upload-stalled'), condition('storage-nearly-full'), condition('outage', ['photos'])],
      'photos',
      on,
    );
    expect(ids(tips)).toEqual(['outage', 'storage-nearly-full', 'upload-stalled']);
  });

  it('shows nothing when tips are turned off', () => {
    expect(selectTips([condition('storage-full')], 'photos', { ...on, enabled: false })).toEqual([]);
  });
});

describe('snoozing a tip', () => {
  it('hides the condition for 24 hours, then shows it again', () => {
    const snoozes = snooze({}, 'storage-full', NOW);
    const tips = (now: number) =>
      ids(selectTips([condition('storage-full')], 'photos', { enabled: true, snoozes, now }));
    expect(tips(NOW)).toEqual([]);
    expect(tips(NOW + SNOOZE_MS - 1)).toEqual([]);
    expect(tips(NOW + SNOOZE_MS)).toEqual(['storage-full']);
  });

  it('hides only the snoozed condition', () => {
    const snoozes = snooze({}, 'storage-full', NOW);
    const tips = selectTips([condition('storage-full'), condition('upload-stalled')], 'photos', {
      enabled: true,
      snoozes,
      now: NOW,
    });
    expect(ids(tips)).toEqual(['upload-stalled']);
  });

  it('drops snoozes that have run out when adding one', () => {
    const old = { 'storage-full': NOW - 1 };
    expect(snooze(old, 'outage', NOW)).toEqual({ outage: NOW + SNOOZE_MS });
  });
});

describe('which app a page shows', () => {
  it.each([
    ['/photos/', 'photos'],
    ['/photos/#/albums', 'photos'],
    ['/mail/', 'mail'],
    ['/iclouddrive/', 'drive'],
    ['/notes/', 'notes'],
    ['/settings/', 'settings'],
    ['/find', 'other'],
    ['/', 'other'],
  ])('the shell at %s shows %s', (path, app) => {
    expect(appFromShellPath(path)).toBe(app);
  });

  it.each([
    ['photos3', 'photos'],
    ['mail2', 'mail'],
    ['iclouddrive', 'drive'],
    ['notes3', 'notes'],
    ['keynote', 'other'],
  ])('the app frame %s is %s', (name, app) => {
    expect(appFromFrameName(name)).toBe(app);
  });
});
