import { describe, expect, it } from 'vitest';
import { DEFAULT_WATCHED_SERVICES, ICLOUD_SERVICES } from '@/lib/status/catalogue';
import { parseStatusFeed } from '@/lib/status/parse-feed';
import type { FeedParseResult, ServiceStatus, StatusSnapshot } from '@/lib/status/types';
import {
  feedText,
  feedWithEvent,
  fullFeed,
  HTML_ERROR_PAGE,
  jaPhotosOutage,
  makeEvent,
  photosOutage,
  service,
} from '@/tests/fixtures/status/feeds';

const AT = 1_750_000_000_000;

function snapshotOf(result: FeedParseResult): StatusSnapshot {
  if (!result.ok) throw new Error(`expected a snapshot, got ${result.error.message}`);
  return result.snapshot;
}

function byId(snapshot: StatusSnapshot, id: string): ServiceStatus {
  const found = snapshot.services.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

function failureCode(text: string): string | null {
  const result = parseStatusFeed(text, AT);
  return result.ok ? null : result.error.code;
}

describe('parseStatusFeed on the full en_US feed', () => {
  const snapshot = snapshotOf(parseStatusFeed(feedText(fullFeed()), AT));

  it('reads all 79 services and their 40 events', () => {
    expect(snapshot.services).toHaveLength(79);
    expect(snapshot.services.flatMap((s) => s.events)).toHaveLength(40);
    expect(snapshot.fetchedAt).toBe(AT);
  });

  it('maps every iCloud-related service to its catalogue id and none is missing', () => {
    for (const known of ICLOUD_SERVICES) {
      const s = byId(snapshot, known.id);
      expect(s.missing).toBeUndefined();
      expect(s.name).toBe(known.feedName);
    }
  });

  it('reports services with only resolved or completed events as ok', () => {
    expect(snapshot.services.every((s) => s.state === 'ok')).toBe(true);
  });

  it('gives other services an other: id with their name', () => {
    expect(byId(snapshot, 'other:App Store').name).toBe('App Store');
  });

  it('identifies a shared messageId per service, with per-service end times', () => {
    const ends = ['icloud-mail', 'icloud-drive', 'photos'].map(
      (id) => byId(snapshot, id).events.find((e) => e.messageId === '1499999')?.endsAt,
    );
    expect(new Set(ends).size).toBe(3);
  });
});

describe('parseStatusFeed: what an event means', () => {
  it('reads an ongoing Outage on Photos as a major problem of iCloud Photos with its start time', () => {
    const s = byId(snapshotOf(parseStatusFeed(feedText(photosOutage('ongoing')), AT)), 'photos');
    expect(s.state).toBe('major');
    const event = s.events.find((e) => e.messageId === '1600001');
    expect(event).toMatchObject({ serviceId: 'photos', kind: 'outage', phase: 'ongoing', endsAt: null });
    expect(event?.startsAt).toBe(Date.UTC(2025, 5, 10, 21, 5));
    expect(event?.message).toBe('Users may be unable to use Photos.');
  });

  it('reads the same incident once resolved as ok', () => {
    const s = byId(snapshotOf(parseStatusFeed(feedText(photosOutage('resolved')), AT)), 'photos');
    expect(s.state).toBe('ok');
    expect(s.events.find((e) => e.messageId === '1600001')?.phase).toBe('resolved');
  });

  it.each([
    ['Outage', 'ongoing', 'major'],
    ['Issue', 'ongoing', 'minor'],
    ['Performance', 'ongoing', 'minor'],
    ['', 'ongoing', 'minor'],
    ['Maintenance', 'ongoing', 'maintenance'],
    ['Maintenance', 'upcoming', 'scheduled'],
    ['Maintenance', 'completed', 'ok'],
    ['Outage', 'resolved', 'ok'],
    ['Outage', 'investigating', 'unknown'],
    ['Outage', '', 'unknown'],
    ['Degraded', 'ongoing', 'minor'],
  ])('statusType %j with eventStatus %j makes the service %s', (statusType, eventStatus, state) => {
    const feed = feedWithEvent('iCloud Drive', { messageId: 'x1', statusType, eventStatus });
    expect(byId(snapshotOf(parseStatusFeed(feedText(feed), AT)), 'icloud-drive').state).toBe(state);
  });

  it.each([
    ['Outage', 'outage'],
    ['Issue', 'issue'],
    ['Performance', 'performance'],
    ['Maintenance', 'maintenance'],
    ['', 'unspecified'],
    ['Degraded', 'unknown'],
  ])('keeps statusType %j as kind %s', (statusType, kind) => {
    const feed = feedWithEvent('iCloud Drive', { messageId: 'x1', statusType });
    const s = byId(snapshotOf(parseStatusFeed(feedText(feed), AT)), 'icloud-drive');
    expect(s.events.find((e) => e.messageId === 'x1')?.kind).toBe(kind);
  });

  it('lets the worst current event win when a service has several', () => {
    const feed = feedWithEvent('iCloud Drive', { messageId: 'a', statusType: 'Issue' });
    service(feed, 'iCloud Drive').events.push(makeEvent({ messageId: 'b', statusType: 'Outage' }));
    service(feed, 'iCloud Drive').events.push(
      makeEvent({ messageId: 'c', statusType: 'Maintenance', eventStatus: 'upcoming' }),
    );
    expect(byId(snapshotOf(parseStatusFeed(feedText(feed), AT)), 'icloud-drive').state).toBe('major');
  });

  it('sorts events by start time whatever order the feed gives', () => {
    const feed = fullFeed();
    service(feed, 'iCloud Notes').events = [
      makeEvent({ messageId: 'late', epochStartDate: Date.UTC(2025, 5, 10, 20) }),
      makeEvent({ messageId: 'early', epochStartDate: Date.UTC(2025, 5, 10, 8) }),
    ];
    const s = byId(snapshotOf(parseStatusFeed(feedText(feed), AT)), 'icloud-notes');
    expect(s.events.map((e) => e.messageId)).toEqual(['early', 'late']);
  });

  it('confuses neither kind with phase: a resolved Outage is not a problem, an ongoing Issue is', () => {
    const feed = feedWithEvent('iCloud Mail', {
      messageId: 'r',
      statusType: 'Outage',
      eventStatus: 'resolved',
    });
    service(feed, 'iCloud Notes').events.push(makeEvent({ messageId: 'i', statusType: 'Issue' }));
    const snapshot = snapshotOf(parseStatusFeed(feedText(feed), AT));
    expect(byId(snapshot, 'icloud-mail').state).toBe('ok');
    expect(byId(snapshot, 'icloud-notes').state).toBe('minor');
  });
});

describe('parseStatusFeed: the nullable and odd fields real feeds carry', () => {
  it('accepts null epochEndDate, endDate, usersAffected, datePosted and affectedServices', () => {
    const feed = feedWithEvent('Photos', {
      messageId: 'n',
      eventStatus: 'resolved',
      epochEndDate: null,
      endDate: null,
      usersAffected: null,
      datePosted: null,
      affectedServices: null,
    });
    const event = byId(snapshotOf(parseStatusFeed(feedText(feed), AT)), 'photos').events.find(
      (e) => e.messageId === 'n',
    );
    expect(event).toMatchObject({ phase: 'resolved', endsAt: null, usersAffected: null });
  });

  it('accepts affectedServices with null entries, duplicates and names of no service', () => {
    const feed = feedWithEvent('Photos', {
      messageId: 'a',
      affectedServices: [null, 'Photos', 'Photos', 'Nope'],
    });
    expect(byId(snapshotOf(parseStatusFeed(feedText(feed), AT)), 'photos').state).toBe('major');
  });

  it('uses the epoch fields and ignores localized date strings it cannot parse', () => {
    const feed = feedWithEvent('Photos', {
      messageId: 'd',
      startDate: '10.06.2025 21:05 GMT',
      endDate: 'not a date',
      epochStartDate: 1_749_589_500_000,
    });
    const event = byId(snapshotOf(parseStatusFeed(feedText(feed), AT)), 'photos').events.find(
      (e) => e.messageId === 'd',
    );
    expect(event?.startsAt).toBe(1_749_589_500_000);
  });

  it('matches HTML-escaped names and names with trailing spaces', () => {
    const feed = fullFeed();
    service(feed, 'iCloud Account & Sign In').serviceName = 'iCloud Account &amp; Sign In';
    service(feed, 'iCloud Drive').serviceName = 'iCloud Drive  ';
    const snapshot = snapshotOf(parseStatusFeed(feedText(feed), AT));
    expect(byId(snapshot, 'icloud-account')).toMatchObject({ name: 'iCloud Account & Sign In' });
    expect(byId(snapshot, 'icloud-account').missing).toBeUndefined();
    expect(byId(snapshot, 'icloud-drive')).toMatchObject({ name: 'iCloud Drive' });
  });

  it('matches the old name Apple ID to Apple Account', () => {
    const feed = feedWithEvent('Apple Account', { messageId: 'id1' });
    service(feed, 'Apple Account').serviceName = 'Apple ID';
    const s = byId(snapshotOf(parseStatusFeed(feedText(feed), AT)), 'apple-account');
    expect(s).toMatchObject({ name: 'Apple ID', state: 'major' });
  });

  it('merges two entries for one service during a rename', () => {
    const feed = feedWithEvent('Apple Account', { messageId: 'ongoing-1' });
    feed.services.push({ serviceName: 'Apple ID', redirectUrl: null, events: [] });
    const snapshot = snapshotOf(parseStatusFeed(feedText(feed), AT));
    expect(snapshot.services.filter((s) => s.id === 'apple-account')).toHaveLength(1);
    expect(byId(snapshot, 'apple-account').state).toBe('major');
  });

  it('keeps one copy of an event listed twice in a service, the one that is ongoing', () => {
    const feed = feedWithEvent('Photos', { messageId: 'dup', eventStatus: 'resolved' });
    service(feed, 'Photos').events.push(makeEvent({ messageId: 'dup', eventStatus: 'ongoing' }));
    const s = byId(snapshotOf(parseStatusFeed(feedText(feed), AT)), 'photos');
    expect(s.events.filter((e) => e.messageId === 'dup')).toEqual([
      expect.objectContaining({ phase: 'ongoing' }),
    ]);
  });

  it('reads a watched service missing from the feed (Find My in 2021) as unknown, never ok', () => {
    const feed = fullFeed();
    feed.services = feed.services.filter((s) => s.serviceName !== 'Find My');
    const s = byId(snapshotOf(parseStatusFeed(feedText(feed), AT)), 'find-my');
    expect(s).toMatchObject({ state: 'unknown', missing: true, events: [] });
  });

  it('reads a service whose events are not a list as unknown', () => {
    const feed = fullFeed() as unknown as { services: Record<string, unknown>[] };
    feed.services.find((s) => s.serviceName === 'Photos')!.events = null;
    const s = byId(snapshotOf(parseStatusFeed(JSON.stringify(feed), AT)), 'photos');
    expect(s.state).toBe('unknown');
  });

  it.each([
    ['no messageId', { messageId: undefined }],
    ['a null statusType', { statusType: null }],
    ['a numeric eventStatus', { eventStatus: 3 }],
  ])('reads a service with an event with %s as unknown', (_label, broken) => {
    const feed = fullFeed() as unknown as { services: { serviceName: string; events: unknown[] }[] };
    feed.services
      .find((s) => s.serviceName === 'Photos')!
      .events.push({ ...makeEvent({ messageId: 'b', eventStatus: 'resolved' }), ...broken });
    expect(byId(snapshotOf(parseStatusFeed(JSON.stringify(feed), AT)), 'photos').state).toBe('unknown');
  });

  it('keeps a major problem major even when another event of the service is unreadable', () => {
    const feed = feedWithEvent('Photos', { messageId: 'major' }) as unknown as {
      services: { serviceName: string; events: unknown[] }[];
    };
    feed.services.find((s) => s.serviceName === 'Photos')!.events.push({ messageId: 'broken' });
    expect(byId(snapshotOf(parseStatusFeed(JSON.stringify(feed), AT)), 'photos').state).toBe('major');
  });

  it('accepts top-level keys in any order and extra keys', () => {
    const { services } = fullFeed();
    const text = JSON.stringify({ services, extra: { a: 1 }, drMessage: 'x', drpost: true });
    expect(parseStatusFeed(text, AT).ok).toBe(true);
  });
});

describe('parseStatusFeed: bodies around the JSON', () => {
  const json = feedText(photosOutage('ongoing'));

  it.each([
    ['plain JSON', json],
    ['a byte order mark', `\uFEFF${json}`],
    ['surrounding whitespace', `\n\t ${json} \r\n`],
    ['the developer JSONP callback with a trailing newline', `jsonCallback(${json});\n`],
    ['a JSONP callback without semicolon', `jsonCallback(${json})`],
    ['a BOM before JSONP', `\uFEFFjsonCallback( ${json} );`],
  ])('reads %s', (_label, text) => {
    expect(byId(snapshotOf(parseStatusFeed(text, AT)), 'photos').state).toBe('major');
  });

  it('does not split on parentheses inside names and messages', () => {
    const feed = feedWithEvent('iCloud Web Apps (iCloud.com)', {
      messageId: 'p',
      message: 'Users may be unable to sign in (iCloud.com); we are investigating (again).',
    });
    const s = byId(snapshotOf(parseStatusFeed(`jsonCallback(${feedText(feed)});`, AT)), 'icloud-web-apps');
    expect(s.events.find((e) => e.messageId === 'p')?.message).toBe(
      'Users may be unable to sign in (iCloud.com); we are investigating (again).',
    );
  });
});

describe('parseStatusFeed fails closed', () => {
  const full = feedText(fullFeed());
  it.each([
    ['an HTML error page', HTML_ERROR_PAGE, 'not-json'],
    ['an empty body', '', 'empty'],
    ['a body of whitespace', ' \n ', 'empty'],
    ['a truncated body', full.slice(0, Math.floor(full.length / 2)), 'not-json'],
    ['a body cut one character short', full.slice(0, -1), 'not-json'],
    ['JSON that is not an object', '[1,2,3]', 'not-json'],
    ['null', 'null', 'not-json'],
    ['a JSONP callback around a list', 'cb([1]);', 'bad-shape'],
    ['an object without services', '{"drpost":false,"drMessage":null}', 'bad-shape'],
    ['services that are not a list', '{"services":{}}', 'bad-shape'],
    ['an empty service list', '{"services":[]}', 'no-services'],
    ['services without names', '{"services":[{"events":[]},{"serviceName":" "}]}', 'no-services'],
    [
      'a list without any iCloud service',
      JSON.stringify({ services: [{ serviceName: 'App Store', redirectUrl: null, events: [] }] }),
      'no-icloud-services',
    ],
    ['JSONP around garbage', 'jsonCallback(not json);', 'not-json'],
    ['a script that is not a callback', 'var x = {"services":[]};', 'not-json'],
    ['JSONP split in two', 'a({"services":[]}); b({})', 'not-json'],
  ])('refuses %s', (_label, text, code) => {
    expect(failureCode(text)).toBe(code);
  });

  it('explains each failure in words', () => {
    const result = parseStatusFeed(HTML_ERROR_PAGE, AT);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/web page/);
  });
});

describe('parseStatusFeed on a localized (ja_JP) feed', () => {
  const result = parseStatusFeed(feedText(jaPhotosOutage()), AT);

  it('reads its structure: the same services and events, epochs instead of JST strings', () => {
    const snapshot = snapshotOf(result);
    const photos = snapshot.services.find((s) => s.name === '写真');
    expect(photos?.events.find((e) => e.messageId === '1600001')?.startsAt).toBe(
      Date.UTC(2025, 5, 10, 21, 5),
    );
    expect(photos?.state).toBe('major');
  });

  it('never reports a translated watched service as ok: it is unknown (detection uses en_US)', () => {
    const snapshot = snapshotOf(result);
    const watched = snapshot.services.filter((s) => DEFAULT_WATCHED_SERVICES.includes(s.id));
    expect(byId(snapshot, 'photos')).toMatchObject({ state: 'unknown', missing: true });
    expect(watched.filter((s) => s.state === 'ok').map((s) => s.id)).toEqual(['icloud-drive', 'mail-drop']);
  });
});

describe('parseStatusFeed: service order', () => {
  it('lists iCloud Photos first, then the other iCloud services, then the rest in feed order', () => {
    const snapshot = snapshotOf(parseStatusFeed(feedText(fullFeed()), AT));
    const ids = snapshot.services.map((s) => s.id);
    expect(ids[0]).toBe('photos');
    expect(ids.slice(0, ICLOUD_SERVICES.length).sort()).toEqual(ICLOUD_SERVICES.map((s) => s.id).sort());
    const others = snapshot.services.slice(ICLOUD_SERVICES.length).map((s) => s.name);
    expect(others).toEqual([...others].sort((a, b) => a.localeCompare(b)));
  });
});
