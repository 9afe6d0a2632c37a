import { describe, expect, it } from 'vitest';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import {
  MESSAGE_VERSION,
  parseContentMessage,
  parsePopupView,
  parsePopupViewAnswer,
  parsePopupViewMessage,
} from '@/lib/messages';
import { popupViewOf } from '@/lib/popup-view/build';
import type { PopupView } from '@/lib/popup-view/types';
import { event, input, reading, snapshot } from './conditions/build';
import { isIcloudContentSender } from '@/lib/sender';

describe('parseContentMessage', () => {
  it.each([
    null,
    undefined,
    'page-report',
    [],
    {},
    { v: 2, type: 'page-report', role: 'shell', storage: null, photos: null },
    { v: '1', type: 'page-report', role: 'shell', storage: null, photos: null },
    { v: MESSAGE_VERSION, type: 'unknown', role: 'shell' },
    // Frames no longer announce themselves: the background needs only what they read.
    { v: MESSAGE_VERSION, type: 'frame-hello', role: 'shell' },
    { v: 1, type: 'page-report', role: { toString: (): string => 'shell' }, storage: null, photos: null },
  ])('rejects %o', (value) => {
    expect(parseContentMessage(value)).toBeNull();
  });
});

describe('isIcloudContentSender', () => {
  const ours = 'abcdefghijklmnopabcdefghijklmnop';

  it('accepts our content script in an iCloud.com frame', () => {
    expect(
      isIcloudContentSender(
        { id: ours, tab: { id: 4 }, frameId: 2, url: 'https://www.icloud.com/applications/photos3/x' },
        ours,
      ),
    ).toBe(true);
  });

  it.each([
    ['another extension', { id: 'other', tab: { id: 4 }, url: 'https://www.icloud.com/' }],
    ['an extension page (no tab)', { id: ours, url: 'chrome-extension://x/popup.html' }],
    ['a frame on another site', { id: ours, tab: { id: 4 }, url: 'https://example.com/' }],
    ['a frame without URL', { id: ours, tab: { id: 4 } }],
  ])('rejects %s', (_name, sender) => {
    expect(isIcloudContentSender(sender, ours)).toBe(false);
  });
});

describe('parseContentMessage: page-report', () => {
  const storage = { usedBytes: 10, totalBytes: 5368709120, source: 'api', locale: 'en-us', readAt: 1 };
  const photos = { signedIn: true, upload: null, quotaError: null, view: 'library', readAt: 1 };

  it('accepts a report of storage from the settings view and of Photos state from the Photos frame', () => {
    expect(
      parseContentMessage({ v: 1, type: 'page-report', role: 'settings', storage, photos: null }),
    ).toEqual({
      v: 1,
      type: 'page-report',
      role: 'settings',
      storage,
      photos: null,
    });
    expect(
      parseContentMessage({ v: 1, type: 'page-report', role: 'photos', storage: null, photos })?.type,
    ).toBe('page-report');
  });

  it.each([
    ['an unknown version', { v: 2, type: 'page-report', role: 'shell', storage, photos: null }],
    ['nothing read', { v: 1, type: 'page-report', role: 'shell', storage: null, photos: null }],
    [
      'a malformed reading',
      { v: 1, type: 'page-report', role: 'shell', storage: { ...storage, usedBytes: '10' }, photos: null },
    ],
    ['Photos state from the shell', { v: 1, type: 'page-report', role: 'shell', storage: null, photos }],
    ['a missing field', { v: 1, type: 'page-report', role: 'shell', storage }],
    ['an unknown role', { v: 1, type: 'page-report', role: 'admin', storage, photos: null }],
  ])('rejects %s', (_name, value) => {
    expect(parseContentMessage(value)).toBeNull();
  });
});

describe('the popup’s view between the background and the popup', () => {
  it('accepts only the versioned popup-view question, with or without a check', () => {
    expect(parsePopupViewMessage({ v: MESSAGE_VERSION, type: 'popup-view' })).toEqual({
      v: MESSAGE_VERSION,
      type: 'popup-view',
      check: false,
    });
    expect(parsePopupViewMessage({ v: MESSAGE_VERSION, type: 'popup-view', check: true })?.check).toBe(true);
    expect(parsePopupViewMessage({ v: MESSAGE_VERSION, type: 'popup-view', check: 'yes' })).toBeNull();
    expect(parsePopupViewMessage({ v: 2, type: 'popup-view' })).toBeNull();
    expect(parsePopupViewMessage({ v: MESSAGE_VERSION, type: 'ranked-fixes' })).toBeNull();
  });

  // A busy view: every part filled (two problems with fixes, a reading with categories and Apple's
  // flags, an outage with Apple's words, a forecast, incidents in the strip).
  function busyView(): PopupView {
    const from = input({
      storage: reading(93, undefined, {
        byMedia: { photos: 30 * 2 ** 30 },
        quota: { almostFull: true },
      }),
      snapshot: snapshot({ photos: [event('outage', 'ongoing')] }),
      forecast: { fullAt: input().now + 9 * 86_400_000, bytesPerDay: 2 ** 28 },
    });
    const conditions = evaluateConditions(from);
    const fix = {
      guideId: 'wait-out-an-outage',
      title: 'Wait',
      effort: 'quick' as const,
      caution: false,
      forCause: true,
    };
    return popupViewOf({
      input: from,
      conditions,
      fixes: {
        outage: [fix],
        'storage-nearly-full': [{ ...fix, guideId: 'x', effort: 'drastic', caution: true }],
      },
      events: [
        {
          serviceId: 'photos',
          messageId: 'm1',
          kind: 'outage',
          startsAt: from.now - 3_600_000,
          endsAt: null,
          firstSeenAt: from.now - 3_600_000,
          phases: [],
        } as never,
      ],
      checked: [from.now - 60_000],
    });
  }

  it('takes back a view exactly as the background built it, after it crossed as JSON', () => {
    const built = busyView();
    expect(built.headline.kind).toBe('problem');
    expect(built.days.at(-1)?.incidents).toHaveLength(1);
    expect(parsePopupView(JSON.parse(JSON.stringify(built)))).toEqual(built);
  });

  /** Sets the value at a dotted path of a JSON value (undefined: deletes it). */
  function damaged(path: string, value: unknown): unknown {
    const copy = JSON.parse(JSON.stringify(busyView())) as Record<string, unknown>;
    const keys = path.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce<Record<string, unknown>>(
      (at, key) => at[key] as Record<string, unknown>,
      copy,
    );
    expect(parent).toHaveProperty(last);
    if (value === undefined) delete parent[last];
    else parent[last] = value;
    return copy;
  }

  it.each([
    ['another version', 'v', 2],
    ['no evaluation time', 'at', undefined],
    ['an unknown condition', 'headline.top.id', 'all-fine'],
    ['an unknown tone', 'headline.others.0.tone', 'green'],
    ['a fix with an unknown effort', 'headline.top.fixes.0.effort', 'forever'],
    ['a fix that does not say whether its plan numbers it', 'headline.top.fixes.0.forCause', undefined],
    ['a headline of an unknown kind', 'headline.kind', 'great'],
    ['a damaged storage reading', 'storage.reading.usedBytes', -1],
    ['a storage tone it does not know', 'storage.tone', 'empty'],
    ['a forecast without a date', 'storage.forecast.fullAt', undefined],
    ['an affected service without a kind', 'services.affected.0.kind', undefined],
    ['a service row with an unknown state', 'services.rows.0.state', 'fine'],
    ['no summary of Apple’s status', 'services.summary', undefined],
    ['a day with an unknown severity', 'days.6.worst', 'apocalyptic'],
    ['an incident without a name', 'days.6.incidents.0.name', undefined],
    ['days that are not a list', 'days', {}],
  ])('rejects the whole view for %s, never half of it', (_name, path, value) => {
    expect(parsePopupView(damaged(path, value))).toBeNull();
  });

  it('takes an answer only with a view and a known check result', () => {
    const view = busyView();
    expect(parsePopupViewAnswer({ view, check: 'ok' })).toEqual({ view, check: 'ok' });
    expect(parsePopupViewAnswer({ view, check: null })?.check).toBeNull();
    expect(parsePopupViewAnswer({ view, check: 'maybe' })).toBeNull();
    expect(parsePopupViewAnswer({ view: null, check: 'ok' })).toBeNull();
    expect(parsePopupViewAnswer(null)).toBeNull();
  });
});
