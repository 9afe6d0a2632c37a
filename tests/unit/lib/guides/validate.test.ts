import { describe, expect, it } from 'vitest';
import { GUIDES } from '@/lib/guides/content';
import { checkGuides, parseGuide } from '@/lib/guides/validate';

const good = structuredClone(GUIDES[0]!);

describe('parseGuide', () => {
  it('accepts a bundled guide as it is', () => {
    expect(parseGuide(good)).toEqual({ ok: true, value: good });
  });

  it.each([
    ['not an object', null],
    ['an id with spaces', { ...good, id: 'free up space' }],
    ['no steps', { ...good, steps: [] }],
    ['an http link', { ...good, appleArticles: [{ title: 'Apple', url: 'http://support.apple.com/x' }] }],
    ['an unknown topic', { ...good, topics: ['storage-full', 'printer-jam'] }],
    ['an unknown platform', { ...good, platforms: ['android'] }],
    ['a caution without words', { ...good, risk: { level: 'caution', caution: ' ' } }],
    ['a two-sentence summary', { ...good, summary: 'Clear space. Then upload again.' }],
    ['repeated step ids', { ...good, steps: [good.steps[0], good.steps[0]] }],
    [
      'a step on a platform the guide lacks',
      { ...good, platforms: ['mac'], steps: [{ id: 'a', text: 'x', platforms: ['windows'] }] },
    ],
    ['an effort that is not one of the three', { ...good, effort: 'heroic' }],
  ])('rejects a guide with %s', (_what, value) => {
    expect(parseGuide(value).ok).toBe(false);
  });
});

describe('checkGuides', () => {
  it('reports an id used twice', () => {
    expect(checkGuides([good, good])).toEqual([`${good.id}: id is used twice`]);
  });
});
