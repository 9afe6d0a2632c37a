import { EMPTY_POLL_RECORD } from '@/lib/status/types';
import { describe, expect, it } from 'vitest';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import { badgeFor } from '@/lib/conditions/badge';
import { toneOf } from '@/lib/conditions/overview';
import type { ConditionInput } from '@/lib/conditions/types';
import { DAY, event, GB, HOUR, input, MIN, NOW, photos, reading, snapshot } from './build';

const ids = (i: ConditionInput): string[] => evaluateConditions(i).map((c) => c.id);
const find = (i: ConditionInput, id: string) => evaluateConditions(i).find((c) => c.id === id);

describe('evaluateConditions', () => {
  it('finds nothing wrong with 41% used, a fresh feed and no events', () => {
    expect(evaluateConditions(input())).toEqual([]);
  });

  describe('storage at the boundaries', () => {
    it.each([
      [0, 90, []],
      [89.9, 90, []],
      [90, 90, ['storage-nearly-full']],
      [92, 90, ['storage-nearly-full']],
      [99.4, 90, ['storage-nearly-full']],
      [99.5, 90, ['storage-full']],
      [100, 90, ['storage-full']],
      [104, 90, ['storage-full']],
      [92, 95, []],
      [95, 95, ['storage-nearly-full']],
      [50, 50, ['storage-nearly-full']],
    ])('%d %% used with the threshold at %d %% gives %j', (percent, threshold, expected) => {
      const settings = { ...input().settings, nearlyFullThreshold: threshold };
      expect(ids(input({ storage: reading(percent), settings }))).toEqual(expected);
    });

    it.each([
      [92, '92%', 'iCloud storage is 92% full: 46 GB of 50 GB used.'],
      [90, '90%', 'iCloud storage is 90% full: 45 GB of 50 GB used.'],
      [99.4, '99%', 'iCloud storage is 99.4% full: 49.7 GB of 50 GB used.'],
    ])('nearly full at %d %% shows %s in amber and says so plainly', (percent, badge, sentence) => {
      const c = find(input({ storage: reading(percent) }), 'storage-nearly-full');
      expect(c?.badge).toEqual({ text: badge, colour: 'amber' });
      expect(c?.sentence).toBe(sentence);
      expect(c?.facts.percent).toBeCloseTo(percent, 6);
      expect(c?.facts.totalBytes).toBe(50 * GB);
    });

    it('full shows FULL in red with the numbers behind it', () => {
      const c = find(input({ storage: reading(99.5) }), 'storage-full');
      expect(c?.badge).toEqual({ text: 'FULL', colour: 'red' });
      expect(c?.sentence).toBe('Your iCloud storage is full: 49.8 GB of 50 GB used.');
      expect(c?.facts).toMatchObject({ percent: 99.5, fromAppleFlag: false });
    });

    it("Apple's over-quota flag makes storage full even at 80 %, and never also nearly full", () => {
      const storage = reading(95, 5 * MIN, { quota: { overQuota: true, almostFull: true } });
      const conditions = evaluateConditions(input({ storage }));
      expect(conditions.map((c) => c.id)).toEqual(['storage-full']);
      const low = find(
        input({ storage: reading(80, 5 * MIN, { quota: { overQuota: true } }) }),
        'storage-full',
      );
      expect(low?.facts.fromAppleFlag).toBe(true);
      expect(low?.sentence).toBe('Apple says your iCloud storage is full (40 GB of 50 GB used).');
    });

    it.each([
      ['full', 99.8, 'storage-full'],
      ['nearly full', 93, 'storage-nearly-full'],
    ] as const)(
      'storage %s says when Apple says the plan is already its largest, and only then',
      (_, percent, id) => {
        const largest = reading(percent, MIN, { quota: { haveMaxQuotaTier: true } });
        expect(find(input({ storage: largest }), id)?.facts.largestPlan).toBe(true);
        const notLargest = reading(percent, MIN, { quota: { haveMaxQuotaTier: false } });
        expect(find(input({ storage: notLargest }), id)?.facts).not.toHaveProperty('largestPlan');
        expect(find(input({ storage: reading(percent) }), id)?.facts).not.toHaveProperty('largestPlan');
      },
    );

    it('a flag-only reading ("storage is full", no numbers) is full without a percent', () => {
      const storage = reading(0, MIN, {
        usedBytes: null,
        totalBytes: null,
        source: 'flag',
        quota: { overQuota: true },
      });
      const c = find(input({ storage }), 'storage-full');
      expect(c?.sentence).toBe('Apple says your iCloud storage is full.');
      expect(c?.facts.percent).toBeUndefined();
    });

    it("Apple's almost-full flag below the threshold is nearly full, with the percent on the badge", () => {
      const c = find(
        input({ storage: reading(85.1, MIN, { quota: { almostFull: true } }) }),
        'storage-nearly-full',
      );
      expect(c?.badge).toEqual({ text: '85%', colour: 'amber' });
      expect(c?.sentence).toBe('Apple says your iCloud storage is almost full (85% used).');
      expect(c?.facts.fromAppleFlag).toBe(true);
    });

    it('the almost-full flag without numbers shows an amber "!"', () => {
      const storage = reading(0, MIN, {
        usedBytes: null,
        totalBytes: null,
        source: 'flag',
        quota: { almostFull: true },
      });
      expect(find(input({ storage }), 'storage-nearly-full')?.badge).toEqual({ text: '!', colour: 'amber' });
    });

    it.each([
      ['10 days', 10 * DAY, ['storage-nearly-full']],
      ['13.9 days', 13.9 * DAY, ['storage-nearly-full']],
      ['14 days', 14 * DAY, []],
      ['20 days', 20 * DAY, []],
    ])('a forecast of full in %s at 70 %% gives %j', (_, inMs, expected) => {
      const forecast = { fullAt: NOW + inMs, bytesPerDay: GB };
      expect(ids(input({ storage: reading(70), forecast }))).toEqual(expected);
    });

    it('says when the forecast raised nearly-full early', () => {
      const forecast = { fullAt: NOW + 9 * DAY, bytesPerDay: GB };
      const c = find(input({ storage: reading(70), forecast }), 'storage-nearly-full');
      expect(c?.sentence).toBe('At this rate, iCloud storage will be full in about 9 days (70% used now).');
      expect(c?.facts.forecast).toEqual(forecast);
      expect(c?.badge?.text).toBe('70%');
    });

    it('reports the age of the storage reading as the data age', () => {
      expect(find(input({ storage: reading(92, 3 * HOUR) }), 'storage-nearly-full')?.dataAgeMs).toBe(
        3 * HOUR,
      );
    });
  });

  describe('Apple status problems on watched services', () => {
    it.each([
      ['outage', 'Apple reports an outage of iCloud Photos (started 25 minutes ago).'],
      ['issue', 'Apple reports an issue with iCloud Photos (started 25 minutes ago).'],
      ['performance', 'Apple reports slow performance of iCloud Photos (started 25 minutes ago).'],
      ['unspecified', 'Apple reports a problem with iCloud Photos (started 25 minutes ago).'],
      ['unknown', 'Apple reports a problem with iCloud Photos (started 25 minutes ago).'],
    ] as const)('an ongoing %s event is an outage condition: %s', (kind, sentence) => {
      const c = find(input({ snapshot: snapshot({ photos: [event(kind, 'ongoing')] }) }), 'outage');
      expect(c?.badge).toEqual({ text: '!', colour: 'red' });
      expect(c?.sentence).toBe(sentence);
      expect(c?.facts.services).toEqual([
        expect.objectContaining({ id: 'photos', name: 'iCloud Photos', kind, since: NOW - 25 * MIN }),
      ]);
      expect(c?.dataAgeMs).toBe(2 * MIN);
    });

    it.each(['resolved', 'completed'] as const)('a %s outage is no condition', (phase) => {
      expect(ids(input({ snapshot: snapshot({ photos: [event('outage', phase)] }) }))).toEqual([]);
    });

    it('ignores an outage on a service the person does not watch', () => {
      const settings = { ...input().settings, watchedServices: ['icloud-mail'] };
      const s = snapshot({ photos: [event('outage', 'ongoing')] });
      expect(ids(input({ snapshot: s, settings }))).toEqual([]);
    });

    it('names the worst event of a service and every affected service', () => {
      const s = snapshot({
        photos: [event('performance', 'ongoing'), event('outage', 'ongoing', { messageId: 'b' })],
        'icloud-mail': [event('issue', 'ongoing')],
      });
      const c = find(input({ snapshot: s }), 'outage');
      expect(c?.facts.services?.map((x) => [x.id, x.kind])).toEqual([
        ['photos', 'outage'],
        ['icloud-mail', 'issue'],
      ]);
      expect(c?.sentence).toBe('Apple reports problems with iCloud Photos and iCloud Mail.');
    });

    it('keeps a long list of services short', () => {
      const many = ['photos', 'icloud-mail', 'icloud-drive', 'icloud-notes', 'find-my'];
      const s = snapshot(Object.fromEntries(many.map((id) => [id, [event('outage', 'ongoing')]])));
      expect(find(input({ snapshot: s }), 'outage')?.sentence).toBe(
        'Apple reports an outage of iCloud Photos, iCloud Drive and 3 more.',
      );
    });
  });

  describe('maintenance', () => {
    it('upcoming maintenance says when it starts', () => {
      const e = event('maintenance', 'upcoming', { startsAt: NOW + 3 * HOUR, endsAt: NOW + 5 * HOUR });
      const c = find(input({ snapshot: snapshot({ 'icloud-mail': [e] }) }), 'maintenance');
      expect(c?.sentence).toBe('Apple has scheduled maintenance of iCloud Mail, starting in 3 hours.');
      expect(c?.badge).toEqual({ text: 'i', colour: 'grey' });
      expect(c?.facts.services?.[0]).toMatchObject({
        id: 'icloud-mail',
        phase: 'upcoming',
        until: NOW + 5 * HOUR,
      });
    });

    it('ongoing maintenance is maintenance, not an outage', () => {
      const s = snapshot({ 'icloud-drive': [event('maintenance', 'ongoing')] });
      const conditions = evaluateConditions(input({ snapshot: s }));
      expect(conditions.map((c) => c.id)).toEqual(['maintenance']);
      expect(conditions[0]?.sentence).toBe('Apple is doing maintenance on iCloud Drive.');
      // A grey badge, but news rather than an unknown: the views mark it "i", not "?".
      expect(conditions[0]?.badge).toEqual({ text: 'i', colour: 'grey' });
      expect(toneOf(conditions[0]!)).toBe('info');
    });

    it('says both when one service is in maintenance and another has some planned', () => {
      const s = snapshot({
        'icloud-drive': [event('maintenance', 'ongoing')],
        'icloud-mail': [event('maintenance', 'upcoming', { startsAt: NOW + HOUR })],
      });
      expect(find(input({ snapshot: s }), 'maintenance')?.sentence).toBe(
        'Apple is doing maintenance on iCloud Drive and has scheduled maintenance of iCloud Mail, starting in 1 hour.',
      );
    });

    it.each([
      ['completed maintenance', event('maintenance', 'completed')],
      ['upcoming maintenance whose end has passed', event('maintenance', 'upcoming', { endsAt: NOW - MIN })],
    ])('%s is no condition', (_, e) => {
      expect(ids(input({ snapshot: snapshot({ 'icloud-mail': [e] }) }))).toEqual([]);
    });
  });

  describe('unknown status', () => {
    const poll = (consecutiveFailures: number) => ({ ...input().poll, consecutiveFailures });

    it.each([
      [0, []],
      [2, []],
      [3, ['status-unknown']],
      [7, ['status-unknown']],
    ])('%d failed polls in a row gives %j', (failures, expected) => {
      expect(ids(input({ poll: poll(failures) }))).toEqual(expected);
    });

    it('says how long ago the feed was last read when polls keep failing', () => {
      const c = find(input({ poll: poll(3), snapshot: snapshot({}, 20 * MIN) }), 'status-unknown');
      expect(c?.sentence).toBe(
        "Cloud Checkup could not read Apple's status page in its last 3 tries (last read 20 minutes ago).",
      );
      expect(c?.badge).toEqual({ text: '?', colour: 'grey' });
      expect(c?.facts.consecutiveFailures).toBe(3);
      expect(c?.dataAgeMs).toBe(20 * MIN);
    });

    it('says nothing while the very first check is under way', () => {
      expect(ids(input({ snapshot: null, poll: EMPTY_POLL_RECORD }))).toEqual([]);
    });

    it('is unknown once a first check failed with nothing read before', () => {
      const c = find(
        input({ snapshot: null, poll: { ...EMPTY_POLL_RECORD, consecutiveFailures: 1 } }),
        'status-unknown',
      );
      expect(c?.sentence).toBe(
        "Cloud Checkup could not read Apple's status page yet, so iCloud's state is unknown.",
      );
      expect(c?.dataAgeMs).toBeNull();
    });

    it('is unknown when a snapshot once read is gone', () => {
      const c = find(input({ snapshot: null }), 'status-unknown');
      expect(c?.sentence).toBe(
        "Cloud Checkup has no reading of Apple's status page, so iCloud's state is unknown.",
      );
    });

    it('a watched service missing from the feed is unknown, never healthy', () => {
      const listed = input().settings.watchedServices.filter((id) => id !== 'icloud-mail');
      const c = find(input({ snapshot: snapshot({}, 2 * MIN, listed) }), 'status-unknown');
      expect(c?.facts.missingServices).toEqual(['iCloud Mail']);
      expect(c?.sentence).toBe("Apple's status page does not list iCloud Mail, so its state is unknown.");
    });

    it('a watched service in a state that could not be read is unknown', () => {
      const s = snapshot({ photos: [event('outage', 'unknown')] });
      const c = find(input({ snapshot: s }), 'status-unknown');
      expect(c?.facts.unclearServices).toEqual(['iCloud Photos']);
    });

    it.each([
      ['30 min', 30 * MIN, 5, []],
      ['2 h', 2 * HOUR, 5, []],
      ['2 h 1 min', 2 * HOUR + MIN, 5, ['status-unknown']],
      ['2 h 1 min', 2 * HOUR + MIN, 30, ['status-unknown']],
    ])('a snapshot %s old with a %d-minute poll interval gives %j', (_, age, interval, expected) => {
      const settings = { ...input().settings, pollIntervalMinutes: interval as 5 | 30 };
      expect(ids(input({ snapshot: snapshot({}, age), settings }))).toEqual(expected);
    });

    it('an old snapshot says it may be out of date', () => {
      expect(find(input({ snapshot: snapshot({}, 3 * HOUR) }), 'status-unknown')?.sentence).toBe(
        "Apple's status was last read 3 hours ago, so it may be out of date.",
      );
    });

    it('is unknown at once, with a fresh snapshot, when the last poll had no access to Apple’s status page', () => {
      const noAccess = { ...poll(1), lastErrorCode: 'no-permission' as const };
      const c = find(input({ poll: noAccess, snapshot: snapshot({}, 2 * MIN) }), 'status-unknown');
      expect(c?.sentence).toBe(
        "Cloud Checkup is not allowed to read Apple's status page, so iCloud's state is unknown.",
      );
      expect(c?.facts.statusAccess).toBe('missing');
      expect(c?.badge).toEqual({ text: '?', colour: 'grey' });
      expect(badgeFor(evaluateConditions(input({ poll: noAccess })), NOW).text).toBe('?');
    });

    it('another single failure with a fresh snapshot is not yet unknown and names no access problem', () => {
      const timedOut = { ...poll(1), lastErrorCode: 'timeout' as const };
      expect(ids(input({ poll: timedOut, snapshot: snapshot({}, 2 * MIN) }))).toEqual([]);
    });

    it('with no services watched there is nothing to be unknown about', () => {
      const settings = { ...input().settings, watchedServices: [] };
      expect(ids(input({ snapshot: null, poll: poll(5), settings }))).toEqual([]);
    });
  });

  describe('Photos uploads', () => {
    const error = (ageMs: number) => ({ at: NOW - ageMs, source: 'cloudkit' as const });
    /** Numbers an hour and more old: they no longer contradict a quota refusal. */
    const oldNumbers = reading(41, HOUR);
    const upload = (sinceProgressMs: number, extra = {}) => ({
      percent: 40,
      done: 4,
      total: 10,
      lastProgressAt: NOW - sinceProgressMs,
      ...extra,
    });

    it.each([
      ['just now', 0, ['upload-blocked']],
      ['5 min ago', 5 * MIN, ['upload-blocked']],
      ['exactly 60 minutes ago', 60 * MIN, ['upload-blocked']],
      ['60 min and 1 ms ago', 60 * MIN + 1, []],
    ])('a quota error %s, with no fresh numbers, gives %j', (_, age, expected) => {
      expect(ids(input({ photos: photos({ quotaError: error(age) }), storage: oldNumbers }))).toEqual(
        expected,
      );
    });

    it('a blocked upload shows FULL in red and says why', () => {
      const c = find(
        input({ photos: photos({ quotaError: error(3 * MIN) }), storage: null }),
        'upload-blocked',
      );
      expect(c?.badge).toEqual({ text: 'FULL', colour: 'red' });
      expect(c?.sentence).toBe('iCloud Photos could not upload because your iCloud storage is full.');
      expect(c?.dataAgeMs).toBe(3 * MIN);
    });

    it('a blocked upload says when Apple’s last numbers said the plan is already its largest', () => {
      const largest = reading(41, HOUR, { quota: { haveMaxQuotaTier: true } });
      const c = find(
        input({ photos: photos({ quotaError: error(3 * MIN) }), storage: largest }),
        'upload-blocked',
      );
      expect(c?.facts.largestPlan).toBe(true);
    });

    it('an upload that progressed after the quota error clears it', () => {
      const p = photos({ quotaError: error(10 * MIN), upload: upload(MIN) });
      expect(ids(input({ photos: p }))).toEqual([]);
    });

    it.each([
      ['9 min', 9 * MIN, 10, []],
      ['10 min', 10 * MIN, 10, ['upload-stalled']],
      ['15 min', 15 * MIN, 10, ['upload-stalled']],
      ['15 min', 15 * MIN, 20, []],
      ['23 h', 23 * HOUR, 10, ['upload-stalled']],
      ['25 h (abandoned)', 25 * HOUR, 10, []],
    ])('no progress for %s with a %d-minute window gives %j', (_, since, window, expected) => {
      const settings = { ...input().settings, stallWindowMinutes: window };
      expect(ids(input({ photos: photos({ upload: upload(since) }), settings }))).toEqual(expected);
    });

    it('a stalled upload shows an amber "…" and how long it has been stuck', () => {
      const c = find(input({ photos: photos({ upload: upload(12 * MIN) }) }), 'upload-stalled');
      expect(c?.badge).toEqual({ text: '…', colour: 'amber' });
      expect(c?.sentence).toBe('A Photos upload (40% done) has made no progress for 12 minutes.');
      expect(c?.facts.stalledForMs).toBe(12 * MIN);
    });

    it.each([
      ['at 100 %', { percent: 100 }],
      ['with every item done', { percent: null, done: 10, total: 10 }],
    ])('a finished upload (%s) is not stalled', (_, extra) => {
      expect(ids(input({ photos: photos({ upload: upload(30 * MIN, extra) }) }))).toEqual([]);
    });

    it('a quota error explains a stopped upload: blocked, not also stalled', () => {
      const p = photos({ quotaError: error(5 * MIN), upload: upload(20 * MIN) });
      expect(ids(input({ photos: p, storage: oldNumbers }))).toEqual(['upload-blocked']);
    });

    it.each([
      ['fresh numbers from Apple over the full mark', reading(99.6), ['storage-full', 'upload-blocked']],
      [
        'Apple’s over-quota flag on fresh numbers',
        reading(80, MIN, { quota: { overQuota: true } }),
        ['storage-full', 'upload-blocked'],
      ],
      ['no storage reading at all', null, ['upload-blocked']],
      ['numbers 61 min old', reading(41, HOUR + MIN), ['upload-blocked']],
    ])('a quota refusal with %s is a full plan (FULL)', (_, storage, expected) => {
      expect(ids(input({ photos: photos({ quotaError: error(2 * MIN) }), storage }))).toEqual(expected);
    });

    it.each(['cloudkit', 'photosupload', 'text'] as const)(
      'a quota refusal (%s) that fresh numbers from Apple contradict is a refused upload, amber, in those words',
      (source) => {
        const i = input({
          photos: photos({ quotaError: { at: NOW - 2 * MIN, source } }),
          storage: reading(89, 10 * MIN),
        });
        expect(ids(i)).toEqual(['upload-refused']);
        const c = find(i, 'upload-refused')!;
        expect(c.badge).toEqual({ text: 'UP!', colour: 'amber' });
        expect(c.sentence).toBe(
          'Apple refused a Photos upload for lack of space, but your iCloud storage has room: 44.5 GB of 50 GB used.',
        );
        expect(c.facts).toMatchObject({ refusedFor: 'quota', usedBytes: reading(89).usedBytes });
        expect(c.dataAgeMs).toBe(2 * MIN);
      },
    );

    it.each([
      ['drive', 'iCloud Drive'],
      ['notes', 'iCloud Notes'],
      ['other', 'iCloud.com'],
    ] as const)(
      'CloudKit refusing a save in another app (%s) names that app, FULL or refused alike',
      (app, name) => {
        const quotaError = { at: NOW - 2 * MIN, source: 'cloudkit' as const, app };
        const full = input({ photos: photos({ quotaError }), storage: null });
        expect(ids(full)).toEqual(['upload-blocked']);
        expect(find(full, 'upload-blocked')!.sentence).toBe(
          `Apple refused to save a change in ${name} because your iCloud storage is full.`,
        );
        const room = input({ photos: photos({ quotaError }), storage: reading(89, 10 * MIN) });
        expect(ids(room)).toEqual(['upload-refused']);
        expect(find(room, 'upload-refused')!.sentence).toBe(
          `Apple refused to save a change in ${name} for lack of space, but your iCloud storage has room: 44.5 GB of 50 GB used.`,
        );
      },
    );

    it('an upload Apple refused without naming quota is a refused upload, whatever the numbers say', () => {
      for (const storage of [reading(41), reading(99.9), null]) {
        const i = input({ photos: photos({ uploadRefused: { at: NOW - 4 * MIN, status: 500 } }), storage });
        const c = find(i, 'upload-refused')!;
        expect(c.sentence).toBe('Apple refused a Photos upload and did not say why.');
        expect(c.badge).toEqual({ text: 'UP!', colour: 'amber' });
        expect(c.facts).toEqual({ refusedFor: 'unknown', refusedStatus: 500, seenOn: 'icloud.com' });
        expect(ids(i)).not.toContain('upload-blocked');
      }
    });

    it('a refusal counts for an hour, or until an upload moves after it; it explains a stall', () => {
      const refused = (ageMs: number, extra = {}) =>
        input({ photos: photos({ uploadRefused: { at: NOW - ageMs, status: 500 }, ...extra }) });
      expect(ids(refused(60 * MIN))).toEqual(['upload-refused']);
      expect(ids(refused(60 * MIN + 1))).toEqual([]);
      expect(ids(refused(10 * MIN, { upload: upload(MIN) }))).toEqual([]);
      expect(ids(refused(5 * MIN, { upload: upload(20 * MIN) }))).toEqual(['upload-refused']);
    });
  });

  describe('stale storage', () => {
    it.each([
      ['6 days', 6 * DAY, []],
      ['exactly 7 days', 7 * DAY, []],
      ['7 days and 1 ms', 7 * DAY + 1, ['storage-stale']],
      ['30 days', 30 * DAY, ['storage-stale']],
    ])('a reading %s old gives %j', (_, age, expected) => {
      expect(ids(input({ storage: reading(41, age) }))).toEqual(expected);
    });

    it('is tooltip only and says how to refresh it', () => {
      const c = find(input({ storage: reading(41, 9 * DAY) }), 'storage-stale');
      expect(c?.badge).toBeNull();
      expect(c?.sentence).toBe(
        'Cloud Checkup last saw your storage 9 days ago: open your iCloud.com settings so it can look again.',
      );
    });

    it('a stale reading still counts for nearly full, with its age', () => {
      const conditions = evaluateConditions(input({ storage: reading(92, 8 * DAY) }));
      expect(conditions.map((c) => [c.id, c.dataAgeMs])).toEqual([
        ['storage-nearly-full', 8 * DAY],
        ['storage-stale', 8 * DAY],
      ]);
    });

    it('no reading at all is no storage condition (the tooltip says it is unknown)', () => {
      expect(ids(input({ storage: null }))).toEqual([]);
    });
  });

  describe('priority', () => {
    it('puts a refused upload after nearly full and before a stalled upload', () => {
      const i = input({
        storage: reading(92),
        photos: photos({ uploadRefused: { at: NOW - MIN, status: 503 } }),
      });
      expect(ids(i)).toEqual(['storage-nearly-full', 'upload-refused']);
      expect(badgeFor(evaluateConditions(i), NOW).text).toBe('92%');
    });

    it('lists every active condition, most severe first', () => {
      const everything = input({
        storage: reading(100, 8 * DAY),
        photos: photos({ quotaError: { at: NOW - MIN, source: 'text' } }),
        snapshot: snapshot(
          { photos: [event('outage', 'ongoing')], 'icloud-mail': [event('maintenance', 'ongoing')] },
          3 * HOUR,
        ),
        poll: { ...input().poll, consecutiveFailures: 4 },
      });
      expect(ids(everything)).toEqual([
        'storage-full',
        'upload-blocked',
        'outage',
        'status-unknown',
        'maintenance',
        'storage-stale',
      ]);
      expect(evaluateConditions(everything).map((c) => c.priority)).toEqual([0, 1, 2, 6, 7, 8]);
    });

    it('puts an outage before nearly full, and nearly full before a stalled upload', () => {
      const i = input({
        storage: reading(92),
        photos: photos({ upload: { percent: 10, done: null, total: null, lastProgressAt: NOW - HOUR } }),
        snapshot: snapshot({ photos: [event('outage', 'ongoing')] }),
      });
      expect(ids(i)).toEqual(['outage', 'storage-nearly-full', 'upload-stalled']);
    });

    it('is deterministic and leaves its input untouched', () => {
      const i = input({ storage: reading(92), snapshot: snapshot({ photos: [event('issue', 'ongoing')] }) });
      const copy = structuredClone(i);
      expect(evaluateConditions(i)).toEqual(evaluateConditions(i));
      expect(i).toEqual(copy);
    });
  });
});
