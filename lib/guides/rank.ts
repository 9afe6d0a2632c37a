/**
 * Orders guides for a set of active conditions (or general topics) and the person's platforms:
 * untried before finished before answered "it did not fix it", safe before drastic, the guides
 * that address the problem's cause before the rest, the first problem's before the next's, then
 * quickest first, then (for a problem seen in the browser) the guides written for iCloud.com, then
 * the likeliest cause first, then the content's own order. A finished guide sinks: it was tried,
 * so it is the least useful to show. A problem's plan (`splitPlan`, `planFromFixes`) keeps the
 * promise "quickest and safest first" for the fixes it numbers.
 */
import { isConditionId } from '../conditions/ids';
import type { Condition } from '../conditions/types';
import { PLATFORMS, type Platform } from '../settings';
import { GUIDES } from './content';
import { isGuideFinished, NO_PROGRESS, type ProgressByGuide } from './progress';
import type { CauseId, Effort, Guide, GuideTopic } from './types';

/** For each problem, the causes worth tackling, likeliest (or cheapest to rule out) first. */
export const CAUSES_BY_TOPIC: Record<GuideTopic, readonly CauseId[]> = {
  'storage-full': ['C1'],
  'upload-blocked': ['C1'],
  'storage-nearly-full': ['C1'],
  // A refusal Apple did not explain: Apple's side first, then the connection and the software.
  'upload-refused': ['C7', 'C3', 'C8', 'C1'],
  'storage-stale': ['C1'],
  outage: ['C7'],
  maintenance: ['C7'],
  'status-unknown': ['C7'],
  // Power first, then the network, then a nudge for a queue that is merely stuck.
  'upload-stalled': ['C4', 'C3', 'C8', 'C6', 'C9', 'C2', 'C7'],
  'uploads-stuck': ['C7', 'C1', 'C4', 'C3', 'C6', 'C8', 'C9', 'C2', 'C5'],
  'sync-not-working': ['C7', 'C5', 'C11', 'C10', 'C8', 'C3', 'C2'],
};

type CausesByTopic = Partial<Record<GuideTopic, readonly CauseId[]>>;

/**
 * Where a problem was seen, as far as the ranking is concerned. An upload seen on iCloud.com ran
 * in the browser, on a computer: what helps there comes first, and a device's own fixes count only
 * for the person's computers. Anywhere else nothing narrows the fixes.
 */
export type SeenIn = 'browser' | 'anywhere';

/** From the evaluator's facts: an upload condition whose evidence was heard on iCloud.com. */
export function seenIn(condition: Pick<Condition, 'id' | 'facts'>): SeenIn {
  return condition.facts.seenOn === 'icloud.com' && condition.id.startsWith('upload-')
    ? 'browser'
    : 'anywhere';
}

/**
 * The causes of a browser upload's trouble, likeliest first, where they differ from a device's: a
 * stall is the computer asleep or holding back on battery, the connection, or Apple's side (a
 * phone's mobile data and storage, and nudges for the Photos app, do not apply); a refusal is
 * Apple's side, the connection or the storage plan (the Photos app's software plays no part).
 */
export const CAUSES_SEEN_IN_BROWSER: CausesByTopic = {
  'upload-stalled': ['C4', 'C3', 'C7'],
  'upload-refused': ['C7', 'C3', 'C1'],
};

const causesFor = (seen: SeenIn): CausesByTopic =>
  seen === 'browser' ? { ...CAUSES_BY_TOPIC, ...CAUSES_SEEN_IN_BROWSER } : CAUSES_BY_TOPIC;

const COMPUTERS: readonly Platform[] = ['mac', 'windows'];

/** The platforms whose guides count: in the browser, iCloud.com and the person's own computers. */
function platformsFor(seen: SeenIn, platforms: readonly Platform[]): readonly Platform[] {
  const mine = platforms.length > 0 ? platforms : PLATFORMS;
  return seen === 'browser' ? ['icloud-web', ...mine.filter((p) => COMPUTERS.includes(p))] : mine;
}

const EFFORT_ORDER: Record<Effort, number> = { quick: 0, moderate: 1, drastic: 2 };

const isDrastic = (g: Guide) => g.effort === 'drastic' || g.risk.level === 'caution';

/** [topic position, cause position] of the best match; Infinity when no cause matches. */
function causeMatch(guide: Guide, topics: readonly GuideTopic[], causes: CausesByTopic): [number, number] {
  let best: [number, number] = [Infinity, Infinity];
  topics.forEach((topic, t) => {
    if (!guide.topics.includes(topic)) return;
    const c = Math.min(
      ...guide.causes
        .map((cause) => (causes[topic] ?? CAUSES_BY_TOPIC[topic]).indexOf(cause))
        .filter((i) => i >= 0),
    );
    if (Number.isFinite(c) && (t < best[0] || (t === best[0] && c < best[1]))) best = [t, c];
  });
  return best;
}

/** The guide tackles one of the problem's causes, as they stand where it was seen. */
const addressesCause = (guide: Guide, topic: GuideTopic, seen: SeenIn) =>
  Number.isFinite(causeMatch(guide, [topic], causesFor(seen))[1]);

/** 0 untried (or part done), 1 finished, 2 answered "it did not fix it". */
function triedRank(guide: Guide, progress: ProgressByGuide, platforms: readonly Platform[]): number {
  if (progress.get(guide.id)?.outcome === 'not-fixed') return 2;
  return isGuideFinished(guide, progress.get(guide.id), platforms) ? 1 : 0;
}

export function rankGuides(
  topics: readonly GuideTopic[],
  platforms: readonly Platform[] = PLATFORMS,
  progress: ProgressByGuide = NO_PROGRESS,
  guides: readonly Guide[] = GUIDES,
  seen: SeenIn = 'anywhere',
): Guide[] {
  const mine = platformsFor(seen, platforms);
  const causes = causesFor(seen);
  const inBrowser = seen === 'browser';
  const candidates = guides
    .map((guide, order) => ({ guide, order, match: causeMatch(guide, topics, causes) }))
    .filter(({ guide }) => topics.length === 0 || guide.topics.some((t) => topics.includes(t)))
    .filter(({ guide }) => guide.platforms.some((p) => mine.includes(p)))
    // In the browser, a computer's guide counts only for a cause a browser upload can have.
    .filter(
      ({ guide, match }) => !inBrowser || Number.isFinite(match[1]) || guide.platforms.includes('icloud-web'),
    )
    .map(({ guide, order, match: [topicAt, causeAt] }) => ({
      guide,
      key: [
        triedRank(guide, progress, mine),
        isDrastic(guide) ? 1 : 0,
        Number.isFinite(causeAt) ? 0 : 1,
        topicAt,
        EFFORT_ORDER[guide.effort],
        inBrowser && !guide.platforms.includes('icloud-web') ? 1 : 0,
        causeAt,
        order,
      ],
    }));
  candidates.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const d = a.key[i]! - b.key[i]!;
      // Infinity - Infinity is NaN: equal.
      if (d !== 0 && !Number.isNaN(d)) return d;
    }
    return 0;
  });
  return candidates.map((c) => c.guide);
}

/** A problem's plan as the guide page lists it. */
export interface Plan {
  /** Fixes for one of the problem's causes, not tried yet: safe before drastic, then quickest first. */
  toTry: Guide[];
  /** Not tried yet, and helping around the problem rather than fixing its cause. */
  alsoUseful: Guide[];
  /** Finished, or answered "Did this fix it?": finished first, "it did not fix it" last. */
  tried: Guide[];
}

/** Splits guides, in their ranked order, by whether they were tried and whether they fix the cause. */
function splitRanked(
  ranked: readonly { guide: Guide; forCause: boolean }[],
  progress: ProgressByGuide,
  platforms: readonly Platform[],
): Plan {
  const mine = platforms.length > 0 ? platforms : PLATFORMS;
  const plan: Plan = { toTry: [], alsoUseful: [], tried: [] };
  for (const { guide, forCause } of ranked) {
    if (triedRank(guide, progress, mine) > 0) plan.tried.push(guide);
    else if (forCause) plan.toTry.push(guide);
    else plan.alsoUseful.push(guide);
  }
  // Stable: a guide tried since the ranking keeps its place among the others tried alike.
  plan.tried.sort((a, b) => triedRank(a, progress, mine) - triedRank(b, progress, mine));
  return plan;
}

/**
 * Splits a problem's ranked guides (from `rankGuides([topic], …)`) into its plan. Only the fixes
 * for the problem's cause are numbered "in order, quickest and safest first": a quick guide that
 * does not fix the cause (backups when the plan is full) is not put ahead of one that does, nor
 * numbered after it as if it were a slower step.
 */
export function splitPlan(
  topic: GuideTopic,
  ranked: readonly Guide[],
  progress: ProgressByGuide = NO_PROGRESS,
  platforms: readonly Platform[] = PLATFORMS,
): Plan {
  const forCause = ranked.map((guide) => ({ guide, forCause: addressesCause(guide, topic, 'anywhere') }));
  return splitRanked(forCause, progress, platforms);
}

/** A fix as the popup, the tips and the guide page's plans show it: ranked by the background, read as data. */
export interface RankedFix {
  guideId: string;
  title: string;
  effort: Effort;
  /** The guide asks for care before acting (a caution to read first). */
  caution: boolean;
  /** It tackles one of the problem's causes as they stand where it was seen: its plan numbers it. */
  forCause: boolean;
}

/**
 * An active problem's plan from the background's ranked fixes (`rankFixes`, the list the popup
 * shows), with the guides and progress as the page has them now: what the background left out
 * (a status check already done, a phone's fixes for a browser upload) stays out, and a fix
 * finished since moves to "Already tried".
 */
export function planFromFixes(
  fixes: readonly RankedFix[],
  guides: readonly Guide[],
  progress: ProgressByGuide = NO_PROGRESS,
  platforms: readonly Platform[] = PLATFORMS,
): Plan {
  const byId = new Map(guides.map((g) => [g.id, g]));
  const ranked = fixes.flatMap((fix) => {
    const guide = byId.get(fix.guideId);
    return guide ? [{ guide, forCause: fix.forCause }] : [];
  });
  return splitRanked(ranked, progress, platforms);
}

export type FixesByCondition = Partial<Record<Condition['id'], RankedFix[]>>;

export interface FixContext {
  guides: readonly Guide[];
  platforms: readonly Platform[];
  progress: ProgressByGuide;
  /** Apple's status is known from a fresh feed: a guide that only looks it up adds nothing. */
  statusKnown: boolean;
}

/** Guides whose only job is to find out whether Apple reports a problem. */
export const STATUS_LOOKUP_GUIDES: readonly string[] = ['check-apple-system-status'];

/** Guides whose only job is a bigger plan. */
export const PLAN_UPGRADE_GUIDES: readonly string[] = ['upgrade-icloud-plan'];

/** A guide that would only find out or offer what is already known. */
function addsNothing(guide: Guide, condition: Condition, context: FixContext): boolean {
  if (context.statusKnown && STATUS_LOOKUP_GUIDES.includes(guide.id)) return true;
  return condition.facts.largestPlan === true && PLAN_UPGRADE_GUIDES.includes(guide.id);
}

/**
 * The fixes for each condition, best first, from what is known: where it was seen (an upload on
 * iCloud.com ran in the browser, on a computer), whether Apple's status is already known (a
 * reported or ruled-out outage needs no "check Apple's status"), whether Apple says the plan is
 * already its largest (no "move to a bigger plan"), the person's devices, and their progress and
 * answers in the guides.
 */
export function rankFixes(conditions: readonly Condition[], context: FixContext): FixesByCondition {
  const fixes: FixesByCondition = {};
  for (const condition of conditions) {
    const seen = seenIn(condition);
    const ranked = rankGuides(
      [condition.id],
      context.platforms,
      context.progress,
      context.guides,
      seen,
    ).filter((g) => !addsNothing(g, condition, context));
    fixes[condition.id] = ranked.map((g) => ({
      guideId: g.id,
      title: g.title,
      effort: g.effort,
      caution: g.risk.level === 'caution',
      forCause: addressesCause(g, condition.id, seen),
    }));
  }
  return fixes;
}

export interface PlanSources {
  guides: readonly Guide[];
  progress: ProgressByGuide;
  platforms: readonly Platform[];
  /** The background's ranked fixes of the active conditions (`rankFixes`); null when not known. */
  active: FixesByCondition | null;
}

/**
 * A problem's plan on the guide page. While the problem is an active condition, the background's
 * ranked fixes for it, which know what the page cannot (where it was seen, whether Apple's status
 * was read): the plan then says what the popup says. Otherwise, nothing more is known about it
 * than its topic, and the guides are ranked here.
 */
export function planFor(topic: GuideTopic, { guides, progress, platforms, active }: PlanSources): Plan {
  const fixes = isConditionId(topic) ? active?.[topic] : undefined;
  if (fixes) return planFromFixes(fixes, guides, progress, platforms);
  return splitPlan(topic, rankGuides([topic], platforms, progress, guides), progress, platforms);
}
