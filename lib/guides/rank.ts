/**
 * Orders guides for a set of active conditions (or general topics) and the person's platforms:
 * unfinished before finished, safe before drastic, and within each, the guides that address the
 * problem's likely cause first (likeliest cause first), then the quickest effort, then the
 * content's own order. A finished guide sinks: it was tried, so it is the least useful to show.
 */
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

const EFFORT_ORDER: Record<Effort, number> = { quick: 0, moderate: 1, drastic: 2 };

const isDrastic = (g: Guide) => g.effort === 'drastic' || g.risk.level === 'caution';

/** [topic position, cause position] of the best match; Infinity when no cause matches. */
function causeMatch(guide: Guide, topics: readonly GuideTopic[]): [number, number] {
  let best: [number, number] = [Infinity, Infinity];
  topics.forEach((topic, t) => {
    if (!guide.topics.includes(topic)) return;
    const c = Math.min(
      ...guide.causes.map((cause) => CAUSES_BY_TOPIC[topic].indexOf(cause)).filter((i) => i >= 0),
    );
    if (Number.isFinite(c) && (t < best[0] || (t === best[0] && c < best[1]))) best = [t, c];
  });
  return best;
}

export function rankGuides(
  topics: readonly GuideTopic[],
  platforms: readonly Platform[] = PLATFORMS,
  progress: ProgressByGuide = NO_PROGRESS,
  guides: readonly Guide[] = GUIDES,
): Guide[] {
  const mine = platforms.length > 0 ? platforms : PLATFORMS;
  const candidates = guides
    .map((guide, order) => ({ guide, order }))
    .filter(({ guide }) => topics.length === 0 || guide.topics.some((t) => topics.includes(t)))
    .filter(({ guide }) => guide.platforms.some((p) => mine.includes(p)))
    .map(({ guide, order }) => {
      const [topicAt, causeAt] = causeMatch(guide, topics);
      return {
        guide,
        key: [
          isGuideFinished(guide, progress.get(guide.id), mine) ? 1 : 0,
          isDrastic(guide) ? 1 : 0,
          Number.isFinite(causeAt) ? 0 : 1,
          topicAt,
          causeAt,
          EFFORT_ORDER[guide.effort],
          order,
        ],
      };
    });
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
