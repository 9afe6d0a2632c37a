/** Writes one view in one state at each width, light and dark, as the convention names them. */
import type { ServerResponse } from 'node:http';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type Harness } from '../e2e/harness';
import { FEED_HOST, FEED_PATH } from '../e2e/status-helpers';

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

/**
 * One browser with the extension for a file's pictures, the status feed held unanswered so the
 * seeded state is what the pictures show. Returns a getter, as the harness exists after beforeAll.
 */
export function useSeededExtension(): () => Harness {
  let h: Harness | undefined;
  const held: ServerResponse[] = [];
  beforeAll(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    h = await launchExtension();
    h.server.route(FEED_HOST, FEED_PATH, (_req, res) => void held.push(res));
  });
  afterAll(async () => {
    for (const res of held) res.destroy();
    await h?.close();
  });
  return () => {
    if (!h) throw new Error('The extension is launched in beforeAll.');
    return h;
  };
}
