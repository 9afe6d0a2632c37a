/**
 * Firefox ESR with the built Firefox add-on, driven by puppeteer-core over WebDriver BiDi
 * (Playwright drives only its own patched Firefox). The fixture hosts reach the fixture server
 * through a local CONNECT proxy on a random port; the add-on is installed as a temporary add-on
 * with a fixed moz-extension UUID, so its pages can be opened by URL.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startConnectProxy } from './connect-proxy';
import { BROWSER_PATHS, waitFor, type ExtensionUnderTest, type TestPage } from './extension-under-test';
import { FIXTURE_HOSTS, startFixtureServer } from './fixture-server';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(
  new URL(`../../${process.env.CC_OUT_DIR ?? '.output'}/firefox-mv3/`, import.meta.url),
);

export interface FirefoxOptions {
  /** Extra Firefox prefs for this launch (for example a short event-page idle timeout). */
  prefs?: Record<string, string | number | boolean>;
  /** Runs in the launched browser before the add-on is installed (to open tabs it will arrive in). */
  beforeInstall?: (browser: Browser) => Promise<void>;
}

export interface FirefoxExtension extends ExtensionUnderTest {
  readonly puppeteer: Browser;
  readonly addonId: string;
  /** Closes the tab `inExtension` and `badge` use, so no extension page is left open. */
  closeExtensionTab(): Promise<void>;
}

export function firefoxPage(page: Page): TestPage {
  // Puppeteer reads ` >>> ` as "inside the shadow root of" itself.
  const deep = (selector: string) => selector;
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    goto: async (url) => {
      if (url.startsWith('moz-extension:')) await gotoExtensionPage(page, url);
      else await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      // page.url() can lag behind an extension page whose navigation was never reported.
      if (!(await page.evaluate(() => location.protocol)).startsWith('moz-extension')) {
        await page.reload({ waitUntil: 'load' });
        return;
      }
      // As with navigation, the load of a reloaded extension page may go unreported: mark the old
      // document, reload from inside, and wait for a parsed document without the mark.
      await page.evaluate(() => {
        (window as { ccBeforeReload?: boolean }).ccBeforeReload = true;
        setTimeout(() => location.reload(), 0);
      });
      await waitFor(
        () =>
          page.evaluate(() => ({
            old: (window as { ccBeforeReload?: boolean }).ccBeforeReload === true,
            ready: document.readyState,
          })),
        (seen) => !seen.old && seen.ready !== 'loading',
        { what: 'the extension page to reload' },
      );
    },
    click: async (selector) => {
      await page.locator(deep(selector)).click();
    },
    count: async (selector) => (await page.$$(deep(selector))).length,
    text: async (selector) => {
      const handle = await page.$(deep(selector));
      if (!handle) return null;
      try {
        return await handle.evaluate((element) => element.textContent);
      } finally {
        await handle.dispose();
      }
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}

/**
 * Navigates a tab to an extension page. Firefox may never report the load event of a
 * moz-extension navigation started over BiDi, so the navigation is not awaited: the page counts
 * as open once its document, at that URL, has been parsed.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
  await waitFor(
    () => page.evaluate(() => ({ href: location.href, ready: document.readyState })),
    (seen) => seen.href === url && seen.ready !== 'loading',
    { what: `${url} to open` },
  );
}

export async function launchFirefoxExtension(options: FirefoxOptions = {}): Promise<FirefoxExtension> {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run npx wxt build -b firefox first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const server = await startFixtureServer();
  const proxy = await startConnectProxy(FIXTURE_HOSTS, server.port);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSER_PATHS.firefox,
    headless: true,
    acceptInsecureCerts: true,
    // Lets BiDi navigate tabs to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Every connection goes through the proxy, which serves only the fixture hosts.
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Fewer background connections of Firefox's own.
      'app.update.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'services.settings.server': 'https://remote-settings.invalid/v1',
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      ...options.prefs,
    },
  });

  try {
    await options.beforeInstall?.(browser);
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    await proxy.close();
    await server.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${uuid}/`;

  // One extension tab, opened on first use, runs the API calls of `inExtension` and `badge`.
  let extensionTab: Promise<Page> | undefined;
  const tab = (): Promise<Page> =>
    (extensionTab ??= (async () => {
      const page = await browser.newPage();
      await gotoExtensionPage(page, `${extensionOrigin}popup.html`);
      return page;
    })());

  const inExtension: ExtensionUnderTest['inExtension'] = async (fn, arg) =>
    (await tab()).evaluate(fn as (arg: unknown) => never, arg);

  return {
    browser: 'firefox',
    puppeteer: browser,
    addonId,
    server,
    extensionOrigin,
    async openExtensionPage(name, suffix = '') {
      const page = await browser.newPage();
      await gotoExtensionPage(page, `${extensionOrigin}${name}.html${suffix}`);
      return firefoxPage(page);
    },
    async openUrl(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return firefoxPage(page);
    },
    badge: () =>
      inExtension(async () => ({
        text: await chrome.action.getBadgeText({}),
        color: await chrome.action.getBadgeBackgroundColor({}),
        title: await chrome.action.getTitle({}),
      })),
    inExtension,
    async stopBackground() {
      await waitFor(
        () =>
          inExtension(async () =>
            (await chrome.runtime.getContexts({})).filter((c) => String(c.contextType) === 'BACKGROUND'),
          ),
        (running) => running.length === 0,
        {
          timeout: 30_000,
          what: 'Firefox to suspend the event page (launch with a short extensions.background.idle.timeout)',
        },
      );
    },
    async unloadExtension() {
      // Its own tab closes with it.
      extensionTab = undefined;
      await browser.uninstallExtension(addonId);
    },
    async closeExtensionTab() {
      const open = extensionTab;
      extensionTab = undefined;
      if (open) await (await open).close();
    },
    async close() {
      await browser.close();
      await proxy.close();
      await server.close();
    },
  };
}
