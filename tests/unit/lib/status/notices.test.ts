import { describe, expect, it } from 'vitest';
import type { Transition, TransitionType } from '@/lib/status/diff';
import { formatClock } from '@/lib/format';
import { noticeTarget, statusNotices } from '@/lib/status/notices';
import type { EventKind, ServiceState, StatusSnapshot } from '@/lib/status/types';

const START = Date.UTC(2025, 5, 10, 14, 5);
const NOW = Date.UTC(2025, 5, 10, 15, 0);
const FORMAT = { locale: 'en-GB', timeZone: 'UTC' };
const WATCHED = ['photos', 'icloud-mail', 'icloud-drive', 'icloud-notes', 'mail-drop'];

function t(
  type: TransitionType,
  serviceId = 'photos',
  kind: EventKind = 'outage',
  messageId = '7',
): Transition {
  return { type, serviceId, messageId, kind, startsAt: START, endsAt: null, message: 'm' };
}

function snap(states: Record<string, ServiceState>): StatusSnapshot {
  return {
    fetchedAt: NOW,
    services: Object.entries(states).map(([id, state]) => ({ id, name: id, state, events: [] })),
  };
}

describe('statusNotices', () => {
  it('words a start honestly, naming iCloud Photos and the local time', () => {
    expect(statusNotices([t('started')], snap({ photos: 'major' }), WATCHED, NOW, FORMAT)).toEqual([
      {
        id: 'status-start:7',
        kind: 'start',
        title: 'Apple reports an outage',
        message: 'Apple reports an outage of iCloud Photos since 14:05.',
      },
    ]);
  });

  it.each([
    ['issue', 'Apple reports an issue with iCloud Photos since 14:05.'],
    ['performance', 'Apple reports slow performance of iCloud Photos since 14:05.'],
    ['unspecified', 'Apple reports a problem with iCloud Photos since 14:05.'],
  ] as const)('words a %s start', (kind, message) => {
    expect(statusNotices([t('started', 'photos', kind)], snap({}), WATCHED, NOW, FORMAT)[0]?.message).toBe(
      message,
    );
  });

  it('sends one notice for one incident across several services', () => {
    const notices = statusNotices(
      [t('started', 'photos'), t('started', 'icloud-mail'), t('started', 'icloud-drive')],
      snap({}),
      WATCHED,
      NOW,
      FORMAT,
    );
    expect(notices.map((n) => n.message)).toEqual([
      'Apple reports an outage of iCloud Photos, iCloud Drive and iCloud Mail since 14:05.',
    ]);
  });

  it('shortens a long list of services', () => {
    const ids = ['photos', 'icloud-mail', 'icloud-drive', 'icloud-notes', 'mail-drop'];
    const [notice] = statusNotices(
      ids.map((id) => t('started', id)),
      snap({}),
      WATCHED,
      NOW,
      FORMAT,
    );
    expect(notice?.message).toBe(
      'Apple reports an outage of iCloud Photos, iCloud Drive and 3 more since 14:05.',
    );
  });

  it('says back to normal when Apple reports it resolved and nothing else is current', () => {
    const [notice] = statusNotices([t('resolved')], snap({ photos: 'ok' }), WATCHED, NOW, FORMAT);
    expect(notice).toEqual({
      id: 'status-end:7',
      kind: 'end',
      title: 'Back to normal: iCloud Photos',
      message: 'Apple reports the outage of iCloud Photos since 14:05 as resolved.',
    });
  });

  it('words a vanished event as no longer listed', () => {
    const [notice] = statusNotices([t('vanished')], snap({ photos: 'ok' }), WATCHED, NOW, FORMAT);
    expect(notice?.message).toBe('Apple no longer lists the outage of iCloud Photos since 14:05.');
  });

  it('does not say back to normal while another problem or an unknown state remains', () => {
    expect(statusNotices([t('resolved')], snap({ photos: 'minor' }), WATCHED, NOW, FORMAT)).toEqual([]);
    expect(statusNotices([t('resolved')], snap({ photos: 'unknown' }), WATCHED, NOW, FORMAT)).toEqual([]);
  });

  it('ignores unwatched services and maintenance', () => {
    const notices = statusNotices(
      [t('started', 'other:App Store'), t('started', 'photos', 'maintenance')],
      snap({}),
      WATCHED,
      NOW,
      FORMAT,
    );
    expect(notices).toEqual([]);
  });

  it('shows the day when the problem started on another day', () => {
    expect(formatClock(START - 86_400_000, NOW, FORMAT)).toBe('Mon 9 Jun, 14:05');
  });

  it('links a start to the outage guide and an end to the popup', () => {
    expect(noticeTarget('status-start:7')).toBe('/guide.html?condition=outage');
    expect(noticeTarget('status-end:7')).toBe('/popup.html');
    expect(noticeTarget('something-else')).toBeNull();
  });
});
