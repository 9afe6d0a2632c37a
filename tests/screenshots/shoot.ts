/** Writes one view in one state at each width, light and dark, as the convention names them. */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import type { Harness } from '../e2e/harness';
import { useExtensionWithFeedHeld } from '../e2e/popup-states';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../.output/screenshots/', import.meta.url));
export const WIDTHS = [400, 1280] as const;
export const SCHEMES = ['light', 'dark'] as const;

/**
 * `ready` waits for what the state must show; it runs again after each change of width or
 * scheme. Returns the files written.
 */
export async function shoot(
  page: Page,
  view: string,
  state: string,
  ready: (page: Page) => Promise<unknown>,
): Promise<string[]> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const written: string[] = [];
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await ready(page);
      const path = `${SCREENSHOT_DIR}${view}-${state}-${scheme}-${width}.png`;
      await page.screenshot({ path, fullPage: true });
      written.push(path);
    }
  }
  return written;
}

/** The extension for a file's pictures, the status feed held so the seeded state is what they show. */
export function useSeededExtension(): () => Harness {
  beforeAll(() => mkdir(SCREENSHOT_DIR, { recursive: true }));
  return useExtensionWithFeedHeld();
}
