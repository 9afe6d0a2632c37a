import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripFixtureMetadata } from '@/scripts/strip-fixture-metadata';

const source = readFileSync('content/signatures.ts', 'utf8');
const literals = (code: string) =>
  [...code.matchAll(/(?:css|re|name):\s*(\/(?:\\.|[^/\n])+\/[a-z]*|'[^']*'|`[^`]*`)/g)].map((m) => m[1]);

describe('stripping fixture metadata from the page signatures in builds', () => {
  const stripped = stripFixtureMetadata(source);

  it('removes every fixtures list', () => {
    expect(source).toMatch(/fixtures:/);
    expect(stripped).not.toMatch(/fixtures:\s*[[A-Z]/);
  });

  it('keeps every selector, attribute and phrase exactly', () => {
    expect(literals(stripped)).toEqual(literals(source));
    expect(literals(source).length).toBeGreaterThan(40);
  });

  it('leaves a module that still parses', async () => {
    const { transform } = await import('esbuild');
    await expect(transform(stripped, { loader: 'ts' })).resolves.toBeTruthy();
  });
});
