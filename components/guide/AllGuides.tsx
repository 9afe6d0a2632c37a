import type { GuideProgress } from '@/lib/guides/progress';
import { guideHref } from '@/lib/guides/route';
import { PROBLEM_GROUPS } from '@/lib/guides/topics';
import type { Guide } from '@/lib/guides/types';
import { GuideLinks } from './GuideLinks';

interface AllGuidesProps {
  guides: readonly Guide[];
  progress: ReadonlyMap<string, GuideProgress>;
}

/** Every guide, grouped by the problem it helps with, and the reference pages. */
export function AllGuides({ guides, progress }: AllGuidesProps) {
  return (
    <section class="cc-all" aria-labelledby="all-guides">
      <h2 id="all-guides">All guides by problem</h2>
      {PROBLEM_GROUPS.map((group) => {
        const inGroup = guides.filter((g) => g.topics.some((t) => group.topics.includes(t)));
        return (
          <section key={group.id} aria-labelledby={`group-${group.id}`}>
            <h3 id={`group-${group.id}`}>{group.label}</h3>
            <GuideLinks guides={inGroup} progress={progress} />
          </section>
        );
      })}
      <section aria-labelledby="group-reference">
        <h3 id="group-reference">Good to have at hand</h3>
        <ul class="cc-guide-links">
          <li>
            <a href={guideHref('status-messages')}>What the status messages in Photos mean</a>
          </li>
          <li>
            <a href={guideHref('things-not-to-do')}>Things not to do</a>
          </li>
          <li>
            <a href={guideHref('good-to-know')}>Good to know</a>
          </li>
        </ul>
      </section>
    </section>
  );
}
