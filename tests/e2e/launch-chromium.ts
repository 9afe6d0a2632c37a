/** The shared interface over the Playwright harness: Debian Chromium with the built extension. */
import type { Page } from 'playwright-core';
import { waitFor, type ExtensionUnderTest, type TestPage } from './extension-under-test';
import { launchExtension } from './harness';

// Playwright's CSS already matches inside open shadow roots: ` >>> ` is a plain descendant step.
const css = (selector: string) => selector.replaceAll(' >>> ', ' ');

export function chromiumPage(page: Page): TestPage {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    click: (selector) => page.locator(css(selector)).first().click(),
    count: (selector) => page.locator(css(selector)).count(),
    text: async (selector) => {
      const first = page.locator(css(selector)).first();
      return (await first.count()) === 0 ? null : first.textContent();
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}

export async function launchChromiumExtension(): Promise<ExtensionUnderTest> {
  const h = await launchExtension();
  const origin = `chrome-extension://${h.extensionId}/`;
  return {
    browser: 'chromium',
    server: h.server,
    extensionOrigin: origin,
    openExtensionPage: async (name, suffix) => chromiumPage(await h.openExtensionPage(name, suffix)),
    openUrl: async (url) => {
      const page = await h.context.newPage();
      await page.goto(url);
      return chromiumPage(page);
    },
    badge: () => h.badge(),
    inExtension: async (fn, arg) => (await h.worker()).evaluate(fn, arg as never),
    unloadExtension: async () => {
      const worker = await h.worker();
      const closed = new Promise<void>((resolve) => worker.once('close', () => resolve()));
      // The worker goes away mid-call: its answer never comes.
      worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
      await closed;
    },
    stopBackground: async () => {
      // A tab's DevTools session sees the service workers of the browser's default partition, the
      // extension's among them, and can stop one by its version.
      const tab = await h.context.newPage();
      try {
        const cdp = await h.context.newCDPSession(tab);
        const running = new Map<string, string>();
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          for (const v of versions) {
            if (v.scriptURL.startsWith(origin)) running.set(v.versionId, v.runningStatus);
          }
        });
        await cdp.send('ServiceWorker.enable');
        const version = await waitFor(
          () => [...running].find(([, status]) => status === 'running')?.[0],
          (id) => id !== undefined,
          { what: 'the extension’s running service worker' },
        );
        await cdp.send('ServiceWorker.stopWorker', { versionId: version! });
        await waitFor(
          () => running.get(version!),
          (status) => status === 'stopped',
          { what: 'the service worker to stop' },
        );
      } finally {
        await tab.close();
      }
    },
    close: () => h.close(),
  };
}
