/**
 * Host access to Apple's status page withdrawn, as Firefox lets a person do in the add-on's
 * settings: the badge and popup say the status cannot be read (never all clear), and the popup's
 * button asks for access again from the click. Chromium is not part of this file: it refuses to
 * remove a required host permission, so the state cannot arise there the same way.
 */
import { expect, it } from 'vitest';
import { STATUS_FEED_HOST_PERMISSION } from '@/lib/hosts';
import { feedText, fullFeed } from '../fixtures/status/feeds';
import { describeInBrowsers, waitFor } from './extension-under-test';
import { FEED_HOST, FEED_PATH, pollNow, serveFeed } from './status-helpers';

const feedRequests = (ext: { server: { requests: { host: string; path: string }[] } }) =>
  ext.server.requests.filter((r) => r.host === FEED_HOST && r.path === FEED_PATH).length;

describeInBrowsers(
  'host access to Apple’s status page withdrawn',
  (ext) => {
    it('shows ? and says why at once, offers to allow it again, and reads the feed once allowed', async () => {
      serveFeed(ext(), feedText(fullFeed()));
      expect((await pollNow(ext())).consecutiveFailures).toBe(0);
      await waitFor(
        () => ext().badge(),
        (badge) => badge.text === '',
        { what: 'an empty badge after a good poll' },
      );

      const removed = await ext().inExtension(
        (origin) => chrome.permissions.remove({ origins: [origin] }),
        STATUS_FEED_HOST_PERMISSION,
      );
      expect(removed).toBe(true);
      const requestsBefore = feedRequests(ext());
      // No poll is asked for here: the background notices the removal by itself.
      const badge = await waitFor(
        () => ext().badge(),
        (seen) => seen.text === '?',
        { what: 'the badge to say the status is unknown' },
      );
      expect(badge.title).toContain("not allowed to read Apple's status page");
      expect(badge.title).not.toContain('Apple reports no issues');
      // A refresh changes nothing while access is missing, and sends nothing to Apple.
      const record = await pollNow(ext());
      expect(record.consecutiveFailures).toBeGreaterThan(0);
      expect(feedRequests(ext())).toBe(requestsBefore);
      expect((await ext().badge()).text).toBe('?');

      const popup = await ext().openExtensionPage('popup');
      try {
        await waitFor(
          () => popup.text('#headline-h'),
          (text) => text?.includes("not allowed to read Apple's status page") === true,
          { what: 'the popup headline to say access is missing' },
        );
        expect(await popup.text('.cc-status-access button')).toBe("Allow reading Apple's status");
        await popup.click('.cc-status-access button');
        // Granted (prompts are answered yes by this profile): the background reads the feed again.
        await waitFor(
          () => ext().badge(),
          (seen) => seen.text === '',
          { what: 'the badge to clear once access is given back' },
        );
        expect(feedRequests(ext())).toBeGreaterThan(requestsBefore);
        await waitFor(
          () => popup.count('.cc-status-access'),
          (n) => n === 0,
          { what: 'the popup to drop the access card' },
        );
        expect(
          await ext().inExtension(
            (origin) => chrome.permissions.contains({ origins: [origin] }),
            STATUS_FEED_HOST_PERMISSION,
          ),
        ).toBe(true);
      } finally {
        await popup.close();
      }
    });
  },
  {
    only: ['firefox'],
    // permissions.request then grants without showing Firefox's prompt, which a test cannot answer;
    // it still requires the call to come from a person's click.
    firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false },
  },
);
