import { describe, expect, it } from 'vitest';
import { incidentDays } from '@/lib/status/incident-days';
import type { StatusEventRecord } from '@/lib/history-db';

// Local times: the strip follows the person's calendar days.
const NOW = new Date(2026, 5, 10, 15, 0).getTime();
const at = (day: number, hour: number) => new Date(2026, 5, day, hour, 0).getTime();

function event(partial: Partial<StatusEventRecord> & { messageId: string }): StatusEventRecord {
  return {
    serviceId: 'photos',
    kind: 'outage',
    message: 'Users may be affected.',
    startsAt: at(9, 10),
    endsAt: at(9, 12),
    firstSeenAt: at(9, 10),
    lastSeenAt: at(9, 12),
    phases: [{ phase: 'ongoing', at: at(9, 10) }],
    ...partial,
  };
}

const WATCHED = ['photos', 'icloud-mail'];

describe('incidentDays', () => {
  it('gives seven local days, oldest first, today last', () => {
    const days = incidentDays([], WATCHED, NOW);
    expect(days).toHaveLength(7);
    expect(days[0]!.start).toBe(new Date(2026, 5, 4).getTime());
    expect(days[6]!.start).toBe(new Date(2026, 5, 10).getTime());
    expect(days.every((d) => d.worst === null && d.incidents.length === 0)).toBe(true);
  });

  it('puts an incident on the day it happened', () => {
    const days = incidentDays([event({ messageId: 'a' })], WATCHED, NOW);
    expect(days.map((d) => d.worst)).toEqual([null, null, null, null, null, 'major', null]);
  });

  it('marks every day an incident spans across midnight', () => {
    const days = incidentDays(
      [event({ messageId: 'a', kind: 'issue', startsAt: at(7, 22), endsAt: at(8, 3) })],
      WATCHED,
      NOW,
    );
    expect(days.map((d) => d.worst)).toEqual([null, null, null, 'minor', 'minor', null, null]);
  });

  it('runs an ongoing incident without an end up to today', () => {
    const ongoing = event({
      messageId: 'a',
      startsAt: at(9, 20),
      endsAt: null,
      phases: [{ phase: 'ongoing', at: at(9, 20) }],
    });
    const days = incidentDays([ongoing], WATCHED, NOW);
    expect(days.slice(5).map((d) => d.worst)).toEqual(['major', 'major']);
  });

  it('ends an incident without an end time when it was resolved or vanished', () => {
    const resolved = event({
      messageId: 'a',
      startsAt: at(6, 9),
      endsAt: null,
      phases: [
        { phase: 'ongoing', at: at(6, 9) },
        { phase: 'vanished', at: at(6, 11) },
      ],
    });
    expect(incidentDays([resolved], WATCHED, NOW).map((d) => d.worst)).toEqual([
      null,
      null,
      'major',
      null,
      null,
      null,
      null,
    ]);
  });

  it('shows the worst incident of a day: an outage over an issue over maintenance', () => {
    const days = incidentDays(
      [
        event({ messageId: 'm', kind: 'maintenance' }),
        event({ messageId: 'i', kind: 'issue', serviceId: 'icloud-mail' }),
        event({ messageId: 'o', kind: 'outage' }),
      ],
      WATCHED,
      NOW,
    );
    expect(days[5]!.worst).toBe('major');
    expect(days[5]!.incidents).toHaveLength(3);
  });

  it('names each incident’s service in people’s words, so the strip needs no catalogue', () => {
    const days = incidentDays(
      [event({ messageId: 'i', kind: 'issue', serviceId: 'icloud-mail' })],
      WATCHED,
      NOW,
    );
    expect(days[5]!.incidents.map((i) => i.name)).toEqual(['iCloud Mail']);
  });

  it('leaves out services that are not watched, scheduled maintenance and events older than the strip', () => {
    const days = incidentDays(
      [
        event({ messageId: 'x', serviceId: 'find-my' }),
        event({ messageId: 'future', kind: 'maintenance', startsAt: at(11, 2), endsAt: at(11, 4) }),
        event({ messageId: 'old', startsAt: at(1, 2), endsAt: at(1, 4) }),
      ],
      WATCHED,
      NOW,
    );
    expect(days.every((d) => d.worst === null)).toBe(true);
  });
});
