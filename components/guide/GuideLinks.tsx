import type { GuideProgress } from '@/lib/guides/progress';
import { guideHref } from '@/lib/guides/route';
import type { Guide } from '@/lib/guides/types';
import { EFFORT_LABELS } from './labels';

interface GuideLinksProps {
  guides: readonly Guide[];
  progress: ReadonlyMap<string, GuideProgress>;
  ordered?: boolean;
}

function state(guide: Guide, p: GuideProgress | undefined): string | null {
  if (p?.outcome === 'fixed') return 'Fixed it';
  if (p?.outcome === 'not-fixed') return 'Tried, didn’t help';
  if (p && p.done.size > 0)
    return `${Math.min(p.done.size, guide.steps.length)} of ${guide.steps.length} steps done`;
  return null;
}

/** Guides as a list of links with their effort and where the person got to. */
export function GuideLinks({ guides, progress, ordered = false }: GuideLinksProps) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List class="cc-guide-links">
      {guides.map((g) => {
        const where = state(g, progress.get(g.id));
        return (
          <li key={g.id}>
            <a href={guideHref(g.id)}>{g.title}</a>
            <span class="cc-muted">
              {' '}
              · {EFFORT_LABELS[g.effort]}
              {g.risk.level === 'caution' ? ' · needs care' : ''}
              {where ? ` · ${where}` : ''}
            </span>
          </li>
        );
      })}
    </List>
  );
}
