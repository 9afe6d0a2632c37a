/** The status parser and the evaluator together: what Apple's feed says becomes the right condition. */
import { describe, expect, it } from 'vitest';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { parseStatusFeed } from '@/lib/status/parse-feed';
import { EMPTY_POLL_RECORD } from '@/lib/status/types';
import { feedText, fullFeed } from '../../../fixtures/status/feeds';

const NOW = Date.UTC(2026, 10, 21, 12);

function conditionsFor(text: string) {
  const parsed = parseStatusFeed(text, NOW);
  if (!parsed.ok) throw new Error('the fixture feed should parse');
  return evaluateConditions({
    storage: null,
    photos: null,
    snapshot: parsed.snapshot,
    poll: { ...EMPTY_POLL_RECORD, lastAttemptAt: NOW, lastSuccessAt: NOW },
    settings: DEFAULT_SETTINGS,
    forecast: null,
    now: NOW,
  });
}

describe('from Apple feed to conditions', () => {
  it('a full healthy feed raises no status condition', () => {
    const ids = conditionsFor(feedText(fullFeed())).map((c) => c.id);
    expect(ids).not.toContain('status-unknown');
    expect(ids).not.toContain('outage');
  });

  it('a feed that leaves out iCloud Mail says iCloud Mail is not listed, not that it is unreadable', () => {
    const feed = fullFeed();
    feed.services = feed.services.filter((s) => s.serviceName !== 'iCloud Mail');
    const unknown = conditionsFor(feedText(feed)).find((c) => c.id === 'status-unknown');
    expect(unknown?.facts.missingServices).toEqual(['iCloud Mail']);
    expect(unknown?.facts.unclearServices).toBeUndefined();
    expect(unknown?.sentence).toBe("Apple's status page does not list iCloud Mail, so its state is unknown.");
  });
});
