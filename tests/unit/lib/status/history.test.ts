import { describe, expect, it } from 'vitest';
import { openHistoryDb } from '@/lib/history-db';
import { pruneStatusHistory, recentStatusEvents, recordStatusHistory } from '@/lib/status/history';
import type { EventPhase, StatusSnapshot } from '@/lib/status/types';

const DAY = 86_400_000;
const T0 = 1_750_000_000_000;

function snap(
  phase: EventPhase | null,
  extra: Partial<{ startsAt: number; serviceId: string }> = {},
): StatusSnapshot {
  const serviceId = extra.serviceId ?? 'photos';
  return {
    fetchedAt: 0,
    services: [
      {
        id: serviceId,
        name: 'Photos',
        state: 'ok',
        events: phase
          ? [
              {
                serviceId,
                messageId: '1',
                kind: 'outage',
                phase,
                startsAt: extra.startsAt ?? 5,
                endsAt: null,
                message: 'm',
                usersAffected: null,
              },
            ]
          : [],
      },
    ],
  };
}

async function all() {
  const db = await openHistoryDb();
  const records = await db.getAll('statusEvents');
  db.close();
  return records;
}

describe('status event history', () => {
  it('keeps one record per event with first seen, last seen and every phase change', async () => {
    await recordStatusHistory(snap('ongoing'), ['photos'], T0);
    await recordStatusHistory(snap('ongoing', { startsAt: 7 }), ['photos'], T0 + 60_000);
    await recordStatusHistory(snap('resolved'), ['photos'], T0 + 120_000);
    const records = await all();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      serviceId: 'photos',
      messageId: '1',
      firstSeenAt: T0,
      lastSeenAt: T0 + 120_000,
      phases: [
        { phase: 'ongoing', at: T0 },
        { phase: 'resolved', at: T0 + 120_000 },
      ],
    });
  });

  it('takes the revised start time without a new record', async () => {
    await recordStatusHistory(snap('ongoing', { startsAt: 5 }), ['photos'], T0);
    await recordStatusHistory(snap('ongoing', { startsAt: 9 }), ['photos'], T0 + 1);
    expect((await all()).map((r) => r.startsAt)).toEqual([9]);
  });

  it('marks an ongoing event that left the feed as vanished, once', async () => {
    await recordStatusHistory(snap('ongoing'), ['photos'], T0);
    await recordStatusHistory(snap(null), ['photos'], T0 + 1);
    await recordStatusHistory(snap(null), ['photos'], T0 + 2);
    expect((await all())[0]?.phases.map((p) => p.phase)).toEqual(['ongoing', 'vanished']);
  });

  it('records only watched services', async () => {
    await recordStatusHistory(snap('ongoing', { serviceId: 'other:App Store' }), ['photos'], T0);
    expect(await all()).toEqual([]);
  });

  it('prunes events not seen for 30 days', async () => {
    await recordStatusHistory(snap('resolved'), ['photos'], T0);
    expect(await pruneStatusHistory(T0 + 29 * DAY)).toBe(0);
    expect(await pruneStatusHistory(T0 + 31 * DAY)).toBe(1);
    expect(await all()).toEqual([]);
  });

  it('lists recent events for the popup', async () => {
    await recordStatusHistory(snap('resolved'), ['photos'], T0);
    expect(await recentStatusEvents(7, T0 + DAY)).toHaveLength(1);
    expect(await recentStatusEvents(7, T0 + 8 * DAY)).toHaveLength(0);
  });
});

describe('status history bound', () => {
  it('after a year with a new event every day keeps only the last 30 days', async () => {
    const db = await openHistoryDb();
    for (let day = 0; day < 365; day++) {
      const snapshot = snap('ongoing');
      snapshot.services[0]!.events[0]!.messageId = `event-${day}`;
      await recordStatusHistory(snapshot, ['photos'], T0 + day * DAY, db);
    }
    const kept = await db.getAll('statusEvents');
    db.close();
    const newest = T0 + 364 * DAY;
    expect(kept.length).toBeLessThanOrEqual(31);
    expect(kept.every((r) => r.lastSeenAt >= newest - 30 * DAY)).toBe(true);
  }, 60_000);
});
