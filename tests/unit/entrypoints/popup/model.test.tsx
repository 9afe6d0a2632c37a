import { describe, expect, it, vi } from 'vitest';
import { App, CONTENT_MARK, type PopupActions } from '@/entrypoints/popup/App';
import { createPopupModel, type PopupSources } from '@/entrypoints/popup/model';
import type { ConditionInput } from '@/lib/conditions/types';
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

function sources(overrides: Partial<PopupSources> = {}) {
  let notify: () => void = () => undefined;
  const s: PopupSources = {
    readInput: vi.fn(() => Promise.resolve(input())),
    readEvents: vi.fn(() => Promise.resolve([])),
    readChecked: vi.fn(() => Promise.resolve([NOW - 3_600_000])),
    readFixes: vi.fn(() =>
      Promise.resolve({
        'storage-nearly-full': [
          {
            guideId: 'free-up-icloud-storage',
            title: 'Make room',
            effort: 'moderate' as const,
            caution: false,
          },
          {
            guideId: 'upgrade-icloud-plan',
            title: 'Bigger plan',
            effort: 'moderate' as const,
            caution: false,
          },
        ],
      }),
    ),
    watch: (cb) => {
      notify = cb;
      return () => undefined;
    },
    pollNow: vi.fn(() =>
      Promise.resolve({ lastAttemptAt: NOW, lastSuccessAt: NOW, consecutiveFailures: 0, lastError: null }),
    ),
    now: () => NOW,
    ...overrides,
  };
  return { sources: s, changed: () => notify() };
}

const actions: PopupActions = {
  openIcloudSettings: vi.fn(),
  openPage: vi.fn(),
  allowStatusAccess: vi.fn(() => Promise.resolve(false)),
};

describe('the popup model', () => {
  it('evaluates conditions with the one evaluator from what it read', async () => {
    const { sources: s } = sources();
    const model = createPopupModel(s);
    await model.ready;
    expect(model.conditions.value?.map((c) => c.id)).toEqual(['storage-nearly-full']);
    expect(model.overview.value).toMatchObject({ kind: 'problem', top: { id: 'storage-nearly-full' } });
    expect(model.days.value).toHaveLength(7);
    // Only today had a successful check: the other six days are not known.
    expect(model.days.value?.map((d) => d.known)).toEqual([false, false, false, false, false, false, true]);
    model.dispose();
  });

  it('reads again when a stored item changes, and the conditions follow', async () => {
    const readInput = vi
      .fn<PopupSources['readInput']>()
      .mockResolvedValueOnce(input())
      .mockResolvedValue(input({ storage: { ...READING, usedBytes: 20 * GB } }));
    const { sources: s, changed } = sources({ readInput });
    const model = createPopupModel(s);
    await model.ready;
    changed();
    changed();
    await vi.waitFor(() => expect(model.conditions.value).toEqual([]));
    expect(readInput).toHaveBeenCalledTimes(2);
    model.dispose();
  });

  it('says a refresh worked and what Apple reports now', async () => {
    const { sources: s } = sources();
    const model = createPopupModel(s);
    await model.ready;
    await model.refreshNow();
    expect(s.pollNow).toHaveBeenCalledOnce();
    expect(model.refresh.value).toEqual({
      kind: 'done',
      ok: true,
      text: 'Checked just now. Apple reports no issues.',
    });
    model.dispose();
  });

  it('says a refresh failed, with Apple’s answer, and keeps what it had', async () => {
    const { sources: s } = sources({
      pollNow: () =>
        Promise.resolve({
          lastAttemptAt: NOW,
          lastSuccessAt: NOW - 60_000,
          consecutiveFailures: 1,
          lastError: 'Apple’s server answered 503.',
        }),
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
    model.dispose();
  });

  it('says so when the background does not answer a refresh', async () => {
    const { sources: s } = sources({
      pollNow: () => Promise.reject(new Error('Receiving end does not exist')),
    });
    const model = createPopupModel(s);
    await model.ready;
    await model.refreshNow();
    expect(model.refresh.value).toMatchObject({
      ok: false,
      text: expect.stringContaining('did not answer') as string,
    });
    model.dispose();
  });

  it('treats an answer that is not a poll record as a check that did not run', async () => {
    const { sources: s } = sources({ pollNow: () => Promise.resolve('nonsense') });
    const model = createPopupModel(s);
    await model.ready;
    await model.refreshNow();
    expect(model.refresh.value).toMatchObject({
      ok: false,
      text: 'The check did not run. Showing what was read before.',
    });
    model.dispose();
  });

  it('still shows storage and status when the history cannot be read', async () => {
    const { sources: s } = sources({ readEvents: () => Promise.reject(new Error('IndexedDB unavailable')) });
    const model = createPopupModel(s);
    await model.ready;
    expect(model.loadError.value).toBe(false);
    expect(model.days.value?.every((d) => d.worst === null)).toBe(true);
    model.dispose();
  });

  it('still shows the problems when the background cannot rank fixes', async () => {
    const { sources: s } = sources({ readFixes: () => Promise.reject(new Error('no background')) });
    const model = createPopupModel(s);
    await model.ready;
    expect(model.loadError.value).toBe(false);
    expect(model.fixes.value).toEqual({});
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
    let release: (value: ConditionInput) => void = () => undefined;
    const { sources: s } = sources({ readInput: () => new Promise((resolve) => (release = resolve)) });
    const model = createPopupModel(s);
    const page = mount(<App model={model} actions={actions} />);
    expect(page.querySelectorAll('.cc-skeleton-card')).toHaveLength(4);
    expect(page.querySelector('main')!.getAttribute('aria-busy')).toBe('true');
    expect(performance.getEntriesByName(CONTENT_MARK)).toHaveLength(0);

    release(input());
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
      readInput: () => Promise.resolve(input({ storage: null, snapshot: null, poll: EMPTY_POLL_RECORD })),
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
      readInput: () =>
        Promise.resolve(
          input({
            storage: null,
            snapshot: null,
            poll: { ...EMPTY_POLL_RECORD, lastAttemptAt: NOW, consecutiveFailures: 1 },
          }),
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
    const { sources: s } = sources({
      readInput: () =>
        Promise.resolve(input({ storage: { ...READING, usedBytes: 20 * GB }, poll: noAccess })),
    });
    const model = createPopupModel(s);
    await model.ready;
    const page = mount(<App model={model} actions={actions} />);
    expect(page.querySelector('.cc-headline-card')?.getAttribute('data-condition')).toBe('status-unknown');
    expect(textOf(page.querySelector('#headline-h'))).toContain("not allowed to read Apple's status page");
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
      readInput: () =>
        Promise.resolve(
          input({ poll: { ...EMPTY_POLL_RECORD, lastAttemptAt: NOW, consecutiveFailures: 3 } }),
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
      readInput: () => Promise.resolve(input({ storage: { ...READING, usedBytes: 20 * GB } })),
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

  it('says so when its stored data cannot be read at all', async () => {
    const { sources: s } = sources({ readInput: () => Promise.reject(new Error('storage broken')) });
    const model = createPopupModel(s);
    await model.ready;
    const page = mount(<App model={model} actions={actions} />);
    expect(textOf(page.querySelector('[role="alert"]'))).toContain('could not read what it has stored');
    model.dispose();
  });
});
