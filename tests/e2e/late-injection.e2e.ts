/**
 * Content scripts that arrive after the page's own scripts: Firefox injects them into tabs already
 * open when the add-on is installed. A settings page whose own script plays the attacker from the
 * start (a channel of its own with a forged over-quota answer, clobbered globals, a patched fetch
 * answering storageUsageInfo with a forged body) is open first; then the add-on is installed.
 * Chromium does not inject into open tabs, so this is Firefox's alone.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StorageReading } from '@/lib/readings/types';
import { feedText, fullFeed } from '../fixtures/status/feeds';
import { browsersUnderTest, waitFor, type TestPage } from './extension-under-test';
import { firefoxPage, launchFirefoxExtension, type FirefoxExtension } from './launch-firefox';
import { pollNow, serveFeed } from './status-helpers';

const GB = 2 ** 30;

describe.skipIf(!browsersUnderTest().includes('firefox'))(
  'a hostile settings page open before the add-on is installed [firefox]',
  () => {
    let ext: FirefoxExtension | undefined;
    let page: TestPage | undefined;
    let opened: Page | undefined;
    beforeAll(async () => {
      ext = await launchFirefoxExtension({
        beforeInstall: async (browser) => {
          opened = await browser.newPage();
          await opened.goto('https://www.icloud.com/settings/late-attacker/', { waitUntil: 'load' });
        },
      });
      page = firefoxPage(opened!);
    });
    afterAll(async () => {
      await ext?.close();
    });

    it('reads Apple’s interface late but accepts no api reading: 40 %, never FULL', async () => {
      const e = ext!;
      const p = page!;
      serveFeed(e, feedText(fullFeed()));
      expect((await pollNow(e)).consecutiveFailures).toBe(0);
      const stored = () =>
        e.inExtension(() => chrome.storage.local.get<{ storageReading?: StorageReading }>('storageReading'));
      // The content scripts did arrive in the open tab: the settings view's own words are read.
      const seen = await waitFor(stored, (s) => s.storageReading !== undefined, {
        timeout: 30_000,
        what: 'the late content scripts to read the settings view',
      });
      expect(seen.storageReading).toMatchObject({ usedBytes: 20 * GB, totalBytes: 50 * GB });
      expect(seen.storageReading?.source).not.toBe('api');

      // The attack goes on (dozens more rounds) and changes nothing. In front, so that Firefox does
      // not slow the page's timers as it does in background tabs.
      await opened!.bringToFront();
      const rounds = async () => Number((await p.evaluate(() => document.title)).split(' ').at(-1));
      const from = await rounds();
      await waitFor(rounds, (n) => n >= from + 20, { what: 'twenty more rounds of the attack' });
      const after = (await stored()).storageReading;
      expect(after).toMatchObject({ usedBytes: 20 * GB, totalBytes: 50 * GB });
      expect(after?.source).not.toBe('api');
      expect(after?.quota?.overQuota).not.toBe(true);
      const badge = await e.badge();
      expect(badge.text).toBe('');
      expect(badge.title).not.toMatch(/full/i);
    });
  },
);
