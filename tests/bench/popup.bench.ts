/**
 * The popup's time to content beside an empty page of the same extension, in Debian Chromium, with
 * a realistic stored state. Each load opens a new tab, as the toolbar button opens a new popup
 * each time, and nothing watches the tab while it loads: the browser is driven over a bare
 * DevTools pipe (cdp-pipe.ts), the tab is read once it is done, and a reading is kept only if
 * every time in it came before the bench attached. (Playwright attaches to each tab as it opens
 * and reports its network; measured that way the popup took about 25 ms longer while the empty
 * page did not change, a cost no person opening the popup pays.)
 *
 * Three pages load in turns, each written into the built extension by this bench only:
 * - the empty page: an HTML document with nothing in it, what any extension page costs;
 * - the floor: one small script that reads the view the background stored and writes one line:
 *   the least a popup whose answer is in storage can do;
 * - the popup itself, which reads the same stored view.
 * "Content in the page" is when the page put its answer into the document (the popup's
 * `cc-popup-content` mark); "painted" is when the browser painted it (Element Timing of the
 * headline). The empty page's load paints nothing, so the target ratio compares content in the
 * page with it, and the painted times are printed beside it, with the floor's.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HEADLINE_TIMING } from '@/components/popup/Headline';
import { CONTENT_MARK } from '@/entrypoints/popup/App';
import { POPUP_VIEW_KEY } from '@/lib/popup-view/types';
import { popupSize } from '../../scripts/popup-size.mjs';
import { chromiumFlags, EXTENSION_DIR } from '../e2e/harness';
import { startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { seedIn } from '../e2e/popup-seed';
import { launchOverPipe, type Cdp } from './cdp-pipe';
import { median, report } from './report';

const LOADS = 21;
const WARM_UP = 3;
/** How long a tab is left alone before it is read; doubled for a reading that was not done. */
const SETTLE_MS = 600;

const BENCH_FILES: Record<string, string> = {
  'bench-empty.html':
    '<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Empty</title></head><body></body></html>\n',
  'bench-floor.html':
    '<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Floor</title>' +
    '<script type="module" src="/bench-floor.js"></script></head><body></body></html>\n',
  'bench-floor.js': `chrome.storage.local.get(${JSON.stringify(POPUP_VIEW_KEY)}).then((items) => {
  const line = document.createElement('p');
  line.setAttribute('elementtiming', ${JSON.stringify(HEADLINE_TIMING)});
  line.textContent = 'Stored view of ' + JSON.stringify(items).length + ' characters';
  document.body.append(line);
  performance.mark(${JSON.stringify(CONTENT_MARK)});
});\n`,
};

interface Reading {
  /** When the bench attached: every other time must be before it. */
  attached: number;
  load: number;
  domReady: number;
  content: number;
  painted: number;
}

/** Reads a tab's times once it is done; the headline's paint is waited for up to 2 s. */
const READ = `(async () => {
  const attached = performance.now();
  const nav = performance.getEntriesByType('navigation')[0];
  const painted = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(NaN), 2000);
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntries().find((e) => e.identifier === ${JSON.stringify(HEADLINE_TIMING)});
      if (!entry) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(entry.renderTime);
    }).observe({ type: 'element', buffered: true });
  });
  return {
    attached,
    load: nav.loadEventEnd,
    domReady: nav.domContentLoadedEventEnd,
    content: performance.getEntriesByName(${JSON.stringify(CONTENT_MARK)})[0]?.startTime ?? NaN,
    painted,
  };
})()`;

let server: FixtureServer;
let cdp: Cdp;
let extensionId: string;
beforeAll(async () => {
  for (const [name, text] of Object.entries(BENCH_FILES)) writeFileSync(join(EXTENSION_DIR, name), text);
  server = await startFixtureServer();
  // Tabs of the popup's width and greatest height.
  cdp = await launchOverPipe([...chromiumFlags(server, { withExtension: true }), '--window-size=360,600']);
  const worker = await cdp.waitForTarget(
    (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
  );
  extensionId = new URL(worker.url).host;
  // Seeded from a page of the extension: same storage and databases as the worker's.
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', {
    url: `chrome-extension://${extensionId}/bench-empty.html`,
  });
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId,
    flatten: true,
  });
  await cdp.evaluate(
    sessionId,
    `new Promise((loaded) => document.readyState === 'complete' ? loaded() : addEventListener('load', loaded))`,
  );
  // 92 % full, an outage on Photos, 30 days of readings and a week of incidents.
  await seedIn(
    (fn, arg) => cdp.evaluate(sessionId, `(${fn.toString()})(${JSON.stringify(arg)})`),
    Date.now(),
    { percent: 92, photosOutage: true },
  );
  await cdp.send('Target.closeTarget', { targetId });
});
afterAll(async () => {
  await cdp?.close();
  await server?.close();
  for (const name of Object.keys(BENCH_FILES)) rmSync(join(EXTENSION_DIR, name), { force: true });
});

let retried = 0;
/** Opens `page` in a new tab, leaves it alone, then reads it (again if it was not done). */
async function loadAndRead(page: string, done: (r: Reading) => boolean): Promise<Reading> {
  for (let settle = SETTLE_MS; settle <= 16 * SETTLE_MS; settle *= 2) {
    const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', {
      url: `chrome-extension://${extensionId}/${page}`,
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, settle));
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      const reading = await cdp.evaluate<Reading>(sessionId, READ);
      if (done(reading)) return reading;
      retried++;
    } finally {
      await cdp.send('Target.closeTarget', { targetId });
    }
  }
  throw new Error(`${page} was not done ${16 * SETTLE_MS} ms after it was opened`);
}

const before = (r: Reading, ...times: number[]) => times.every((t) => t > 0 && t < r.attached);

it('measures the popup’s time to content against an empty extension page, and its size', async () => {
  const empty: Reading[] = [];
  const floor: Reading[] = [];
  const popup: Reading[] = [];
  for (let i = 0; i < WARM_UP + LOADS; i++) {
    const e = await loadAndRead('bench-empty.html', (r) => before(r, r.load));
    const f = await loadAndRead('bench-floor.html', (r) => before(r, r.load, r.content, r.painted));
    const p = await loadAndRead('popup.html', (r) => before(r, r.load, r.content, r.painted));
    if (i < WARM_UP) continue;
    empty.push(e);
    floor.push(f);
    popup.push(p);
  }
  expect(popup).toHaveLength(LOADS);
  // Painted after it was put into the page, every time: the two clocks agree.
  expect(popup.every((r) => r.painted >= r.content)).toBe(true);
  expect(floor.every((r) => r.painted >= r.content)).toBe(true);

  const ms = (readings: Reading[], key: keyof Reading) =>
    Math.round(median(readings.map((r) => r[key])) * 10) / 10;
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const emptyLoad = ms(empty, 'load');
  const contentRatio = ratio(ms(popup, 'content'), emptyLoad);
  const size = popupSize(EXTENSION_DIR);
  const popupKb = Math.round((size.bytes / 1024) * 100) / 100;
  report('popup', [
    { name: 'empty extension page: navigation → load', value: emptyLoad, unit: 'ms' },
    {
      name: `popup: navigation → content in the page (median of ${LOADS})`,
      value: ms(popup, 'content'),
      unit: 'ms',
    },
    {
      name: 'popup content in the page / empty page load',
      value: contentRatio,
      unit: '×',
      target: '≤ 1.3×',
      withinTarget: contentRatio <= 1.3,
    },
    { name: 'popup: navigation → headline painted', value: ms(popup, 'painted'), unit: 'ms' },
    { name: 'popup painted / empty page load', value: ratio(ms(popup, 'painted'), emptyLoad), unit: '×' },
    { name: 'popup: navigation → DOMContentLoaded', value: ms(popup, 'domReady'), unit: 'ms' },
    { name: 'floor page: navigation → content in the page', value: ms(floor, 'content'), unit: 'ms' },
    {
      name: 'floor content in the page / empty page load',
      value: ratio(ms(floor, 'content'), emptyLoad),
      unit: '×',
    },
    { name: 'floor page: navigation → line painted', value: ms(floor, 'painted'), unit: 'ms' },
    { name: 'floor painted / empty page load', value: ratio(ms(floor, 'painted'), emptyLoad), unit: '×' },
    { name: 'readings taken again (tab not done when read)', value: retried, unit: '' },
    {
      name: 'popup HTML + JS + CSS, gzipped',
      value: popupKb,
      unit: 'KB gz',
      target: '≤ 20 KB',
      withinTarget: popupKb <= 20,
    },
  ]);
});
