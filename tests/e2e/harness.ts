/**
 * Launches the Debian Chromium with the built extension, the fixture hosts mapped to the local
 * fixture server, and helpers to read what a person would see: badge, popup, options, guide.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from './fixture-server';

// Let Playwright report the service worker's own requests (fetch from the background).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = fileURLToPath(
  new URL(`../../${process.env.CC_OUT_DIR ?? '.output'}/chrome-mv3/`, import.meta.url),
);

export interface Badge {
  text: string;
  color: [number, number, number, number];
  title: string;
}

export interface ExtensionRequest {
  url: string;
  method: string;
  from: 'service-worker' | 'extension-page';
}

export interface Harness {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  worker(): Promise<Worker>;
  badge(): Promise<Badge>;
  openExtensionPage(page: 'popup' | 'options' | 'guide', suffix?: string): Promise<Page>;
  /** Every network request the extension itself made (service worker and extension pages). */
  extensionRequests: ExtensionRequest[];
  close(): Promise<void>;
}

function classify(request: Request, extensionOrigin: string): ExtensionRequest['from'] | null {
  if (request.serviceWorker()?.url().startsWith(extensionOrigin)) return 'service-worker';
  try {
    if (request.frame().url().startsWith(extensionOrigin)) return 'extension-page';
  } catch {
    // Requests from a service worker have no frame.
  }
  return null;
}

/**
 * The command-line flags the tests and benchmarks start Debian Chromium with: new headless mode,
 * the fixture hosts mapped to the fixture server and every other host unresolvable, optionally
 * the built extension loaded. Playwright adds its own flags to these; the popup benchmark starts
 * the browser with these alone.
 */
export function chromiumFlags(
  server: FixtureServer,
  {
    withExtension,
    extensionDir = EXTENSION_DIR,
  }: {
    withExtension: boolean;
    /** A built Chrome extension other than this tree's (the benchmarks' base build). */
    extensionDir?: string;
  },
): string[] {
  const hostRules = [
    ...FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${server.port}`),
    // Everything else fails fast: the tests never touch the real network.
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
  return [
    '--headless=new',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(withExtension
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
    `--host-resolver-rules=${hostRules}`,
    '--ignore-certificate-errors',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/**
 * Debian Chromium with a fresh profile and `chromiumFlags`, driven by Playwright. The benchmarks
 * use it too, so tests and measurements run the same browser the same way.
 */
export async function launchChromium(
  server: FixtureServer,
  options: Parameters<typeof chromiumFlags>[1],
): Promise<{ context: BrowserContext; userDataDir: string }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'cloud-checkup-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false, // new headless mode is asked for explicitly in chromiumFlags
    ignoreDefaultArgs: ['--disable-extensions', '--headless'],
    args: chromiumFlags(server, options),
  });
  return { context, userDataDir };
}

export async function launchExtension(): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build first.`);
  }
  const server = await startFixtureServer();
  const { context, userDataDir } = await launchChromium(server, { withExtension: true });

  const firstWorker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(firstWorker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}/`;

  const extensionRequests: ExtensionRequest[] = [];
  context.on('request', (request) => {
    const from = classify(request, extensionOrigin);
    if (from && !request.url().startsWith(extensionOrigin)) {
      extensionRequests.push({ url: request.url(), method: request.method(), from });
    }
  });

  // The worker may be stopped and restarted by the browser: always look up the live one.
  const worker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin)) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(extensionOrigin),
      timeout: 15_000,
    }));

  return {
    context,
    server,
    extensionId,
    worker,
    extensionRequests,
    async badge() {
      const sw = await worker();
      return sw.evaluate(async () => ({
        text: await chrome.action.getBadgeText({}),
        color: await chrome.action.getBadgeBackgroundColor({}),
        title: await chrome.action.getTitle({}),
      }));
    },
    async openExtensionPage(name, suffix = '') {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}${name}.html${suffix}`);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The setup every Playwright end-to-end file shares: one browser with the extension for the file's
 * tests, launched before the first and closed after the last. Returns a getter, because the
 * harness exists only once `beforeAll` has run. Each test opens (and closes) its own pages.
 */
export function useExtension(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await launchExtension();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('The extension is launched in beforeAll: use it inside a test or hook.');
    return harness;
  };
}
