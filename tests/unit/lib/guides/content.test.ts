import { describe, expect, it } from 'vitest';
import { CONDITION_IDS } from '@/lib/conditions/ids';
import { APPLE_ARTICLES } from '@/lib/guides/articles';
import type { AppleArticleId } from '@/lib/guides/types';
import { GOOD_TO_KNOW, GUIDES, STATUS_MESSAGES, THINGS_NOT_TO_DO } from '@/lib/guides/content';
import { SYNC_GUIDES } from '@/lib/guides/content/sync';
import { UPLOAD_GUIDES } from '@/lib/guides/content/uploads';
import { rankGuides } from '@/lib/guides/rank';
import { stepsFor } from '@/lib/guides/steps';
import { GENERAL_TOPICS, type GuideTopic } from '@/lib/guides/types';
import { checkGuides } from './check-guides';

/** The ids of Apple's articles that guides may cite as sources. */
const APPLE_ARTICLE_IDS: readonly AppleArticleId[] = Object.values(APPLE_ARTICLES).flatMap((a) =>
  'id' in a ? [a.id] : [],
);

const guideIds = new Set(GUIDES.map((g) => g.id));
const guide = (id: string) => GUIDES.find((g) => g.id === id)!;
const cases = GUIDES.map((g) => [g.id, g] as const);

/** Every piece of text a guide shows: title, summary, why, cautions, steps in every wording. */
function wordsOf(g: (typeof GUIDES)[number]): string[] {
  return [
    g.title,
    g.summary,
    g.why,
    g.risk.level === 'caution' ? g.risk.caution : '',
    ...g.steps.flatMap((s) => [s.text, s.caution ?? '', s.note ?? '', ...Object.values(s.variants ?? {})]),
  ];
}
const allWords = [
  ...GUIDES.flatMap(wordsOf),
  ...STATUS_MESSAGES.flatMap((m) => [...m.shows, m.meaning, m.whatToDo]),
  ...[...THINGS_NOT_TO_DO, ...GOOD_TO_KNOW].flatMap((n) => [n.title, n.text]),
].join('\n');

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

  it('explain every status message Photos shows, today’s words and the older ones', () => {
    const shown = STATUS_MESSAGES.flatMap((m) => m.shows);
    for (const words of [
      'Saving Battery Power',
      'Low Power Mode',
      'Saving Cellular Data',
      'Low Cellular Data Mode',
      'Waiting to Sync',
      'Optimizing System Performance',
      'Poor Network Connection',
      'Low Battery',
      'Device Needs to Cool Down',
      'Paused',
      'Waiting to Upload',
      'Waiting for Wi-Fi',
      'Updating',
      'Unable to Upload',
    ]) {
      expect(shown).toContain(words);
    }
  });

  it('offer Sync Now for the labels that come with it', () => {
    for (const label of ['Saving Battery Power', 'Saving Cellular Data', 'Waiting to Sync']) {
      expect(STATUS_MESSAGES.find((m) => m.shows.includes(label))?.whatToDo).toContain('Sync Now');
    }
  });
});

describe('sources and checked versions', () => {
  it.each(cases)('%s names the facts it rests on', (_id, g) => {
    expect(g.sources.facts.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s backs every step with the facts it was written from', (_id, g) => {
    expect(g.steps.filter((s) => (s.facts ?? []).length === 0).map((s) => s.id)).toEqual([]);
  });

  it.each(cases)('%s cites only Apple articles the project knows, and links each one it cites', (_id, g) => {
    expect(g.sources.apple.filter((id) => !APPLE_ARTICLE_IDS.includes(id))).toEqual([]);
    const linked = g.appleArticles.map((a) => a.id);
    expect(g.sources.apple.filter((id) => !linked.includes(id))).toEqual([]);
  });

  it.each(cases)('%s was checked for today’s systems on each of its platforms', (_id, g) => {
    const today = {
      'iphone-ipad': 'iOS 26',
      mac: 'macOS 26',
      windows: 'Windows 11',
      'icloud-web': 'iCloud.com',
    };
    for (const p of g.platforms) expect(g.checkedFor[p]?.join(' ')).toContain(today[p]);
  });

  it('link Apple’s syncing article beside every upload and sync guide, and the Windows article beside the Windows guide', () => {
    const windowsOnly = [...UPLOAD_GUIDES, ...SYNC_GUIDES].filter((g) => g.platforms.join() === 'windows');
    const others = [...UPLOAD_GUIDES, ...SYNC_GUIDES].filter((g) => !windowsOnly.includes(g));
    expect(windowsOnly.map((g) => g.id)).toEqual(['icloud-photos-on-windows']);
    for (const g of windowsOnly) expect(g.appleArticles).toContainEqual(APPLE_ARTICLES.windowsPhotos);
    for (const g of others) expect(g.appleArticles).toContainEqual(APPLE_ARTICLES.notSyncing);
    expect(guide('turn-icloud-photos-off-and-on').appleArticles).toContainEqual(APPLE_ARTICLES.notSyncing);
  });
});

describe('what the guides say', () => {
  it.each([
    ['resuming uploads for an hour, which no source backs', /one hour/i],
    ['the Mac status bar menu, which is not where Apple puts the status', /Show Status Bar/],
    ['the old Windows helper restarted from Task Manager', /Photo Library Agent|restart it/],
    [
      'the old Windows Downloads / Uploads split as today’s layout',
      /drop them into Uploads|Photos > Options|choose Apply/,
    ],
    ['a typical backup size, which Apple does not give', /\b\d+ to \d+ GB\b/],
    ['reset menus without the device name', /Transfer or Reset > /],
    ['an “iCloud Photos” row on Apple’s status page', /Look at iCloud Photos/],
    ['uploads saved for Wi-Fi “out of the box”', /out of the box, Photos/i],
    ['a Photos status line without saying where it is', /^Open the Photos status line\.?$/m],
  ])('never mention %s', (_what, pattern) => {
    expect(allWords).not.toMatch(pattern);
  });

  it.each<[GuideTopic, string]>([
    ['upload-stalled', 'keep-a-web-upload-going'],
    ['upload-refused', 'retry-a-refused-upload'],
  ])('offer %s seen on iCloud.com a quick, safe fix for the browser itself', (topic, id) => {
    const g = guide(id);
    expect(g.topics).toContain(topic);
    expect(g.platforms).toEqual(['icloud-web']);
    expect([g.effort, g.risk.level]).toEqual(['quick', 'safe']);
    expect(wordsOf(g).join(' ')).toMatch(/iCloud\.com/);
  });

  it('say that the photos of an interrupted browser upload are still on the computer', () => {
    for (const id of ['keep-a-web-upload-going', 'retry-a-refused-upload']) {
      expect(guide(id).steps.at(-1)?.note).toMatch(/still on your computer/);
      expect(guide(id).steps.at(-1)?.facts).toContain('K1');
    }
  });

  it('say the 50 GB plan can’t be shared and that a shared plan is one pool', () => {
    const plans = [guide('upgrade-icloud-plan').why, ...wordsOf(guide('upgrade-icloud-plan'))].join(' ');
    expect(plans).toMatch(/50 GB plan can’t/);
    expect(plans).toMatch(/one pool/);
    expect(GOOD_TO_KNOW.find((n) => n.facts.includes('K4'))?.text).toMatch(/50 GB plan can’t/);
  });

  it('keep turning iCloud Photos off and on among the last resorts, with Apple’s caution', () => {
    const g = guide('turn-icloud-photos-off-and-on');
    expect(g.effort).toBe('drastic');
    expect(g.risk.level).toBe('caution');
    expect(g.risk.level === 'caution' && g.risk.caution).toMatch(/nothing waiting to upload/);
    expect(g.risk.level === 'caution' && g.risk.caution).toMatch(/Download Photos & Videos/);
    expect(g.topics).not.toContain('upload-stalled');
    expect(g.topics).not.toContain('uploads-stuck');
    const ranked = rankGuides(['sync-not-working']).map((x) => x.id);
    const safe = ranked.filter((id) => guide(id).risk.level === 'safe' && guide(id).effort !== 'drastic');
    expect(ranked.indexOf('turn-icloud-photos-off-and-on')).toBeGreaterThan(ranked.indexOf(safe.at(-1)!));
  });

  it('offer deleting old backups on every device that can, with the way there', () => {
    const step = guide('free-up-icloud-storage').steps.find((s) => s.id === 'old-backups')!;
    expect(step.platforms).toEqual(['iphone-ipad', 'mac', 'windows']);
    expect(step.variants?.mac).toContain('Backups');
    expect(step.variants?.windows).toContain('Backups');
  });

  it('warn before deleting an app’s iCloud data that it goes from every device', () => {
    const step = guide('free-up-icloud-storage').steps.find((s) => s.id === 'app-data')!;
    expect(step.caution).toMatch(/every device/);
  });

  it('give Windows users a way to Recently Deleted that exists', () => {
    const step = guide('free-up-icloud-storage').steps.find((s) => s.id === 'recently-deleted')!;
    expect(step.variants?.windows).toContain('icloud.com/photos');
  });

  it('say what to do before signing out, and that Reset All Settings removes Apple Pay cards', () => {
    const signOut = guide('sign-out-and-back-in').steps.map((s) => s.id);
    expect(signOut.indexOf('nothing-waiting')).toBeLessThan(signOut.indexOf('sign-out'));
    expect(signOut.indexOf('copy-waiting')).toBeLessThan(signOut.indexOf('sign-out'));
    const reset = guide('reset-all-settings');
    expect(reset.risk.level === 'caution' && reset.risk.caution).toMatch(/Apple Pay/);
  });

  it('split restarting into one step per kind of device', () => {
    const ids = guide('restart-the-device').steps.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'restart-iphone-face-id',
        'restart-iphone-home-button',
        'restart-ipad',
        'restart-mac',
        'restart-windows',
      ]),
    );
  });

  it('keep the ids of steps that survived the 2026 review, so progress ticked on them is kept', () => {
    const kept: Record<string, string[]> = {
      'free-up-icloud-storage': [
        'see-usage',
        'old-backups',
        'app-data',
        'recently-deleted',
        'mail-messages',
        'headroom',
      ],
      'upgrade-icloud-plan': ['check-plan', 'pick-size', 'family', 'let-it-resume'],
      'turn-on-icloud-backup': ['switch-on', 'conditions', 'trim-backup'],
      'low-power-and-battery': ['low-power-off', 'charge', 'mac-background'],
      'allow-cellular-uploads': ['cellular-on', 'unlimited'],
      'find-upload-status': ['open-status', 'read-it'],
      'same-account-icloud-photos-on': ['same-account', 'photos-on'],
      'restart-the-device': ['force-restart'],
      'icloud-photos-on-windows': ['sign-in-again'],
      'turn-icloud-photos-off-and-on': ['off', 'wait', 'on'],
      'sign-out-and-back-in': ['tried-the-rest', 'sign-out', 'sign-in'],
      'reset-all-settings': ['reset', 'set-up-again'],
      'reset-network-settings': ['note-passwords', 'reset', 'rejoin'],
    };
    for (const [id, steps] of Object.entries(kept)) {
      expect(guide(id).steps.map((s) => s.id)).toEqual(expect.arrayContaining(steps));
    }
  });

  it('retire the ids of steps whose meaning changed, so old ticks don’t mark new steps done', () => {
    expect(guide('restart-the-device').steps.map((s) => s.id)).not.toContain('restart');
    const windows = guide('icloud-photos-on-windows').steps.map((s) => s.id);
    for (const old of ['find-folders', 'upload', 'agent']) expect(windows).not.toContain(old);
  });

  it.each(cases)('%s keeps every step to a short paragraph (50 words at most)', (_id, g) => {
    const long = g.steps
      .flatMap((s) => [s.text, ...Object.values(s.variants ?? {})])
      .filter((t) => t.split(/\s+/).length > 50);
    expect(long).toEqual([]);
  });

  it('tell people that deleting photos to free the phone deletes them from iCloud, and that Shared Albums cost nothing', () => {
    expect(THINGS_NOT_TO_DO.find((n) => n.facts.includes('N1'))?.text).toMatch(/make room on the phone/);
    expect(GOOD_TO_KNOW.find((n) => n.facts.includes('K5'))?.text).toMatch(/set it up/);
    expect(GOOD_TO_KNOW.find((n) => n.facts.includes('K6'))?.text).toMatch(/don’t count/);
  });
});
