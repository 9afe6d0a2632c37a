import { describe, expect, it } from 'vitest';
import { conditionHref, guideHref, parseGuideRoute, planGuideHref } from '@/lib/guides/route';

describe('parseGuideRoute', () => {
  it.each([
    ['', '', { kind: 'home' }],
    ['', '#free-up-icloud-storage', { kind: 'guide', id: 'free-up-icloud-storage', topic: null }],
    ['?condition=storage-full', '', { kind: 'condition', topic: 'storage-full' }],
    ['?condition=uploads-stuck', '', { kind: 'condition', topic: 'uploads-stuck' }],
    [
      '?condition=storage-full',
      '#fix-the-network',
      { kind: 'guide', id: 'fix-the-network', topic: 'storage-full' },
    ],
    ['?condition=printer-jam', '#fix-the-network', { kind: 'guide', id: 'fix-the-network', topic: null }],
    ['', '#%E0%A4%A', { kind: 'guide', id: '%E0%A4%A', topic: null }],
    ['?condition=printer-jam', '', { kind: 'unknown-condition', value: 'printer-jam' }],
    ['', '#status-messages', { kind: 'reference', id: 'status-messages', anchor: null }],
    ['', '#status-messages/paused', { kind: 'reference', id: 'status-messages', anchor: 'paused' }],
    ['?condition=', '', { kind: 'home' }],
  ])('reads search %j and hash %j', (search, hash, expected) => {
    expect(parseGuideRoute(search, hash)).toEqual(expected);
  });

  it('round-trips the addresses it makes', () => {
    expect(parseGuideRoute('', guideHref('things-not-to-do', 'dont-use-cleaners'))).toEqual({
      kind: 'reference',
      id: 'things-not-to-do',
      anchor: 'dont-use-cleaners',
    });
    expect(parseGuideRoute(conditionHref('outage'), '')).toEqual({ kind: 'condition', topic: 'outage' });
    const [search, hash] = planGuideHref('outage', 'wait-out-an-outage').split('#');
    expect(parseGuideRoute(search!, `#${hash}`)).toEqual({
      kind: 'guide',
      id: 'wait-out-an-outage',
      topic: 'outage',
    });
  });
});
