import { describe, expect, it } from 'vitest';
import { conditionHref, guideHref, parseGuideRoute } from '@/lib/guides/route';

describe('parseGuideRoute', () => {
  it.each([
    ['', '', { kind: 'home' }],
    ['', '#free-up-icloud-storage', { kind: 'guide', id: 'free-up-icloud-storage' }],
    ['?condition=storage-full', '', { kind: 'condition', topic: 'storage-full' }],
    ['?condition=uploads-stuck', '', { kind: 'condition', topic: 'uploads-stuck' }],
    ['?condition=storage-full', '#fix-the-network', { kind: 'guide', id: 'fix-the-network' }],
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
  });
});
