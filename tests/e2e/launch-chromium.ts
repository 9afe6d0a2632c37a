/** The shared interface over the Playwright harness: Debian Chromium with the built extension. */
import type { Page } from 'playwright-core';
import type { ExtensionUnderTest, TestPage } from './extension-under-test';
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
  return {
    browser: 'chromium',
    server: h.server,
    extensionOrigin: `chrome-extension://${h.extensionId}/`,
    openExtensionPage: async (name, suffix) => chromiumPage(await h.openExtensionPage(name, suffix)),
    openUrl: async (url) => {
      const page = await h.context.newPage();
      await page.goto(url);
      return chromiumPage(page);
    },
    badge: () => h.badge(),
    inExtension: async (fn, arg) => (await h.worker()).evaluate(fn, arg as never),
    close: () => h.close(),
  };
}
