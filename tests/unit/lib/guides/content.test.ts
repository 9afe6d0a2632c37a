import { describe, expect, it } from 'vitest';
import { CONDITION_IDS } from '@/lib/conditions/ids';
import { GOOD_TO_KNOW, GUIDES, STATUS_MESSAGES, THINGS_NOT_TO_DO } from '@/lib/guides/content';
import { stepsFor } from '@/lib/guides/steps';
import { GENERAL_TOPICS } from '@/lib/guides/types';
import { checkGuides } from '@/lib/guides/validate';

const guideIds = new Set(GUIDES.map((g) => g.id));

describe('the bundled guides', () => {
  it('all pass the schema (ids unique, https links, steps non-empty, one-sentence summaries)', () => {
    expect(checkGuides(GUIDES)).toEqual([]);
  });

  it('have unique ids', () => {
    expect(guideIds.size).toBe(GUIDES.length);
  });

  it.each([...CONDITION_IDS, ...GENERAL_TOPICS])('offer at least one guide for %s', (topic) => {
    expect(GUIDES.filter((g) => g.topics.includes(topic)).length).toBeGreaterThan(0);
  });

  it.each(GUIDES.map((g) => [g.id, g] as const))(
    '%s has at least one step on each of its platforms',
    (_id, g) => {
      for (const platform of g.platforms) expect(stepsFor(g, platform).length).toBeGreaterThan(0);
    },
  );

  it('spell out a caution on a step of every guide marked caution', () => {
    const missing = GUIDES.filter((g) => g.risk.level === 'caution' && !g.steps.some((s) => s.caution));
    expect(missing.map((g) => g.id)).toEqual([]);
  });

  it('mark signing out and every reset as caution and drastic', () => {
    for (const id of ['sign-out-and-back-in', 'reset-network-settings', 'reset-all-settings']) {
      const guide = GUIDES.find((g) => g.id === id)!;
      expect(guide.risk.level).toBe('caution');
      expect(guide.effort).toBe('drastic');
    }
  });

  it('point status messages and notes only at guides that exist', () => {
    const referenced = [...STATUS_MESSAGES, ...THINGS_NOT_TO_DO, ...GOOD_TO_KNOW].flatMap((e) => e.guideIds);
    expect(referenced.filter((id) => !guideIds.has(id))).toEqual([]);
  });

  it('explain every status message Photos shows', () => {
    const shown = STATUS_MESSAGES.flatMap((m) => m.shows);
    for (const words of [
      'Paused',
      'Waiting to Upload',
      'Waiting for Wi-Fi',
      'Updating',
      'Unable to Upload',
    ]) {
      expect(shown).toContain(words);
    }
  });
});
