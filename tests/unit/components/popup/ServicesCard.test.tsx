import { describe, expect, it, vi } from 'vitest';
import { ServicesCard, type RefreshState } from '@/components/popup/ServicesCard';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import { servicesViewOf } from '@/lib/popup-view/build';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { ICLOUD_SERVICES } from '@/lib/status/catalogue';
import type { PollRecord, StatusSnapshot } from '@/lib/status/types';
import { byRole, click, mount, textOf } from '../render';

const NOW = Date.UTC(2026, 5, 10, 12);
const POLL: PollRecord = {
  lastAttemptAt: NOW - 120_000,
  lastSuccessAt: NOW - 120_000,
  consecutiveFailures: 0,
  lastError: null,
};

function snapshot(withOutage: boolean): StatusSnapshot {
  return {
    fetchedAt: NOW - 120_000,
    services: ICLOUD_SERVICES.map((s) => ({
      id: s.id,
      name: s.feedName,
      state: withOutage && s.id === 'photos' ? 'major' : 'ok',
      events:
        withOutage && s.id === 'photos'
          ? [
              {
                serviceId: 'photos',
                messageId: 'm1',
                kind: 'outage',
                phase: 'ongoing',
                startsAt: NOW - 3_600_000,
                endsAt: null,
                message: 'Users may be unable to upload photos.',
                usersAffected: 'Some users are affected',
              },
            ]
          : [],
    })),
  };
}

function card(
  withOutage: boolean,
  refresh: RefreshState = { kind: 'idle' },
  onRefresh = () => undefined,
  poll = POLL,
) {
  const snap = snapshot(withOutage);
  const input = {
    storage: null,
    photos: null,
    snapshot: snap,
    poll,
    settings: DEFAULT_SETTINGS,
    forecast: null,
    now: NOW,
  };
  return mount(
    <ServicesCard
      services={servicesViewOf(evaluateConditions(input), input)}
      now={NOW}
      refresh={refresh}
      onRefresh={onRefresh}
    />,
  );
}

describe('the services card', () => {
  it('folds the services away when nothing is wrong, saying when Apple was checked', () => {
    const el = card(false);
    expect(textOf(el.querySelector('summary'))).toBe('19 watched services · checked 2 minutes ago');
    expect(el.querySelector('details')?.hasAttribute('open')).toBe(false);
    expect(textOf(el)).not.toMatch(/operational/i);
    expect(el.querySelector('.cc-events')).toBeNull();
  });

  it('shows the outage the conditions found once, with Apple’s own message', () => {
    const el = card(true);
    const events = [...el.querySelectorAll('.cc-events li')].map(textOf);
    expect(events).toHaveLength(1);
    expect(events[0]).toContain('iCloud Photos: Outage');
    expect(events[0]).toContain('Apple says: Users may be unable to upload photos.');
  });

  it('folds Apple’s message to one line that opens to all of Apple’s words', () => {
    const el = card(true);
    const quote = el.querySelector<HTMLDetailsElement>('.cc-events details.cc-apple-says')!;
    expect(quote.open).toBe(false);
    expect(textOf(quote.querySelector('summary'))).toBe('Apple says: Users may be unable to upload photos.');
  });

  it('says when Apple’s status was last read, not checked, once it cannot be read', () => {
    const failing = { ...POLL, lastAttemptAt: NOW - 60_000, consecutiveFailures: 3, lastError: 'failed' };
    const el = card(false, { kind: 'idle' }, () => undefined, failing);
    expect(textOf(el.querySelector('.cc-all-services summary'))).toBe(
      '19 services, state unknown · last read 2 minutes ago',
    );
  });

  it('lists every watched service with its state behind a disclosure', () => {
    const el = card(true);
    const rows = [...el.querySelectorAll('.cc-all-services li')].map(textOf);
    expect(rows).toHaveLength(ICLOUD_SERVICES.length);
    expect(rows).toContain('iCloud Photos: Outage');
    expect(rows).toContain('iCloud Mail: No issues reported');
  });

  it('asks for a check from the Refresh button', () => {
    const onRefresh = vi.fn();
    const el = card(false, { kind: 'idle' }, onRefresh);
    click(byRole(el, 'button', 'Refresh'));
    expect(onRefresh).toHaveBeenCalledOnce();
  });

  it('shows progress while checking and ignores more clicks', () => {
    const onRefresh = vi.fn();
    const el = card(false, { kind: 'checking' }, onRefresh);
    const button = byRole(el, 'button', 'Checking…');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    click(button);
    expect(onRefresh).not.toHaveBeenCalled();
    expect(textOf(el.querySelector('[role="status"]'))).toBe("Checking Apple's System Status…");
  });

  it('announces the result of a check in a live region', () => {
    const el = card(false, { kind: 'done', ok: false, text: 'Could not read Apple’s System Status.' });
    const region = el.querySelector('#refresh-result')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(textOf(region)).toBe('Could not read Apple’s System Status.');
  });
});
