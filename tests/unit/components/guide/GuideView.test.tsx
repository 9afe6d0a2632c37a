import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideHeader, SearchResults } from '@/components/guide/GuideHeader';
import { PlanList } from '@/components/guide/PlanList';
import { ProblemIndex } from '@/components/guide/ProblemIndex';
import { GuideView, type GuideViewProps } from '@/components/guide/GuideView';
import { SavingNoticeBanner } from '@/components/guide/SavingNoticeBanner';
import { GOOD_TO_KNOW, GUIDES, STATUS_MESSAGES, THINGS_NOT_TO_DO } from '@/lib/guides/content';
import { planFor, rankGuides, splitPlan } from '@/lib/guides/rank';
import { NO_PROGRESS } from '@/lib/guides/progress';
import { buildSearchIndex } from '@/lib/guides/search';
import type { GuideTopic } from '@/lib/guides/types';
import type { Platform } from '@/lib/settings';
import { textOf } from '../render';

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
    plan: { href: '?condition=storage-full', label: 'What to try for: iCloud storage is full' },
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

describe('search in the header', () => {
  const index = buildSearchIndex(GUIDES, STATUS_MESSAGES, THINGS_NOT_TO_DO, GOOD_TO_KNOW);

  it('passes on what is typed', () => {
    const onQuery = vi.fn();
    const el = mount(<GuideHeader query="" onQuery={onQuery} />);
    const input = el.querySelector<HTMLInputElement>('header input[type="search"]')!;
    void act(() => {
      input.value = 'battery';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onQuery).toHaveBeenCalledWith('battery');
  });

  it('lists the Low Power Mode guide first for "battery"', () => {
    const el = mount(<SearchResults query="battery" hits={index.search('battery')} />);
    expect(el.querySelector('[aria-label="Search results"] a')?.getAttribute('href')).toBe(
      '#low-power-and-battery',
    );
    expect(el.textContent).toMatch(/found/);
  });

  it('says when nothing is found', () => {
    const el = mount(<SearchResults query="zzzz" hits={[]} />);
    expect(el.textContent).toContain('Nothing found');
  });
});

describe('the plan and the index', () => {
  const all: Platform[] = ['iphone-ipad', 'mac', 'windows', 'icloud-web'];
  const ranked = [guide('free-up-icloud-storage'), guide('upgrade-icloud-plan')];

  it('numbers the fixes, links each within the plan and shows where the person got to', () => {
    const progress = new Map([
      ['free-up-icloud-storage', { done: new Set(['see-usage']), outcome: null }],
      ['upgrade-icloud-plan', { done: new Set<string>(), outcome: 'not-fixed' as const }],
    ]);
    const plan = splitPlan('storage-full', ranked, progress, all);
    const el = mount(<PlanList topic="storage-full" plan={plan} progress={progress} platforms={all} />);
    const numbered = [...el.querySelectorAll('ol.cc-plan > li')];
    expect(numbered.map((li) => li.querySelector('.cc-plan-number')?.textContent)).toEqual(['1']);
    expect(numbered[0]!.querySelector('a')?.getAttribute('href')).toBe(
      '?condition=storage-full#free-up-icloud-storage',
    );
    expect(numbered[0]!.textContent).toContain(`1 of ${ranked[0]!.steps.length} steps done`);
    expect(numbered[0]!.textContent).toContain('Try this next');
    // Tried already: listed apart, unnumbered, with the answer given.
    const tried = el.querySelector('ul.cc-plan-more > li')!;
    expect(tried.previousElementSibling).toBeNull();
    expect(textOf(tried.parentElement!.previousElementSibling)).toBe('Already tried');
    expect(tried.textContent).toContain('Tried, didn’t help');
    expect(tried.querySelector('.cc-plan-number')).toBeNull();
    expect(tried.textContent).not.toContain('Try this next');
  });

  // The plan page promises "in order: the quickest and safest first" above its numbered list.
  it.each([
    ['with nothing tried', new Map()],
    [
      'with a bigger plan tried and part of the clear-out done',
      new Map([
        ['free-up-icloud-storage', { done: new Set(['see-usage', 'old-backups']), outcome: null }],
        ['upgrade-icloud-plan', { done: new Set<string>(), outcome: 'not-fixed' as const }],
      ]),
    ],
  ])('numbers no fix for a full plan after a slower or riskier one, %s', (_, progress) => {
    const guides = rankGuides(['storage-full'], all, progress);
    const plan = splitPlan('storage-full', guides, progress, all);
    const el = mount(<PlanList topic="storage-full" plan={plan} progress={progress} platforms={all} />);
    const cost = [...el.querySelectorAll('ol.cc-plan > li')].map((li) => {
      const meta = li.querySelector('.cc-plan-meta')!;
      const effort = ['Quick', 'Takes a while', 'Big step'].indexOf(textOf(meta.firstElementChild));
      return (meta.querySelector('.cc-needs-care') ? 10 : 0) + effort;
    });
    expect(cost.length).toBeGreaterThan(0);
    expect(cost).not.toContain(-1);
    expect(cost).toEqual([...cost].sort((a, b) => a - b));
    // Nothing is dropped: every ranked guide is on the page once.
    expect(el.querySelectorAll('a.cc-plan-title')).toHaveLength(guides.length);
  });

  it.each([
    ['nothing fits', { toTry: [], alsoUseful: [], tried: [] }, 'No guide fits this'],
    ['only guides around the problem are left', { toTry: [], alsoUseful: ranked, tried: [] }, null],
    [
      'every fix was tried',
      { toTry: [], alsoUseful: [], tried: ranked },
      'Every fix for this has been tried',
    ],
  ])('says what is left when %s, never that untried fixes were tried', (_, plan, says) => {
    const el = mount(<PlanList topic="upload-refused" plan={plan} progress={new Map()} platforms={all} />);
    const line = el.querySelector('.cc-plan-done');
    expect(line && textOf(line).slice(0, says?.length)).toBe(says);
  });

  it('shows each problem once, with no guide listed twice', () => {
    const planOf = (topic: GuideTopic) =>
      planFor(topic, { guides: GUIDES, progress: NO_PROGRESS, platforms: all, active: null });
    const el = mount(<ProblemIndex planOf={planOf} progress={new Map()} />);
    const problems = [...el.querySelectorAll('[aria-label="Problems"] > li a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(new Set(problems).size).toBe(problems.length);
    expect(problems).toContain('?condition=storage-full');
    const guideLinks = [...el.querySelectorAll('a')].filter((a) =>
      GUIDES.some((g) => a.getAttribute('href') === `#${g.id}`),
    );
    expect(guideLinks).toEqual([]);
  });
});

describe('the steps', () => {
  it('puts the number beside the step, not beside its caution', () => {
    const el = mount(<GuideView {...props()} />);
    const item = checkbox(el, 'recently-deleted').closest('li')!;
    const children = [...item.children];
    const number = item.querySelector('.cc-step-number')!;
    expect(children.indexOf(number)).toBe(children.indexOf(item.querySelector('.cc-caution')!) + 1);
    expect(number.nextElementSibling?.contains(checkbox(el, 'recently-deleted'))).toBe(true);
  });

  it('marks done and locked steps in words and state, not only in colour', () => {
    const el = mount(<GuideView {...props({ isDone: (id) => id === 'see-usage' })} />);
    expect(checkbox(el, 'see-usage').closest('li')?.getAttribute('data-state')).toBe('done');
    const locked = checkbox(el, 'recently-deleted').closest('li')!;
    expect(locked.getAttribute('data-state')).toBe('locked');
    expect(locked.textContent).toContain('Read the caution above first');
  });

  it('says when the guide changed since the person started it, and what happened to their ticks', () => {
    const el = mount(
      <GuideView {...props({ change: { guideId: 'free-up-icloud-storage', at: 1, kept: 2, dropped: 1 } })} />,
    );
    const note = el.querySelector('.cc-changed')!;
    expect(note.textContent).toContain('This guide was updated');
    expect(note.textContent).toContain('2 steps you ticked');
    expect(note.textContent).toContain('One step you had ticked is no longer part of it');
    expect(mount(<GuideView {...props()} />).querySelector('.cc-changed')).toBeNull();
  });

  it('leads back to its plan', () => {
    const el = mount(<GuideView {...props()} />);
    const back = el.querySelector<HTMLAnchorElement>('nav.cc-back a')!;
    expect(back.getAttribute('href')).toBe('?condition=storage-full');
    expect(el.querySelector('h1')?.textContent).toBe(guide('free-up-icloud-storage').title);
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
