// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APPLE_ARTICLES } from '@/lib/guides/articles';
import { GOOD_TO_KNOW, GUIDES, STATUS_MESSAGES, THINGS_NOT_TO_DO } from '@/lib/guides/content';
import { factsCovered } from '@/lib/guides/coverage';
import type { FactId } from '@/lib/guides/types';

// The facts file lives beside the repository (../shared in CI's fresh clone and on the dev box);
// the committed id list stands in when it is absent, and must agree with it when both exist.
const FACTS_FILE = fileURLToPath(new URL('../../../../../shared/facts/guidance.md', import.meta.url));
const ID_LIST = fileURLToPath(new URL('../../../fixtures/guidance-fact-ids.json', import.meta.url));

function idsInFactsFile(markdown: string): string[] {
  return [...markdown.matchAll(/^- ([CSFNK]\d+)\s/gm)].map((m) => m[1]!);
}

const committedIds = JSON.parse(readFileSync(ID_LIST, 'utf8')) as string[];
const factIds = existsSync(FACTS_FILE) ? idsInFactsFile(readFileSync(FACTS_FILE, 'utf8')) : committedIds;
const covered = factsCovered(GUIDES, STATUS_MESSAGES, [...THINGS_NOT_TO_DO, ...GOOD_TO_KNOW]);

describe('coverage of the guidance facts', () => {
  it.runIf(existsSync(FACTS_FILE))('the committed id list matches the facts file', () => {
    expect(committedIds).toEqual(idsInFactsFile(readFileSync(FACTS_FILE, 'utf8')));
  });

  it('knows every kind of fact (causes, status lines, fixes, don’ts, good to know)', () => {
    expect(factIds).toHaveLength(49);
    expect(new Set(factIds.map((id) => id[0]))).toEqual(new Set(['C', 'S', 'F', 'N', 'K']));
  });

  it.each(factIds)('fact %s is covered by a guide, step, status message or note', (id) => {
    expect(covered.has(id as FactId)).toBe(true);
  });

  it('names no fact that the facts file does not have', () => {
    expect([...covered].filter((id) => !factIds.includes(id))).toEqual([]);
  });

  it('links every one of Apple’s articles from at least one guide', () => {
    const linked = new Set(GUIDES.flatMap((g) => g.appleArticles.map((a) => a.url)));
    expect(Object.values(APPLE_ARTICLES).filter((a) => !linked.has(a.url))).toEqual([]);
  });
});
