/**
 * One small interface over the browsers the end-to-end suite runs in: open an extension page or an
 * iCloud.com fixture page, read the badge, evaluate in a page or in the extension, wait for a
 * condition, close. Scenarios written against it run unchanged in Chromium (Playwright) and in
 * Firefox ESR (puppeteer-core over WebDriver BiDi).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe } from 'vitest';
import type { FixtureServer } from './fixture-server';

export type BrowserName = 'chromium' | 'firefox';

export const BROWSER_PATHS: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

export interface Badge {
  text: string;
  color: [number, number, number, number];
  title: string;
}

export type ExtensionPageName = 'popup' | 'options' | 'guide';

/** A tab. Selectors are CSS; ` >>> ` steps into the open shadow root of the element before it. */
export interface TestPage {
  url(): string;
  /** Runs `fn` in the page (its source is sent over; it must not close over test variables). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** A real, trusted click on the first visible match, waiting for it to appear. */
  click(selector: string): Promise<void>;
  count(selector: string): Promise<number>;
  /** The text of the first match, or null when nothing matches. */
  text(selector: string): Promise<string | null>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionUnderTest {
  readonly browser: BrowserName;
  readonly server: FixtureServer;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  readonly extensionOrigin: string;
  openExtensionPage(name: ExtensionPageName, suffix?: string): Promise<TestPage>;
  /** Opens a fixture URL (https://www.icloud.com/…) in a new tab, once it has loaded. */
  openUrl(url: string): Promise<TestPage>;
  badge(): Promise<Badge>;
  /** Runs `fn` with the extension's API (Chromium: the service worker; Firefox: an extension tab). */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Resolves once the extension's background has stopped, as the browser stops it when idle.
   * Chromium: the service worker is stopped over the DevTools protocol. Firefox offers no way to
   * stop an event page from outside, so this waits for Firefox to suspend it, which needs a short
   * `extensions.background.idle.timeout` (see LaunchOptions.firefoxPrefs).
   */
  stopBackground(): Promise<void>;
  /**
   * Takes the running extension away from the pages already open, as disabling, reloading or
   * updating it does. Chromium: `runtime.reload()` (the new copy is not injected into open tabs);
   * Firefox: the temporary add-on is uninstalled over BiDi. Nothing of the extension is usable after.
   */
  unloadExtension(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Probes until `accept` holds, then returns the value; fails with the last value seen. Probing
 * again after a short pause is how a test waits for a condition, never for a fixed time.
 */
export async function waitFor<T>(
  probe: () => Promise<T> | T,
  accept: (value: T) => boolean,
  { timeout = 15_000, what = 'the condition' }: { timeout?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    try {
      last = await probe();
      error = undefined;
      if (accept(last)) return last;
    } catch (caught) {
      error = caught;
    }
    if (Date.now() > deadline) {
      const seen = error instanceof Error ? error.message : JSON.stringify(error ?? last);
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The browsers this run drives: E2E_BROWSERS (comma-separated, set by scripts/run-e2e.mjs), else
 * every browser installed here.
 */
export function browsersUnderTest(): BrowserName[] {
  const asked = process.env.E2E_BROWSERS;
  if (asked) return asked.split(',').map((name) => name.trim()) as BrowserName[];
  return (Object.keys(BROWSER_PATHS) as BrowserName[]).filter((name) => existsSync(BROWSER_PATHS[name]));
}

export interface LaunchOptions {
  /** Extra Firefox prefs for this launch (for example a short event-page idle timeout). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

export async function launch(browser: BrowserName, options: LaunchOptions = {}): Promise<ExtensionUnderTest> {
  if (browser === 'chromium') return (await import('./launch-chromium')).launchChromiumExtension();
  if (browser === 'firefox') {
    return (await import('./launch-firefox')).launchFirefoxExtension({ prefs: options.firefoxPrefs });
  }
  throw new Error(`Unknown browser ${String(browser)}`);
}

/**
 * Declares the same scenarios once per browser under test, each block with its own browser
 * (launched before the block's first test, closed after its last). `ext()` is that browser.
 */
export function describeInBrowsers(
  name: string,
  body: (ext: () => ExtensionUnderTest, browser: BrowserName) => void,
  { only, ...options }: { only?: BrowserName[] } & LaunchOptions = {},
): void {
  for (const browser of browsersUnderTest()) {
    if (only && !only.includes(browser)) continue;
    describe(`${name} [${browser}]`, () => {
      let ext: ExtensionUnderTest | undefined;
      beforeAll(async () => {
        ext = await launch(browser, options);
      });
      afterAll(async () => {
        await ext?.close();
      });
      body(() => {
        if (!ext) throw new Error(`${browser} is launched in beforeAll: use it inside a test or hook.`);
        return ext;
      }, browser);
    });
  }
}
