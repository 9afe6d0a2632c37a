/**
 * Property: whatever is done to a real-shaped feed, the parser never throws and never reports a
 * watched service "ok" unless the input still is a valid feed that lists that service without
 * any current problem.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WATCHED_SERVICES } from '@/lib/status/catalogue';
import { parseStatusFeed } from '@/lib/status/parse-feed';
import { feedText, photosOutage } from '@/tests/fixtures/status/feeds';

const base = feedText(photosOutage('ongoing'));
const baseFeed = JSON.parse(base) as {
  services: { serviceName: string; events: Record<string, unknown>[] }[];
};

/** Text-level damage: cut, splice, wrap, BOM, HTML. */
const textMutation = fc.oneof(
  fc.nat({ max: base.length - 1 }).map((n) => (t: string) => t.slice(0, n)),
  fc.tuple(fc.nat({ max: base.length - 1 }), fc.string({ maxLength: 8 })).map(
    ([n, s]) =>
      (t: string) =>
        t.slice(0, n) + s + t.slice(n + 1),
  ),
  fc.constant((t: string) => `<html>${t}</html>`),
  fc.constant((t: string) => `\uFEFF cb(${t});\n`),
  fc.constant((t: string) => `${t}${t}`),
);

/** Structure-level damage on the Photos service, whose ongoing outage must never read as ok. */
const FIELDS = [
  'messageId',
  'statusType',
  'eventStatus',
  'epochStartDate',
  'epochEndDate',
  'usersAffected',
  'affectedServices',
];
const VALUES = [null, undefined, '', 'weird', 0, -1, 1e30, [], {}, [null], true];
const structureMutation = fc
  .tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...VALUES))
  .map(([field, value]) => {
    const feed = structuredClone(baseFeed);
    const photos = feed.services.find((s) => s.serviceName === 'Photos')!;
    for (const e of photos.events) if (e.messageId === '1600001') e[field] = value;
    return JSON.stringify(feed);
  });

describe('parseStatusFeed under mutation', () => {
  it('never throws on damaged text, and says "ok" for a watched service only if the text is still a valid feed', () => {
    fc.assert(
      fc.property(textMutation, (mutate) => {
        const text = mutate(base);
        const result = parseStatusFeed(text, 0);
        let valid = true;
        try {
          JSON.parse(
            text
              .replace(/^\uFEFF/, '')
              .trim()
              .replace(/^cb\(([\s\S]*)\);$/, '$1'),
          );
        } catch {
          valid = false;
        }
        if (!valid) expect(result.ok).toBe(false);
        if (result.ok) {
          // A text that survived the damage must still not call the ongoing Photos outage ok.
          const photos = result.snapshot.services.find((s) => s.id === 'photos');
          if (photos && !photos.missing) expect(['major', 'minor', 'unknown']).toContain(photos.state);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never reads the Photos outage as ok whatever field of it is damaged', () => {
    fc.assert(
      fc.property(structureMutation, (text) => {
        const result = parseStatusFeed(text, 0);
        if (!result.ok) return;
        const photos = result.snapshot.services.find((s) => s.id === 'photos');
        expect(photos?.state).not.toBe('ok');
      }),
    );
  });

  it('never throws on arbitrary JSON values and never calls a watched service ok for them', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseStatusFeed(JSON.stringify(value) ?? '', 0);
        if (result.ok) {
          const ok = result.snapshot.services.filter(
            (s) => DEFAULT_WATCHED_SERVICES.includes(s.id) && s.state === 'ok',
          );
          expect(ok).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
