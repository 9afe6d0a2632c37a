import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/lib/conditions/badge';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import { HEADLINE_WORDS } from '@/lib/conditions/overview';
import { EMPTY_POLL_RECORD } from '@/lib/status/types';
import type { ConditionInput } from '@/lib/conditions/types';
import { DAY, event, HOUR, input, MIN, NOW, photos, reading, snapshot } from './build';

const view = (i: ConditionInput) => badgeFor(evaluateConditions(i), i.now, i);
const outageOnPhotos = snapshot({ photos: [event('outage', 'ongoing')] });

describe('badgeFor', () => {
  it.each([
    ['storage full', input({ storage: reading(99.6) }), 'FULL', 'red'],
    [
      'an upload blocked by quota',
      input({ photos: photos({ quotaError: { at: NOW, source: 'cloudkit' } }), storage: null }),
      'FULL',
      'red',
    ],
    [
      'an upload refused for quota while fresh numbers show room',
      input({ photos: photos({ quotaError: { at: NOW, source: 'cloudkit' } }) }),
      'UP!',
      'amber',
    ],
    [
      'an upload refused for no reason given',
      input({ photos: photos({ uploadRefused: { at: NOW, status: 500 } }) }),
      'UP!',
      'amber',
    ],
    ['an outage', input({ snapshot: outageOnPhotos }), '!', 'red'],
    ['92% used', input({ storage: reading(92) }), '92%', 'amber'],
    [
      'a stalled upload',
      input({
        photos: photos({ upload: { percent: null, done: 1, total: 9, lastProgressAt: NOW - 11 * MIN } }),
      }),
      '…',
      'amber',
    ],
    ['unknown status', input({ snapshot: null }), '?', 'grey'],
    [
      'maintenance alone',
      input({ snapshot: snapshot({ 'icloud-mail': [event('maintenance', 'upcoming')] }) }),
      'i',
      'grey',
    ],
    ['only stale storage (tooltip only)', input({ storage: reading(41, 8 * DAY) }), '', null],
    ['nothing wrong', input(), '', null],
  ])('%s shows "%s" in %s', (_, i, text, colour) => {
    const badge = view(i);
    expect(badge.text).toBe(text);
    expect(badge.colour).toBe(colour);
  });

  it.each([
    ['full outranks an outage', input({ storage: reading(100), snapshot: outageOnPhotos }), 'FULL'],
    ['an outage outranks nearly full', input({ storage: reading(92), snapshot: outageOnPhotos }), '!'],
    ['nearly full outranks unknown status', input({ storage: reading(92), snapshot: null }), '92%'],
    [
      'anything with a badge outranks maintenance',
      input({
        storage: reading(92),
        snapshot: snapshot({ 'icloud-mail': [event('maintenance', 'ongoing')] }),
      }),
      '92%',
    ],
    [
      'unknown status outranks maintenance',
      input({
        snapshot: snapshot({ 'icloud-mail': [event('maintenance', 'ongoing')] }),
        poll: { ...input().poll, consecutiveFailures: 3 },
      }),
      '?',
    ],
    [
      'maintenance shows when only stale storage is beside it',
      input({
        storage: reading(41, 8 * DAY),
        snapshot: snapshot({ 'icloud-mail': [event('maintenance', 'ongoing')] }),
      }),
      'i',
    ],
  ])('%s', (_, i, text) => {
    expect(view(i).text).toBe(text);
  });

  it('picks the most severe badge even from an unsorted list', () => {
    const conditions = evaluateConditions(
      input({ storage: reading(92), snapshot: outageOnPhotos }),
    ).reverse();
    expect(badgeFor(conditions, NOW).text).toBe('!');
  });

  describe('tooltip', () => {
    it('with nothing wrong says the popup headline’s words, then what is known', () => {
      expect(view(input()).tooltip).toBe(
        [
          `Cloud Checkup: ${HEADLINE_WORDS['all-clear']}`,
          'Apple reports no issues · checked 2 minutes ago',
          'Storage 41% used',
        ].join('\n'),
      );
      expect(HEADLINE_WORDS['all-clear']).toBe('No problems found');
    });

    it('during the first check says what the popup says, not that anything is unknown', () => {
      const first = input({ snapshot: null, poll: EMPTY_POLL_RECORD, storage: null });
      expect(evaluateConditions(first)).toEqual([]);
      expect(view(first).tooltip).toBe(
        [
          "Cloud Checkup: Checking Apple's status…",
          'Storage unknown (open iCloud.com settings to read it)',
        ].join('\n'),
      );
    });

    it('says how old the storage reading is once it is a day old', () => {
      expect(view(input({ storage: reading(41, 3 * DAY) })).tooltip).toContain(
        '\nStorage 41% used (read 3 days ago)',
      );
    });

    it('is honest about what it does not know', () => {
      const settings = { ...input().settings, watchedServices: [] };
      expect(view(input({ storage: null, settings })).tooltip).toBe(
        [
          'Cloud Checkup: No problems found',
          'No Apple services watched',
          'Storage unknown (open iCloud.com settings to read it)',
        ].join('\n'),
      );
      const flagOnly = reading(0, MIN, { usedBytes: null, totalBytes: null, source: 'flag' });
      expect(view(input({ storage: flagOnly })).tooltip).toContain('\nStorage amount unknown');
    });

    it('without any context says that storage and status are unknown', () => {
      expect(badgeFor([], NOW).tooltip).toBe(
        [
          'Cloud Checkup',
          'Storage unknown (open iCloud.com settings to read it)',
          "Apple's status unknown",
        ].join('\n'),
      );
    });

    it('lists every active condition in words with the age of its data', () => {
      const i = input({ storage: reading(92, 3 * HOUR), snapshot: outageOnPhotos });
      expect(view(i).tooltip).toBe(
        [
          'Cloud Checkup',
          'Apple reports an outage of iCloud Photos (started 25 minutes ago) · checked 2 minutes ago',
          'iCloud storage is 92% full: 46 GB of 50 GB used · read 3 hours ago',
        ].join('\n'),
      );
    });

    it('adds the storage summary and "no issues" when no condition covers them', () => {
      const i = input({
        photos: photos({ upload: { percent: 40, done: null, total: null, lastProgressAt: NOW - 12 * MIN } }),
      });
      expect(view(i).tooltip).toBe(
        [
          'Cloud Checkup',
          'A Photos upload (40% done) has made no progress for 12 minutes · seen 1 minute ago',
          'Storage 41% used',
          'Apple reports no issues · checked 2 minutes ago',
        ].join('\n'),
      );
    });

    it('says the age of an unreadable status once, in its own sentence', () => {
      const i = input({
        snapshot: snapshot({}, 5 * HOUR),
        poll: {
          ...EMPTY_POLL_RECORD,
          lastAttemptAt: NOW,
          lastSuccessAt: NOW - 5 * HOUR,
          consecutiveFailures: 4,
        },
      });
      const line = view(i).tooltip.split('\n')[1];
      expect(line).toBe(
        "Cloud Checkup could not read Apple's status page in its last 4 tries (last read 5 hours ago).",
      );
    });

    it('beside an upload refused for a full plan, does not also call storage unknown', () => {
      const i = input({ photos: photos({ quotaError: { at: NOW, source: 'cloudkit' } }), storage: null });
      expect(view(i).tooltip).toContain('because your iCloud storage is full');
      expect(view(i).tooltip).not.toMatch(/storage unknown/i);
    });

    it('never says "no issues" beside unknown status or maintenance', () => {
      for (const i of [
        input({ snapshot: null }),
        input({ snapshot: snapshot({ 'icloud-mail': [event('maintenance', 'ongoing')] }) }),
      ]) {
        expect(view(i).tooltip).not.toContain('no issues');
      }
    });

    it('does not repeat the age in the stale-storage line', () => {
      expect(view(input({ storage: reading(41, 9 * DAY) })).tooltip).toBe(
        [
          'Cloud Checkup',
          'Cloud Checkup last saw your storage 9 days ago: open your iCloud.com settings so it can look again.',
          'Storage 41% used',
          'Apple reports no issues · checked 2 minutes ago',
        ].join('\n'),
      );
    });
  });
});
