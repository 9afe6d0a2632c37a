import type { Platform } from '@/lib/settings';
import type { GuideProgress } from '@/lib/guides/progress';
import type { Plan } from '@/lib/guides/rank';
import { planGuideHref } from '@/lib/guides/route';
import type { Guide, GuideTopic } from '@/lib/guides/types';
import { EFFORT_LABELS } from './labels';
import { ProgressLine } from './ProgressLine';

interface PlanListProps {
  topic: GuideTopic;
  /** The problem's plan (`planFor`): ranked from what is known about it. */
  plan: Plan;
  progress: ReadonlyMap<string, GuideProgress>;
  platforms: readonly Platform[];
}

interface ItemProps extends Omit<PlanListProps, 'plan'> {
  guide: Guide;
  number?: number;
  next: boolean;
}

function PlanItem({ topic, guide: g, number, next, progress, platforms }: ItemProps) {
  return (
    <li class={next ? 'cc-plan-item cc-plan-next' : 'cc-plan-item'}>
      {number !== undefined && (
        <span class="cc-plan-number" aria-hidden="true">
          {number}
        </span>
      )}
      <div class="cc-plan-body">
        <a class="cc-plan-title" href={planGuideHref(topic, g.id)}>
          {g.title}
        </a>
        {next && <span class="cc-tag">Try this next</span>}
        <p class="cc-muted">{g.summary}</p>
        <p class="cc-plan-meta">
          <span>{EFFORT_LABELS[g.effort]}</span>
          {g.risk.level === 'caution' && <span class="cc-needs-care">Needs care</span>}
          <ProgressLine guide={g} progress={progress.get(g.id)} platforms={platforms} />
        </p>
      </div>
    </li>
  );
}

/**
 * A problem's plan: the fixes for its cause numbered in the order to try them (quickest and safest
 * first), then the guides that help around it, then those already tried, each with where the
 * person got to.
 */
export function PlanList({ topic, plan, progress, platforms }: PlanListProps) {
  const { toTry, alsoUseful, tried } = plan;
  const next = toTry[0] ?? alsoUseful[0];
  const item = (g: Guide, number?: number) => (
    <PlanItem
      key={g.id}
      topic={topic}
      guide={g}
      number={number}
      next={g === next}
      progress={progress}
      platforms={platforms}
    />
  );
  return (
    <>
      {toTry.length > 0 ? (
        <ol class="cc-plan">{toTry.map((g, i) => item(g, i + 1))}</ol>
      ) : tried.length > 0 ? (
        <p class="cc-plan-done">Every fix for this has been tried.</p>
      ) : (
        alsoUseful.length === 0 && (
          <p class="cc-plan-done">
            No guide fits this on your devices yet. Pick another problem from{' '}
            <a href="guide.html">all problems</a>.
          </p>
        )
      )}
      {alsoUseful.length > 0 && (
        <>
          <h2 class="cc-plan-heading">Also worth a look</h2>
          <ul class="cc-plan cc-plan-more">{alsoUseful.map((g) => item(g))}</ul>
        </>
      )}
      {tried.length > 0 && (
        <>
          <h2 class="cc-plan-heading">Already tried</h2>
          <ul class="cc-plan cc-plan-more">{tried.map((g) => item(g))}</ul>
        </>
      )}
    </>
  );
}
