import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainSpaces, textOf } from '@/content/page-text';
import * as signatures from '@/content/signatures';
import * as routes from '@/lib/icloud-routes';
import { findQuantities } from '@/lib/readings/units';
import { ROUTE_URLS, SIGNATURE_FIXTURES } from '../page-knowledge';
import { FIXTURES_DIR, fixtureText, loadFixture } from './fixtures';

type Pattern = { re?: RegExp; css?: string; name?: string };
type Entry = Pattern & { fixtures: string[] };

/** Every selector, attribute and phrase of the page signatures, by dotted path. */
function patterns(): [string, Pattern][] {
  const found: [string, Pattern][] = [];
  const visit = (path: string, value: unknown): void => {
    if (typeof value !== 'object' || value === null || value instanceof RegExp) return;
    const v = value as Pattern;
    if (v.re instanceof RegExp || typeof v.css === 'string' || typeof v.name === 'string')
      found.push([path, v]);
    else for (const [key, inner] of Object.entries(value)) visit(`${path}.${key}`, inner);
  };
  for (const [name, value] of Object.entries(signatures)) visit(name, value);
  return found;
}

function entries(): [string, Entry][] {
  return patterns().map(([path, pattern]) => [
    path,
    { ...pattern, fixtures: SIGNATURE_FIXTURES[path] ?? [] },
  ]);
}

function matches(path: string, entry: Entry, fixture: string): boolean {
  if (fixture.startsWith('site/'))
    return (
      entry.re!.test(fixtureText(fixture)) ||
      fixtureText(fixture)
        .split(/['"`]/)
        .some((s) => entry.re!.test(s))
    );
  const doc = loadFixture(fixture);
  if (entry.css) return doc.querySelector(entry.css) !== null;
  if (entry.name) return doc.documentElement.hasAttribute(entry.name);
  if (path === 'OF_BETWEEN') {
    const text = textOf(doc.body);
    const q = findQuantities(text, null);
    return q.some((a, i) => i + 1 < q.length && entry.re!.test(text.slice(a.end, q[i + 1]!.index)));
  }
  if (path.startsWith('NOTICE_FULL_SENTENCES.')) {
    // Anchored to a sentence of one element's line, as the Photos reader takes it.
    return [...doc.body.querySelectorAll('*')].some((el) =>
      textOf(el)
        .split(signatures.SENTENCE_END.re)
        .some((sentence) => entry.re!.test(sentence.trim())),
    );
  }
  if (path.startsWith('UPLOAD_ITEM_WORDS.') || path === 'UPLOAD_COUNT_ENDS_LINE') {
    // What follows the count in one element's line, as the Photos reader takes it.
    return [...doc.body.querySelectorAll('*')].some((el) => {
      const line = textOf(el).trim();
      const count =
        signatures.UPLOAD_COUNT.totalFirst.re.exec(line) ?? signatures.UPLOAD_COUNT.usedFirst.re.exec(line);
      return !!count && entry.re!.test(line.slice(count.index + count[0].length));
    });
  }
  const text = textOf(doc.body);
  const pieces = [
    text,
    ...[...doc.querySelectorAll('button,ui-button,[role="button"],a')].map((b) =>
      plainSpaces(b.textContent ?? ''),
    ),
  ];
  return pieces.some((t) => entry.re!.test(t));
}

const all = entries();

describe('page signatures', () => {
  it('every selector, attribute, URL pattern and phrase names at least one fixture', () => {
    expect(all.length).toBeGreaterThan(60);
    for (const [path, entry] of all) expect(entry.fixtures.length, path).toBeGreaterThan(0);
  });

  it('the test data lists fixtures only for entries that exist', () => {
    const paths = new Set(all.map(([path]) => path));
    expect(Object.keys(SIGNATURE_FIXTURES).filter((path) => !paths.has(path))).toEqual([]);
  });

  it('the product ships no fixture lists: the signatures hold patterns only', () => {
    expect(fixtureText('../../../content/signatures.ts')).not.toMatch(/\bfixtures\s*:/);
    expect(fixtureText('../../../lib/icloud-routes.ts')).not.toMatch(/\bfixtures\s*:/);
  });

  it.each(all.flatMap(([path, entry]) => entry.fixtures.map((f) => [path, f, entry] as const)))(
    '%s matches its fixture %s',
    (path, fixture, entry) => {
      expect(existsSync(`${FIXTURES_DIR}${fixture}`), `${fixture} exists`).toBe(true);
      expect(matches(path, entry, fixture)).toBe(true);
    },
  );

  it('at least 15 page fixtures, each named for what it shows', () => {
    const names = all.flatMap(([, e]) => e.fixtures).filter((f) => !f.startsWith('site/'));
    expect(new Set(names).size).toBeGreaterThanOrEqual(15);
  });
});

describe('iCloud.com routes (lib/icloud-routes.ts)', () => {
  it('every route is tested against addresses', () => {
    const patterns = Object.entries(routes).filter(([, v]) => v instanceof RegExp);
    expect(patterns.length).toBeGreaterThan(0);
    for (const [key] of patterns) expect(ROUTE_URLS[key], key).toBeDefined();
  });

  it.each(Object.entries(ROUTE_URLS))('%s matches its addresses and no others', (path, urls) => {
    const re = (routes as Record<string, unknown>)[path];
    if (!(re instanceof RegExp)) throw new Error(`${path} is not a pattern of lib/icloud-routes.ts`);
    for (const url of urls.matches) expect(re.test(url), url).toBe(true);
    for (const url of urls.not) expect(re.test(url), url).toBe(false);
  });

  it('the settings page is on the iCloud.com settings route', () => {
    expect(routes.SETTINGS_PATH.test(new URL(routes.ICLOUD_SETTINGS_URL).pathname)).toBe(true);
  });
});
