import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, CONTENT_MARK, type PopupActions } from '@/entrypoints/popup/App';
import { ANSWER_TIMEOUT_MS, createPopupModel, type PopupSources } from '@/entrypoints/popup/model';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import type { ConditionInput } from '@/lib/conditions/types';
import type { FixesByCondition } from '@/lib/guides/rank';
import type { CheckResult } from '@/lib/messages';
import { popupViewOf } from '@/lib/popup-view/build';
import { STORED_VIEW_MAX_AGE_MS, type PopupView } from '@/lib/popup-view/types';
import type { StorageReading } from '@/lib/readings/types';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { ICLOUD_SERVICES } from '@/lib/status/catalogue';
import { EMPTY_POLL_RECORD, type StatusSnapshot } from '@/lib/status/types';
import { byRole, click, mount, settle, textOf } from '../../components/render';

const GB = 2 ** 30;
const NOW = Date.UTC(2026, 5, 10, 12);

const READING: StorageReading = {
  usedBytes: 46 * GB,
  totalBytes: 50 * GB,
  source: 'api',
  locale: 'en-us',
  readAt: NOW - 3_600_000,
};

function snapshot(fetchedAt = NOW - 60_000): StatusSnapshot {
  return {
    fetchedAt,
    services: ICLOUD_SERVICES.map((s) => ({ id: s.id, name: s.feedName, state: 'ok', events: [] })),
  };
}

function input(partial: Partial<ConditionInput> = {}): ConditionInput {
  return {
    storage: READING,
    photos: null,
    snapshot: snapshot(),
    poll: {
      lastAttemptAt: NOW - 60_000,
      lastSuccessAt: NOW - 60_000,
      consecutiveFailures: 0,
      lastError: null,
    },
    settings: DEFAULT_SETTINGS,
    forecast: null,
    now: NOW,
    ...partial,
  };
}

const FIXES: FixesByCondition = {
  'storage-nearly-full': [
    {
      guideId: 'free-up-icloud-storage',
      title: 'Make room',
      effort: 'moderate',
      caution: false,
      forCause: true,
    },
    {
      guideId: 'upgrade-icloud-plan',
      title: 'Bigger plan',
      effort: 'moderate',
      caution: false,
      forCause: true,
    },
  ],
};

/** The view the background would build from `from` (through the one evaluator), as data. */
function view(from: ConditionInput = input(), fixes: FixesByCondition = FIXES): PopupView {
  const built = popupViewOf({
    input: from,
    conditions: evaluateConditions(from),
    fixes,
    events: [],
    checked: [NOW - 3_600_000],
  });
  // It crosses a message or storage boundary: plain JSON, as the browser hands it over.
  return JSON.parse(JSON.stringify(built)) as PopupView;
}

const answer = (v: PopupView = view(), check: CheckResult | null = null) => ({ view: v, check });

function sources(overrides: Partial<PopupSources> = {}) {
  let notify: (value: unknown) => void = () => undefined;
  const s: PopupSources = {
    readStored: vi.fn(() => Promise.resolve(undefined)),
    ask: vi.fn((check: boolean) => Promise.resolve(answer(view(), check ? 'ok' : null))),
    watch: (cb) => {
      notify = cb;
      return () => undefined;
    },
    afterPaint: (callback) => callback(),
    now: () => NOW,
    ...overrides,
  };
  return { sources: s, stored: (value: unknown) => notify(value) };
}

const actions: PopupActions = {
  openIcloudSettings: vi.fn(),
  openPage: vi.fn(),
  allowStatusAccess: vi.fn(() => Promise.resolve(false)),
};

afterEach(() => {
  vi.useRealTimers();
});

describe('the popup model', () => {
  it('shows the view the background answered with, and decides nothing itself', async () => {
    const { sources: s } = sources();
    const model = createPopupModel(s);
    await model.ready;
    expect(s.ask).toHaveBeenCalledWith(false);
    expect(model.view.value?.headline).toMatchObject({ kind: 'problem', top: { id: 'storage-nearly-full' } });
    expect(model.view.value?.days).toHaveLength(7);
    // Only today had a successful check: the other six days are not known.
    expect(model.view.value?.days.map((d) => d.known)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    model.dispose();
  });

  it('draws a recent stored view before the background answers', async () => {
    const { sources: s } = sources({
      readStored: () => Promise.resolve(view()),
      ask: () => new Promise(() => undefined),
    });
    const model = createPopupModel(s);
    await model.ready;
    expect(model.view.value?.headline.kind).toBe('problem');
    expect(model.loadError.value).toBe(false);
    model.dispose();
  });

  it('asks for a fresh view only once the stored one has been painted', async () => {
    let painted: () => void = () => undefined;
    const { sources: s } = sources({
      readStored: () => Promise.resolve(view()),
      afterPaint: (callback) => (painted = callback),
    });
    const model = createPopupModel(s);
    await model.ready;
    await settle();
    expect(model.view.value?.headline.kind).toBe('problem');
    expect(s.ask).not.toHaveBeenCalled();
    painted();
    expect(s.ask).toHaveBeenCalledTimes(1);
    expect(s.ask).toHaveBeenCalledWith(false);
    model.dispose();
  });

  it('asks at once, without waiting for a paint, when there is no usable stored view', async () => {
    const afterPaint = vi.fn();
    const { sources: s } = sources({ afterPaint });
    const model = createPopupModel(s);
    await model.ready;
    expect(s.ask).toHaveBeenCalledTimes(1);
    expect(afterPaint).not.toHaveBeenCalled();
    expect(model.view.value?.headline.kind).toBe('problem');
    model.dispose();
  });

  it('does not draw a stored view older than the background’s re-evaluation bound: it waits', async () => {
    const old = view(input({ now: NOW - STORED_VIEW_MAX_AGE_MS - 1 }));
    let release: (value: unknown) => void = () => undefined;
    const { sources: s } = sources({
      readStored: () => Promise.resolve(old),
      ask: () => new Promise((resolve) => (release = resolve)),
    });
    const model = createPopupModel(s);
    await settle();
    expect(model.view.value).toBeNull();
    release(answer());
    await model.ready;
    expect(model.view.value?.at).toBe(NOW);
    model.dispose();
  });

  it('never lets an older evaluation replace a newer one', async () => {
    const newer = view(input({ storage: { ...READING, usedBytes: 20 * GB } }));
    const older = view(input({ now: NOW - 60_000 }));
    const { sources: s, stored } = sources({ ask: () => Promise.resolve(answer(newer)) });
    const model = createPopupModel(s);
    await model.ready;
    stored(older);
    expect(model.view.value?.headline.kind).toBe('all-clear');
    model.dispose();
  });

  it('follows each view the background stores while it is open', async () => {
    const { sources: s, stored } = sources();
    const model = createPopupModel(s);
    await model.ready;
    stored(view(input({ now: NOW + 1000, storage: { ...READING, usedBytes: 20 * GB } })));
    expect(model.view.value?.headline.kind).toBe('all-clear');
    model.dispose();
  });

  it('ignores a malformed view, stored or answered, and says so when nothing usable came', async () => {
    const broken = { ...view(), headline: { kind: 'problem', top: { id: 'storage-full', tone: 'green' } } };
    const { sources: s, stored } = sources({
      readStored: () => Promise.resolve(broken),
      ask: () => Promise.resolve(answer(broken as unknown as PopupView)),
    });
    const model = createPopupModel(s);
    await model.ready;
    stored(broken);
    expect(model.view.value).toBeNull();
    expect(model.loadError.value).toBe(true);
    model.dispose();
  });

  it('asks again when the stored view is removed, and shows nothing old meanwhile', async () => {
    const { sources: s, stored } = sources();
    const model = createPopupModel(s);
    await model.ready;
    vi.mocked(s.ask).mockReturnValueOnce(new Promise(() => undefined));
    stored(undefined);
    expect(model.view.value).toBeNull();
    expect(s.ask).toHaveBeenCalledTimes(2);
    model.dispose();
  });

  it('says the background did not answer when no view came in time (a sleeping worker that never woke)', () => {
    vi.useFakeTimers();
    const { sources: s } = sources({ ask: () => new Promise(() => undefined) });
    const model = createPopupModel(s);
    vi.advanceTimersByTime(ANSWER_TIMEOUT_MS - 1);
    expect(model.loadError.value).toBe(false);
    vi.advanceTimersByTime(1);
    expect(model.loadError.value).toBe(true);
    model.dispose();
  });

  it('says a refresh worked and what Apple reports now', async () => {
    const { sources: s } = sources();
    const model = createPopupModel(s);
    await model.ready;
    await model.refreshNow();
    expect(s.ask).toHaveBeenLastCalledWith(true);
    expect(model.refresh.value).toEqual({
      kind: 'done',
      ok: true,
      text: 'Checked just now. Apple reports no issues.',
    });
    model.dispose();
  });

  it('says a refresh failed, and keeps what it had', async () => {
    const { sources: s } = sources({
      ask: (check) => Promise.resolve(answer(view(), check ? 'failed' : null)),
    });
    const model = createPopupModel(s);
    await model.ready;
    await model.refreshNow();
    expect(model.refresh.value).toEqual({
      kind: 'done',
      ok: false,
      // Never an HTTP code in people's words.
      text: "Could not read Apple's System Status. Showing what was read before.",
    });
    expect(model.view.value?.headline.kind).toBe('problem');
    model.dispose();
  });

  it('says so when the background does not answer a refresh', async () => {
    const { sources: s } = sources();
    const model = createPopupModel(s);
    await model.ready;
    vi.mocked(s.ask).mockRejectedValueOnce(new Error('Receiving end does not exist'));
    await model.refreshNow();
    expect(model.refresh.value).toMatchObject({
      ok: false,
      text: expect.stringContaining('did not answer') as string,
    });
    model.dispose();
  });

  it('treats an answer without a view as a check that did not run', async () => {
    const { sources: s } = sources();
    const model = createPopupModel(s);
    await model.ready;
    vi.mocked(s.ask).mockResolvedValueOnce('nonsense');
    await model.refreshNow();
    expect(model.refresh.value).toMatchObject({
      ok: false,
      text: 'The check did not run. Showing what was read before.',
    });
    model.dispose();
  });

  it('still shows the problems when the background could not rank fixes', async () => {
    const { sources: s } = sources({ ask: () => Promise.resolve(answer(view(input(), {}))) });
    const model = createPopupModel(s);
    await model.ready;
    expect(model.loadError.value).toBe(false);
    const page = mount(<App model={model} actions={actions} />);
    expect(byRole(page, 'link', 'See fixes').getAttribute('href')).toBe(
      '/guide.html?condition=storage-nearly-full',
    );
    model.dispose();
  });
});

describe('the popup page', () => {
  it('shows skeletons of the cards’ height until data arrives, then the cards, and marks the time to content', async () => {
    performance.clearMarks(CONTENT_MARK);
    let release: (value: unknown) => void = () => undefined;
    const { sources: s } = sources({ ask: () => new Promise((resolve) => (release = resolve)) });
    const model = createPopupModel(s);
    const page = mount(<App model={model} actions={actions} />);
    expect(page.querySelectorAll('.cc-skeleton-card')).toHaveLength(4);
    expect(page.querySelector('main')!.getAttribute('aria-busy')).toBe('true');
    expect(performance.getEntriesByName(CONTENT_MARK)).toHaveLength(0);
    // Nothing stored: the background is asked, and the skeletons stay until it answers.
    await settle();
    expect(page.querySelectorAll('.cc-skeleton-card')).toHaveLength(4);

    release(answer());
    await settle();
    expect(page.querySelectorAll('.cc-skeleton-card')).toHaveLength(0);
    expect(page.querySelector('main')!.getAttribute('aria-busy')).toBe('false');
    expect(textOf(page.querySelector('[data-condition="storage-nearly-full"]'))).toContain('92');
    // The first fix is the one primary action; the second a row.
    expect(textOf(page.querySelector('.cc-primary'))).toBe('Make room');
    expect(page.querySelector('.cc-primary')?.getAttribute('href')).toBe(
      '/guide.html?condition=storage-nearly-full#free-up-icloud-storage',
    );
    expect([...page.querySelectorAll('.cc-headline-card .cc-row')].map(textOf)).toEqual(['Bigger plan']);
    expect(performance.getEntriesByName(CONTENT_MARK)).toHaveLength(1);
    model.dispose();
  });

  it('has one main landmark, a navigation and a heading per card', async () => {
    const { sources: s } = sources();
    const model = createPopupModel(s);
    await model.ready;
    const page = mount(<App model={model} actions={actions} />);
    expect(page.querySelectorAll('main')).toHaveLength(1);
    expect(page.querySelector('nav')?.getAttribute('aria-label')).toBe('More');
    expect([...page.querySelectorAll('h1, h2')].map(textOf)).toEqual([
      'Cloud Checkup',
      'Warning: iCloud storage is 92% full: 46 GB of 50 GB used.',
      'iCloud storage',
      "Apple's iCloud services",
      'Last 7 days',
    ]);
    model.dispose();
  });

  it('opens the settings and the guides from the navigation', async () => {
    const { sources: s } = sources();
    const model = createPopupModel(s);
    await model.ready;
    const page = mount(<App model={model} actions={actions} />);
    click(byRole(page, 'button', 'Settings'));
    click(byRole(page, 'button', 'Fix guides'));
    expect(actions.openPage).toHaveBeenNthCalledWith(1, '/options.html');
    expect(actions.openPage).toHaveBeenNthCalledWith(2, '/guide.html');
    model.dispose();
  });

  it('is neutral while the first check is under way: no problem, a welcome line', async () => {
    const { sources: s } = sources({
      ask: () =>
        Promise.resolve(answer(view(input({ storage: null, snapshot: null, poll: EMPTY_POLL_RECORD })))),
    });
    const model = createPopupModel(s);
    await model.ready;
    const page = mount(<App model={model} actions={actions} />);
    expect(textOf(page.querySelector('#headline-h'))).toBe("Checking Apple's status…");
    expect(textOf(page.querySelector('.cc-welcome'))).toContain(
      'reads your storage when you open your account settings',
    );
    expect(page.querySelector('[data-condition]')).toBeNull();
    expect(textOf(page.querySelector('.cc-storage'))).toContain('not read yet');
    model.dispose();
  });

  it('says what it does not know once a check failed with nothing read', async () => {
    const { sources: s } = sources({
      ask: () =>
        Promise.resolve(
          answer(
            view(
              input({
                storage: null,
                snapshot: null,
                poll: { ...EMPTY_POLL_RECORD, lastAttemptAt: NOW, consecutiveFailures: 1 },
              }),
            ),
          ),
        ),
    });
    const model = createPopupModel(s);
    await model.ready;
    const page = mount(<App model={model} actions={actions} />);
    expect(page.querySelector('.cc-headline-card')?.getAttribute('data-condition')).toBe('status-unknown');
    expect(textOf(page.querySelector('.cc-services summary'))).toMatch(/state unknown · not read yet$/);
    model.dispose();
  });

  it('without access to Apple’s status page, says so and asks for it from the click', async () => {
    const noAccess = {
      ...EMPTY_POLL_RECORD,
      lastAttemptAt: NOW,
      lastSuccessAt: NOW - 60_000,
      consecutiveFailures: 1,
      lastError: 'not allowed',
      lastErrorCode: 'no-permission' as const,
    };
    const check = {
      guideId: 'check-apple-system-status',
      title: 'Check Apple',
      effort: 'quick',
      caution: false,
      forCause: true,
    };
    const fixes: FixesByCondition = { 'status-unknown': [{ ...check, effort: 'quick' }] };
    const { sources: s } = sources({
      ask: () =>
        Promise.resolve(
          answer(view(input({ storage: { ...READING, usedBytes: 20 * GB }, poll: noAccess }), fixes)),
        ),
    });
    const model = createPopupModel(s);
    await model.ready;
    const page = mount(<App model={model} actions={actions} />);
    const headline = page.querySelector('.cc-headline-card')!;
    expect(headline.getAttribute('data-condition')).toBe('status-unknown');
    expect(textOf(page.querySelector('#headline-h'))).toContain("not allowed to read Apple's status page");
    // One action: asking for access is the headline's button; the fix guide follows as a row.
    const primaries = [...page.querySelectorAll('.cc-primary')];
    expect(primaries.map(textOf)).toEqual(["Allow reading Apple's status"]);
    expect(headline.contains(primaries[0]!)).toBe(true);
    expect([...headline.querySelectorAll('a.cc-row')].map(textOf)).toEqual(['Check Apple']);
    click(byRole(page, 'button', "Allow reading Apple's status"));
    expect(actions.allowStatusAccess).toHaveBeenCalledOnce();
    await settle();
    expect(textOf(page.querySelector('.cc-status-access [role="status"]'))).toBe(
      'Permission was not given: Apple’s status stays unknown.',
    );
    model.dispose();
  });

  it('offers no permission button when Apple’s status merely failed to load', async () => {
    const { sources: s } = sources({
      ask: () =>
        Promise.resolve(
          answer(view(input({ poll: { ...EMPTY_POLL_RECORD, lastAttemptAt: NOW, consecutiveFailures: 3 } }))),
        ),
    });
    const model = createPopupModel(s);
    await model.ready;
    const page = mount(<App model={model} actions={actions} />);
    expect(page.querySelector('.cc-status-access')).toBeNull();
    model.dispose();
  });

  it('says all clear with when Apple was checked when nothing is wrong', async () => {
    const { sources: s } = sources({
      ask: () => Promise.resolve(answer(view(input({ storage: { ...READING, usedBytes: 20 * GB } })))),
    });
    const model = createPopupModel(s);
    await model.ready;
    const page = mount(<App model={model} actions={actions} />);
    expect(textOf(page.querySelector('#headline-h'))).toBe('No problems found');
    expect(textOf(page.querySelector('.cc-headline-sub'))).toBe(
      'Apple reports no issues · checked 1 minute ago',
    );
    model.dispose();
  });

  it('says so when the background cannot answer and nothing was stored: never all clear', async () => {
    const { sources: s } = sources({ ask: () => Promise.reject(new Error('Receiving end does not exist')) });
    const model = createPopupModel(s);
    await model.ready;
    const page = mount(<App model={model} actions={actions} />);
    expect(textOf(page.querySelector('[role="alert"]'))).toContain('background did not answer');
    expect(page.querySelector('.cc-headline-card')).toBeNull();
    model.dispose();
  });
});
