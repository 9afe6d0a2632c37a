/**
 * A realistic stored state for the popup and options tests, written the way the background
 * writes it: wxt/utils/storage keeps an item's value under its key in chrome.storage.local and
 * its version under `<key>$` (`{ v: 1 }`); the history lives in the `cloud-checkup-history`
 * IndexedDB of the extension's origin.
 */
import type { Worker } from 'playwright-core';
import type { StatusEventRecord } from '@/lib/history-db';
import type { StorageReading } from '@/lib/readings/types';
import { ICLOUD_SERVICES } from '@/lib/status/catalogue';
import type { PollRecord, StatusSnapshot } from '@/lib/status/types';

const GB = 2 ** 30;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface SeedOptions {
  /** Percent of the 50 GB plan in use. */
  percent: number;
  photosOutage: boolean;
  /** Apple's own `almost-full` flag; set from 90 % unless given. */
  appleAlmostFull?: boolean;
}

export function storageReading(
  now: number,
  percent: number,
  appleAlmostFull = percent >= 90,
): StorageReading {
  const total = 50 * GB;
  const used = Math.round((total * percent) / 100);
  return {
    usedBytes: used,
    totalBytes: total,
    byMedia: {
      photos: used * 0.7,
      backup: used * 0.2,
      docs: used * 0.06,
      mail: used * 0.03,
      messages: used * 0.01,
    },
    quota: { overQuota: false, almostFull: appleAlmostFull, haveMaxQuotaTier: false, paidQuota: true },
    source: 'api',
    locale: 'en-us',
    readAt: now - 3 * HOUR,
  };
}

export function statusSnapshot(now: number, photosOutage: boolean): StatusSnapshot {
  return {
    fetchedAt: now - 2 * 60_000,
    services: ICLOUD_SERVICES.map((s) => {
      const outage = photosOutage && s.id === 'photos';
      return {
        id: s.id,
        name: s.feedName,
        state: outage ? 'major' : 'ok',
        events: outage
          ? [
              {
                serviceId: 'photos',
                messageId: '1600001',
                kind: 'outage',
                phase: 'ongoing',
                startsAt: now - 95 * 60_000,
                endsAt: null,
                message: 'Users may be unable to upload photos and videos to iCloud Photos.',
                usersAffected: 'Some users are affected',
              },
            ]
          : [],
      };
    }),
  };
}

export function pollRecord(now: number): PollRecord {
  return {
    lastAttemptAt: now - 2 * 60_000,
    lastSuccessAt: now - 2 * 60_000,
    consecutiveFailures: 0,
    lastError: null,
  };
}

/** The chrome.storage.local contents for a state. */
export function storedState(now: number, options: SeedOptions): Record<string, unknown> {
  return {
    storageReading: storageReading(now, options.percent, options.appleAlmostFull),
    storageReading$: { v: 1 },
    statusSnapshot: statusSnapshot(now, options.photosOutage),
    statusSnapshot$: { v: 1 },
    pollRecord: pollRecord(now),
    pollRecord$: { v: 1 },
  };
}

/** Thirty days of readings growing towards today's, and a week of past incidents. */
export function historyRecords(now: number, options: SeedOptions) {
  const { percent, photosOutage } = options;
  const today = storageReading(now, percent, options.appleAlmostFull);
  const readings: StorageReading[] = Array.from({ length: 30 }, (_, i) => {
    const daysAgo = 30 - i;
    const used = Math.round(today.usedBytes! - daysAgo * 0.12 * GB);
    return { ...today, usedBytes: used, byMedia: { photos: used }, readAt: today.readAt - daysAgo * DAY };
  });
  readings.push(today);
  const events: StatusEventRecord[] = [
    {
      serviceId: 'icloud-mail',
      messageId: '1500001',
      kind: 'issue',
      message: 'Some users may be unable to send mail.',
      startsAt: now - 3 * DAY,
      endsAt: now - 3 * DAY + 2 * HOUR,
      firstSeenAt: now - 3 * DAY,
      lastSeenAt: now - 2 * DAY,
      phases: [
        { phase: 'ongoing', at: now - 3 * DAY },
        { phase: 'resolved', at: now - 3 * DAY + 2 * HOUR },
      ],
    },
  ];
  if (photosOutage) {
    events.push({
      serviceId: 'photos',
      messageId: '1600001',
      kind: 'outage',
      message: 'Users may be unable to upload photos and videos to iCloud Photos.',
      startsAt: now - 95 * 60_000,
      endsAt: null,
      firstSeenAt: now - 90 * 60_000,
      lastSeenAt: now - 2 * 60_000,
      phases: [{ phase: 'ongoing', at: now - 90 * 60_000 }],
    });
  }
  return { readings, events };
}

/** Writes the state and its history from inside the service worker. */
export async function seed(worker: Worker, now: number, options: SeedOptions): Promise<void> {
  await seedIn((fn, arg) => worker.evaluate(fn as never, arg), now, options);
}

type InExtension = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/** Writes the state and its history with the extension's API, in any browser. */
export async function seedIn(run: InExtension, now: number, options: SeedOptions): Promise<void> {
  const history = historyRecords(now, options);
  await writeSeedIn(run, { state: storedState(now, options), ...history });
}

export interface Seed {
  state: Record<string, unknown>;
  readings: StorageReading[];
  events: StatusEventRecord[];
}

/**
 * Writes `state` into chrome.storage.local (replacing the state items when `clear` is set) and the
 * history with `readings` and `events`, from inside the service worker.
 */
export async function writeSeed(worker: Worker, seedData: Seed, clear = false): Promise<void> {
  await writeSeedIn((fn, arg) => worker.evaluate(fn as never, arg), seedData, clear);
}

async function writeSeedIn(run: InExtension, seedData: Seed, clear = false): Promise<void> {
  await run(
    async ({ state, readings, events, clear }) => {
      // Every item a state sets, removed first; the settings stay, so the status monitor is not
      // woken to poll in the middle of a state.
      if (clear) {
        const keys = ['storageReading', 'photosState', 'statusSnapshot', 'pollRecord', 'statusChecked'];
        await chrome.storage.local.remove(keys.flatMap((k) => [k, `${k}$`]));
      }
      await chrome.storage.local.set(state);
      await new Promise<void>((resolve, reject) => {
        // Version 1, created as lib/history-db.ts creates it if the background has not yet.
        const open = indexedDB.open('cloud-checkup-history', 1);
        open.onupgradeneeded = () => {
          const db = open.result;
          db.createObjectStore('storageReadings', { keyPath: 'readAt' });
          db.createObjectStore('statusEvents', { keyPath: ['serviceId', 'messageId'] }).createIndex(
            'lastSeenAt',
            'lastSeenAt',
          );
        };
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['storageReadings', 'statusEvents'], 'readwrite');
          tx.objectStore('storageReadings').clear();
          tx.objectStore('statusEvents').clear();
          for (const r of readings) tx.objectStore('storageReadings').put(r);
          for (const e of events) tx.objectStore('statusEvents').put(e);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      });
    },
    { ...seedData, clear },
  );
}
