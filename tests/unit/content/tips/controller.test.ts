/**
 * The tips controller on the page: it shows what the background names for the app in view, loads
 * the tip UI only for a tip, asks again (once for a burst) when the extension's state changes,
 * never draws a closed tip again on this page, and takes everything down when the context ends.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TipActions } from '@/components/tip/TipCard';
import { startTips } from '@/content/tips/controller';
import { GUIDE_OPEN_INTERVAL_MS } from '@/content/tips/guards';
import type { TipRequest, TipView } from '@/lib/tips/messages';

const ui = vi.hoisted(() => ({
  show: vi.fn<(ctx: unknown, tip: unknown, actions: unknown) => Promise<void>>(() => Promise.resolve()),
  hide: vi.fn(),
  load: vi.fn(),
}));
vi.mock('@/content/tips/lazy', () => ({ loadTipUi: ui.load }));

const FULL: TipView = {
  condition: 'storage-full',
  tone: 'red',
  sentence: 'Your iCloud storage is full.',
  fixes: [{ guideId: 'free-up-icloud-storage', title: 'Make room in your iCloud storage' }],
};
const OUTAGE: TipView = { ...FULL, condition: 'outage', sentence: 'Apple reports an outage of Photos.' };

let tips: TipView[];
let requests: TipRequest[];
let ctx: ContentScriptContext;

beforeEach(() => {
  vi.useFakeTimers();
  tips = [];
  requests = [];
  ui.show.mockClear();
  ui.hide.mockClear();
  ui.load.mockReset().mockResolvedValue({ show: ui.show, hide: ui.hide });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
    requests.push(message as TipRequest);
    return Promise.resolve((message as TipRequest).type === 'tips-for-page' ? { tips } : undefined);
  });
  ctx = new ContentScriptContext('icloud-tips');
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

const asked = () => requests.filter((r) => r.type === 'tips-for-page');
/** Lets the controller's coalescing delay pass and its answers arrive. */
const settle = () => vi.advanceTimersByTimeAsync(1_000);
const shownActions = () => ui.show.mock.calls.at(-1)![2] as TipActions;

describe('the tips controller', () => {
  it('asks for the app in view and loads no tip UI when there is no tip', async () => {
    startTips(ctx, () => 'photos');
    await settle();
    expect(asked()).toEqual([{ v: 1, type: 'tips-for-page', app: 'photos' }]);
    expect(ui.load).not.toHaveBeenCalled();
  });

  it('shows the tip the background names, once, and asks once for a burst of state changes', async () => {
    tips = [FULL];
    startTips(ctx, () => 'photos');
    await settle();
    expect(ui.show).toHaveBeenCalledTimes(1);
    expect(ui.show.mock.calls[0]![1]).toEqual(FULL);

    for (let i = 0; i < 5; i++) await fakeBrowser.storage.local.set({ [`change${i}`]: i });
    await settle();
    expect(asked()).toHaveLength(2);
    // The same tip is not drawn again.
    expect(ui.show).toHaveBeenCalledTimes(1);
  });

  it('takes the tip down when the background no longer names one, or answers what it cannot read', async () => {
    tips = [FULL];
    const controller = startTips(ctx, () => 'photos');
    await settle();
    tips = [{ ...FULL, sentence: '' }];
    controller.refresh();
    await settle();
    expect(ui.hide).toHaveBeenCalled();
  });

  it('never draws a closed tip again on this page, but draws a different one', async () => {
    tips = [FULL];
    const controller = startTips(ctx, () => 'photos');
    await settle();
    shownActions().close();
    expect(ui.hide).toHaveBeenCalledTimes(1);
    controller.refresh();
    await settle();
    expect(ui.show).toHaveBeenCalledTimes(1);

    tips = [OUTAGE];
    controller.refresh();
    await settle();
    expect(ui.show).toHaveBeenCalledTimes(2);
    expect(ui.show.mock.calls[1]![1]).toEqual(OUTAGE);
  });

  it('"Not now" and "Don\'t show tips" hide the tip and tell the background', async () => {
    tips = [FULL];
    startTips(ctx, () => 'photos');
    await settle();
    shownActions().snooze();
    shownActions().turnOffTips();
    expect(ui.hide).toHaveBeenCalledTimes(2);
    expect(requests.filter((r) => r.type !== 'tips-for-page')).toEqual([
      { v: 1, type: 'snooze-tip', condition: 'storage-full' },
      { v: 1, type: 'tips-off' },
    ]);
  });

  it('opens at most one guide per interval, whoever asks', async () => {
    tips = [FULL];
    startTips(ctx, () => 'photos');
    await settle();
    const opened = () => requests.filter((r) => r.type === 'open-guide');
    shownActions().openGuide('free-up-icloud-storage');
    shownActions().openGuide('free-up-icloud-storage');
    expect(opened()).toEqual([
      { v: 1, type: 'open-guide', condition: 'storage-full', guideId: 'free-up-icloud-storage' },
    ]);
    vi.advanceTimersByTime(GUIDE_OPEN_INTERVAL_MS + 1);
    shownActions().openGuide();
    expect(opened()).toHaveLength(2);
  });

  it('when the context ends (the extension updated), hides the tip and asks no more', async () => {
    tips = [FULL];
    startTips(ctx, () => 'photos');
    await settle();
    ctx.abort();
    expect(ui.hide).toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ later: 1 });
    await settle();
    expect(asked()).toHaveLength(1);
  });
});
