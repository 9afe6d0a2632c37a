import { describe, expect, it } from 'vitest';
import { GOOD_TO_KNOW, GUIDES, STATUS_MESSAGES, THINGS_NOT_TO_DO } from '@/lib/guides/content';
import { buildSearchIndex } from '@/lib/guides/search';

const index = buildSearchIndex(GUIDES, STATUS_MESSAGES, THINGS_NOT_TO_DO, GOOD_TO_KNOW);

describe('guide search', () => {
  it.each([
    ['battery', 'low-power-and-battery'],
    ['Battery', 'low-power-and-battery'],
    ['low power', 'low-power-and-battery'],
    ['wifi', 'fix-the-network'],
    ['apple id', 'same-account-icloud-photos-on'],
    ['delete backups', 'free-up-icloud-storage'],
    ['is icloud down', 'check-apple-system-status'],
    ['task manager', 'icloud-photos-on-windows'],
    ['2 TB', 'upgrade-icloud-plan'],
  ])('“%s” finds %s first', (query, id) => {
    expect(index.search(query)[0]?.id).toBe(id);
  });

  it('finds the status message explainer by the words Photos shows', () => {
    expect(index.search('Unable to Upload')).toContainEqual(
      expect.objectContaining({ kind: 'reference', id: 'status-messages', anchor: 'unable-to-upload' }),
    );
  });

  it('finds the things not to do', () => {
    expect(index.search('cleaner')[0]).toMatchObject({ id: 'things-not-to-do', anchor: 'dont-use-cleaners' });
  });

  it('needs every word of the query to match', () => {
    expect(index.search('battery zebra')).toEqual([]);
  });

  it('returns nothing for an empty query', () => {
    expect(index.search('   ')).toEqual([]);
  });
});
