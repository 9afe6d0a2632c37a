import type { Platform } from '@/lib/settings';
import { isGuideFinished, type GuideProgress } from '@/lib/guides/progress';
import { conditionHref, guideHref } from '@/lib/guides/route';
import { TOPIC_LABELS, TOPIC_ORDER } from '@/lib/guides/topics';
import type { Guide } from '@/lib/guides/types';

interface ProblemIndexProps {
  guides: readonly Guide[];
  progress: ReadonlyMap<string, GuideProgress>;
  platforms: readonly Platform[];
}

/**
 * Every problem as one card leading to its plan, and the reference pages. Guides are not listed
 * here: many help with several problems, and each plan lists them in its own order.
 */
export function ProblemIndex({ guides, progress, platforms }: ProblemIndexProps) {
  const problems = TOPIC_ORDER.map((topic) => {
    const mine = guides.filter((g) => g.topics.includes(topic));
    const finished = mine.filter((g) => isGuideFinished(g, progress.get(g.id), platforms)).length;
    const fixed = mine.some((g) => progress.get(g.id)?.outcome === 'fixed');
    return { topic, count: mine.length, finished, fixed };
  }).filter((p) => p.count > 0);
  return (
    <>
      <ul class="cc-problems" aria-label="Problems">
        {problems.map((p) => (
          <li key={p.topic} class="cc-problem">
            <a href={conditionHref(p.topic)}>{TOPIC_LABELS[p.topic]}</a>
            <span class="cc-muted">
              {p.count} {p.count === 1 ? 'fix' : 'fixes'} to try, in order
              {p.fixed ? ' · fixed before' : p.finished > 0 ? ` · ${p.finished} tried` : ''}
            </span>
          </li>
        ))}
      </ul>
      <h2 class="cc-index-heading">Good to have at hand</h2>
      <ul class="cc-problems" aria-label="Reference">
        <li class="cc-problem">
          <a href={guideHref('status-messages')}>What the status messages in Photos mean</a>
          <span class="cc-muted">“Paused”, “Waiting to Sync” and the rest</span>
        </li>
        <li class="cc-problem">
          <a href={guideHref('things-not-to-do')}>Things not to do</a>
          <span class="cc-muted">Well-meant moves that make things worse</span>
        </li>
        <li class="cc-problem">
          <a href={guideHref('good-to-know')}>Good to know</a>
          <span class="cc-muted">How iCloud storage and Photos work</span>
        </li>
      </ul>
    </>
  );
}
