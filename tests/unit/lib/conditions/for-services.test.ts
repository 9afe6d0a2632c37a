import { describe, expect, it } from 'vitest';
import { forServices } from '@/lib/conditions/for-services';
import type { AffectedService, Condition } from '@/lib/conditions/types';

const NOW = Date.UTC(2026, 10, 21, 12);
const HOUR = 3_600_000;

function svc(id: string, name: string, extra: Partial<AffectedService> = {}): AffectedService {
  return {
    id,
    name,
    kind: 'outage',
    phase: 'ongoing',
    since: NOW - 2 * HOUR,
    until: null,
    message: 'm',
    ...extra,
  };
}

const outage: Condition = {
  id: 'outage',
  priority: 2,
  sentence: 'Apple reports an outage of iCloud Photos, iCloud Mail and iCloud.com.',
  badge: { text: '!', colour: 'red' },
  facts: {
    services: [
      svc('photos', 'iCloud Photos'),
      svc('icloud-mail', 'iCloud Mail'),
      svc('icloud-web-apps', 'iCloud.com'),
    ],
  },
  dataAgeMs: 0,
};

describe('forServices: a condition narrowed to some services', () => {
  it('rewords an outage for the services kept', () => {
    const narrowed = forServices(outage, ['icloud-mail'], NOW);
    expect(narrowed?.facts.services?.map((s) => s.name)).toEqual(['iCloud Mail']);
    expect(narrowed?.sentence).toBe('Apple reports an outage of iCloud Mail (started 2 hours ago).');
  });

  it('is null when none of its services is kept', () => {
    expect(forServices(outage, ['icloud-notes'], NOW)).toBeNull();
  });

  it('rewords maintenance the same way', () => {
    const maintenance: Condition = {
      ...outage,
      id: 'maintenance',
      facts: {
        services: [
          svc('photos', 'iCloud Photos', { kind: 'maintenance', phase: 'upcoming', since: NOW + 3 * HOUR }),
          svc('icloud-mail', 'iCloud Mail', { kind: 'maintenance', phase: 'ongoing' }),
        ],
      },
    };
    expect(forServices(maintenance, ['photos'], NOW)?.sentence).toBe(
      'Apple has scheduled maintenance of iCloud Photos, starting in 3 hours.',
    );
  });

  it('leaves other conditions as they are', () => {
    const full: Condition = {
      ...outage,
      id: 'storage-full',
      sentence: 'Your iCloud storage is full.',
      facts: {},
    };
    expect(forServices(full, [], NOW)).toBe(full);
  });
});
