/**
 * The background stopped and started again, as browsers do to an idle extension (Chromium stops
 * the service worker; Firefox suspends the event page): the poll alarm survives, the alarm starts
 * a new background, and that background polls from the state it reads back from storage.
 */
import { expect, it } from 'vitest';
import type { PollRecord, StatusSnapshot } from '@/lib/status/types';
import { feedText, fullFeed, HTML_ERROR_PAGE } from '../fixtures/status/feeds';
import { describeInBrowsers, waitFor } from './extension-under-test';
import { FEED_HOST, FEED_PATH, pollNow, serveFeed } from './status-helpers';

/** The alarm the background polls on (entrypoints/background/status-poll.ts). */
const POLL_ALARM = 'status-poll';
/** Far enough ahead for the background to be stopped first, even on a loaded machine. */
const ALARM_AHEAD_MS = 12_000;

describeInBrowsers(
  'the background stopped and started again',
  (ext) => {
    it('keeps the poll alarm and the poll record, and the alarm polls again in a new background', async () => {
      serveFeed(ext(), feedText(fullFeed()));
      expect((await pollNow(ext())).consecutiveFailures).toBe(0);
      serveFeed(ext(), HTML_ERROR_PAGE, 200, 'text/html');
      const failed = await pollNow(ext());
      expect(failed.consecutiveFailures).toBe(1);
      const stored = () =>
        ext().inExtension(async () => ({
          ...(await chrome.storage.local.get<{ pollRecord: PollRecord; statusSnapshot: StatusSnapshot }>([
            'pollRecord',
            'statusSnapshot',
          ])),
          alarms: (await chrome.alarms.getAll()).map((a) => ({ name: a.name, at: a.scheduledTime })),
        }));
      const before = await stored();
      expect(before.alarms.map((a) => a.name)).toContain(POLL_ALARM);

      // The product's next poll is minutes away: the same alarm, brought closer, stands in for it.
      const due = await ext().inExtension(
        async ({ name, ahead }) => {
          const when = Date.now() + ahead;
          await chrome.alarms.create(name, { when });
          return when;
        },
        { name: POLL_ALARM, ahead: ALARM_AHEAD_MS },
      );
      await ext().stopBackground();
      const stoppedAt = Date.now();
      expect(stoppedAt, 'the background took too long to stop for this test').toBeLessThan(due);

      await waitFor(
        () =>
          ext().server.requests.filter(
            (r) => r.host === FEED_HOST && r.path === FEED_PATH && r.at > stoppedAt,
          ),
        (requests) => requests.length > 0,
        { timeout: ALARM_AHEAD_MS + 30_000, what: 'the alarm to wake the background and poll' },
      );
      const after = await waitFor(stored, (s) => (s.pollRecord.lastAttemptAt ?? 0) > stoppedAt, {
        what: 'the new background to record its poll',
      });
      // Counted on from the stored record, not started afresh; Apple's last good answer kept.
      expect(after.pollRecord.consecutiveFailures).toBe(2);
      expect(after.statusSnapshot.fetchedAt).toBe(before.statusSnapshot.fetchedAt);
      // And the next poll is set again by the new background.
      const next = after.alarms.find((a) => a.name === POLL_ALARM);
      expect(next?.at).toBeGreaterThan(due);
    });
  },
  // Firefox suspends an idle event page after 30 s; 2 s keeps this test short.
  { firefoxPrefs: { 'extensions.background.idle.timeout': 2_000 } },
);
