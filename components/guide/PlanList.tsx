import type { Platform } from '@/lib/settings';
import { isGuideFinished, type GuideProgress } from '@/lib/guides/progress';
import { planGuideHref } from '@/lib/guides/route';
import type { Guide, GuideTopic } from '@/lib/guides/types';
import { EFFORT_LABELS } from './labels';
import { ProgressLine } from './ProgressLine';

interface PlanListProps {
  topic: GuideTopic;
  /** Already ranked: what to try first comes first. */
  guides: readonly Guide[];
  progress: ReadonlyMap<string, GuideProgress>;
  platforms: readonly Platform[];
}

/** A problem's plan: the fixes in the order to try them, each with where the person got to. */
export function PlanList({ topic, guides, progress, platforms }: PlanListProps) {
  const next = guides.find((g) => !isGuideFinished(g, progress.get(g.id), platforms));
  return (
    <ol class="cc-plan">
      {guides.map((g, i) => (
        <li key={g.id} class={g === next ? 'cc-plan-item cc-plan-next' : 'cc-plan-item'}>
          <span class="cc-plan-number" aria-hidden="true">
            {i + 1}
          </span>
          <div class="cc-plan-body">
            <a class="cc-plan-title" href={planGuideHref(topic, g.id)}>
              {g.title}
            </a>
            {g === next && <span class="cc-tag">Try this next</span>}
            <p class="cc-muted">{g.summary}</p>
            <p class="cc-plan-meta">
              <span>{EFFORT_LABELS[g.effort]}</span>
              {g.risk.level === 'caution' && <span class="cc-needs-care">Needs care</span>}
              <ProgressLine guide={g} progress={progress.get(g.id)} platforms={platforms} />
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
