/**
 * Every state the popup must answer at a glance, as stored data: the end-to-end layout checks and
 * `npm run screenshots` both go through this one list.
 */
import type { PhotosState } from '@/lib/readings/types';
import type { PollRecord, StatusSnapshot } from '@/lib/status/types';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import {
  historyRecords,
  pollRecord,
  statusSnapshot,
  storageReading,
  writeSeed,
  type Seed,
} from './popup-seed';
import { FEED_HOST, FEED_PATH } from './status-helpers';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

export interface PopupState {
  name: string;
  /** What the headline is about: a condition id, or all-clear / first-check. */
  headline: string;
  /** The badge text the toolbar should show. */
  badge: string;
  /** How many of Apple's messages the services card quotes. */
  appleQuotes: number;
  seed: (now: number) => Seed;
}

/** The widths the popup is drawn and checked at: Chrome's popup width, and a wider window. */
export const POPUP_WIDTHS = [360, 480] as const;

const item = (key: string, value: unknown) => ({ [key]: value, [`${key}$`]: { v: 1 } });

/** A week of successful checks, one a day, so the strip knows every day. */
const checkedWeek = (now: number) =>
  item(
    'statusChecked',
    [6, 5, 4, 3, 2, 1, 0].map((d) => now - d * DAY),
  );

function photos(now: number, extra: Partial<PhotosState>): PhotosState {
  return { signedIn: true, upload: null, quotaError: null, view: 'library', readAt: now - MIN, ...extra };
}

function maintenanceSnapshot(now: number): StatusSnapshot {
  const s = statusSnapshot(now, false);
  return {
    ...s,
    services: s.services.map((service) =>
      service.id === 'icloud-mail'
        ? {
            ...service,
            state: 'scheduled',
            events: [
              {
                serviceId: 'icloud-mail',
                messageId: '1700001',
                kind: 'maintenance',
                phase: 'upcoming',
                startsAt: now + 5 * HOUR,
                endsAt: now + 7 * HOUR,
                // As long as Apple's notices run: the popup folds it to a line that opens.
                message:
                  'During this scheduled maintenance, some users may be unable to send or receive ' +
                  'iCloud Mail on the web and on their devices. Mail sent to them will be delivered ' +
                  'once the work is complete.',
                usersAffected: 'Some users may be affected',
              },
            ],
          }
        : service,
    ),
  };
}

function standard(
  percent: number | null,
  photosOutage: boolean,
  extra: (now: number) => Record<string, unknown> = () => ({}),
): (now: number) => Seed {
  return (now) => {
    const history = historyRecords(now, { percent: percent ?? 41, photosOutage });
    return {
      state: {
        ...(percent !== null ? item('storageReading', storageReading(now, percent)) : {}),
        ...item('statusSnapshot', statusSnapshot(now, photosOutage)),
        ...item('pollRecord', pollRecord(now)),
        ...checkedWeek(now),
        ...extra(now),
      },
      readings: percent !== null ? history.readings : [],
      events: history.events,
    };
  };
}

export const POPUP_STATES: PopupState[] = [
  // Nothing stored: a fresh install whose first status check is still under way.
  {
    name: 'first-install',
    appleQuotes: 0,
    headline: 'first-check',
    badge: '',
    seed: () => ({ state: {}, readings: [], events: [] }),
  },
  { name: 'all-clear', appleQuotes: 0, headline: 'all-clear', badge: '', seed: standard(41, false) },
  {
    name: 'nearly-full-92',
    appleQuotes: 0,
    headline: 'storage-nearly-full',
    badge: '92%',
    seed: standard(92, false),
  },
  { name: 'full', appleQuotes: 0, headline: 'storage-full', badge: 'FULL', seed: standard(99.8, false) },
  { name: 'outage', appleQuotes: 1, headline: 'outage', badge: '!', seed: standard(41, true) },
  { name: 'outage-and-92', appleQuotes: 1, headline: 'outage', badge: '!', seed: standard(92, true) },
  {
    name: 'upload-blocked-outage',
    appleQuotes: 1,
    headline: 'upload-blocked',
    badge: 'FULL',
    seed: standard(null, true, (now) =>
      item('photosState', photos(now, { quotaError: { at: now - 4 * MIN, source: 'cloudkit' } })),
    ),
  },
  {
    name: 'stalled',
    appleQuotes: 0,
    headline: 'upload-stalled',
    badge: '…',
    seed: standard(41, false, (now) =>
      item(
        'photosState',
        photos(now, { upload: { percent: 1, done: 3, total: 250, lastProgressAt: now - 25 * MIN } }),
      ),
    ),
  },
  {
    name: 'status-unknown',
    appleQuotes: 0,
    headline: 'status-unknown',
    badge: '?',
    seed: standard(41, false, (now) => ({
      ...item('statusSnapshot', statusSnapshot(now - 5 * HOUR, false)),
      ...item('pollRecord', {
        lastAttemptAt: now - 10 * MIN,
        lastSuccessAt: now - 5 * HOUR,
        consecutiveFailures: 4,
        lastError: "Apple's status server had a problem and did not give the status.",
      }),
      // The last two days had no successful check.
      ...item(
        'statusChecked',
        [6, 5, 4, 3, 2].map((d) => now - d * DAY),
      ),
    })),
  },
  // Host access to Apple's status page withdrawn (Firefox allows it): the popup offers to ask again.
  {
    name: 'status-access-missing',
    appleQuotes: 0,
    headline: 'status-unknown',
    badge: '?',
    seed: standard(41, false, (now) => ({
      // The last read before access went is the snapshot the popup still holds.
      ...item('statusSnapshot', statusSnapshot(now - 18 * MIN, false)),
      ...item('pollRecord', {
        lastAttemptAt: now - MIN,
        lastSuccessAt: now - 20 * MIN,
        consecutiveFailures: 1,
        lastError: "Cloud Checkup is not allowed to read Apple's status page on www.apple.com.",
        lastErrorCode: 'no-permission',
      }),
    })),
  },
  {
    name: 'maintenance',
    appleQuotes: 1,
    headline: 'maintenance',
    badge: 'i',
    seed: standard(41, false, (now) => item('statusSnapshot', maintenanceSnapshot(now))),
  },
];

/**
 * One browser with the extension for a file's tests, Apple's feed held unanswered: a first check
 * stays under way, and no poll replaces the state a test entered. Returns a getter, as the harness
 * exists once `beforeAll` has run.
 */
export function useExtensionWithFeedHeld(): () => Harness {
  let h: Harness | undefined;
  const held: ServerResponse[] = [];
  beforeAll(async () => {
    h = await launchExtension();
    h.server.route(FEED_HOST, FEED_PATH, (_req, res) => void held.push(res));
  });
  afterAll(async () => {
    for (const res of held) res.destroy();
    await h?.close();
  });
  return () => {
    if (!h) throw new Error('The extension is launched in beforeAll: use it inside a test or hook.');
    return h;
  };
}

/**
 * Brings the extension into `state`: every stored item and the history replaced. A fresh install
 * is seeded once the install's own first check has ended (Apple's feed is held, so it times out):
 * that check would otherwise record its failure over the seed while the pictures are taken.
 */
export async function enterState(worker: Worker, state: PopupState, now: number): Promise<void> {
  if (state.headline === 'first-check') {
    await expect
      .poll(
        () =>
          worker.evaluate(async () => {
            const { pollRecord } = await chrome.storage.local.get<{ pollRecord?: PollRecord }>('pollRecord');
            return typeof pollRecord?.lastAttemptAt === 'number';
          }),
        { timeout: 30_000 },
      )
      .toBe(true);
  }
  await writeSeed(worker, state.seed(now), true);
}

/** The popup's box as Chrome would size it: its document height, and whether anything overflows. */
export async function popupBox(page: Page): Promise<{
  height: number;
  horizontalOverflow: boolean;
  middleScrolls: boolean;
  /** How many pixels of the middle are hidden below its fold (0 when it fits). */
  middleOverflow: number;
  footerBottom: number;
}> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const main = document.querySelector('main')!;
    const nav = document.querySelector('nav')!;
    return {
      height: Math.ceil(document.getElementById('app')!.getBoundingClientRect().height),
      horizontalOverflow: root.scrollWidth > root.clientWidth || document.body.scrollWidth > 360,
      middleScrolls: main.scrollHeight > main.clientHeight + 1,
      middleOverflow: Math.max(0, main.scrollHeight - main.clientHeight),
      footerBottom: Math.ceil(nav.getBoundingClientRect().bottom),
    };
  });
}

/** Opens the popup page at Chrome's popup width and waits for its answer. */
export async function openPopup(
  h: Harness,
  width = 360,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width, height: 600 });
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  await page.waitForSelector('.cc-headline-card');
  return page;
}
