import { describe, expect, it } from 'vitest';
import {
  MESSAGE_VERSION,
  parseContentMessage,
  parseFixesByCondition,
  parseRankedFixesMessage,
} from '@/lib/messages';
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

describe('ranked fixes between the background and the popup', () => {
  it('accepts only the versioned ranked-fixes question', () => {
    expect(parseRankedFixesMessage({ v: MESSAGE_VERSION, type: 'ranked-fixes' })).not.toBeNull();
    expect(parseRankedFixesMessage({ v: 2, type: 'ranked-fixes' })).toBeNull();
    expect(parseRankedFixesMessage({ v: MESSAGE_VERSION, type: 'poll-now' })).toBeNull();
  });

  it('keeps well-formed fixes of known conditions and drops the rest', () => {
    const good = { guideId: 'wait-out-an-outage', title: 'Wait', effort: 'quick', caution: false };
    expect(
      parseFixesByCondition({
        outage: [good, { ...good, effort: 'forever' }, { guideId: 1 }],
        'no-such-condition': [good],
        'storage-full': 'not a list',
      }),
    ).toEqual({ outage: [good] });
    expect(parseFixesByCondition(null)).toEqual({});
  });
});
