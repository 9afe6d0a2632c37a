import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideSearch } from '@/components/guide/GuideSearch';
import { GuideView, type GuideViewProps } from '@/components/guide/GuideView';
import { SavingNoticeBanner } from '@/components/guide/SavingNoticeBanner';
import { GOOD_TO_KNOW, GUIDES, STATUS_MESSAGES, THINGS_NOT_TO_DO } from '@/lib/guides/content';
import { buildSearchIndex } from '@/lib/guides/search';
import type { Platform } from '@/lib/settings';

const guide = (id: string) => GUIDES.find((g) => g.id === id)!;
let host: HTMLElement;

function mount(node: preact.ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  void act(() => render(node, host));
  return host;
}

afterEach(() => {
  void act(() => render(null, host));
  host.remove();
});

function props(overrides: Partial<GuideViewProps> = {}): GuideViewProps {
  return {
    guide: guide('free-up-icloud-storage'),
    platforms: ['iphone-ipad', 'mac', 'windows', 'icloud-web'],
    chosen: undefined,
    outcome: null,
    next: undefined,
    isDone: () => false,
    isAcknowledged: () => false,
    onToggle: vi.fn(),
    onAcknowledge: vi.fn(),
    onChoosePlatform: vi.fn(),
    onAnswer: vi.fn(),
    ...overrides,
  };
}

const checkbox = (el: HTMLElement, stepId: string) =>
  el.querySelector<HTMLInputElement>(`#step-free-up-icloud-storage-${stepId}`)!;

describe('GuideView', () => {
  it('shows the steps for the chosen platform in that platform’s words', () => {
    const el = mount(<GuideView {...props({ chosen: 'icloud-web' })} />);
    expect(el.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('iCloud.com');
    expect(el.querySelector('[role="tabpanel"]')?.textContent).toContain('icloud.com/settings');
    // Deleting backups is for the devices' own settings, so the iCloud.com tab leaves it out.
    expect(checkbox(el, 'old-backups')).toBeNull();
    expect(checkbox(el, 'recently-deleted')).not.toBeNull();
  });

  it('shows only the tabs for the person’s platforms', () => {
    const el = mount(<GuideView {...props({ platforms: ['windows'] })} />);
    expect(el.querySelector('[role="tablist"]')).toBeNull();
    expect(el.textContent).toContain('For: Windows PC');
  });

  it('moves between tabs with the arrow keys, Home and End', () => {
    const onChoosePlatform = vi.fn<(p: Platform) => void>();
    const el = mount(<GuideView {...props({ onChoosePlatform })} />);
    const list = el.querySelector<HTMLElement>('[role="tablist"]')!;
    const key = (k: string) =>
      void act(() => void list.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    key('ArrowRight');
    key('ArrowLeft');
    key('End');
    key('Home');
    expect(onChoosePlatform.mock.calls.map((c) => c[0])).toEqual([
      'mac',
      'icloud-web',
      'icloud-web',
      'iphone-ipad',
    ]);
    const tabs = [...el.querySelectorAll('[role="tab"]')];
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
    expect(tabs[0]!.getAttribute('aria-controls')).toBe(el.querySelector('[role="tabpanel"]')!.id);
  });

  it('shows a step’s caution before it and keeps its box locked until the caution is read', () => {
    const onAcknowledge = vi.fn();
    const el = mount(<GuideView {...props({ onAcknowledge })} />);
    const box = checkbox(el, 'recently-deleted');
    expect(box.disabled).toBe(true);
    const caution = el.querySelector(`#${box.getAttribute('aria-describedby')!}`)!;
    expect(caution.textContent).toContain('cannot be brought back');
    const item = box.closest('li')!;
    expect(item.firstElementChild).toBe(caution);
    void act(() => item.querySelector('button')!.click());
    expect(onAcknowledge).toHaveBeenCalledWith('recently-deleted');
  });

  it('unlocks a cautioned step once it has been read', () => {
    const el = mount(<GuideView {...props({ isAcknowledged: (id) => id === 'recently-deleted' })} />);
    expect(checkbox(el, 'recently-deleted').disabled).toBe(false);
    expect(checkbox(el, 'old-backups').disabled).toBe(true);
  });

  it('reports ticks and counts the steps done', () => {
    const onToggle = vi.fn();
    const el = mount(<GuideView {...props({ onToggle, isDone: (id) => id === 'see-usage' })} />);
    expect(el.textContent).toContain('1 of 7 steps done');
    expect(checkbox(el, 'see-usage').checked).toBe(true);
    void act(() => checkbox(el, 'mail-messages').click());
    expect(onToggle).toHaveBeenCalledWith('mail-messages', true);
  });

  it('spells out a guide’s caution before its steps', () => {
    const el = mount(<GuideView {...props({ guide: guide('sign-out-and-back-in') })} />);
    const text = el.textContent;
    expect(text.indexOf('Please read before you start')).toBeGreaterThan(-1);
    expect(text.indexOf('Please read before you start')).toBeLessThan(text.indexOf('Steps'));
    expect(text).toContain('Find My');
  });

  it('links Apple’s article beside the guide, opening in a new tab', () => {
    const el = mount(<GuideView {...props()} />);
    const links = [...el.querySelectorAll<HTMLAnchorElement>('aside a')];
    expect(links.map((a) => a.href)).toContain('https://support.apple.com/HT204247');
    for (const a of links) expect(a.rel).toContain('noopener');
  });

  it('asks "Did this fix it?" and offers the next guide when it did not', () => {
    const onAnswer = vi.fn();
    const el = mount(
      <GuideView {...props({ onAnswer, outcome: 'not-fixed', next: guide('upgrade-icloud-plan') })} />,
    );
    expect(el.textContent).toContain('Did this fix it?');
    expect(el.querySelector('a[href="#upgrade-icloud-plan"]')).not.toBeNull();
    const yes = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Yes, it’s fixed')!;
    void act(() => yes.click());
    expect(onAnswer).toHaveBeenCalledWith('fixed');
  });
});

describe('GuideSearch', () => {
  const index = buildSearchIndex(GUIDES, STATUS_MESSAGES, THINGS_NOT_TO_DO, GOOD_TO_KNOW);

  it('lists the Low Power Mode guide first for "battery"', () => {
    const search = vi.fn((q: string) => index.search(q));
    const el = mount(<GuideSearch search={search} />);
    expect(search).not.toHaveBeenCalled();
    const input = el.querySelector<HTMLInputElement>('input[type="search"]')!;
    void act(() => {
      input.value = 'battery';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(el.querySelector('.cc-search-results a')?.getAttribute('href')).toBe('#low-power-and-battery');
    expect(el.querySelector('#guide-search-count')?.textContent).toMatch(/found/);
  });
});

describe('SavingNoticeBanner', () => {
  it('says plainly that progress is not saved when the database is unavailable', () => {
    const el = mount(<SavingNoticeBanner notice="unavailable" />);
    expect(el.querySelector('[role="status"]')?.textContent).toContain('can’t be saved');
  });

  it('raises an alert when a write ran out of space', () => {
    const el = mount(<SavingNoticeBanner notice="quota" />);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('out of space');
  });
});
