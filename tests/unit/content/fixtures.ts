import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES_DIR = resolve(process.cwd(), 'tests/fixtures/icloud') + '/';

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES_DIR}${name}`, 'utf8');
}

/** A fixture parsed into its own document (happy-dom's DOMParser). */
export function loadFixture(name: string): Document {
  return new DOMParser().parseFromString(fixtureText(name), 'text/html');
}
