import type { Platform } from '@/lib/settings';
import { stepCounts, type GuideProgress } from '@/lib/guides/progress';
import type { Guide } from '@/lib/guides/types';

/** Where the person got to in a guide, in words and as a bar: tried, fixed, or steps ticked. */
export function ProgressLine({
  guide,
  progress,
  platforms,
}: {
  guide: Guide;
  progress: GuideProgress | undefined;
  platforms: readonly Platform[];
}) {
  const { done, total } = stepCounts(guide, progress, platforms);
  const words =
    progress?.outcome === 'fixed'
      ? 'Fixed it'
      : progress?.outcome === 'not-fixed'
        ? 'Tried, didn’t help'
        : done === 0
          ? 'Not started'
          : done === total
            ? `All ${total} steps done`
            : `${done} of ${total} steps done`;
  const state = progress?.outcome ?? (done === 0 ? 'new' : done === total ? 'done' : 'started');
  return (
    <span class="cc-progress" data-state={state}>
      <span class="cc-progress-bar" aria-hidden="true">
        <span style={{ width: `${total ? Math.round((done / total) * 100) : 0}%` }} />
      </span>
      <span>{words}</span>
    </span>
  );
}
