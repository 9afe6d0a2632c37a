import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refresh } from '@/entrypoints/background/badge';
import { popupViewListener } from '@/entrypoints/background/popup-messages';
import { openGuideLibrary } from '@/lib/guides/library';
import { parsePopupViewAnswer } from '@/lib/messages';
import { settingsItem } from '@/lib/settings';
import {
  photosStateItem,
  pollRecordItem,
  popupViewItem,
  statusSnapshotItem,
  storageReadingItem,
} from '@/lib/state-items';
import { feedText, fullFeed } from '@/tests/fixtures/status/feeds';
import { feedResponse } from '@/tests/unit/lib/status/feed-response';
import { event, input, MIN, NOW, photos, snapshot } from '../lib/conditions/build';

const OWN_PAGE = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

/** Sends `message` to the listener as `sender` would, and resolves with the reply. */
function ask(message: unknown, sender: object = OWN_PAGE): Promise<unknown> {
  return new Promise((resolve) => {
    const answered = popupViewListener(message, sender, resolve);
    if (!answered) resolve('not answered');
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the popup’s view in the background', () => {
  it('is built from the badge’s own evaluation, with fixes ranked against the guides database, and stored', async () => {
    await statusSnapshotItem.setValue(snapshot({ photos: [event('outage', 'ongoing')] }));
    await pollRecordItem.setValue(input().poll);
    const first = await refresh(NOW);
    expect(first.badge.text).toBe('!');
    expect(first.popup?.headline).toMatchObject({ kind: 'problem', top: { id: 'outage' } });
    const fixes = first.popup?.headline.kind === 'problem' ? first.popup.headline.top.fixes : [];
    expect(fixes.map((f) => f.guideId)).toEqual(['wait-out-an-outage', 'contact-apple-support']);
    expect(await popupViewItem.getValue()).toEqual(first.popup);

    // A "no" answer in a guide sinks it: the next evaluation ranks it last.
    const library = await openGuideLibrary();
    expect(await library.saveOutcome({ guideId: 'wait-out-an-outage', outcome: 'not-fixed', at: NOW })).toBe(
      'saved',
    );
    const second = await refresh(NOW);
    expect(second.popup?.headline.kind === 'problem' && second.popup.headline.top.fixes[0]?.guideId).toBe(
      'contact-apple-support',
    );

    await settingsItem.setValue({ ...input().settings, watchedServices: [] });
    expect((await refresh(NOW)).popup?.headline.kind).toBe('all-clear');
  });

  it('ranks with what the background knows: Apple’s status unread keeps the check; an iCloud.com stall is for the browser and the settings’ devices', async () => {
    await pollRecordItem.setValue({ ...input().poll, lastSuccessAt: null, consecutiveFailures: 3 });
    await photosStateItem.setValue(
      photos({ upload: { percent: 1, done: null, total: null, lastProgressAt: NOW - 20 * MIN } }),
    );
    await settingsItem.setValue({ ...input().settings, platforms: ['windows'] });
    const { popup } = await refresh(NOW);
    const problems = popup?.headline.kind === 'problem' ? [popup.headline.top, ...popup.headline.others] : [];
    const fixes = Object.fromEntries(problems.map((p) => [p.id, p.fixes.map((f) => f.guideId)]));
    expect(Object.keys(fixes).sort()).toEqual(['status-unknown', 'upload-stalled']);
    expect(fixes['status-unknown']?.[0]).toBe('check-apple-system-status');
    expect(fixes['upload-stalled']?.slice(0, 2)).toEqual(['keep-a-web-upload-going', 'fix-the-network']);
    expect(fixes['upload-stalled']).toContain('check-apple-system-status');
    expect(fixes['upload-stalled']).not.toContain('low-power-and-battery');

    // Once Apple's status is read again, neither problem's fixes send people to look it up.
    await statusSnapshotItem.setValue(snapshot());
    await pollRecordItem.setValue(input().poll);
    const read = (await refresh(NOW)).popup;
    const stalled = read?.headline.kind === 'problem' ? read.headline.top : null;
    expect(stalled?.id).toBe('upload-stalled');
    expect(stalled?.fixes.map((f) => f.guideId)).not.toContain('check-apple-system-status');
  });

  it('is removed when the inputs cannot be read: no old view stands in for an unknown state', async () => {
    await refresh(NOW);
    expect(await popupViewItem.getValue()).not.toBeNull();
    vi.spyOn(storageReadingItem, 'getValue').mockRejectedValue(new Error('storage broken'));
    const broken = await refresh(NOW);
    expect(broken.badge.text).toBe('?');
    expect(broken.popup).toBeNull();
    expect(await popupViewItem.getValue()).toBeNull();
  });

  it('answers the popup’s question with a fresh view, which the popup’s parser accepts', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    await statusSnapshotItem.setValue(snapshot());
    await pollRecordItem.setValue(input().poll);
    const reply = parsePopupViewAnswer(await ask({ v: 1, type: 'popup-view' }));
    expect(reply?.check).toBeNull();
    expect(reply?.view.headline.kind).toBe('all-clear');
    expect(await popupViewItem.getValue()).toEqual(reply?.view);
  });

  it('checks Apple’s status first when asked to, and says how the check went', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(feedResponse(feedText(fullFeed())))),
    );
    const ok = parsePopupViewAnswer(await ask({ v: 1, type: 'popup-view', check: true }));
    expect(ok?.check).toBe('ok');
    expect(ok?.view.services.checkedAt).toEqual(expect.any(Number));

    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new Error('offline'))),
    );
    const failed = parsePopupViewAnswer(await ask({ v: 1, type: 'popup-view', check: true }));
    expect(failed?.check).toBe('failed');
  });

  it.each([
    ['a web page', { id: 'test-extension-id', url: 'https://www.icloud.com/', tab: { id: 1 } }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }],
  ])('does not answer %s', async (_label, sender) => {
    expect(await ask({ v: 1, type: 'popup-view' }, sender)).toBe('not answered');
  });
});
