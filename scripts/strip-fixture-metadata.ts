/**
 * content/signatures.ts keeps, beside every selector and phrase, the fixtures it is tested
 * against. That list is for the tests; the product does not need it, and on every iCloud.com
 * frame every byte counts. This Vite transform drops the `fixtures` properties from that one
 * module in builds (tests import the source, untouched).
 */
import type { Plugin } from 'vite';

const FIXTURE_PROPERTY = /,?\s*fixtures:\s*(?:\[[^\]]*\]|[A-Z_]+)/g;

export function stripFixtureMetadata(source: string): string {
  return source.replace(FIXTURE_PROPERTY, '');
}

export function stripFixtureMetadataPlugin(file = '/content/signatures.ts'): Plugin {
  return {
    name: 'cloud-checkup:strip-fixture-metadata',
    enforce: 'pre',
    transform(code, id) {
      return id.endsWith(file) ? { code: stripFixtureMetadata(code), map: null } : null;
    },
  };
}
