/**
 * Event history of watched services in IndexedDB (store `statusEvents`, key [serviceId,
 * messageId]): first seen, last seen and every phase change, for 30 days. One record per event
 * identity however often it is seen; a record whose event left the feed while current gets a
 * `vanished` phase.
 */
import type { IDBPDatabase } from 'idb';
import { openHistoryDb, type HistorySchema, type StatusEventRecord } from '../history-db';
import type { StatusSnapshot } from './types';

export const HISTORY_DAYS = 30;
const DAY_MS = 86_400_000;

type HistoryDb = IDBPDatabase<HistorySchema>;

async function withDb<T>(use: (db: HistoryDb) => Promise<T>, db?: HistoryDb): Promise<T> {
  if (db) return use(db);
  const opened = await openHistoryDb();
  try {
    return await use(opened);
  } finally {
    opened.close();
  }
}

/** Records the watched services' events of a good snapshot, marks vanished ones, prunes old ones. */
export function recordStatusHistory(
  snapshot: StatusSnapshot,
  watched: readonly string[],
  now: number,
  db?: HistoryDb,
): Promise<void> {
  return withDb(async (history) => {
    const tx = history.transaction('statusEvents', 'readwrite');
    const store = tx.store;
    const seen = new Set<string>();
    for (const service of snapshot.services) {
      if (!watched.includes(service.id)) continue;
      for (const e of service.events) {
        seen.add(`${e.serviceId}\u0000${e.messageId}`);
        const old = await store.get([e.serviceId, e.messageId]);
        const record: StatusEventRecord = old
          ? {
              ...old,
              kind: e.kind,
              message: e.message,
              startsAt: e.startsAt,
              endsAt: e.endsAt,
              lastSeenAt: now,
            }
          : {
              serviceId: e.serviceId,
              messageId: e.messageId,
              kind: e.kind,
              message: e.message,
              startsAt: e.startsAt,
              endsAt: e.endsAt,
              firstSeenAt: now,
              lastSeenAt: now,
              phases: [],
            };
        if (record.phases.at(-1)?.phase !== e.phase)
          record.phases = [...record.phases, { phase: e.phase, at: now }];
        await store.put(record);
      }
    }
    // Events that were current and left the feed have ended for us: mark them vanished once.
    let cursor = await store.openCursor();
    while (cursor) {
      const r = cursor.value;
      const last = r.phases.at(-1)?.phase;
      const current = last === 'ongoing' || last === 'upcoming' || last === 'unknown';
      if (current && !seen.has(`${r.serviceId}\u0000${r.messageId}`) && watched.includes(r.serviceId)) {
        await cursor.update({ ...r, phases: [...r.phases, { phase: 'vanished', at: now }] });
      }
      cursor = await cursor.continue();
    }
    await tx.done;
    await pruneStatusHistory(now, history);
  }, db);
}

/** Deletes events not seen for HISTORY_DAYS. */
export function pruneStatusHistory(now: number, db?: HistoryDb): Promise<number> {
  return withDb(async (history) => {
    const tx = history.transaction('statusEvents', 'readwrite');
    let removed = 0;
    let cursor = await tx.store
      .index('lastSeenAt')
      .openCursor(IDBKeyRange.upperBound(now - HISTORY_DAYS * DAY_MS, true));
    while (cursor) {
      await cursor.delete();
      removed++;
      cursor = await cursor.continue();
    }
    await tx.done;
    return removed;
  }, db);
}

/** Events seen in the last `days` days, most recent first (for the popup). */
export function recentStatusEvents(days: number, now: number, db?: HistoryDb): Promise<StatusEventRecord[]> {
  return withDb(async (history) => {
    const records = await history.getAllFromIndex(
      'statusEvents',
      'lastSeenAt',
      IDBKeyRange.lowerBound(now - days * DAY_MS),
    );
    return records.sort((a, b) => (b.startsAt ?? b.firstSeenAt) - (a.startsAt ?? a.firstSeenAt));
  }, db);
}
