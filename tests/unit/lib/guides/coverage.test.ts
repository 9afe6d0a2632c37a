// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APPLE_ARTICLES } from '@/lib/guides/articles';
import { GOOD_TO_KNOW, GUIDES, STATUS_MESSAGES, THINGS_NOT_TO_DO } from '@/lib/guides/content';
import { factsCovered } from './facts-covered';
import type { FactId, Guide } from '@/lib/guides/types';
import { FACT_ARTICLES, GUIDANCE_FACT_IDS } from '../../../fixtures/guidance-fact-ids';

// The facts file lives beside the repository (../shared on the development machines). The
// committed list is what every clone checks; where the file is present, the list must match it.
const FACTS_FILE = fileURLToPath(new URL('../../../../../shared/facts/guidance.md', import.meta.url));
const factsFile = existsSync(FACTS_FILE) ? readFileSync(FACTS_FILE, 'utf8') : null;

/** Each fact's id with its text (the first line and the indented lines under it). */
function factsIn(markdown: string): Map<string, string> {
  const facts = new Map<string, string>();
  let current: string | null = null;
  for (const line of markdown.split('\n')) {
    const start = /^- ([CSFNK]\d+)\s+(.*)$/.exec(line);
    if (start) {
      current = start[1]!;
      facts.set(current, start[2]!);
    } else if (current && /^\s+\S/.test(line)) facts.set(current, `${facts.get(current)} ${line.trim()}`);
    else current = null;
  }
  return facts;
}

const articlesCited = (text: string) => [...text.matchAll(/\b(HT\d{6}|1\d{5})\b/g)].map((m) => m[1]!);

const ids: readonly string[] = GUIDANCE_FACT_IDS;
const covered = factsCovered(GUIDES, STATUS_MESSAGES, [...THINGS_NOT_TO_DO, ...GOOD_TO_KNOW]);
const guideFacts = (g: Guide) =>
  new Set([...g.sources.facts, ...g.causes, ...g.steps.flatMap((s) => s.facts ?? [])]);

describe('the committed list of fact ids', () => {
  it.runIf(factsFile !== null)('matches the facts file, in its order', () => {
    expect([...factsIn(factsFile!).keys()]).toEqual(ids);
  });

  it.runIf(factsFile !== null)(
    'names the Apple article each fact was checked against, as the file does',
    () => {
      const cited = [...factsIn(factsFile!)]
        .map(([id, text]) => [id, articlesCited(text)] as const)
        .filter(([, articles]) => articles.length > 0);
      expect(Object.fromEntries(cited)).toEqual(FACT_ARTICLES);
    },
  );

  it('has every kind of fact (causes, status lines, fixes, don’ts, good to know), 52 in all', () => {
    expect(ids).toHaveLength(52);
    expect(new Set(ids).size).toBe(52);
    expect(new Set(ids.map((id) => id[0]))).toEqual(new Set(['C', 'S', 'F', 'N', 'K']));
  });
});

describe('coverage of the guidance facts', () => {
  it.each(ids)('fact %s is covered by a guide, step, status message or note', (id) => {
    expect(covered.has(id as FactId)).toBe(true);
  });

  it('names no fact that the facts file does not have', () => {
    expect([...covered].filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('links every one of Apple’s articles from at least one guide', () => {
    const linked = new Set(GUIDES.flatMap((g) => g.appleArticles.map((a) => a.url)));
    expect(Object.values(APPLE_ARTICLES).filter((a) => !linked.has(a.url))).toEqual([]);
  });

  it.each(GUIDES.map((g) => [g.id, g] as const))(
    '%s cites among its sources the Apple articles its facts were checked against',
    (_id, guide) => {
      const expected = [...guideFacts(guide)].flatMap((f) => FACT_ARTICLES[f] ?? []);
      expect(guide.sources.apple).toEqual(expect.arrayContaining(expected));
    },
  );
});
