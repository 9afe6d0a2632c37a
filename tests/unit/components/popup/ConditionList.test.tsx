import { describe, expect, it } from 'vitest';
import { ConditionList } from '@/components/popup/ConditionList';
import type { Condition } from '@/lib/conditions/types';
import { mount, textOf } from '../render';

const OUTAGE: Condition = {
  id: 'outage',
  priority: 2,
  sentence: 'Apple reports an outage of iCloud Photos.',
  badge: { text: '!', colour: 'red' },
  facts: {},
  dataAgeMs: 60_000,
};
const NEARLY_FULL: Condition = {
  id: 'storage-nearly-full',
  priority: 3,
  sentence: 'iCloud storage is 92 % full.',
  badge: { text: '92%', colour: 'amber' },
  facts: { percent: 92 },
  dataAgeMs: 60_000,
};

const fixes = (c: Condition) => [
  { title: `Top fix for ${c.id}`, href: `/guide.html#top-${c.id}` },
  { title: 'More fixes', href: `/guide.html?condition=${c.id}` },
];

describe('the condition list', () => {
  it('shows each condition in order as a sentence with its fixes as links that open a new tab', () => {
    const el = mount(<ConditionList conditions={[OUTAGE, NEARLY_FULL]} fixesFor={fixes} />);
    const items = [...el.querySelectorAll('[data-condition]')];
    expect(items.map((i) => i.getAttribute('data-condition'))).toEqual(['outage', 'storage-nearly-full']);
    expect(textOf(items[0]!.querySelector('.cc-sentence'))).toBe(
      'Serious: Apple reports an outage of iCloud Photos.',
    );
    const links = [...items[1]!.querySelectorAll('a')];
    expect(links.map((a) => [textOf(a), a.getAttribute('href'), a.getAttribute('target')])).toEqual([
      ['Top fix for storage-nearly-full', '/guide.html#top-storage-nearly-full', '_blank'],
      ['More fixes', '/guide.html?condition=storage-nearly-full', '_blank'],
    ]);
  });

  it('gives the list a heading for screen readers', () => {
    const el = mount(<ConditionList conditions={[OUTAGE]} fixesFor={fixes} />);
    expect(textOf(el.querySelector('h2'))).toBe('One thing needs attention');
    expect(el.querySelector('section')!.getAttribute('aria-labelledby')).toBe('conditions-h');
  });

  it('says nothing needs attention — within what it can see — when there is no condition', () => {
    const el = mount(<ConditionList conditions={[]} fixesFor={fixes} />);
    expect(textOf(el.querySelector('.cc-calm'))).toBe(
      'Nothing needs your attention in what Cloud Checkup can see.',
    );
    expect(el.querySelectorAll('a')).toHaveLength(0);
  });
});
