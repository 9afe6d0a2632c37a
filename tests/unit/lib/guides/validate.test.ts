import { describe, expect, it } from 'vitest';
import { GUIDES } from '@/lib/guides/content';
import { parseGuide } from '@/lib/guides/validate';
import { checkGuides } from './check-guides';

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
    ['no sources', { ...good, sources: undefined }],
    ['sources that name nothing', { ...good, sources: { apple: [], facts: [] } }],
    ['an Apple article id that is not Apple’s form', { ...good, sources: { apple: ['kb-1'], facts: [] } }],
    ['no checked versions', { ...good, checkedFor: undefined }],
    [
      'a platform without checked versions',
      { ...good, checkedFor: { ...good.checkedFor, windows: undefined } },
    ],
    ['checked versions for a platform the guide lacks', { ...good, platforms: ['mac'] }],
    [
      'a linked article with an id that is not Apple’s form',
      { ...good, appleArticles: [{ id: 'x', title: 'Apple', url: 'https://support.apple.com/x' }] },
    ],
  ])('rejects a guide with %s', (_what, value) => {
    expect(parseGuide(value).ok).toBe(false);
  });
});

describe('parseGuide on sources', () => {
  it('accepts a guide resting on facts alone', () => {
    expect(parseGuide({ ...good, sources: { apple: [], facts: ['F5'] } }).ok).toBe(true);
  });

  it('says what is missing when a guide has no source', () => {
    const result = parseGuide({ ...good, sources: { apple: [], facts: [] } });
    expect(result).toEqual({ ok: false, problems: ['sources must name at least one Apple article or fact'] });
  });
});

describe('checkGuides', () => {
  it('reports an id used twice', () => {
    expect(checkGuides([good, good])).toEqual([`${good.id}: id is used twice`]);
  });
});
