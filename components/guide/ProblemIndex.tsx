import type { GuideProgress } from '@/lib/guides/progress';
import type { Plan } from '@/lib/guides/rank';
import { conditionHref, guideHref } from '@/lib/guides/route';
import { TOPIC_LABELS, TOPIC_ORDER } from '@/lib/guides/topics';
import type { GuideTopic } from '@/lib/guides/types';

interface ProblemIndexProps {
  /** Each problem's plan, as its own page lists it. */
  planOf: (topic: GuideTopic) => Plan;
  progress: ReadonlyMap<string, GuideProgress>;
}

/**
 * Every problem as one card leading to its plan, and the reference pages. Guides are not listed
 * here: many help with several problems, and each plan lists them in its own order.
 */
export function ProblemIndex({ planOf, progress }: ProblemIndexProps) {
  // Counted as each plan numbers them: the fixes for the problem's cause still to try.
  const problems = TOPIC_ORDER.map((topic) => {
    const { toTry, alsoUseful, tried } = planOf(topic);
    const fixed = tried.some((g) => progress.get(g.id)?.outcome === 'fixed');
    const count = toTry.length + alsoUseful.length + tried.length;
    return { topic, count, toTry: toTry.length, tried: tried.length, fixed };
  }).filter((p) => p.count > 0);
  return (
    <>
      <ul class="cc-problems" aria-label="Problems">
        {problems.map((p) => (
          <li key={p.topic} class="cc-problem">
            <a href={conditionHref(p.topic)}>{TOPIC_LABELS[p.topic]}</a>
            <span class="cc-muted">
              {p.toTry > 0
                ? `${p.toTry} ${p.toTry === 1 ? 'fix' : 'fixes'} to try, in order`
                : 'Every fix tried'}
              {p.fixed ? ' · fixed before' : p.toTry > 0 && p.tried > 0 ? ` · ${p.tried} tried` : ''}
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
