import type { Condition } from '@/lib/conditions/types';

export interface FixLink {
  title: string;
  href: string;
}

interface Props {
  conditions: readonly Condition[];
  /** The top fixes for a condition, best first. */
  fixesFor: (condition: Condition) => FixLink[];
}

const TONE: Record<string, string> = { red: 'Serious', amber: 'Warning', grey: 'Unknown' };

/** Active conditions, most severe first, each a sentence with links to its fixes. */
export function ConditionList({ conditions, fixesFor }: Props) {
  if (conditions.length === 0) {
    return (
      <section class="cc-card cc-conditions" aria-labelledby="conditions-h">
        <h2 id="conditions-h" class="cc-visually-hidden">
          Problems
        </h2>
        <p class="cc-calm">Nothing needs your attention in what Cloud Checkup can see.</p>
      </section>
    );
  }
  return (
    <section class="cc-card cc-conditions" aria-labelledby="conditions-h">
      <h2 id="conditions-h">
        {conditions.length === 1 ? 'One thing needs attention' : 'Things that need attention'}
      </h2>
      <ul class="cc-condition-list">
        {conditions.map((c) => {
          const colour = c.badge?.colour ?? 'info';
          const fixes = fixesFor(c);
          return (
            <li key={c.id} class="cc-condition" data-condition={c.id} data-tone={colour}>
              <p class="cc-sentence">
                <span class="cc-visually-hidden">{TONE[colour] ?? 'Note'}: </span>
                {c.sentence}
              </p>
              {fixes.length > 0 && (
                <ul class="cc-fixes" aria-label={`Fixes for: ${c.sentence}`}>
                  {fixes.map((f) => (
                    <li key={f.href}>
                      <a href={f.href} target="_blank" rel="noopener">
                        {f.title}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
