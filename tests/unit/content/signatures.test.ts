import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainSpaces, textOf } from '@/content/page-text';
import * as signatures from '@/content/signatures';
import { findQuantities } from '@/lib/readings/units';
import { FIXTURES_DIR, fixtureText, loadFixture } from './fixtures';

type Entry = { fixtures: string[]; re?: RegExp; css?: string; name?: string };

function entries(): [string, Entry][] {
  const found: [string, Entry][] = [];
  const visit = (path: string, value: unknown): void => {
    if (typeof value !== 'object' || value === null || value instanceof RegExp) return;
    if (Array.isArray((value as Entry).fixtures)) found.push([path, value as Entry]);
    else for (const [key, inner] of Object.entries(value)) visit(`${path}.${key}`, inner);
  };
  for (const [name, value] of Object.entries(signatures)) visit(name, value);
  return found;
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
