/**
 * Pictures of the tip card on an iCloud.com fixture page, light and dark, in a narrow and a wide
 * window: .output/screenshots/tip-<state>-<scheme>-<width>.png. Each state is what the readers
 * saw on the page (storage answers) or what Apple's feed said (an iCloud Mail outage).
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedText, fullFeed } from '../fixtures/status/feeds';
import { launchExtension, type Harness } from '../e2e/harness';
import { answerWith } from '../e2e/readers-support';
import { pollNow, serveFeed } from '../e2e/status-helpers';
import { mailOutageFeed, STORAGE_PATH, storageAnswer } from '../e2e/tip-fixtures';

const OUT = new URL(`../../${process.env.CC_OUT_DIR ?? '.output'}/screenshots/`, import.meta.url);

interface TipState {
  name: string;
  url: string;
  usedGb: number;
  overQuota: boolean;
  feed: () => string;
  tone: string;
}

const STATES: TipState[] = [
  {
    name: 'storage-full',
    url: 'photos',
    usedGb: 5.2,
    overQuota: true,
    feed: () => feedText(fullFeed()),
    tone: 'red',
  },
  { name: 'mail-outage', url: 'mail', usedGb: 1, overQuota: false, feed: mailOutageFeed, tone: 'red' },
];

describe('tip card screenshots', () => {
  let h: Harness;
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(STATES)('$name', async (state) => {
    const sw = await h.worker();
    await sw.evaluate(() => chrome.storage.local.remove(['tipSnoozes', 'storageReading', 'photosState']));
    h.server.route(
      'setup.icloud.com',
      STORAGE_PATH,
      answerWith(200, storageAnswer(state.usedGb, state.overQuota)),
    );
    serveFeed(h, state.feed());
    expect((await pollNow(h)).consecutiveFailures).toBe(0);
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        const page: Page = await h.context.newPage();
        await page.setViewportSize({ width, height: 720 });
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.goto(`https://www.icloud.com/${state.url}/`);
        const card = page.locator('cloud-checkup-tip').locator('.tip');
        await expect.poll(() => card.getAttribute('data-tone'), { timeout: 15_000 }).toBe(state.tone);
        const path = new URL(`tip-${state.name}-${scheme}-${width}.png`, OUT).pathname;
        await page.screenshot({ path, clip: await clipAround(card) });
        await page.close();
      }
    }
  });
});

/** The card with a margin of the page around it, so its shadow and the page behind show. */
async function clipAround(card: ReturnType<Page['locator']>) {
  const box = await card.boundingBox();
  if (!box) throw new Error('the tip card has no box');
  const margin = 12;
  return {
    x: Math.max(0, box.x - margin),
    y: Math.max(0, box.y - margin),
    width: box.width + 2 * margin,
    height: box.height + 2 * margin,
  };
}
