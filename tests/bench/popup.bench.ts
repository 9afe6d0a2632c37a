/**
 * The popup's time to content — navigation start to the `cc-popup-content` mark, which the popup
 * sets once it has drawn real data — over repeated loads in Chromium with a realistic stored
 * state, beside the same page's DOMContentLoaded as a baseline measured in the same loads; and
 * the popup's JavaScript and CSS, gzipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type Harness } from '../e2e/harness';
import { seed } from '../e2e/popup-seed';
import { median, report } from './report';

const OUT = `${process.env.CC_OUT_DIR ?? '.output'}/chrome-mv3`;
const LOADS = 21;
const WARM_UP = 3;

function popupFiles(): { js: string[]; css: string[] } {
  const html = readFileSync(join(OUT, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return { js: files.filter((f) => f.endsWith('.js')), css: files.filter((f) => f.endsWith('.css')) };
}

function gzippedKb(files: string[]): number {
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(OUT, f)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 100) / 100;
}

let h: Harness;
beforeAll(async () => {
  h = await launchExtension();
  // 92 % full, an outage on Photos, 30 days of readings and a week of incidents.
  await seed(await h.worker(), Date.now(), { percent: 92, photosOutage: true });
});
afterAll(async () => {
  await h?.close();
});

it('measures the popup’s time to content and its size', async () => {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  const toContent: number[] = [];
  const toDomReady: number[] = [];
  for (let i = 0; i < WARM_UP + LOADS; i++) {
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await page.waitForFunction(() => performance.getEntriesByName('cc-popup-content').length > 0);
    const t = await page.evaluate(() => {
      const mark = performance.getEntriesByName('cc-popup-content')[0]!;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { content: mark.startTime, domReady: nav.domContentLoadedEventEnd };
    });
    if (i < WARM_UP) continue;
    toContent.push(t.content);
    toDomReady.push(t.domReady);
  }
  await page.close();
  expect(toContent).toHaveLength(LOADS);

  const content = Math.round(median(toContent) * 10) / 10;
  const domReady = Math.round(median(toDomReady) * 10) / 10;
  const { js, css } = popupFiles();
  const jsKb = gzippedKb(js);
  report('popup', [
    {
      name: `popup: navigation → content (median of ${LOADS})`,
      value: content,
      unit: 'ms',
      target: '< 100 ms',
      withinTarget: content < 100,
    },
    { name: 'popup: navigation → DOMContentLoaded (same loads)', value: domReady, unit: 'ms' },
    {
      name: 'popup: content / DOMContentLoaded',
      value: Math.round((content / Math.max(domReady, 0.1)) * 100) / 100,
      unit: '×',
    },
    { name: 'popup JS, gzipped', value: jsKb, unit: 'KB gz' },
    { name: 'popup CSS, gzipped', value: gzippedKb(css), unit: 'KB gz' },
  ]);
});
